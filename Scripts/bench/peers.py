#!/usr/bin/env python3
"""Times python-igraph and NetworkX on the benchmark graphs (the same files StrategyCircle
reads), printing one JSON line per measurement: the median of the repeats, in seconds.

Calls, with the conventions matched to StrategyCircle's:
  load_csv     igraph: Graph.TupleList(csv.reader(...), directed=True, weights=True)
               networkx: nx.read_edgelist(..., delimiter=",", create_using=nx.DiGraph, data=[("weight", float)])
  pagerank     igraph: g.pagerank(weights="weight", damping=0.85)            (PRPACK, exact solve)
               networkx: nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-6)
  betweenness  igraph: g.betweenness(weights=<1/weight>, directed=True)      (one thread)
               networkx: nx.betweenness_centrality(G, weight=<1/weight>)
  betweenness_unweighted  igraph: g.betweenness(directed=True)               (one thread)
  closeness    igraph: g.closeness(weights=<1/weight>, mode="in")            (one thread)
  louvain      igraph: g.as_undirected(mode="collapse", combine_edges="sum").community_multilevel(weights="weight")
               networkx: nx.community.louvain_communities(G.to_undirected(), weight="weight", seed=1)
  leiden       igraph: community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
  cycles_K     igraph: g.simple_cycles(max=K, output="vpath")   (cycles_all: no max)
               networkx: sum(1 for _ in nx.simple_cycles(G, length_bound=K))
               StrategyCircle streams the cycles to a counting callback; igraph returns them all.
Usage: peers.py FOLDER
"""
import csv
import json
import statistics
import sys
import time
from pathlib import Path

import igraph as ig
import networkx as nx

folder = Path(sys.argv[1])
tasks = json.loads((folder / "tasks.json").read_text())


def timed(repeats, fn):
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def read_igraph(path):
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        return ig.Graph.TupleList(((a, b, float(w)) for a, b, w, *_ in rows), directed=True, weights=True)


def read_networkx(path):
    with open(path) as f:
        next(f)
        return nx.read_edgelist(f, delimiter=",", create_using=nx.DiGraph, nodetype=str,
                                data=[("weight", float), ("sign", str)])


cache = {}
for task in tasks:
    path = folder / f"{task['graph']}.csv"
    algorithm, repeats, peers = task["algorithm"], task["repeats"], task.get("peers", ["igraph", "networkx"])
    for tool in peers:
        key = (tool, task["graph"])
        if key not in cache and algorithm != "load_csv":
            cache[key] = read_igraph(path) if tool == "igraph" else read_networkx(path)
        g = cache.get(key)
        if algorithm == "load_csv":
            fn = (lambda: read_igraph(path)) if tool == "igraph" else (lambda: read_networkx(path))
        elif algorithm == "pagerank":
            fn = (lambda: g.pagerank(weights="weight", damping=0.85)) if tool == "igraph" else \
                (lambda: nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-6))
        elif algorithm.startswith("betweenness_unweighted"):
            fn = (lambda: g.betweenness(directed=True)) if tool == "igraph" else (lambda: nx.betweenness_centrality(g))
        elif algorithm == "closeness":
            if tool == "igraph":
                lengths = [1.0 / w for w in g.es["weight"]]
                fn = lambda: g.closeness(weights=lengths, mode="in")
            else:
                for _, _, d in g.edges(data=True):
                    d["inv"] = 1.0 / d["weight"]
                fn = lambda: nx.closeness_centrality(g, distance="inv")
        elif algorithm.startswith("betweenness"):
            if tool == "igraph":
                lengths = [1.0 / w for w in g.es["weight"]]
                fn = lambda: g.betweenness(weights=lengths, directed=True)
            else:
                for _, _, d in g.edges(data=True):
                    d["inv"] = 1.0 / d["weight"]
                fn = lambda: nx.betweenness_centrality(g, weight="inv")
        elif algorithm == "louvain":
            if tool == "igraph":
                u = g.as_undirected(mode="collapse", combine_edges="sum")
                fn = lambda: u.community_multilevel(weights="weight")
            else:
                u = g.to_undirected()
                fn = lambda: nx.community.louvain_communities(u, weight="weight", seed=1)
        elif algorithm == "leiden":
            if tool != "igraph":
                continue
            u = g.as_undirected(mode="collapse", combine_edges="sum")
            fn = lambda: u.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        elif algorithm.startswith("cycles_"):
            bound = None if algorithm == "cycles_all" else int(algorithm.split("_")[1])
            if tool == "igraph":
                fn = (lambda: g.simple_cycles(output="vpath")) if bound is None else \
                    (lambda: g.simple_cycles(max=bound, output="vpath"))
            else:
                fn = lambda: sum(1 for _ in nx.simple_cycles(g, length_bound=bound))
        else:
            continue
        seconds = timed(repeats, fn)
        print(json.dumps({"tool": tool, "graph": task["graph"], "algorithm": algorithm, "seconds": seconds}), flush=True)
