#!/usr/bin/env python3
"""Writes Datasets/workshop/{anna,ben,carla}.yaml: three participants' versions of the
shipped circle, constructed examples for `circle merge` (not statements of the source).

Run from the repository root:  python3 Scripts/workshop/make_participants.py
Each starts from Datasets/social-centric-strategy.yaml and changes what its VIEWS entry says;
every changed or added edge carries the participant's reason as inferred evidence.
"""
import copy
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SEED = yaml.safe_load((ROOT / "Datasets" / "social-centric-strategy.yaml").read_text(encoding="utf-8"))

VIEWS = {
    "anna": {
        "about": "culture first: the culture carries internal communication and backing strongly",
        "weights": {("unternehmenskultur", "interne_kommunikation"): 3, ("unternehmenskultur", "vom_unternehmen_getragen"): 2},
        "drop": [("attraktivitaet", "absatz_marktanteile")],
    },
    "ben": {
        "about": "the market's view: licence to operate and loyalty sell; social media as a medium curbs "
                 "stakeholders' power; cultural change first unsettles the culture",
        "weights": {("social_media_einsatz", "social_media_intern"): 2},
        "signs": {("social_media_medium", "stakeholder_macht"): "-", ("kulturelle_veraenderung", "unternehmenskultur"): "-"},
        "add_nodes": [{"id": "kundenbindung", "label": "Kundenbindung", "label_en": "Customer loyalty", "ring": "kultur",
                       "inferred": "ben: loyal customers are an effect on the outside the circle leaves out"}],
        "add_edges": [{"from": "licence_to_operate", "to": "absatz_marktanteile", "weight": 2},
                      {"from": "kundenbindung", "to": "absatz_marktanteile", "weight": 2}],
    },
    "carla": {
        "about": "the sceptic: no inferred edge from the strategy to knowledge transfer or quality; becoming social "
                 "activates less, and a vision does not make people more social by itself",
        "weights": {("social_werden", "menschen_aktivieren"): 2},
        "drop": [("gesamtstrategie", "wissens_transfer"), ("social_centric", "qualitaetsfuehrerschaft"),
                 ("vision_vorantreiben", "social_werden")],
    },
}


def main():
    folder = ROOT / "Datasets" / "workshop"
    folder.mkdir(parents=True, exist_ok=True)
    for name, view in VIEWS.items():
        circle = copy.deepcopy(SEED)
        circle["circle"]["title"] = f"{SEED['circle']['title']} ({name})"
        reason = f"{name}'s view ({view['about']})"
        circle["nodes"] += view.get("add_nodes", [])
        kept = []
        for edge in circle["edges"]:
            key = (edge["from"], edge["to"])
            if key in view.get("drop", []):
                continue
            if key in view.get("weights", {}) or key in view.get("signs", {}):
                edge = {k: v for k, v in edge.items() if k not in ("quote", "claim", "basis", "inferred")}
                edge["weight"] = view.get("weights", {}).get(key, edge.get("weight", 1))
                if key in view.get("signs", {}):
                    edge["sign"] = view["signs"][key]
                edge["inferred"] = reason
            kept.append(edge)
        for edge in view.get("add_edges", []):
            kept.append({**edge, "inferred": reason})
        circle["edges"] = kept
        text = (f"# {name}: a participant's version of the shipped circle, constructed for `circle merge`\n"
                f"# (Scripts/workshop/make_participants.py): {view['about']}.\n"
                + yaml.safe_dump(circle, sort_keys=False, allow_unicode=True, width=100))
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        print("wrote", folder / f"{name}.yaml")


if __name__ == "__main__":
    main()
