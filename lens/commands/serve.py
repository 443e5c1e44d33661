"""`lens serve`: the chat UI (Chainlit), fully usable offline, and the HTTP API (/api/v1,
attached by lens.web) on the same port."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import click

from core.errors import LensError
from lens.commands.state import State, pass_state

log = logging.getLogger("lens.serve")

_CDN = re.compile(
    r"\s*<link[^>]+(?:fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net)[^>]*/?>",
    re.DOTALL,
)


# Chainlit 2.11+ opens the side panel by itself whenever an answer brings side elements, and
# fills it with every source card of the conversation under the last card's name ("Source 2·2"
# above another document's text). Upstream issue Chainlit/chainlit#2979, fix proposed in
# #2982: stop the automatic open; a source opens when its name is clicked, as before 2.11.
_AUTO_OPEN = re.compile(
    r"(?P<set>[A-Za-z_$][\w$]*)\(\{title:(?P<els>[A-Za-z_$][\w$]*)\[(?P=els)\.length-1\]\.name,"
    r"elements:(?P=els)\}\)"
)


def offline_build(target: Path) -> Path:
    """A copy of Chainlit's frontend that links nothing off this machine and opens a source
    only when it is clicked.

    Stock Chainlit links Google Fonts and a KaTeX stylesheet on a CDN; without internet the
    browser waits on them. Lens drops both links (system fonts are used, and maths rendering
    is off in its config), and removes the one call that auto-opens the side panel
    (`_AUTO_OPEN`). The scripts and styles are copied (Chainlit serves nothing that resolves
    outside the build folder; source maps are left out), once per Chainlit version; the other
    files are symlinked.
    """
    import chainlit

    dist = Path(chainlit.__file__).parent / "frontend" / "dist"
    target.mkdir(parents=True, exist_ok=True)
    for item in dist.iterdir():
        link = target / item.name
        if item.name in ("index.html", "assets"):
            continue
        if link.is_symlink() and link.resolve() == item.resolve():
            continue
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(item)
    html = (dist / "index.html").read_text(encoding="utf-8")
    (target / "index.html").write_text(_CDN.sub("", html), encoding="utf-8")
    assets = target / "assets"
    if assets.is_symlink():  # the layout of earlier versions
        assets.unlink()
    assets.mkdir(exist_ok=True)
    scripts = patched = 0
    for item in (dist / "assets").iterdir():
        copy = assets / item.name
        if item.suffix == ".map" or not item.is_file() or _stamped(copy, item):
            continue  # a copy made by an earlier start is kept (it carries the source's mtime)
        if item.name.startswith("index-") and item.suffix == ".js":
            text, n = _AUTO_OPEN.subn("void 0", item.read_text(encoding="utf-8"))
            copy.write_text(text, encoding="utf-8")
            scripts, patched = scripts + 1, patched + n
        else:
            shutil.copyfile(item, copy)
        os.utime(copy, ns=(item.stat().st_atime_ns, item.stat().st_mtime_ns))
    if scripts and patched != 1:
        log.warning("chat UI: the side panel's auto-open was found %d times, not once", patched)
    return target


def _stamped(copy: Path, source: Path) -> bool:
    """Whether `copy` was made from this version of `source` (same modification time)."""
    return copy.is_file() and copy.stat().st_mtime_ns == source.stat().st_mtime_ns


def auth_secret(home: Path) -> str:
    """CHAINLIT_AUTH_SECRET: from the environment, or generated once into the data dir."""
    if os.environ.get("CHAINLIT_AUTH_SECRET"):
        return os.environ["CHAINLIT_AUTH_SECRET"]
    path = home / "ui-auth-secret"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def app_root(home: Path) -> Path:
    """Where Chainlit runs: in memory (/dev/shm) when the machine has it.

    Chainlit writes uploaded files to <app root>/.files before Lens reads them; keeping the
    app root in memory means raw uploads never touch the disk (Lens deletes each one as soon
    as it is read, and Chainlit removes the folder at shutdown).
    """
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        tag = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
        return shm / f"lens-ui-{tag}"
    return home / "ui"


def prepare_app_root(home: Path) -> Path:
    """The Chainlit app root: config, readme and the offline frontend, rebuilt at each start."""
    from importlib.resources import files

    root = app_root(home)
    (root / ".chainlit").mkdir(parents=True, exist_ok=True, mode=0o700)
    package = files("ui")
    (root / ".chainlit" / "config.toml").write_text(
        package.joinpath("chainlit.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (root / "chainlit.md").write_text(
        package.joinpath("chainlit.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    offline_build(root / "build")
    return root


@click.command()
@click.option("--host", default=None, help="Address to listen on (default ui.host).")
@click.option("--port", default=None, type=int, help="Port (default ui.port).")
@pass_state
def serve(state: State, host: str | None, port: int | None) -> None:
    """Start the chat UI and the HTTP API (/api/v1) on one port."""
    settings = state.settings
    state.lens.require_schema()
    home = settings.home.resolve()
    root = prepare_app_root(home)
    from importlib.resources import as_file, files

    with as_file(files("ui") / "app.py") as found:  # the package's file, not an import of it
        app = Path(found).resolve()
    if not app.is_file():
        raise LensError(f"The UI app {app} is missing; reinstall Lens.")
    env = {
        **os.environ,
        "CHAINLIT_APP_ROOT": str(root),
        "CHAINLIT_AUTH_SECRET": auth_secret(home),
        "LENS_HOME": str(home),
    }
    if state.config:
        env["LENS_CONFIG"] = str(Path(state.config).resolve())
    host = host or settings.ui.host
    port = port or settings.ui.port
    click.echo(
        f"Traffik Lens chat UI on http://{host}:{port}, HTTP API at http://{host}:{port}/api/v1 "
        "(Ctrl+C to stop)",
        err=True,
    )
    cmd = [
        sys.executable,
        "-m",
        "chainlit",
        "run",
        str(app),
        "--host",
        host,
        "--port",
        str(port),
        "--headless",
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=root)
    # Stopping `lens serve` (SIGTERM from a service manager, a test or a bench) stops the UI
    # server too; without this the Chainlit process outlived it, still holding port and models.
    signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
    try:
        code = proc.wait()
    except KeyboardInterrupt:  # Ctrl+C reaches the whole process group: Chainlit stops itself
        code = proc.wait()
    if code not in (0, -2, -15, 130, 143):
        raise LensError(f"The UI server stopped with exit code {code}; see the Lens log.")
