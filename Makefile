# StrategyCircle — the README's quick start is `make run` and `make test`.
# Both install the system packages they need first (Scripts/install-deps.sh).

SWIFT ?= swift
CIRCLE := .build/release/circle

.PHONY: run test deps build release clean check-docs check-layering check-vocabulary check-interop check-report

## Run the main job (circle analyze) on the built-in circle (the seed's strategy circle).
run: release
	$(CIRCLE)

## Build and run every test.
test: deps
	$(SWIFT) test

## Check that the README's findings are what the built-in circle gives (Scripts/readme-findings).
check-docs: release
	CIRCLE=$(CIRCLE) Scripts/readme-findings --check

## Check that modules import only what docs/ARCHITECTURE.md allows and the CLI does no analysis.
check-layering:
	Scripts/check-layering

## Check that retired synonyms stay out of Sources/, docs/ and the README (docs/GLOSSARY.md).
check-vocabulary:
	Scripts/check-vocabulary

## Check GraphML, GEXF and node-link JSON against NetworkX and igraph (Scripts/interop/check_peers.py),
## in a virtual environment of its own with the pinned versions.
check-interop: release
	python3 -m venv .build/interop-venv
	.build/interop-venv/bin/pip install --quiet --disable-pip-version-check -r Scripts/interop/requirements.txt
	CIRCLE=$(CIRCLE) .build/interop-venv/bin/python Scripts/interop/check_peers.py

## Write the report of the shipped circle (German) and of a circle converted from GEXF (English),
## open both in headless Chromium (no request, no console error), validate them with tidy and save
## their screenshots under docs/img/ (Scripts/report/check_report.py).
check-report: release
	Scripts/report/install-deps.sh
	python3 -m venv .build/report-venv
	.build/report-venv/bin/pip install --quiet --disable-pip-version-check -r Scripts/report/requirements.txt
	mkdir -p .build/report
	$(CIRCLE) report -o .build/report/seed.html
	$(CIRCLE) convert Datasets/social-centric-strategy.yaml .build/report/seed.gexf
	$(CIRCLE) report .build/report/seed.gexf --labels english -o .build/report/from-gexf.html
	.build/report-venv/bin/python Scripts/report/check_report.py \
	    .build/report/seed.html docs/img/report-seed.png .build/report/from-gexf.html docs/img/report-from-gexf.png

## Install system packages (libgraphviz-dev, pkg-config, fonts) if missing.
deps:
	@Scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product circle

clean:
	rm -rf .build
