#!/usr/bin/env python3
"""Reference values for FCM simulation and DEMATEL, computed by the field's own tools:
FCMpy 0.0.21 (FcmSimulator) and pyDEMATEL 0.2.2 (DEMATELSolver, FuzzyDEMATELSolver).

Run from the repository root:  python3 Scripts/reference/fcm_dematel_reference.py
Writes Tests/GraphAlgorithmsTests/Fixtures/fcm.json, dematel.json and expert_fcm.json.

Install (fcmpy's pinned dependencies do not install on Python 3.11, so it goes in without
them, followed by what its simulator and pyDEMATEL import):
    pip install --no-deps fcmpy==0.0.21 pyDEMATEL==0.2.2
    pip install -r Scripts/reference/requirements-fcm.txt

Calls:
- FCM: FcmSimulator.simulate(initial_state, weight_matrix (pandas, W[i][j] = influence of
  i on j), transfer, inference in {"kosko", "mKosko", "rescaled"}, thresh, iterations, l=1).
  FCMpy always holds concepts without causes at their start value; the runs "without
  holding" replace its private stable-concept finder by one that finds none, so the same
  FCMpy loop runs Kosko's rule as written.
- Expert FCM: ExpertFcm with FCMpy's documented eleven-term signed scale, universe
  np.arange(-1, 1.001, 0.01), automf("trimf"), build(data, "Mamdani", "fMax", "centroid");
  the data (one DataFrame per expert with from, to and a 0/1 column per term) is built here
  from seeded random ratings rather than read from a file.
- DEMATEL: DEMATELSolver with one expert: step1..step4; N = getNormalizedDirectInfluenceMatrix,
  T = getTotalInfluenceMatrix, D = row sums of T (pyDEMATEL's R), R = column sums (its C).
- Fuzzy DEMATEL: FuzzyDEMATELSolver on pyDEMATEL's own example (testFuction's 18 factors):
  every component divided by the largest row or column sum of the upper values, T per
  component, D and R defuzzified as l + ((u − l) + (m − l)) / 3.
"""
import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from fcmpy.simulator.simulator import FcmSimulator
from pyDEMATEL.DEMATELSolver import DEMATELSolver
from pyDEMATEL.FuzzyDEMATELSolver import FuzzyDEMATELSolver

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "GraphAlgorithmsTests" / "Fixtures"
warnings.simplefilter("ignore")


def textbook_map():
    """Five concepts, weights in [-1, 1] used as given; C1 has no causes."""
    nodes = ["C1", "C2", "C3", "C4", "C5"]
    edges = [("C1", "C2", 0.6), ("C1", "C3", -0.4), ("C2", "C4", 0.7), ("C3", "C4", 0.5),
             ("C4", "C5", 0.8), ("C5", "C2", -0.3), ("C4", "C3", 0.2), ("C5", "C5", 0.4)]
    return "textbook", nodes, edges, "none", ["C1", "C3"]


def seed_map():
    """The active part of the shipped circle, signed weights divided by the largest."""
    data = yaml.safe_load((ROOT / "Datasets" / "social-centric-strategy.yaml").read_text(encoding="utf-8"))
    nodes = [n["id"] for n in data["nodes"] if n.get("status", "active") == "active"]
    keep = set(nodes)
    raw = []
    for e in data["edges"]:
        if e["from"] in keep and e["to"] in keep and e.get("status", "active") == "active":
            sign = -1 if str(e.get("sign", "+")) in ("-", "negative", "-1") else 1
            raw.append((e["from"], e["to"], sign * float(e.get("weight", 1))))
    largest = max(abs(w) for _, _, w in raw)
    edges = [(u, v, w / largest) for u, v, w in raw]
    return "seed", nodes, edges, "max-abs", ["social_werden", "unternehmenskultur"]


def random_map():
    """Twelve concepts, 30 % of pairs linked with weights in [-1, 1]; C0 and C1 without causes."""
    rng = np.random.default_rng(20261203)
    nodes = [f"C{i}" for i in range(12)]
    edges = []
    for i in range(12):
        for j in range(2, 12):
            if i != j and rng.random() < 0.3:
                edges.append((nodes[i], nodes[j], round(float(rng.uniform(-1, 1)), 2)))
    return "random", nodes, edges, "none", ["C0", "C1"]


def simulate(nodes, edges, start, transfer, inference, hold):
    w = pd.DataFrame(0.0, index=nodes, columns=nodes)
    for u, v, weight in edges:
        w.loc[u, v] = weight
    initial = {n: (1.0 if n in start else 0.0) for n in nodes}
    finder = "_FcmSimulator__getStableConcepts"
    original = FcmSimulator.__dict__[finder]
    if not hold:
        setattr(FcmSimulator, finder, staticmethod(lambda weight_matrix: []))
    try:
        result = FcmSimulator.simulate(initial_state=initial, weight_matrix=w, transfer=transfer,
                                       inference=inference, thresh=0.001, iterations=50, l=1)
    finally:
        setattr(FcmSimulator, finder, original)
    return result[nodes].to_numpy(dtype=float).tolist()


def fcm_fixture():
    maps = []
    for name, nodes, edges, scaling, start in (textbook_map(), seed_map(), random_map()):
        runs = []
        for transfer in ("sigmoid", "tanh"):
            for inference, rule in (("kosko", "kosko"), ("mKosko", "modified-kosko"), ("rescaled", "rescaled")):
                for hold in (False, True):
                    runs.append({"transfer": transfer, "rule": rule, "hold_sources": hold,
                                 "trajectory": simulate(nodes, edges, start, transfer, inference, hold)})
        maps.append({"name": name, "nodes": nodes, "edges": [list(e) for e in edges], "scaling": scaling,
                     "start": start, "threshold": 0.001, "max_steps": 50, "runs": runs})
    return {"source": "FCMpy 0.0.21 FcmSimulator.simulate, thresh=0.001, iterations=50, l=1", "maps": maps}


def crisp(matrix):
    solver = DEMATELSolver()
    solver.setMatrix([np.array(matrix, dtype=float)])
    solver.addExpert("expert")
    solver.setFactors([f"F{i + 1}" for i in range(len(matrix))])
    solver.setNumberOfExperts(1)
    solver.setNumberOfFactors(len(matrix))
    solver.step1(); solver.step2(); solver.step3(); solver.step4()
    return {"direct": matrix, "normalized": solver.getNormalizedDirectInfluenceMatrix().tolist(),
            "total": solver.getTotalInfluenceMatrix().tolist(), "given": solver.R.tolist(),
            "received": solver.C.tolist()}


# pyDEMATEL's documented crisp example (DEMATELSolver.testFuction; Codal et al.).
PYDEMATEL_EXAMPLE = [
    [0.00, 1.11, 1.01, 1.41, 1.66, 0.50, 1.60, 2.00],
    [1.43, 0.00, 2.22, 2.00, 2.40, 1.20, 1.66, 1.33],
    [0.82, 1.00, 0.00, 2.05, 2.44, 1.65, 2.65, 1.88],
    [1.92, 0.80, 1.82, 0.00, 2.75, 3.50, 3.33, 3.10],
    [2.20, 3.11, 1.25, 0.75, 0.00, 2.25, 2.66, 1.75],
    [1.01, 1.31, 1.45, 1.20, 1.44, 0.00, 0.75, 3.00],
    [3.50, 3.20, 2.95, 3.33, 2.88, 1.85, 0.00, 1.40],
    [0.50, 1.25, 1.40, 3.66, 1.00, 2.00, 3.33, 0.00]]


def fuzzy_example():
    """pyDEMATEL's own fuzzy example (FuzzyDEMATELSolver.testFuction), read from its source."""
    import inspect
    import pyDEMATEL.FuzzyDEMATELSolver as module
    text = inspect.getsource(module.FuzzyDEMATELSolver.testFuction)
    start = text.index("valeurs=[")
    end = text.index("matrices = np.array")
    namespace = {}
    exec(text[start:end].strip(), {}, namespace)
    return namespace["valeurs"]


def fuzzy(ratings):
    solver = FuzzyDEMATELSolver()
    solver.setMatrix(np.array([np.array(ratings, dtype=float)]))
    solver.addExpert("expert")
    solver.setFactors([f"F{i + 1}" for i in range(len(ratings))])
    solver.setNumberOfExperts(1)
    solver.setNumberOfFactors(len(ratings))
    solver.step1(); solver.step2(); solver.step3(); solver.step4()
    return {"ratings": ratings, "given": solver.R.tolist(), "received": solver.C.tolist(),
            "prominence": solver.prominence.tolist(), "relation": solver.relation.tolist()}


def dematel_fixture():
    rng = np.random.default_rng(7)
    randoms = []
    for size in (4, 9, 15):
        m = rng.integers(0, 5, size=(size, size)).astype(float)
        np.fill_diagonal(m, 0)
        randoms.append(crisp(m.tolist()))
    return {"source": "pyDEMATEL 0.2.2 DEMATELSolver and FuzzyDEMATELSolver, steps 1-4",
            "documented": crisp(PYDEMATEL_EXAMPLE), "random": randoms, "fuzzy": fuzzy(fuzzy_example())}


TERMS = {"-VH": [-1, -1, -0.75], "-H": [-1, -0.75, -0.5], "-M": [-0.75, -0.5, -0.25], "-L": [-0.5, -0.25, 0],
         "-VL": [-0.25, 0, 0], "No": [-0.001, 0, 0.001], "+VL": [0, 0, 0.25], "+L": [0, 0.25, 0.5],
         "+M": [0.25, 0.5, 0.75], "+H": [0.5, 0.75, 1], "+VH": [0.75, 1, 1]}


def expert_fixture():
    import collections
    import fcmpy.expert_fcm.expert_based_fcm as expert_module
    from fcmpy.expert_fcm.expert_based_fcm import ExpertFcm

    class PandasWithFloatZeros:
        """fcmpy 0.0.21 (written for pandas 1.3.3) starts its weight matrix as
        pd.DataFrame(0, ...), an integer frame that pandas >= 2 refuses to fill with floats;
        this shim starts it at 0.0 and is otherwise pandas itself."""
        def __getattr__(self, name):
            return getattr(pd, name)

        @staticmethod
        def DataFrame(data=None, *args, **kwargs):
            return pd.DataFrame(0.0 if isinstance(data, int) and data == 0 else data, *args, **kwargs)

    expert_module.pd = PandasWithFloatZeros()
    rng = np.random.default_rng(11)
    concepts = ["C1", "C2", "C3", "C4", "C5", "C6"]
    pairs = [(a, b) for a in concepts for b in concepts if a != b and rng.random() < 0.35]
    names = list(TERMS)
    ratings = []
    data = collections.OrderedDict()
    for expert in ["e1", "e2", "e3", "e4", "e5"]:
        rows = []
        for a, b in pairs:
            if rng.random() < 0.15:
                continue  # this expert leaves the pair unrated
            # Experts lean to one side per pair, as real panels do.
            side = 1 if (concepts.index(a) + concepts.index(b)) % 3 else -1
            term = names[int(np.clip(5 + side * rng.integers(0, 6) + rng.integers(-1, 2), 0, 10))]
            ratings.append([expert, a, b, term])
            row = {"from": a, "to": b}
            row.update({t: (1 if t == term else 0) for t in names})
            rows.append(row)
        data[expert] = pd.DataFrame(rows, columns=["from", "to"] + names)
    fcm = ExpertFcm()
    fcm.linguistic_terms = TERMS
    fcm.universe = np.arange(-1, 1.001, 0.01)
    fcm.fuzzy_membership = fcm.automf(method="trimf")
    weights = fcm.build(data=data, implication_method="Mamdani", aggregation_method="fMax", defuzz_method="centroid")
    matrix = {f"{a}>{b}": float(weights.loc[a, b]) for a in weights.index for b in weights.columns
              if weights.loc[a, b] != 0}
    return {"source": "FCMpy 0.0.21 ExpertFcm.build (Mamdani, fMax, centroid), universe step 0.01",
            "terms": TERMS, "ratings": ratings, "weights": matrix}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("fcm.json", fcm_fixture()), ("dematel.json", dematel_fixture()),
                       ("expert_fcm.json", expert_fixture())):
        (OUT / name).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print("wrote", OUT / name)


if __name__ == "__main__":
    main()
