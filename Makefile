# The two commands a newcomer needs are `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The GraphQL tests that complete the most fields (lead pages, every Node type, every mutation with a foreign
# id): `make test` runs them again with the executor shortcut off, so both executors must give the same answers.
GRAPHQL_TESTS := tests/leads tests/tenancy tests/accounts/test_isolation_everywhere.py tests/platform/test_execution.py

.PHONY: run test install assets lint schema services judges

$(BIN)/python:
	$(shell command -v $(PYTHON) >/dev/null 2>&1 && echo $(PYTHON) || echo python3) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

assets: install
	$(BIN)/quantix assets

## Run the service on the embedded default: SQLite file, in-process jobs, Meta sandbox.
run: install assets
	$(BIN)/quantix serve

services:
	scripts/services-up

## Run the whole test suite (PostgreSQL + Redis, on two pytest-xdist workers, each its own test database),
## the GraphQL tests again with QUANTIX_FAST_EXECUTOR=false, the SQLite smoke set, lint, the layer contracts
## and the schema check.
test: install services assets
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2
	QUANTIX_FAST_EXECUTOR=false $(BIN)/python -m pytest $(GRAPHQL_TESTS)
	QUANTIX_TEST_DATABASE=sqlite $(BIN)/python -m pytest -m sqlite
	$(MAKE) judges

## Third-party judges against a running `quantix serve`: the graphql-http audit and GraphiQL in headless
## Chromium with the network closed (installs Debian's chromium and the pinned npm packages if missing).
judges: install assets
	tests/judges/run.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

schema: install
	$(BIN)/quantix schema > schema.graphql
