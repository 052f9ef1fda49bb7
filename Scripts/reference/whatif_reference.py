#!/usr/bin/env python3
"""Reference figures for what-if loop comparisons, computed with NetworkX.

Run from the repository root:  python3 Scripts/reference/whatif_reference.py
Writes Tests/StrategyAnalysisTests/Fixtures/whatif.json. Pinned: networkx==3.6.1, PyYAML.

For each graph and scenario, NetworkX enumerates every loop before and after the change
(nx.simple_cycles on both DiGraphs) and the figures follow docs/WHATIF.md:
- a loop is identified by its node sequence up to rotation; it is *broken* when the
  scenario removes one of its edges, *new* when it exists only after;
- polarity: reinforcing when the product of the edge signs is +1;
- gain: product of weight / yardstick, the yardstick being the baseline's largest weight on
  both sides;
- reinforcing gain lost = gain of broken reinforcing loops + gain of reinforcing loops that
  turn balancing + what surviving reinforcing loops lose; gained = new reinforcing loops +
  loops that turn reinforcing + what surviving reinforcing loops gain;
- when the baseline has more loops than the limit, the comparison must be refused.
"""
import json
import random
from pathlib import Path

import networkx as nx
import yaml

from circle_yaml import active_graph

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "StrategyAnalysisTests" / "Fixtures" / "whatif.json"
LIMIT = 1000  # the loop limit the tests pass to the toolkit


def canonical(cycle):
    start = min(range(len(cycle)), key=lambda i: cycle[i])
    return tuple(cycle[start:] + cycle[:start])


def loops(g, yardstick):
    out = {}
    for c in nx.simple_cycles(g):
        sign, gain = 1, 1.0
        for u, v in zip(c, c[1:] + c[:1]):
            sign *= g[u][v]["sign"]
            gain *= g[u][v]["weight"] / yardstick
        out[canonical(c)] = ("R" if sign > 0 else "B", gain)
    return out


def apply(g, scenario):
    h = g.copy()
    for node in scenario.get("remove", []):
        h.remove_node(node)
    for u, v in scenario.get("remove_edges", []):
        h.remove_edge(u, v)
    for u, v, w in scenario.get("set_weight", []):
        h[u][v]["weight"] = w
    for u, v, s in scenario.get("set_sign", []):
        h[u][v]["sign"] = s
    for u, v, w, s in scenario.get("add_edges", []):
        h.add_edge(u, v, weight=w, sign=s)
    return h


def compare(g, scenario):
    yardstick = max(d["weight"] for _, _, d in g.edges(data=True))
    total = sum(1 for _ in nx.simple_cycles(g))
    if total > LIMIT:
        return {"refused": True, "baselineLoops": total}
    before = loops(g, yardstick)
    after = loops(apply(g, scenario), yardstick)
    r = {k: 0 for k in ["reinforcingBroken", "balancingBroken", "reinforcingNew", "balancingNew",
                        "reinforcingToBalancing", "balancingToReinforcing"]}
    lost = gained = 0.0
    for key, (pol, gain) in before.items():
        if key not in after:
            r["reinforcingBroken" if pol == "R" else "balancingBroken"] += 1
            lost += gain if pol == "R" else 0
            continue
        pol2, gain2 = after[key]
        if pol == "R" and pol2 == "R":
            lost += max(0.0, gain - gain2)
            gained += max(0.0, gain2 - gain)
        elif pol == "R":
            r["reinforcingToBalancing"] += 1
            lost += gain
        elif pol2 == "R":
            r["balancingToReinforcing"] += 1
            gained += gain2
    for key, (pol, gain) in after.items():
        if key not in before:
            r["reinforcingNew" if pol == "R" else "balancingNew"] += 1
            gained += gain if pol == "R" else 0
    gain_before = sum(g_ for p, g_ in before.values() if p == "R")
    r.update({
        "refused": False,
        "reinforcingBefore": sum(1 for p, _ in before.values() if p == "R"),
        "balancingBefore": sum(1 for p, _ in before.values() if p == "B"),
        "reinforcingAfter": sum(1 for p, _ in after.values() if p == "R"),
        "balancingAfter": sum(1 for p, _ in after.values() if p == "B"),
        "reinforcingGainBefore": gain_before,
        "reinforcingGainAfter": sum(g_ for p, g_ in after.values() if p == "R"),
        "reinforcingGainLost": lost,
        "reinforcingGainGained": gained,
        "reinforcingGainLostShare": min(1.0, lost / gain_before) if gain_before > 0 else 0.0,
    })
    return r


def edge_list(g):
    return [[u, v, d["weight"], d["sign"]] for u, v, d in g.edges(data=True)]


def small_random():
    rng = random.Random(5)
    g0 = nx.gnp_random_graph(12, 0.3, seed=5, directed=True)
    g = nx.DiGraph()
    g.add_nodes_from(f"n{v}" for v in g0.nodes)
    for u, v in g0.edges:
        g.add_edge(f"n{u}", f"n{v}", weight=rng.choice([1.0, 2.0]), sign=rng.choice([1, -1]))
    return g


def medium_signed():
    rng = random.Random(11)
    g0 = nx.gnp_random_graph(16, 0.18, seed=11, directed=True)
    g = nx.DiGraph()
    g.add_nodes_from(f"v{v}" for v in g0.nodes)
    for u, v in g0.edges:
        g.add_edge(f"v{u}", f"v{v}", weight=rng.choice([0.5, 1.0, 2.0, 3.0]), sign=rng.choice([1, 1, -1]))
    return g


def seed():
    return active_graph(ROOT / "Datasets" / "social-centric-strategy.yaml")


def complete(n):
    g = nx.DiGraph()
    names = [f"k{i}" for i in range(n)]
    g.add_nodes_from(names)
    for u in names:
        for v in names:
            if u != v:
                g.add_edge(u, v, weight=1.0, sign=1)
    return g


def scenarios_for(g):
    """A removal, a re-weighting, a sign flip and an added edge, chosen from the graph itself."""
    cycles = sorted((canonical(c) for c in nx.simple_cycles(g)), key=lambda c: (len(c), c))
    busiest = max(sorted(g.nodes), key=lambda v: sum(1 for c in cycles if v in c))
    on_loop = [(c[i], c[(i + 1) % len(c)]) for c in cycles[:1] for i in range(len(c))] or list(g.edges)[:1]
    u, v = sorted(on_loop)[0]
    missing = next((a, b) for a in sorted(g.nodes) for b in sorted(g.nodes) if a != b and not g.has_edge(a, b)
                   and nx.has_path(g, b, a))
    return [
        {"name": "remove the busiest element", "remove": [busiest]},
        {"name": "remove an influence", "remove_edges": [[u, v]]},
        {"name": "halve a weight", "set_weight": [[u, v, g[u][v]["weight"] / 2]]},
        {"name": "strengthen a weight", "set_weight": [[u, v, g[u][v]["weight"] * 3]]},
        {"name": "flip a sign", "set_sign": [[u, v, -g[u][v]["sign"]]]},
        {"name": "add an influence", "add_edges": [[missing[0], missing[1], 2.0, -1]]},
        {"name": "remove everything", "remove": sorted(g.nodes)},
        {"name": "change nothing"},
    ]


def main():
    graphs = {"small_random": small_random(), "medium_signed": medium_signed(), "seed": seed(),
              "complete_8": complete(8)}
    out = {"versions": {"networkx": nx.__version__}, "limit": LIMIT, "graphs": {}}
    for name, g in graphs.items():
        if name == "complete_8":
            scenarios = [{"name": "remove an element", "remove": ["k0"]}]
        else:
            scenarios = scenarios_for(g)
        out["graphs"][name] = {
            "nodes": list(g.nodes), "edges": edge_list(g),
            "scenarios": [dict(s, expected=compare(g, s)) for s in scenarios],
        }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
