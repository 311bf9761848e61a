# raadslens: `make run` and `make test` do all the set-up themselves.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= var
PORT   ?= 5000

.PHONY: run test lint wheel-check system system-test ingest bench clean

run: $(VENV)/.installed system
	$(BIN)/raadslens --data $(DATA) ingest corpus/ || echo "Sommige bestanden konden niet worden ingelezen (zie hierboven); de rest staat in het archief."
	$(BIN)/raadslens --data $(DATA) serve --host 127.0.0.1 --port $(PORT)

test: $(VENV)/.installed-dev system-test
	$(BIN)/python -m pytest -q

# ruff (pyflakes, pycodestyle, import order; the formatter, line length 120) and mypy (check_untyped_defs),
# configured in pyproject.toml.  `.venv/bin/ruff format .` formats.
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The built wheel installed into a fresh venv: help, ingest one PDF, serve one request.
wheel-check: $(VENV)/.installed-dev
	bash .ci/wheel-check

ingest: $(VENV)/.installed system
	$(BIN)/raadslens --data $(DATA) ingest corpus/

bench: $(VENV)/.installed-dev system
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/read.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/matching.py
	$(BIN)/python bench/verify_cli.py

# System tools (tesseract for OCR, Chromium for the browser tests): installed
# with apt when we are root, otherwise one line says what to install.
system:
	@bash .ci/system-deps runtime

system-test:
	@bash .ci/system-deps test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# PYTHONWARNINGS=ignore: setuptools' build backend prints a screen of "editable installation"
# advice for every flat layout; a newcomer's `make run` starts with our output instead.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	PYTHONWARNINGS=ignore $(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	PYTHONWARNINGS=ignore $(BIN)/pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

clean:
	rm -rf $(VENV) $(DATA) *.egg-info
