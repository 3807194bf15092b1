# hubetl: `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= warehouse/hubetl.duckdb

# Prefect stays offline and keeps its state inside the project, never in the user's ~/.prefect.
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect
PREFECT_PORT ?= 4200
POOL ?= hubetl-pool
PREFECT_API ?= http://127.0.0.1:$(PREFECT_PORT)/api

.PHONY: install run test eval lint server deploy worker bench crash-test fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/hubetl run --db $(DB)
	$(BIN)/hubetl status --db $(DB)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python -m flows.evaluate samples

lint: install
	$(BIN)/ruff check flows schemas warehouse tests benchmarks

# Prefect deployment path (docs/prefect.md): `make server` in one terminal, then `make deploy`, then
# `make worker` in another. All three talk to the server at PREFECT_API on 127.0.0.1:$(PREFECT_PORT).
server: install
	env -u PREFECT_API_URL PREFECT_SERVER_API_HOST=127.0.0.1 PREFECT_SERVER_API_PORT=$(PREFECT_PORT) \
	  $(BIN)/prefect server start --host 127.0.0.1

deploy: install
	@$(BIN)/python -c "import httpx,sys; sys.exit(0 if httpx.get('$(PREFECT_API)/health', timeout=5).is_success else 1)" \
	  2>/dev/null || { echo "no Prefect server at $(PREFECT_API): run 'make server' in another terminal first" >&2; exit 1; }
	@PREFECT_API_URL=$(PREFECT_API) $(BIN)/prefect work-pool inspect $(POOL) >/dev/null 2>&1 || { \
	  PREFECT_API_URL=$(PREFECT_API) $(BIN)/prefect work-pool create $(POOL) --type process && \
	  PREFECT_API_URL=$(PREFECT_API) $(BIN)/prefect work-pool set-concurrency-limit $(POOL) 1; }
	PREFECT_API_URL=$(PREFECT_API) PREFECT_CLI_PROMPT=false $(BIN)/prefect deploy --all --no-prompt

worker: install
	PREFECT_API_URL=$(PREFECT_API) HUBETL_HOME=$(CURDIR) $(BIN)/prefect worker start --pool $(POOL) --type process

bench: install
	$(BIN)/python -m benchmarks.bench

# Kills runs at random points (20 trials over 3,000 articles) and compares with an undisturbed run.
crash-test: install
	$(BIN)/python -m tests.robustness.crash

# Mutated samples through the whole pipeline: inputs tried, loaded, rejected, crashed.
fuzz: install
	$(BIN)/python -m tests.robustness.fuzz

clean:
	rm -rf $(VENV) .prefect .pytest_cache warehouse/*.duckdb warehouse/*.wal
