#!/usr/bin/env python3
"""Reference values for the algorithm tests, computed with NetworkX and igraph.

Run from the repository root:  python3 Scripts/reference/make_fixtures.py
Writes Tests/GraphAlgorithmsTests/Fixtures/centrality.json, communities.json, cycles.json and structure.json.
Pinned: networkx==3.6.1, igraph==1.0.0, numpy, scipy, PyYAML (see requirements.txt here).

Conventions mirrored from StrategyCircle (each call below states them):
- a weight is a strength; path lengths are 1/weight ("inv" attribute) unless a measure is
  computed "as distance" (weight used as the length, NetworkX's own convention);
- undirected graphs list each edge once; the Swift side builds GraphView.undirected;
- the seed circle is the active part of Datasets/social-centric-strategy.yaml; its synergy
  graph sums the strengths of u->v and v->u (positive edges only for plain modularity).
"""
import json
import random
from fractions import Fraction
import sys
from pathlib import Path

import igraph
import networkx as nx
import numpy as np
import yaml

from circle_yaml import active_graph

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "GraphAlgorithmsTests" / "Fixtures"


def karate():
    g = nx.karate_club_graph()  # undirected, 'weight' = interaction counts
    return "karate", g


def florentine():
    g = nx.florentine_families_graph()  # undirected, unweighted
    for u, v in g.edges:
        g[u][v]["weight"] = 1.0
    return "florentine", g


def random_signed():
    rng = random.Random(20261129)
    g = nx.gnp_random_graph(60, 0.08, seed=20261129, directed=True)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
        g[u][v]["sign"] = rng.choice([1, 1, 1, -1])
    return "random_signed", g


def seed_circle():
    return "seed", active_graph(ROOT / "Datasets" / "social-centric-strategy.yaml")


def tied_paths():
    """Shortest paths that tie exactly but whose floating-point lengths differ:
    s → a → b → t has lengths 1/2 + 1/3 + 1/6 = 1 (in floats 0.9999999999999999... or 1.0
    depending on the order of addition) against s → t of length 1; more such pairs below."""
    g = nx.DiGraph()
    for u, v, w in [("s", "a", 2), ("a", "b", 3), ("b", "t", 6), ("s", "t", 1), ("t", "u", 1.5),
                    ("s", "c", 6), ("c", "d", 3), ("d", "t", 2), ("u", "s", 1), ("a", "u", 0.6),
                    ("b", "x", 10), ("x", "y", 10), ("y", "u", 1.25), ("c", "u", 0.75)]:
        g.add_edge(u, v, weight=float(w), sign=1)
    return "tied_paths", g


def edge_list(g):
    return [[str(u), str(v), float(d["weight"]), int(d.get("sign", 1))] for u, v, d in g.edges(data=True)]


def keyed(values):
    return {str(k): float(v) for k, v in values.items()}


def keyed_edges(values, g):
    # NetworkX keys undirected edges by one orientation; store both spellings.
    out = {}
    for (u, v), x in values.items():
        out[f"{u}|{v}"] = float(x)
        if not g.is_directed():
            out[f"{v}|{u}"] = float(x)
    return out


def reach(g):
    n = g.number_of_nodes()
    r, eff = {}, {}
    for v in g:
        within = nx.single_source_shortest_path_length(g, v, cutoff=2)
        total = len(within) - 1
        direct = len(set(g.successors(v) if g.is_directed() else g.neighbors(v)) - {v})
        r[str(v)] = total / (n - 1)
        eff[str(v)] = total / direct if direct else 0.0
    return r, eff


def centrality(name, g):
    # Path lengths 1/weight as exact fractions (fractions.Fraction), so NetworkX compares
    # path lengths exactly: 1/3 + 1/6 + 1/2 and 1 tie, as Brandes' definition counts every
    # shortest path (floating-point sums of the same lengths can differ in the last bit).
    for u, v, d in g.edges(data=True):
        d["inv"] = Fraction(1) / Fraction(d["weight"])
    m = {}
    if g.is_directed():
        m["in_degree"] = keyed(nx.in_degree_centrality(g))
        m["out_degree"] = keyed(nx.out_degree_centrality(g))
        m["in_strength"] = keyed(dict(g.in_degree(weight="weight")))
        m["out_strength"] = keyed(dict(g.out_degree(weight="weight")))
    m["degree"] = keyed(nx.degree_centrality(g))
    m["strength"] = keyed(dict(g.degree(weight="weight")))
    m["betweenness"] = keyed(nx.betweenness_centrality(g, weight="inv", normalized=True))
    m["betweenness_unweighted"] = keyed(nx.betweenness_centrality(g, weight=None, normalized=True))
    m["betweenness_as_distance"] = keyed(nx.betweenness_centrality(g, weight="weight", normalized=True))
    m["betweenness_raw"] = keyed(nx.betweenness_centrality(g, weight="inv", normalized=False))
    m["edge_betweenness"] = keyed_edges(nx.edge_betweenness_centrality(g, weight="inv", normalized=True), g)
    m["closeness"] = keyed(nx.closeness_centrality(g, distance="inv", wf_improved=True))
    m["closeness_unweighted"] = keyed(nx.closeness_centrality(g, distance=None, wf_improved=True))
    m["harmonic"] = keyed(nx.harmonic_centrality(g, distance="inv"))
    m["pagerank"] = keyed(nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=1_000_000))
    first = next(iter(g.nodes))
    personal = {v: (3.0 if v == first else 1.0) for v in g}
    m["pagerank_personalized"] = keyed(nx.pagerank(g, alpha=0.7, personalization=personal, weight="weight",
                                                   tol=1e-15, max_iter=1_000_000))
    a = nx.to_numpy_array(g, weight="weight")
    lam = max(abs(np.linalg.eigvals(a)))
    alpha = 0.5 / lam
    m["katz"] = keyed(nx.katz_centrality_numpy(g, alpha=alpha, beta=1.0, weight="weight", normalized=True))
    try:
        m["eigenvector"] = keyed(nx.eigenvector_centrality_numpy(g, weight="weight", max_iter=100000, tol=0))
    except nx.NetworkXException:
        # ARPACK refuses graphs that are not strongly connected; NetworkX's power iteration
        # on (A + I)^T still converges when the leading eigenvalue is simple.
        try:
            m["eigenvector"] = keyed(nx.eigenvector_centrality(g, weight="weight", max_iter=1_000_000, tol=1e-15))
        except nx.PowerIterationFailedConvergence as error:
            print(f"{name}: eigenvector skipped: {error}", file=sys.stderr)
    m["reach"], m["reach_efficiency"] = reach(g)
    return {
        "directed": g.is_directed(),
        "nodes": [str(v) for v in g.nodes],
        "edges": edge_list(g),
        "katz_alpha": alpha,
        "spectral_radius": float(lam),
        "personalized_node": str(first),
        "measures": m,
    }


def synergy_graph(g):
    """Undirected graph whose edge {u,v} weighs the summed strengths of u->v and v->u,
    positive-signed edges only (the plain-modularity synergy graph)."""
    if not g.is_directed():
        h = nx.Graph()
        h.add_nodes_from(g.nodes)
        for u, v, d in g.edges(data=True):
            if d.get("sign", 1) > 0:
                h.add_edge(u, v, weight=float(d["weight"]))
        return h
    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    for u, v, d in g.edges(data=True):
        if d.get("sign", 1) > 0:
            w = h[u][v]["weight"] if h.has_edge(u, v) else 0.0
            h.add_edge(u, v, weight=w + float(d["weight"]))
    return h


def signed_modularity(g, communities, resolution=1.0):
    """Gomez, Jensen & Arenas (2009), Eq. (12): Q = (2w+ Q+ - 2w- Q-) / (2w+ + 2w-).
    The positive part of pair {i,j} sums the strengths of the positive edges i->j and j->i,
    the negative part those of the negative edges; the two are never netted."""
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    wp = np.zeros((n, n))
    wn = np.zeros((n, n))
    for u, v, d in g.edges(data=True):
        target = wp if d.get("sign", 1) > 0 else wn
        i, j = index[u], index[v]
        target[i, j] += d["weight"]
        if i != j:
            target[j, i] += d["weight"]
    kp, kn = wp.sum(axis=1), wn.sum(axis=1)
    two_wp, two_wn = wp.sum(), wn.sum()
    label = {}
    for c, members in enumerate(communities):
        for v in members:
            label[index[v]] = c
    q = 0.0
    for i in range(n):
        for j in range(n):
            if label[i] != label[j]:
                continue
            expected_p = resolution * kp[i] * kp[j] / two_wp if two_wp > 0 else 0.0
            expected_n = resolution * kn[i] * kn[j] / two_wn if two_wn > 0 else 0.0
            q += (wp[i, j] - expected_p) - (wn[i, j] - expected_n)
    return q / (two_wp + two_wn)


def communities(name, g):
    h = synergy_graph(g)
    best, best_seed, best_partition = -1.0, None, None
    for seed in range(10):
        parts = nx.community.louvain_communities(h, weight="weight", resolution=1.0, seed=seed)
        q = nx.community.modularity(h, parts, weight="weight", resolution=1.0)
        if q > best:
            best, best_seed, best_partition = q, seed, parts
    # A fixed partition to check modularity, signed modularity, NMI and ARI against.
    nodes = list(h.nodes)
    rng = random.Random(7)
    fixed_labels = {v: rng.randrange(3) for v in nodes}
    fixed = [{v for v in nodes if fixed_labels[v] == c} for c in range(3)]
    fixed = [c for c in fixed if c]
    best_labels = {}
    for c, members in enumerate(best_partition):
        for v in members:
            best_labels[v] = c
    a = [fixed_labels[v] for v in nodes]
    b = [best_labels[v] for v in nodes]
    return {
        "nodes": [str(v) for v in nodes],
        "best_louvain_modularity_over_10_seeds": best,
        "best_seed": best_seed,
        "fixed_partition": {str(v): fixed_labels[v] for v in nodes},
        "fixed_partition_modularity": nx.community.modularity(h, fixed, weight="weight", resolution=1.0),
        "fixed_partition_modularity_resolution_0_5": nx.community.modularity(h, fixed, weight="weight", resolution=0.5),
        "fixed_partition_signed_modularity": signed_modularity(g, fixed),
        "best_partition": {str(v): best_labels[v] for v in nodes},
        "nmi_fixed_vs_best": igraph.compare_communities(a, b, method="nmi"),
        "ari_fixed_vs_best": igraph.compare_communities(a, b, method="ari"),
    }


def canonical(cycle, order):
    """Rotate a cycle so the node that comes first in `order` starts it."""
    start = min(range(len(cycle)), key=lambda i: order[cycle[i]])
    return cycle[start:] + cycle[:start]


def cycles(name, g, full_list, bounds):
    """nx.simple_cycles(G, length_bound=k) counts for each k in `bounds`, and (if asked)
    the full list of cycles in canonical rotation, sorted."""
    order = {v: i for i, v in enumerate(g.nodes)}
    result = {
        "nodes": [str(v) for v in g.nodes],
        "edges": edge_list(g),
        "counts_by_length_bound": {str(k): sum(1 for _ in nx.simple_cycles(g, length_bound=k)) for k in bounds},
    }
    if full_list:
        every = [canonical(c, order) for c in nx.simple_cycles(g)]
        result["total"] = len(every)
        result["cycles"] = sorted([[str(v) for v in c] for c in every])
    return result


def small_random():
    rng = random.Random(5)
    g = nx.gnp_random_graph(12, 0.3, seed=5, directed=True)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.choice([1.0, 2.0])
        g[u][v]["sign"] = rng.choice([1, -1])
    g.add_edge(3, 3, weight=1.0, sign=1)  # a self-loop is a cycle of length 1
    return "small_random", g


# DEMATEL worked example: the direct-relation matrix of the five-factor example on
# onlineoutput.com's DEMATEL page (factors LDRS, STFLX, COLLB, TECHL, ABSCAP), whose published
# normalised matrix (k = 12) the test checks to three decimals.
DEMATEL_EXAMPLE = {
    "factors": ["LDRS", "STFLX", "COLLB", "TECHL", "ABSCAP"],
    "direct": [[0, 4, 3, 1, 0], [0, 0, 4, 1, 1], [0, 1, 0, 4, 4], [0, 0, 1, 0, 0], [1, 0, 4, 4, 0]],
    "published_normalized": [[0, 0.333, 0.25, 0.083, 0], [0, 0, 0.333, 0.083, 0.083], [0, 0.083, 0, 0.333, 0.333],
                             [0, 0, 0.083, 0, 0], [0.083, 0, 0.333, 0.333, 0]],
}


def dematel(a):
    """T = N (I - N)^-1 with N = A / max(row sums, column sums), by numpy.linalg.inv."""
    a = np.array(a, dtype=float)
    k = max(a.sum(axis=1).max(), a.sum(axis=0).max())
    n = a / k
    t = n @ np.linalg.inv(np.eye(len(a)) - n)
    return {"k": k, "total": t.tolist(), "given": t.sum(axis=1).tolist(), "received": t.sum(axis=0).tolist()}


def micmac_ranks(a, power):
    """Row and column sums of A^power (numpy.linalg.matrix_power)."""
    m = np.linalg.matrix_power(np.array(a, dtype=float), power)
    return {"influence": m.sum(axis=1).tolist(), "dependence": m.sum(axis=0).tolist()}


def structure(seed_graph):
    nodes = list(seed_graph.nodes)
    a = nx.to_numpy_array(seed_graph, nodelist=nodes, weight="weight")
    out = {
        "dematel_example": dict(DEMATEL_EXAMPLE, **dematel(DEMATEL_EXAMPLE["direct"]),
                                micmac_power_2=micmac_ranks(DEMATEL_EXAMPLE["direct"], 2),
                                micmac_power_5=micmac_ranks(DEMATEL_EXAMPLE["direct"], 5)),
        "seed": {"nodes": [str(v) for v in nodes], "dematel": dematel(a),
                 "micmac_powers": {str(k): micmac_ranks(a, k) for k in range(2, 21)}},
    }
    return out


def main():
    graphs = [karate(), florentine(), random_signed(), seed_circle(), tied_paths()]
    versions = {"networkx": nx.__version__, "igraph": igraph.__version__, "numpy": np.__version__}
    cent = {"versions": versions, "graphs": {name: centrality(name, g) for name, g in graphs}}
    comm = {"versions": versions, "graphs": {name: communities(name, g) for name, g in graphs}}
    _, seed_graph = graphs[3]
    _, random_graph = graphs[2]
    _, small = small_random()
    karate_directed = nx.DiGraph(graphs[0][1])
    cyc = {"versions": versions, "graphs": {
        "seed": cycles("seed", seed_graph, True, range(1, 9)),
        "small_random": cycles("small_random", small, True, range(1, 9)),
        "random_signed": cycles("random_signed", random_graph, False, range(1, 9)),
        "karate_both_directions": cycles("karate_both_directions", karate_directed, False, range(1, 6)),
    }}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "structure.json").write_text(json.dumps(structure(seed_graph), indent=1, sort_keys=True) + "\n")
    (OUT / "cycles.json").write_text(json.dumps(cyc, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    (OUT / "centrality.json").write_text(json.dumps(cent, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    (OUT / "communities.json").write_text(json.dumps(comm, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}/centrality.json and communities.json with {versions}")


if __name__ == "__main__":
    main()
