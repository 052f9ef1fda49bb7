#!/usr/bin/env python3
"""Writes the benchmark graphs (seeded random directed graphs with weights and signs, as
CSV edge lists) and tasks.json into FOLDER. Usage: make_graphs.py FOLDER [--quick]"""
import json
import random
import sys
from pathlib import Path

folder = Path(sys.argv[1])
quick = "--quick" in sys.argv
folder.mkdir(parents=True, exist_ok=True)
sizes = {"graph-1k": (1_000, 5_000), "graph-10k": (10_000, 50_000), "graph-100k": (100_000, 1_000_000),
         "cycles-300": (300, 1_200), "cycles-40": (40, 100), "whatif-2000": (2_000, 2_400)}
if quick:
    sizes = {k: v for k, v in sizes.items() if k != "graph-100k"}
for name, (n, m) in sizes.items():
    rng = random.Random(n + m)
    seen = set()
    with open(folder / f"{name}.csv", "w") as f:
        f.write("source,target,weight,sign\n")
        while len(seen) < m:
            u, v = rng.randrange(n), rng.randrange(n)
            if u == v or (u, v) in seen:
                continue
            seen.add((u, v))
            f.write(f"n{u},n{v},{rng.choice([0.5, 1, 1.5, 2, 3])},{'-' if rng.random() < 0.2 else '+'}\n")

# Peers per cell: "networkit" runs on two threads, "networkit-1" on one; a cell without
# "peers" is timed by every peer that has the algorithm.
ALL = ["igraph", "networkit", "networkit-1", "networkx"]
FAST = ["igraph", "networkit", "networkit-1"]
tasks = [
    {"graph": "graph-10k", "algorithm": "load_csv", "repeats": 5, "peers": ["igraph", "networkx"]},
    {"graph": "graph-10k", "algorithm": "pagerank", "repeats": 7, "peers": ALL},
    {"graph": "graph-10k", "algorithm": "scc", "repeats": 7, "peers": ALL},
    {"graph": "graph-10k", "algorithm": "louvain", "repeats": 5, "peers": ALL},
    {"graph": "graph-10k", "algorithm": "leiden", "repeats": 5, "peers": FAST},
    {"graph": "graph-1k", "algorithm": "betweenness", "repeats": 5, "peers": ALL},
    {"graph": "graph-1k", "algorithm": "betweenness_1thread", "repeats": 5, "peers": []},
    {"graph": "graph-10k", "algorithm": "betweenness", "repeats": 3, "peers": FAST},
    {"graph": "graph-10k", "algorithm": "betweenness_1thread", "repeats": 3, "peers": []},
    {"graph": "graph-10k", "algorithm": "betweenness_unweighted", "repeats": 3, "peers": FAST},
    {"graph": "graph-10k", "algorithm": "betweenness_unweighted_1thread", "repeats": 3, "peers": []},
    {"graph": "graph-10k", "algorithm": "closeness", "repeats": 3, "peers": FAST},
    {"graph": "cycles-300", "algorithm": "cycles_6", "repeats": 5, "peers": ["igraph", "networkx"]},
    {"graph": "cycles-300", "algorithm": "cycles_8", "repeats": 5, "peers": ["igraph", "networkx"]},
    {"graph": "cycles-300", "algorithm": "cycles_10", "repeats": 3, "peers": ["igraph"]},
    {"graph": "cycles-40", "algorithm": "cycles_all", "repeats": 3, "peers": ["igraph", "networkx"]},
]
if not quick:
    tasks += [
        {"graph": "graph-100k", "algorithm": "load_csv", "repeats": 3, "peers": ["igraph", "networkx"]},
        {"graph": "graph-100k", "algorithm": "pagerank", "repeats": 5, "peers": ALL},
        {"graph": "graph-100k", "algorithm": "scc", "repeats": 5, "peers": FAST},
        {"graph": "graph-100k", "algorithm": "louvain", "repeats": 3, "peers": FAST},
        {"graph": "graph-100k", "algorithm": "leiden", "repeats": 3, "peers": FAST},
    ]
(folder / "tasks.json").write_text(json.dumps(tasks, indent=1))
print(f"wrote {len(sizes)} graphs and {len(tasks)} tasks to {folder}")
