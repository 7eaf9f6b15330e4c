# The README's commands: `make demo` (install, build models, ingest the samples, serve) and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
EMBEDDER := models/e5-small/.build-stamp
TAGGER := models/tagger/build/.build-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install system native models demo ingest serve test lint bench clean

install: system $(INSTALLED) native models

# Debian packages: Chromium (browser test), Tesseract with Swedish (OCR of scanned reports) and PostgreSQL
# (the tests start a server of their own; a deployment points AVVIK_DATABASE_URL at its server).
system:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v tesseract >/dev/null \
	    || [ ! -e /usr/share/tesseract-ocr/5/tessdata/swe.traineddata ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    chromium chromium-driver tesseract-ocr tesseract-ocr-swe postgresql >/dev/null || \
	    echo "warning: could not install chromium/tesseract/postgresql; the browser, OCR and PostgreSQL tests will be skipped"; \
	fi

# torch==2.13.0 first: the CPU wheel on disk (a bare torch requirement pulls a multi-GB CUDA build).
$(INSTALLED): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(INSTALLED)

# the extractor's hot modules compiled with mypyc into build/native/ (a no-op when they match the sources;
# without a C compiler the sources run, slower)
native: $(INSTALLED)
	$(BIN)/python -m extract.native_build

models: $(INSTALLED)
	$(BIN)/python models/build_embedder.py --out models/e5-small
	$(BIN)/python -m index.vectors.onnx_model models/e5-small
	$(BIN)/python -m extract.tag_training build
	$(BIN)/python -m extract.passage_training build

demo: install ingest serve

ingest:
	$(BIN)/avvik ingest data/samples

serve:
	$(BIN)/avvik serve

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/tagging.py
	$(BIN)/python bench/search.py --n 20000
	$(BIN)/python bench/ingest.py --reports 100

clean:
	rm -rf data/state test-output
