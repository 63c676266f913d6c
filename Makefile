# discourse: `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv figures test lint format bench eval demo-corpus lab clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,scale]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

venv: $(STAMP) ## create .venv and install discourse with its test and scale (Dask) extras

figures: $(STAMP) ## run every notebook on the bundled corpus and write figures/
	$(BIN)/discourse figures

test: $(STAMP) ## run the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check src tests benchmarks scripts notebooks
	$(BIN)/ruff format --check src tests benchmarks scripts notebooks

format: $(STAMP) ## format the code with ruff
	$(BIN)/ruff format src tests benchmarks scripts

bench: $(STAMP) ## run the speed benchmarks (reads ../shared/data)
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

eval: $(STAMP) ## run the accuracy evaluations against the gold data in ../shared/data
	@for f in benchmarks/eval_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

demo-corpus: $(STAMP) ## rebuild data/demo from ../shared/data (byte-identical to the committed files)
	$(BIN)/python scripts/build_demo_corpus.py

lab: $(STAMP) ## open the notebooks in JupyterLab with the project's kernel
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks

clean: ## remove the virtual environment and build output
	rm -rf $(VENV) build .pytest_cache
