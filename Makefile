# Career-advice bot. `make run` builds whatever is missing and starts the bot; `make test` runs every test.
SHELL := /bin/bash
export RASA_TELEMETRY_ENABLED := false
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
RASA   := $(VENV)/bin/rasa
DEPS   := $(VENV)/.deps-installed
DOCS   := $(wildcard data/documents/*)
STORE  := build/.ingested
NLP    := build/spacy_model/meta.json
WIDGET := node_modules/socket.io-client/dist/socket.io.min.js
RASA_DATA := config.yml domain.yml $(wildcard data/*.yml data/nlu/*.yml)

# A Python 3.10 interpreter: PYTHON310 if given, else python3.10 on PATH (if it really runs), else pyenv's.
define find_python310
for c in "$(PYTHON310)" python3.10 "$$(pyenv root 2>/dev/null)"/versions/3.10.*/bin/python3.10 "$$HOME"/.pyenv/versions/3.10.*/bin/python3.10; do \
  [ -n "$$c" ] || continue; \
  if "$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then command -v "$$c" || echo "$$c"; exit 0; fi; \
  if PYENV_VERSION=3.10 "$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then \
    PYENV_VERSION=3.10 "$$c" -c 'import sys; print(sys.executable)'; exit 0; fi; \
done; exit 1
endef

.PHONY: help
help:
	@echo "make run    - build what is missing (venv, store, model) and start the bot (web chat, REST, Slack)"
	@echo "make shell  - talk to the bot in this terminal (starts the action server)"
	@echo "make test   - lint plus every test (installs chromium, redis-server, postgresql if missing)"
	@echo "make model  - ingest documents, build the spaCy pipeline, train if Rasa's fingerprint changed"
	@echo "make bench  - run the benchmarks and print their figures"

$(DEPS): requirements.txt requirements.lock
	@py=$$($(find_python310)) || { echo "error: no Python 3.10 found (Rasa 3.6 needs Python < 3.11). Install it, e.g. 'pyenv install 3.10.13', or set PYTHON310=/path/to/python3.10." >&2; exit 1; }; \
	echo "Using $$py"; \
	[ -x $(PY) ] || "$$py" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c requirements.lock
	touch $@

.PHONY: venv
venv: $(DEPS)

.PHONY: lock
lock: $(DEPS)
	(echo "# Exact versions tested here. Regenerate with: make lock"; $(PY) -m pip freeze --exclude-editable) > requirements.lock

$(WIDGET): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: widget
widget: $(WIDGET)

# Re-ingest only when a document or the parser changed; ingestion itself skips unchanged files.
$(STORE): $(DEPS) $(DOCS) $(wildcard bot/facets.py bot/ingest/*.py bot/ingest/*/*.py bot/language/*.py bot/store/*.py bot/data/*)
	@mkdir -p build
	$(PY) -m bot ingest
	touch $@

$(NLP): $(STORE) $(wildcard bot/nlp/*.py bot/language/*.py bot/data/*)
	$(PY) -m bot build-nlp
	touch $@

.PHONY: store nlp
store: $(STORE)
nlp: $(NLP)

# Train only when Rasa's own fingerprint (`rasa train --dry-run`) says so, or when the training
# files are newer than the newest model (e.g. a reverted edit, which Rasa's cache calls unchanged;
# Rasa then rebuilds the model from its cache in seconds). Keeps the three newest models.
.PHONY: model
model: $(NLP) $(RASA_DATA)
	@latest=$$(ls -t models/*.tar.gz 2>/dev/null | head -n 1); \
	if [ -n "$$latest" ] && [ -z "$$(find $(RASA_DATA) -newer "$$latest")" ] \
	   && $(RASA) train --dry-run --quiet >/dev/null 2>&1; then \
	  echo "Model is up to date (Rasa's fingerprint is unchanged): $$latest"; \
	else \
	  $(RASA) train --quiet --out models && ls -t models/*.tar.gz | tail -n +4 | xargs -r rm --; \
	fi

.PHONY: run
run: model $(WIDGET)
	$(PY) -m bot.launcher run

.PHONY: shell
shell: model
	$(PY) -m bot.launcher shell

.PHONY: sysdeps
sysdeps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	{ command -v initdb || ls /usr/lib/postgresql/*/bin/initdb; } >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

.PHONY: lint
lint: $(DEPS)
	$(VENV)/bin/ruff check bot actions tests bench
	$(VENV)/bin/mypy bot actions tests bench

.PHONY: validate
validate: $(DEPS)
	$(RASA) data validate --fail-on-warnings

.PHONY: test
test: sysdeps lint validate model $(WIDGET)
	$(VENV)/bin/pytest

.PHONY: bench
bench: model $(WIDGET)
	$(PY) -m bench.ingest_bench
	$(PY) -m bench.query_bench
	$(PY) -m bench.nlu_report
	$(PY) -m bench.load_bench
	$(PY) -m bench.conversation_bench
	$(PY) -m bench.soak_bench

.PHONY: clean
clean:
	rm -rf build models/*.tar.gz
