#!/usr/bin/env python3
"""Reference figures for the seed's circle and its shipped what-if scripts, by NetworkX.

Run from the repository root:  python3 Scripts/reference/seed_findings.py
Writes Tests/CLITests/Fixtures/seed-findings.json. Pinned: networkx==3.6.1, PyYAML
(Scripts/reference/requirements.txt). Nothing here imports or runs StrategyCircle: the
circle file is read with PyYAML, and every figure comes from these calls:

- the analysed circle is the active part: nodes without `status: excluded` and the edges
  between them; a scenario's `include` makes excluded nodes active again;
- loops are nx.simple_cycles(G) on that DiGraph; a loop is reinforcing when the product of
  its edges' signs is +1, balancing when -1; two loops are the same when their node
  sequences are equal up to rotation;
- "broken" loops are loops of the baseline missing after the scenario, "new" the reverse;
- the evidence layers keep edges by class: `quote` or `evidence: stated` is stated,
  `inferred` is inferred;
- the minimum loop breakers are found by brute force (itertools.combinations, smallest
  size first): every node set of that size that meets every reinforcing loop.
"""
import itertools
import json
from pathlib import Path

import networkx as nx
import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "CLITests" / "Fixtures" / "seed-findings.json"
SCRIPTS = ROOT / "Scripts" / "whatif"


def evidence(item):
    if "quote" in item or item.get("evidence") == "stated":
        return "stated"
    if "inferred" in item or item.get("evidence") == "inferred":
        return "inferred"
    return "unspecified"


def sign(item):
    return -1 if str(item.get("sign", "+")) in ("-", "negative", "-1", "neg", "−") else 1


def graph(data, include=(), remove=(), remove_edges=(), layer="all"):
    active = [n["id"] for n in data["nodes"]
              if (n.get("status", "active") == "active" or n["id"] in include) and n["id"] not in remove]
    keep = set(active)
    g = nx.DiGraph()
    g.add_nodes_from(active)
    for e in data.get("edges", []):
        if e["from"] in keep and e["to"] in keep and (e["from"], e["to"]) not in remove_edges:
            if layer == "all" or (layer == "stated" and evidence(e) == "stated"):
                g.add_edge(e["from"], e["to"], sign=sign(e))
    return g


def canonical(cycle):
    start = min(range(len(cycle)), key=lambda i: cycle[i])
    return tuple(cycle[start:] + cycle[:start])


def loops(g):
    """{canonical loop: polarity} for every elementary cycle of g."""
    out = {}
    for c in nx.simple_cycles(g):
        product = 1
        for u, v in zip(c, c[1:] + c[:1]):
            product *= g[u][v]["sign"]
        out[canonical(c)] = "R" if product > 0 else "B"
    return out


def counts(found):
    r = sum(1 for p in found.values() if p == "R")
    return {"total": len(found), "reinforcing": r, "balancing": len(found) - r}


def minimum_breakers(g, found):
    reinforcing = [set(c) for c, p in found.items() if p == "R"]
    if not reinforcing:
        return {"size": 0, "sets": [[]]}
    nodes = sorted(g.nodes)
    for k in range(1, len(nodes) + 1):
        hits = [sorted(s) for s in itertools.combinations(nodes, k) if all(set(s) & c for c in reinforcing)]
        if hits:
            return {"size": k, "sets": hits}


def scenario_diff(data, before, scenario):
    after_graph = graph(data, include=scenario.get("include", []), remove=scenario.get("remove", []),
                        remove_edges={tuple(x.split(">")) for x in scenario.get("remove_edges", [])})
    after = loops(after_graph)
    broken = [c for c in before if c not in after]
    new = [c for c in after if c not in before]
    return {
        "before": counts(before), "after": counts(after),
        "reinforcingBroken": sum(1 for c in broken if before[c] == "R"),
        "balancingBroken": sum(1 for c in broken if before[c] == "B"),
        "reinforcingNew": sum(1 for c in new if after[c] == "R"),
        "balancingNew": sum(1 for c in new if after[c] == "B"),
    }


def main():
    data = yaml.safe_load((ROOT / "Datasets" / "social-centric-strategy.yaml").read_text(encoding="utf-8"))
    nodes = data["nodes"]
    g = graph(data)
    found = loops(g)
    stated = graph(data, layer="stated")
    by_class = {}
    for e in data["edges"]:
        by_class[evidence(e)] = by_class.get(evidence(e), 0) + 1
    scripts = {}
    for path in sorted(SCRIPTS.glob("*.yaml")):
        for scenario in yaml.safe_load(path.read_text(encoding="utf-8"))["scenarios"]:
            scripts[scenario["name"]] = scenario_diff(data, found, scenario)
    result = {
        "versions": {"networkx": nx.__version__},
        "nodes": len(nodes),
        "activeNodes": g.number_of_nodes(),
        "excludedNodes": len(nodes) - g.number_of_nodes(),
        "edges": len(data["edges"]),
        "activeEdges": g.number_of_edges(),
        "edgesByEvidence": by_class,
        "loops": counts(found),
        "statedLayer": {"activeEdges": stated.number_of_edges(), "loops": counts(loops(stated))},
        "breakers": minimum_breakers(g, found),
        "statedLayerBreakers": minimum_breakers(stated, loops(stated)),
        "scenarios": scripts,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
