# ogi — the only sanctioned way to make artifacts. `make` lists the targets.
# Two commands on a fresh clone: `make figures` (set-up + parse + notebooks + figures), `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.ogi-installed
RAW    := data/raw
PROCESSED := data/processed
NBVAL  := --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

.PHONY: help setup data figures notebooks test lint unit nbval check-figures check-data lab bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv with ogi and its tools installed (idempotent)

# uv is bootstrapped with pip inside the venv: a full install takes seconds instead of a minute.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip >/dev/null
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	@$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev,cluster]"
	@touch $(STAMP)
	@echo "ogi installed in $(VENV) ($(BIN)/ogi)"

data: setup ## parse data/raw into data/processed (reports, facts, checks)
	$(BIN)/ogi parse $(RAW) --out $(PROCESSED) --no-progress --no-cache

figures: data ## the main job: parse, execute every notebook, write figures/ (zh) and figures/en
	$(BIN)/ogi run --config notebooks/runs/publication.yaml
	$(BIN)/python -m ogi.figures readme README.md figures figures/en

notebooks: data ## re-execute the committed reference notebooks in place (the only way their outputs change)
	$(BIN)/ogi run --config notebooks/runs/reference.yaml

test: setup lint ## run every test: ruff, units, notebook lint and smoke runs, nbval, freshness checks
	$(BIN)/pytest -q -n 2 --dist loadfile tests
	$(BIN)/pytest -q -n 2 --dist loadfile $(NBVAL) notebooks
	$(MAKE) --no-print-directory check-data check-figures

lint: setup ## ruff on the package, tests and benchmarks (rules in pyproject.toml)
	$(BIN)/ruff check lib tests benchmarks

check-data: setup ## fail when data/processed no longer matches what data/raw parses to
	$(BIN)/python -m ogi.freshness data $(RAW) $(PROCESSED)

check-figures: setup ## fail when a committed figure no longer matches its inputs
	$(BIN)/python -m ogi.freshness figures figures
	$(BIN)/python -m ogi.freshness figures figures/en

lab: setup ## open JupyterLab in the project environment
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: setup ## run the benchmarks (slow; results go to benchmarks/RESULTS.md by hand)
	$(BIN)/python benchmarks/bench_parse.py

clean: ## remove scratch outputs (build/, reports/, caches); keeps the committed data and figures
	rm -rf build reports .ogi-cache .pytest_cache
