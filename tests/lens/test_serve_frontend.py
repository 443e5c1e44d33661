"""The chat UI's frontend copy: offline, and a source opens only when clicked."""

from __future__ import annotations

from pathlib import Path

import chainlit

from lens.commands.serve import _AUTO_OPEN, offline_build

DIST = Path(chainlit.__file__).parent / "frontend" / "dist"


def test_the_copy_drops_cdn_links_and_the_side_panel_auto_open(tmp_path) -> None:
    build = offline_build(tmp_path / "build")
    offline_build(build)  # rebuilt at each start, over the last one
    html = (build / "index.html").read_text(encoding="utf-8")
    assert "googleapis" not in html
    assert "cdn.jsdelivr" not in html
    scripts = list((build / "assets").glob("index-*.js"))
    assert scripts
    assert not any(_AUTO_OPEN.search(s.read_text(encoding="utf-8")) for s in scripts)
    # the installed frontend is left as it was: exactly one auto-open call to remove
    installed = [s.read_text(encoding="utf-8") for s in (DIST / "assets").glob("index-*.js")]
    assert sum(len(_AUTO_OPEN.findall(t)) for t in installed) == 1


def test_assets_are_real_files_inside_the_build(tmp_path) -> None:
    """Chainlit refuses (400) an asset whose path resolves outside the build folder."""
    build = offline_build(tmp_path / "build")
    assets = build / "assets"
    assert not assets.is_symlink()
    for item in assets.iterdir():
        assert not item.is_symlink()
        assert item.resolve().is_relative_to(assets.resolve())
    css = [p.name for p in (DIST / "assets").glob("*.css")]
    assert css
    assert all((assets / name).is_file() for name in css)
