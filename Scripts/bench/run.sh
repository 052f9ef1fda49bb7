#!/usr/bin/env bash
# Benchmarks StrategyCircle against python-igraph and NetworkX on the same generated graphs,
# in one run, and prints a Markdown table of medians and ratios (peer time / our time).
# Usage: Scripts/bench/run.sh [--quick]    (needs: pip install -r Scripts/bench/requirements.txt)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/.build-bench-data"
python3 "$here/make_graphs.py" "$work" "$@" >&2
(cd "$here" && swift build -c release --scratch-path "$root/.build-bench" >&2)
"$root/.build-bench/release/bench" "$work" > "$work/ours.jsonl"
python3 "$here/peers.py" "$work" > "$work/peers.jsonl"
# Whole processes on the seed's circle: `circle analyze` (20 runs) and the what-if sweeps
# over every single and every pair removal, each recomputing centralities, clusters,
# loops, density, reach and dynamics (5 runs each).
(cd "$root" && swift build -c release --product circle >&2)
python3 - "$root/.build/release/circle" >> "$work/ours.jsonl" <<'PY'
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
python3 "$here/report.py" "$work/ours.jsonl" "$work/peers.jsonl"
