"""The one reader the reference scripts share: a circle file's active part as a NetworkX
DiGraph, edges with `weight` (the strength) and `sign` (+1 or -1)."""
from pathlib import Path

import networkx as nx
import yaml


def active_graph(path: Path) -> nx.DiGraph:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    active = [n["id"] for n in data["nodes"] if n.get("status", "active") == "active"]
    keep = set(active)
    g = nx.DiGraph()
    g.add_nodes_from(active)
    for e in data["edges"]:
        if e["from"] in keep and e["to"] in keep:
            sign = -1 if str(e.get("sign", "+")) in ("-", "negative", "-1") else 1
            g.add_edge(e["from"], e["to"], weight=float(e.get("weight", 1)), sign=sign)
    return g
