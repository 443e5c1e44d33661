"""Atheris fuzzes the loaders for a bounded time in a subprocess and finds no crash (issue 9)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.loaders import SUPPORTED
from tests.fuzz import MAPPINGS, REPO, seed_files
from tests.fuzz.atheris_loaders import decode_input, encode_input, write_seeds

FUZZ_SECONDS = 45


def test_when_an_input_is_encoded_then_it_decodes_to_the_same_file_and_mapping() -> None:
    for suffix in sorted(SUPPORTED):
        for mapping in MAPPINGS:
            assert decode_input(encode_input(suffix, mapping, b"a,b\n")) == (
                suffix,
                mapping,
                b"a,b\n",
            )


def test_when_the_corpus_is_seeded_then_every_demo_type_is_in_it(tmp_path: Path) -> None:
    count = write_seeds(tmp_path)
    entries = [decode_input(p.read_bytes()) for p in tmp_path.iterdir()]
    assert count == len(entries) > 100
    assert {suffix for suffix, _, _ in entries} >= {".txt", ".md", ".pdf", ".docx", ".csv"}
    demo_contents = {path.read_bytes() for path in seed_files()}
    assert all(content in demo_contents for _, _, content in entries)


@pytest.mark.slow
def test_when_atheris_fuzzes_the_loaders_for_a_bounded_time_then_nothing_crashes(
    tmp_path: Path,
) -> None:
    corpus, artifacts = tmp_path / "corpus", tmp_path / "artifacts"
    artifacts.mkdir()
    write_seeds(corpus)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "LENS_FUZZ_WORKDIR": str(tmp_path)}
    command = [sys.executable, str(REPO / "tests" / "fuzz" / "atheris_loaders.py"), str(corpus)]
    command += [f"-max_total_time={FUZZ_SECONDS}", "-timeout=30", "-rss_limit_mb=3072"]
    command += [f"-artifact_prefix={artifacts}/", "-print_final_stats=1"]
    # libFuzzer's RSS limit reads the process's peak RSS, which Linux carries over from the
    # forking process through exec: a pytest worker that already holds the models (a parallel
    # run) would hand the fuzzer a peak of 4 GB before its first input. A small shell forks it
    # instead (not exec: the command after it keeps the shell in place), so the peak is its own.
    command = ["sh", "-c", '"$@"; status=$?; exit $status', "fuzz", *command]
    # Start-up (imports, instrumenting ~9,000 functions, the seed corpus) is slow on a busy
    # machine; the fuzzing itself stops after FUZZ_SECONDS.
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-4000:]
    assert "Uncaught Python exception" not in log
    assert not list(artifacts.iterdir()), log[-4000:]
    runs = re.search(r"Done (\d+) runs in (\d+) second", log)
    assert runs, log[-4000:]
    assert int(runs.group(1)) > 200  # it fuzzed, not just loaded the corpus
    coverage = re.findall(r"cov: (\d+)", log)
    assert coverage
    assert int(coverage[-1]) > 1000  # the loaders' and parsers' code, not only the harness
