"""`lens redact`: a file, stdin, and the --jsonl batch mode used for evaluation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
LENS = str(Path(sys.executable).parent / "lens")


def test_when_jsonl_then_one_result_line_per_input_with_original_offsets(tmp_path) -> None:
    lines = [{"text": "Call Grace Obi on +44 7700 900123 in Leeds."}, {"text": "No names here."}]
    proc = subprocess.run(
        [LENS, "redact", "--jsonl"],
        input="\n".join(json.dumps(x) for x in lines) + "\n",
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LENS_HOME": str(tmp_path / "h")},
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 2
    first = out[0]
    assert first["text"] == "Call <PERSON_1> on <PHONE_NUMBER_1> in Leeds."
    spans = {(e["type"], lines[0]["text"][e["start"] : e["end"]]) for e in first["entities"]}
    assert spans == {("PERSON", "Grace Obi"), ("PHONE_NUMBER", "+44 7700 900123")}
    assert out[1] == {"text": "No names here.", "entities": []}


def test_when_jsonl_line_invalid_then_clear_error(tmp_path) -> None:
    proc = subprocess.run(
        [LENS, "redact", "--jsonl"],
        input='{"nope": 1}\n',
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LENS_HOME": str(tmp_path / "h")},
    )
    assert proc.returncode == 1
    assert 'Line 1 is not a JSON object with a "text" field.' in proc.stderr
