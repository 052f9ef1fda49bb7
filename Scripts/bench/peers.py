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
  leiden       igraph: community_leiden(objective_function="modularity", weights="weight", n_iterations=2)   (its default)
  cycles_K     igraph: g.simple_cycles(max=K, output="vpath")   (cycles_all: no max)
               networkx: sum(1 for _ in nx.simple_cycles(G, length_bound=K))
               StrategyCircle streams the cycles to a counting callback; igraph returns them all.
NetworKit 11.3 (its graphs built once from the same CSV, ids numbered in order of first
appearance; threads set with nk.setNumberOfThreads, "networkit" two threads, "networkit-1"
one):
  pagerank     nk.centrality.PageRank(G, damp=0.85, tol=1e-6)       (weights as given)
  louvain      nk.community.PLM(U, refine=False, gamma=1.0)         (U: undirected, pair weights summed)
  leiden       nk.community.ParallelLeiden(U, iterations=2, randomize=True, gamma=1.0)
  betweenness  nk.centrality.Betweenness(L, normalized=True)        (L: weights 1/weight)
  betweenness_unweighted  nk.centrality.Betweenness(G0, normalized=True)  (G0 unweighted)
  closeness    nk.centrality.Closeness(transpose(L), True, nk.centrality.ClosenessVariant.GENERALIZED)
  scc          igraph: g.connected_components(mode="strong"); networkx: nx.strongly_connected_components(G);
               NetworKit: nk.components.StronglyConnectedComponents(G).run()
Checks (report.py compares them with StrategyCircle's): PageRank vectors by node id (written
to FOLDER/results), SCC sizes (sorted, largest first) and the modularity of the Louvain or
Leiden partition (igraph: clustering.modularity with the weights; NetworKit:
nk.community.Modularity().getQuality(partition, U); NetworkX: nx.community.modularity).
Usage: peers.py FOLDER [TASKS.json]   (default FOLDER/tasks.json; run.sh gives one cell per process)
"""
import csv
import json
import statistics
import sys
import time
from pathlib import Path

import igraph as ig
import networkx as nx

try:
    import networkit as nk
except ImportError:  # the NetworKit cells are skipped without it
    nk = None

folder = Path(sys.argv[1])
tasks = json.loads(Path(sys.argv[2] if len(sys.argv) > 2 else folder / "tasks.json").read_text())


def timed(repeats, fn):
    """The median time of the repeats, and the last run's result."""
    samples, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


current = {}


def vector(by_id):
    """Writes a PageRank vector to FOLDER/results; the check names the file."""
    (folder / "results").mkdir(exist_ok=True)
    name = f"results/pagerank-{current['graph']}-{current['tool']}.json"
    (folder / name).write_text(json.dumps(by_id, sort_keys=True))
    return name


def emit(tool, graph, algorithm, seconds, check=None):
    line = {"tool": tool, "graph": graph, "algorithm": algorithm, "seconds": seconds}
    if check is not None:
        line["check"] = check
    print(json.dumps(line), flush=True)


def read_igraph(path):
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        return ig.Graph.TupleList(((a, b, float(w)) for a, b, w, *_ in rows), directed=True, weights=True)


def read_networkit(path):
    """The CSV as NetworKit graphs: directed weighted (G), lengths 1/weight (L), unweighted
    (G0) and undirected with pair weights summed (U)."""
    ids, edges = {}, []
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for a, b, w, *_ in rows:
            edges.append((ids.setdefault(a, len(ids)), ids.setdefault(b, len(ids)), float(w)))
    n = len(ids)
    g, lengths, plain, undirected = (nk.Graph(n, weighted=True, directed=True), nk.Graph(n, weighted=True, directed=True),
                                     nk.Graph(n, weighted=False, directed=True), nk.Graph(n, weighted=True, directed=False))
    pairs = {}
    for u, v, w in edges:
        g.addEdge(u, v, w)
        lengths.addEdge(u, v, 1.0 / w)
        plain.addEdge(u, v)
        key = (min(u, v), max(u, v))
        pairs[key] = pairs.get(key, 0.0) + w
    for (u, v), w in pairs.items():
        undirected.addEdge(u, v, w)
    return {"G": g, "L": lengths, "G0": plain, "U": undirected, "ids": list(ids)}


def networkit_task(algorithm, graphs):
    """The timed call and, after it, what to check (or None)."""
    if algorithm == "pagerank":
        return (lambda: nk.centrality.PageRank(graphs["G"], damp=0.85, tol=1e-6).run(),
                lambda run: vector(dict(zip(graphs["ids"], run.scores()))))
    if algorithm == "louvain":
        return (lambda: nk.community.PLM(graphs["U"], refine=False, gamma=1.0).run(),
                lambda run: nk.community.Modularity().getQuality(run.getPartition(), graphs["U"]))
    if algorithm == "leiden":
        return (lambda: nk.community.ParallelLeiden(graphs["U"], iterations=2, randomize=True, gamma=1.0).run(),
                lambda run: nk.community.Modularity().getQuality(run.getPartition(), graphs["U"]))
    if algorithm == "scc":
        return (lambda: nk.components.StronglyConnectedComponents(graphs["G"]).run(),
                lambda run: sorted(run.getComponentSizes().values(), reverse=True))
    if algorithm.startswith("betweenness_unweighted"):
        return lambda: nk.centrality.Betweenness(graphs["G0"], normalized=True).run(), None
    if algorithm.startswith("betweenness"):
        return lambda: nk.centrality.Betweenness(graphs["L"], normalized=True).run(), None
    if algorithm == "closeness":
        reversed_lengths = nk.graphtools.transpose(graphs["L"])
        return lambda: nk.centrality.Closeness(reversed_lengths, True, nk.centrality.ClosenessVariant.GENERALIZED).run(), None
    return None, None


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
        if tool.startswith("networkit"):
            if nk is None:
                continue
            nk.setNumberOfThreads(1 if tool == "networkit-1" else 2)
            key = ("networkit", task["graph"])
            if key not in cache:
                cache[key] = read_networkit(path)
            fn, check = networkit_task(algorithm, cache[key])
            if fn is not None:
                current.update(tool=tool, graph=task["graph"])
                seconds, run = timed(repeats, fn)
                emit(tool, task["graph"], algorithm, seconds, check(run) if check else None)
            continue
        key = (tool, task["graph"])
        if key not in cache and algorithm != "load_csv":
            cache[key] = read_igraph(path) if tool == "igraph" else read_networkx(path)
        g = cache.get(key)
        current.update(tool=tool, graph=task["graph"])
        check = None
        if algorithm == "load_csv":
            fn = (lambda: read_igraph(path)) if tool == "igraph" else (lambda: read_networkx(path))
        elif algorithm == "pagerank":
            if tool == "igraph":
                fn = lambda: g.pagerank(weights="weight", damping=0.85)
                check = lambda ranks: vector(dict(zip(g.vs["name"], ranks)))
            else:
                fn = lambda: nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-6)
                check = vector
        elif algorithm == "scc":
            if tool == "igraph":
                fn = lambda: g.connected_components(mode="strong")
                check = lambda parts: sorted(parts.sizes(), reverse=True)
            else:
                fn = lambda: list(nx.strongly_connected_components(g))
                check = lambda parts: sorted((len(p) for p in parts), reverse=True)
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
                check = lambda clustering: clustering.modularity
            else:
                u = nx.Graph()
                u.add_nodes_from(g)
                for a, b, d in g.edges(data=True):  # pair weights summed, as the others do
                    w = u[a][b]["weight"] if u.has_edge(a, b) else 0.0
                    u.add_edge(a, b, weight=w + d["weight"])
                fn = lambda: nx.community.louvain_communities(u, weight="weight", seed=1)
                check = lambda parts: nx.community.modularity(u, parts, weight="weight")
        elif algorithm == "leiden":
            if tool != "igraph":
                continue
            u = g.as_undirected(mode="collapse", combine_edges="sum")
            fn = lambda: u.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
            check = lambda clustering: u.modularity(clustering.membership, weights="weight")
        elif algorithm.startswith("cycles_"):
            bound = None if algorithm == "cycles_all" else int(algorithm.split("_")[1])
            if tool == "igraph":
                fn = (lambda: g.simple_cycles(output="vpath")) if bound is None else \
                    (lambda: g.simple_cycles(max=bound, output="vpath"))
            else:
                fn = lambda: sum(1 for _ in nx.simple_cycles(g, length_bound=bound))
        else:
            continue
        seconds, result = timed(repeats, fn)
        emit(tool, task["graph"], algorithm, seconds, check(result) if check else None)
