#!/usr/bin/env python3
"""Checks the interchange formats against real implementations (CI runs it: make check-interop).

1. `circle convert` writes the shipped circle as GraphML, GEXF and node-link JSON; NetworkX
   (read_graphml, read_gexf, node_link_graph) reads each and must find the same nodes, edges,
   weights, signs and attributes as PyYAML finds in Datasets/social-centric-strategy.yaml.
2. NetworkX (write_graphml, write_gexf, node_link_data) and igraph (Graph.write_graphml) write
   the circle, with signed weights (the sign in the weight, as FCM tools write it) and the
   node attributes; `circle convert` reads each back to the circle file, which must hold the
   same graph.

Usage: CIRCLE=.build/release/circle python3 Scripts/interop/check_peers.py
Needs networkx==3.6.1, igraph==1.0.0, PyYAML (Scripts/interop/requirements.txt).
Exits 1 with one line per difference.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import igraph
import networkx as nx
import yaml

ROOT = Path(__file__).resolve().parents[2]
CIRCLE = os.environ.get("CIRCLE", str(ROOT / ".build" / "release" / "circle"))
NODE_FIELDS = ["label", "label_en", "ring", "sector"]
problems = []


def seed():
    """The shipped circle as PyYAML reads it: nodes with their fields, edges with signed weights."""
    data = yaml.safe_load((ROOT / "Datasets" / "social-centric-strategy.yaml").read_text(encoding="utf-8"))
    nodes = {}
    for n in data["nodes"]:
        fields = {key: n[key] for key in NODE_FIELDS if key in n}
        fields.setdefault("label", n["id"])
        fields["status"] = n.get("status", "active")
        nodes[n["id"]] = fields
    edges = {}
    for e in data["edges"]:
        sign = -1 if str(e.get("sign", "+")) in ("-", "negative", "-1") else 1
        edges[(e["from"], e["to"])] = sign * float(e.get("weight", 1))
    return nodes, edges


def convert(source, target, *extra):
    run = subprocess.run([CIRCLE, "convert", str(source), str(target), *extra], capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"circle convert {source} {target} failed: {run.stderr.strip()}")
        return False
    return True


def compare(label, nodes, edges, expected_nodes, expected_edges):
    if set(nodes) != set(expected_nodes):
        problems.append(f"{label}: nodes differ: {sorted(set(nodes) ^ set(expected_nodes))[:5]}")
    for node, fields in expected_nodes.items():
        got = nodes.get(node, {})
        for key, value in fields.items():
            if str(got.get(key, node if key == "label" else ("active" if key == "status" else None))) != str(value):
                problems.append(f"{label}: node {node} {key}: {got.get(key)!r} != {value!r}")
    if set(edges) != set(expected_edges):
        problems.append(f"{label}: edges differ: {sorted(set(edges) ^ set(expected_edges))[:5]}")
    for edge, weight in expected_edges.items():
        if edge in edges and abs(edges[edge] - weight) > 1e-12:
            problems.append(f"{label}: edge {edge} weight {edges[edge]} != {weight}")


def from_networkx(g):
    nodes = {n: dict(a) for n, a in g.nodes(data=True)}
    edges = {}
    for u, v, a in g.edges(data=True):
        sign = -1 if a.get("sign") == "-" else 1
        edges[(u, v)] = sign * float(a.get("weight", 1))
    return nodes, edges


def our_files_read_by_networkx(folder, expected_nodes, expected_edges):
    source = ROOT / "Datasets" / "social-centric-strategy.yaml"
    readers = {
        "graphml": lambda p: nx.read_graphml(p),
        "gexf": lambda p: nx.read_gexf(p, version="1.3") if hasattr(nx, "read_gexf") else None,
        "nodelink": lambda p: nx.node_link_graph(json.loads(Path(p).read_text(encoding="utf-8")), edges="edges"),
    }
    for name, read in readers.items():
        target = folder / f"seed.{'json' if name == 'nodelink' else name}"
        if not convert(source, target, "--to", name):
            continue
        g = read(target)
        nodes, edges = from_networkx(g)
        if name == "gexf":
            # GEXF keeps the label as the node's label attribute; NetworkX names it "label".
            for n, a in nodes.items():
                a.setdefault("label", n)
        compare(f"NetworkX reads our {name}", nodes, edges, expected_nodes, expected_edges)


def networkx_graph(expected_nodes, expected_edges):
    g = nx.DiGraph()
    for n, fields in expected_nodes.items():
        g.add_node(n, **{k: v for k, v in fields.items() if k != "status"}, status=fields["status"])
    for (u, v), w in expected_edges.items():
        g.add_edge(u, v, weight=w)
    return g


def peers_files_read_by_us(folder, expected_nodes, expected_edges):
    g = networkx_graph(expected_nodes, expected_edges)
    files = {}
    nx.write_graphml(g, folder / "nx.graphml")
    files["NetworkX write_graphml"] = folder / "nx.graphml"
    nx.write_gexf(g, folder / "nx.gexf")
    files["NetworkX write_gexf"] = folder / "nx.gexf"
    (folder / "nx.json").write_text(json.dumps(nx.node_link_data(g, edges="edges")), encoding="utf-8")
    files["NetworkX node_link_data"] = folder / "nx.json"
    names = list(expected_nodes)
    ig = igraph.Graph(directed=True)
    ig.add_vertices(len(names))
    ig.vs["name"] = names
    for key in ["label", "label_en", "ring", "sector", "status"]:
        ig.vs[key] = [str(expected_nodes[n].get(key, "")) if key in expected_nodes[n] else "" for n in names]
    index = {n: i for i, n in enumerate(names)}
    ig.add_edges([(index[u], index[v]) for (u, v) in expected_edges])
    ig.es["weight"] = list(expected_edges.values())
    ig.write_graphml(str(folder / "igraph.graphml"))
    files["igraph write_graphml"] = folder / "igraph.graphml"
    for label, path in files.items():
        target = folder / (path.stem + "-" + path.suffix[1:] + ".yaml")
        if not convert(path, target):
            continue
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
        nodes = {}
        for n in data["nodes"]:
            fields = {k: n[k] for k in NODE_FIELDS if k in n and n[k] != ""}
            fields.setdefault("label", n["id"])
            fields["status"] = n.get("status", "active")
            nodes[n["id"]] = fields
        edges = {(e["from"], e["to"]): (-1 if str(e.get("sign", "+")) == "-" else 1) * float(e.get("weight", 1))
                 for e in data["edges"]}
        compare(f"we read {label}", nodes, edges, expected_nodes, expected_edges)


def main():
    expected_nodes, expected_edges = seed()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        our_files_read_by_networkx(folder, expected_nodes, expected_edges)
        peers_files_read_by_us(folder, expected_nodes, expected_edges)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-interop: {len(problems)} difference(s)", file=sys.stderr)
        sys.exit(1)
    print(f"check-interop: ok (NetworkX {nx.__version__}, igraph {igraph.__version__}; "
          f"{len(expected_nodes)} nodes, {len(expected_edges)} edges each way)")


if __name__ == "__main__":
    main()
