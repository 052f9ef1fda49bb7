#!/usr/bin/env python3
"""Opens reports in headless Chromium and checks them (CI runs it: make check-report).

For each report given (an HTML file and a screenshot path):
- loads it in Chromium through the DevTools protocol with the network blocked, and fails if
  the page requests anything but its own file (no external request may be made) or logs a
  console error or throws;
- saves a screenshot of the whole page;
- runs `tidy -q -e` (HTML5), and fails on any error or warning.

Usage: python3 Scripts/report/check_report.py REPORT.html SHOT.png [REPORT.html SHOT.png …]
Needs chromium and tidy (apt: Scripts/install-deps.sh --report) and websocket-client (pip, Scripts/report/requirements.txt).
"""
import base64
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import websocket

problems = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Page:
    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=60)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if any(e.get("method") == event for e in self.events):
                return
            self.ws.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        raise RuntimeError(f"no {event} within {seconds} s")

    def drain(self, seconds):
        self.ws.settimeout(seconds)
        try:
            while True:
                self.events.append(json.loads(self.ws.recv()))
        except websocket.WebSocketTimeoutException:
            pass


def check(report, shot, port):
    url = Path(report).resolve().as_uri()
    targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
    page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
    for domain in ["Network", "Runtime", "Log", "Page"]:
        page.call(f"{domain}.enable")
    page.call("Page.navigate", url=url)
    page.wait_for("Page.loadEventFired")
    page.drain(1.5)
    for event in page.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Network.requestWillBeSent":
            requested = params["request"]["url"]
            if requested != url and not requested.startswith("data:"):
                problems.append(f"{report}: the page requests {requested}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append(f"{report}: console error: {params.get('args')}")
        elif method == "Runtime.exceptionThrown":
            problems.append(f"{report}: exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            problems.append(f"{report}: console error: {params['entry'].get('text')}")
    size = page.call("Page.getLayoutMetrics")["cssContentSize"]
    width, height = int(size["width"]), int(size["height"])
    page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
    image = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                      clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
    Path(shot).write_bytes(base64.b64decode(image["data"]))
    tidy = subprocess.run(["tidy", "-q", "-e", report], capture_output=True, text=True)
    if tidy.returncode != 0 or tidy.stderr.strip():
        problems.append(f"{report}: tidy: {tidy.stderr.strip()[:2000]}")
    print(f"{report}: {width}×{height} px, screenshot {shot}")


def main(arguments):
    if len(arguments) < 2 or len(arguments) % 2:
        sys.exit(__doc__)
    port = free_port()
    with tempfile.TemporaryDirectory() as profile:
        browser = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "--window-size=1200,900",
             # No network: a request to anything would fail and be logged.
             "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            for report, shot in zip(arguments[::2], arguments[1::2]):
                check(report, shot, port)
        finally:
            browser.terminate()
            browser.wait(timeout=10)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-report: {len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("check-report: ok (no request, no console error, tidy clean)")


if __name__ == "__main__":
    main(sys.argv[1:])
