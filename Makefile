# Engagement Curator — developer commands.  Each target makes .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test lint bench package clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.2"
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.2"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

## Open the window (on the sample dataset when no database exists yet).
run: $(RUN_STAMP)
	$(BIN)/curator

## Lint, type-check, check the architecture contract, then run every test offscreen,
## a worker per core (each test file stays in one worker, so its fixtures are made once).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

lint: $(TEST_STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy desktop
	$(BIN)/lint-imports

## The one-folder application in dist/engagement-curator (PyInstaller), checked by running it.
package: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py

## Benchmarks: the project beside its baseline; writes build/bench.json.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
