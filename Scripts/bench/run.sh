#!/usr/bin/env bash
# Benchmarks StrategyCircle against python-igraph, NetworKit and NetworkX on the same
# generated graphs, in one run, and writes docs/BENCHMARKS.md from the results (report.py).
# Usage: Scripts/bench/run.sh [--quick]    (needs: pip install -r Scripts/bench/requirements.txt)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/.build-bench-data"
python3 "$here/make_graphs.py" "$work" "$@" >&2
(cd "$here" && swift build -c release --scratch-path "$root/.build-bench" >&2)
# Each cell in its own process (ours, then the peers), so no cell inherits another's heap or
# caches; each tool reads the cell's graph afresh.
: > "$work/ours.jsonl"
: > "$work/peers.jsonl"
mkdir -p "$work/cells"
count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/tasks.json")
for ((cell = 0; cell < count; cell++)); do
    python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); json.dump([t[int(sys.argv[2])]], open(sys.argv[3], "w"))' \
        "$work/tasks.json" "$cell" "$work/cells/$cell.json"
    "$root/.build-bench/release/bench" "$work" "$work/cells/$cell.json" >> "$work/ours.jsonl"
    python3 "$here/peers.py" "$work" "$work/cells/$cell.json" >> "$work/peers.jsonl"
done
# Whole processes on the seed's circle: `circle analyze` (20 runs) and the what-if sweeps
# over every single and every pair removal, each recomputing centralities, clusters,
# loops, density, reach and dynamics (5 runs each).
(cd "$root" && swift build -c release --product circle >&2)
python3 - "$root/.build/release/circle" "$work" >> "$work/ours.jsonl" <<'PY'
import json, statistics, subprocess, sys, time
samples = []
for _ in range(20):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "analyze"], check=True, stdout=subprocess.DEVNULL)
    samples.append(time.perf_counter() - start)
print(json.dumps({"tool": "StrategyCircle", "graph": "seed circle", "algorithm": "circle analyze (whole process)",
                  "seconds": statistics.median(samples)}))
for sweep in ("single", "pairs"):
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.argv[1], "whatif", "--sweep", sweep], check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    print(json.dumps({"tool": "StrategyCircle", "graph": "seed circle",
                      "algorithm": f"circle whatif --sweep {sweep} (whole process)", "seconds": statistics.median(samples)}))
# Loading, the whole process: `circle info` on the 1M-edge list against igraph reading it
# (Graph.TupleList over Python's csv, as in peers.py) in a fresh Python; time and peak
# resident memory (os.wait4), median of 5, run alternately.
import os
data = os.path.join(sys.argv[2], "graph-100k.csv")
if os.path.exists(data):
    igraph_load = ("import csv, igraph as ig\n"
                   f"rows = csv.reader(open({data!r}, newline='')); next(rows)\n"
                   "ig.Graph.TupleList(((a, b, float(w)) for a, b, w, *_ in rows), directed=True, weights=True)\n")
    commands = {"StrategyCircle": [sys.argv[1], "info", data], "igraph": [sys.executable, "-c", igraph_load]}
    samples = {tool: [] for tool in commands}
    for _ in range(5):
        for tool, command in commands.items():
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            assert status == 0, command
            samples[tool].append((time.perf_counter() - start, usage.ru_maxrss / 1024))
    for tool, runs in samples.items():
        print(json.dumps({"tool": tool, "graph": "graph-100k", "algorithm": "load (whole process)",
                          "seconds": statistics.median(s for s, _ in runs),
                          "peak_mb": statistics.median(m for _, m in runs)}))
# `circle whatif --sweep single` on a 2,000-node circle (every single removal, each re-running
# the analysis); no peer sweeps what-if removals, so there is no ratio.
sweep_file = os.path.join(sys.argv[2], "whatif-2000.csv")
if os.path.exists(sweep_file):
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.argv[1], "whatif", sweep_file, "--sweep", "single"], check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    print(json.dumps({"tool": "StrategyCircle", "graph": "whatif-2000", "algorithm": "circle whatif --sweep single (whole process)",
                      "seconds": statistics.median(samples)}))
# `circle robustness`: 1,000 runs of the analysis with drawn weights (issue: under 10 s on 2 cores).
for threads in ("1", "2"):
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.argv[1], "robustness", "--runs", "1000", "--threads", threads, "-q"], check=True,
                       stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    print(json.dumps({"tool": "StrategyCircle", "graph": "seed circle",
                      "algorithm": f"circle robustness --runs 1000 --threads {threads} (whole process)",
                      "seconds": statistics.median(samples)}))
PY
python3 "$here/report.py" "${BENCHMARKS_OUT:-$root/docs/BENCHMARKS.md}" "$work" "$work/ours.jsonl" "$work/peers.jsonl"
