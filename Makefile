# afgresearch: `make report` runs the pipeline on seeds/, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY := $(BIN)/python
CORPUS ?= seeds
OUT ?= outputs
QUICK ?=

.PHONY: setup report test test-unit test-notebooks lint lab notebooks bench browser clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,spark]'
	$(PY) -m ipykernel install --sys-prefix --name afgresearch --display-name "afgresearch (Python 3)" > /dev/null
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/afgresearch report --corpus $(CORPUS) --out $(OUT)

test: test-unit test-notebooks

test-unit: $(STAMP)
	$(BIN)/ruff check afgresearch tests benchmarks
	$(BIN)/pytest -q --doctest-modules afgresearch tests

# nbval re-runs each notebook (kernel cwd notebooks/, defaults: seeds/ into outputs/interactive/)
# and compares every output with the committed one; `check` first refuses timing noise.
test-notebooks: $(STAMP)
	$(PY) -m afgresearch.notebooks check
	$(BIN)/pytest -q --nbval notebooks --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check afgresearch tests benchmarks
	$(BIN)/ruff format --check afgresearch tests benchmarks

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

notebooks: $(STAMP)
	$(PY) -m afgresearch.notebooks refresh

bench: $(STAMP)
	$(PY) benchmarks/run.py $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
