#!/usr/bin/env python3
"""Reference values for comparing the workshop participants' circles (Datasets/workshop),
computed with NetworkX and SciPy.

Run from the repository root:  python3 Scripts/reference/workshop_reference.py
Writes Tests/StrategyAnalysisTests/Fixtures/workshop.json. Pinned: networkx==3.6.1, scipy, PyYAML.

For every pair of participants, on the active parts (nodes with status active, edges between them):
- Jaccard similarity of the edge sets; the Euclidean distance of the signed weight matrices;
- Spearman's rho (scipy.stats.spearmanr) of nx.pagerank(g, alpha=0.85, weight="weight",
  tol=1e-15, max_iter=1_000_000) over the shared nodes;
- the loops (nx.simple_cycles) one has and the other lacks, or with another polarity (R when
  the number of negative edges is even), each rotated to start at its smallest id.
"""
import itertools
import json
from pathlib import Path

import networkx as nx
from scipy.stats import spearmanr

from circle_yaml import active_graph

ROOT = Path(__file__).resolve().parents[2]


def load(name):
    return active_graph(ROOT / "Datasets" / "workshop" / f"{name}.yaml")


def loops(g):
    result = {}
    for cycle in nx.simple_cycles(g):
        start = cycle.index(min(cycle))
        nodes = cycle[start:] + cycle[:start]
        negatives = sum(1 for u, v in zip(nodes, nodes[1:] + nodes[:1]) if g[u][v]["sign"] < 0)
        result[tuple(nodes)] = "R" if negatives % 2 == 0 else "B"
    return result


def compare(a, b):
    wa = {(u, v): d["sign"] * d["weight"] for u, v, d in a.edges(data=True)}
    wb = {(u, v): d["sign"] * d["weight"] for u, v, d in b.edges(data=True)}
    union = set(wa) | set(wb)
    shared = set(wa) & set(wb)
    distance = sum((wa.get(k, 0) - wb.get(k, 0)) ** 2 for k in union) ** 0.5
    common = [n for n in a.nodes if n in b]
    pa = nx.pagerank(a, alpha=0.85, weight="weight", tol=1e-15, max_iter=1_000_000)
    pb = nx.pagerank(b, alpha=0.85, weight="weight", tol=1e-15, max_iter=1_000_000)
    rho = spearmanr([pa[n] for n in common], [pb[n] for n in common]).statistic
    la, lb = loops(a), loops(b)
    differences = sorted(([list(k), la.get(k), lb.get(k)] for k in set(la) | set(lb) if la.get(k) != lb.get(k)),
                         key=lambda d: (len(d[0]), ">".join(d[0])))
    sign = sorted(f"{u}>{v}" for (u, v) in shared if (wa[(u, v)] < 0) != (wb[(u, v)] < 0))
    return {"jaccard": len(shared) / len(union), "distance": distance, "spearman_pagerank": float(rho),
            "sign_disagreements": sign, "loop_differences": differences}


def main():
    names = ["anna", "ben", "carla"]
    graphs = {n: load(n) for n in names}
    pairs = {f"{x}-{y}": compare(graphs[x], graphs[y]) for x, y in itertools.combinations(names, 2)}
    out = ROOT / "Tests" / "StrategyAnalysisTests" / "Fixtures" / "workshop.json"
    out.write_text(json.dumps({"source": "NetworkX 3.6.1, SciPy spearmanr", "pairs": pairs}, indent=1) + "\n",
                   encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
