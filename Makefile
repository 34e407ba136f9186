# The two commands a new user needs: `make up` and `make test`. Everything else is optional.
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# every installable package: libs/common, each built service, the gateway once it has a pyproject
PACKAGES := libs/common $(patsubst %/pyproject.toml,%,$(wildcard services/*/pyproject.toml gateway/pyproject.toml))

.PHONY: up test demo-data journey training-journey market-journey check-compose clean

$(STAMP): constraints.txt $(addsuffix /pyproject.toml,$(PACKAGES))
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt $(foreach p,$(PACKAGES),-e '$(p)[test]')
	@touch $(STAMP)

## Run the whole platform on embedded defaults (SQLite under .data/, the bundled broker). Ctrl-C stops it.
up: $(STAMP)
	$(PY) scripts/up.py

## Run every package's tests and tests/integration against real PostgreSQL and a real broker,
## TEST_WORKERS processes at once (each test file stays in one process, with its own databases and broker).
TEST_WORKERS ?= 2
test: $(STAMP)
	$(PY) scripts/test_env.py
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

## Seed a branch, a field officer, two groups and their members into a running platform (through the gateway, as its admin).
demo-data: $(STAMP)
	$(VENV)/bin/palli-members demo-data --url $${GATEWAY_URL:-http://127.0.0.1:8000}

## Walk a member through a loan on a running platform and time how soon it shows in the books and her messages.
journey: $(STAMP)
	$(PY) scripts/journey.py --url $${GATEWAY_URL:-http://127.0.0.1:8000}

## Walk a facilitators' course, a youth cohort, a project and a credential on a running platform, and lend on it.
training-journey: $(STAMP)
	$(PY) scripts/training_journey.py --url $${GATEWAY_URL:-http://127.0.0.1:8000}

## Walk a producer's consignment lot through two outlets, a sale posted twice, a return and her payout into savings on a running platform.
market-journey: $(STAMP)
	$(PY) scripts/market_journey.py --url $${GATEWAY_URL:-http://127.0.0.1:8000}

## Validate deploy/docker-compose.yml (production secrets come from the environment; see deploy/.env.example).
check-compose:
	docker-compose -f deploy/docker-compose.yml config -q
	docker-compose -f deploy/docker-compose.yml --profile observability config -q

clean:
	rm -rf .data $(VENV)
