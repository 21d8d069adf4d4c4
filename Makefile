# Relations: `make demo` runs the product locally, `make test` runs the fast tests, `make test-all` all of them.
SHELL := /bin/bash
VENV := .venv
PORT ?= 8000
PY := $(VENV)/bin/python
# The first Python >= 3.12 found: on PATH, then under pyenv.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null); do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
DEMO_ENV := DEBUG=1
# Test tiers by pytest marker (pyproject.toml): the slow tier needs services or takes many seconds.
SLOW_TESTS := slow or e2e or worker
TEST_ENV := SECRET_KEY=$${SECRET_KEY:-test-only-not-secret}
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: demo test test-slow test-all install lint format check-deploy e2e audit clean model model-score

$(VENV)/.installed: pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (install it, or set PYTHON=/path/to/python3.12)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py load_knowledge
	$(DEMO_ENV) $(PY) manage.py demo_setup --port $(PORT)
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(PY) -m pytest -m "not ($(SLOW_TESTS))" $(PYTEST_ARGS)

# Fuzzing, load, killed workers, real Celery workers, the browser: CI runs it after `make test`,
# with PostgreSQL and Redis (.ci/run); without them most of it skips.
test-slow: install
	$(TEST_ENV) $(PY) -m pytest -m "$(SLOW_TESTS)" $(PYTEST_ARGS)

test-all: test test-slow

e2e: install
	$(TEST_ENV) $(PY) -m pytest -m e2e $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# The sentence parser, trained on the UD English Web Treebank (UD=path to its .conllu files); the
# trained pipeline replaces relations/extraction/parser/model, then is scored on the test split.
UD ?= ../shared/ud
PARSER := relations/extraction/parser
model: install
	mkdir -p build/ud
	for split in train dev test; do \
		$(PY) -m spacy convert $(UD)/en_ewt-ud-$$split.conllu build/ud --converter conllu --n-sents 10 || exit 1; done
	$(PY) -m spacy train $(PARSER)/config.cfg --output build/parser \
		--paths.train build/ud/en_ewt-ud-train.spacy --paths.dev build/ud/en_ewt-ud-dev.spacy
	rm -rf $(PARSER)/model && cp -r build/parser/model-best $(PARSER)/model
	$(MAKE) model-score

model-score: install
	$(PY) -m spacy evaluate $(PARSER)/model build/ud/en_ewt-ud-test.spacy

# Known vulnerabilities in the locked versions (needs pip-audit's vulnerability service, PyPI's JSON API).
audit: install
	$(PY) -m pip_audit --requirement requirements.lock --no-deps --disable-pip --strict --progress-spinner off

check-deploy: install
	SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=relations.example.org $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
