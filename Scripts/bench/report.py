#!/usr/bin/env python3
"""Prints the benchmark results as a Markdown table: medians and peer/ours ratios."""
import json
import sys

rows = [json.loads(line) for path in sys.argv[1:] for line in open(path) if line.strip()]
ours = {(r["graph"], r["algorithm"]): r["seconds"] for r in rows if r["tool"] == "StrategyCircle"}
peers = {}
for r in rows:
    if r["tool"] != "StrategyCircle":
        peers.setdefault((r["graph"], r["algorithm"]), {})[r["tool"]] = r["seconds"]


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


print("| graph | task | StrategyCircle | igraph | ratio igraph/ours | NetworkX | ratio NetworkX/ours |")
print("|---|---|---|---|---|---|---|")
for (graph, algorithm), seconds in ours.items():
    p = peers.get((graph, algorithm.replace("_1thread", "")), {}) if not algorithm.endswith("_1thread") else {}
    ig, nx_ = p.get("igraph"), p.get("networkx")
    print(f"| {graph} | {algorithm} | {fmt(seconds)} | {fmt(ig) if ig else '–'} | "
          f"{f'{ig / seconds:.2f}×' if ig else '–'} | {fmt(nx_) if nx_ else '–'} | "
          f"{f'{nx_ / seconds:.1f}×' if nx_ else '–'} |")
