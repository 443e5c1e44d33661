"""Writes demo/eval/pii/tuning_ids3.jsonl: hand-written in-domain texts holding ID numbers,
bank accounts, passports, driving licences, plates and unit lines (issue 14), with real check
digits where a format has them. Seeded: the same bytes every run.

    .venv/bin/python tools/gen_tuning_ids3.py

Templates mark values inline: `{TYPE:kind}` is a generated value of a personal TYPE (kind names
a generator below), `{TYPE=literal}` a literal personal value, `[TYPE=literal]` a value to keep.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "demo" / "eval" / "pii" / "tuning_ids3.jsonl"

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.id_values import GEN  # noqa: E402
from tools.tuning_ids3_templates import TEMPLATES  # noqa: E402
from tools.tuning_ids3_templates_bc import TEMPLATES_B, TEMPLATES_C  # noqa: E402

_MARK = re.compile(r"\{([A-Z_]+)([:=])([^{}]+)\}|\[([A-Z_]+)=([^\[\]]+)\]")
_KEEP_TYPES = {"CITY", "REGION", "COUNTRY", "NATIONALITY", "ORG", "DATE", "YEAR", "MONEY", "AGE"}


def render(template: str) -> dict:
    pii: list[dict] = []
    keep: list[dict] = []
    ignore: list[dict] = []

    def sub(m: re.Match) -> str:
        if m.group(1):
            kind, how, arg = m.group(1), m.group(2), m.group(3)
            value = GEN[arg]() if how == ":" else arg
            pii.append({"type": kind, "value": value})
            return value
        kind, value = m.group(4), m.group(5)
        if kind == "IGNORE":
            pass  # a reference number: unlabelled, it must stay (checked by reading)
        else:
            assert kind in _KEEP_TYPES, kind
            keep.append({"type": kind, "value": value})
        return value

    text = _MARK.sub(sub, template)
    return {"text": text, "pii": pii, "keep": keep, "ignore": ignore}


def main() -> None:
    sets = [("", TEMPLATES), ("b", TEMPLATES_B), ("c", TEMPLATES_C)]
    for suffix, templates in sets:
        out = OUT.with_name(f"tuning_ids3{suffix}.jsonl")
        with out.open("w", encoding="utf-8") as fh:
            for i, (genre, template) in enumerate(templates):
                row = render(template)
                row.update(
                    genre=genre,
                    source="ids8 hand-written (tools/gen_tuning_ids3.py)",
                    id=f"ids3{suffix}-{i:03d}",
                )
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(templates)} texts -> {out}")


if __name__ == "__main__":
    main()
