# defence-coverage: `make report` builds everything, `make test` checks everything.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RAW ?= data/raw

.PHONY: help setup data report test lab lock bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { echo "error: Python 3.11 is required (found $$($(PYTHON) --version)); set PYTHON=/path/to/python3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

setup: $(STAMP) ## create .venv and install the package with its test extras (pinned by constraints.txt)

data: $(STAMP) ## build data/processed/ from data/raw/ (RAW=dir to read another folder)
	$(BIN)/python -m analysis build --raw $(RAW)

report: $(STAMP) ## build data/processed/, run every notebook into reports/, write the figures
	$(BIN)/python -m analysis report --raw $(RAW)

test: $(STAMP) ## run every test: the package's tests and every notebook with nbval
	$(BIN)/python -m analysis build --raw data/raw --no-progress
	$(BIN)/python -m pytest tests src/analysis notebooks --doctest-modules --nbval-lax --nbval-current-env -p no:cacheprovider

lab: $(STAMP) ## open JupyterLab on 127.0.0.1 with a token, using the project's environment
	$(BIN)/python -m jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=notebooks --ServerApp.open_browser=False $(if $(filter 0,$(shell id -u)),--allow-root,)

bench: $(STAMP) ## benchmarks on the development corpus (prints figures)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_load.py
	$(BIN)/python benchmarks/bench_inputs.py
	$(BIN)/python benchmarks/bench_figures.py
	$(BIN)/python benchmarks/bench_mentions.py

lock: $(STAMP) ## re-pin constraints.txt from the current environment
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^defence-coverage' > constraints.txt

clean: ## remove the environment and generated output (never data/raw)
	rm -rf $(VENV) reports data/processed/*.parquet data/processed/*.csv data/processed/.cache data/processed/.dask
