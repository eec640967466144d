# Every target creates .venv and installs what it needs: a fresh machine needs nothing else.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PIP_VERSION := 26.3

.PHONY: install fast-spacy demo serve test bench lint clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==$(PIP_VERSION)"

# spaCy's stock wheel by default; its faster build (compiled once, 5-14 min) with
# NEWSAUDIT_FAST_SPACY=1 or `make fast-spacy`, or when that build is already in the cache.
SPACY_CACHE := $${NEWSAUDIT_WHEEL_CACHE:-$${XDG_CACHE_HOME:-$$HOME/.cache}/newsaudit/wheels}

$(STAMP): pyproject.toml constraints.txt scripts/install_spacy.sh | $(PY)
	@if [ "$${NEWSAUDIT_FAST_SPACY:-0}" = 1 ] \
	    || ls $(SPACY_CACHE)/spacy-*-noprofile/*.whl >/dev/null 2>&1; then \
	  scripts/install_spacy.sh $(PY); fi
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev,all]"
	touch $(STAMP)

install: $(STAMP)

fast-spacy: install
	scripts/install_spacy.sh $(PY)

demo: install
	$(VENV)/bin/newsaudit analyze examples/council_vote.txt --format text

serve: install  # the web service and its page on http://127.0.0.1:8080/
	$(VENV)/bin/newsaudit serve $(SERVE_ARGS)

test: install
	$(VENV)/bin/python -m pytest

bench: install
	$(PY) benchmarks/run_all.py

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
