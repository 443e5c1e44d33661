"""`lens demo`: the fictional demo organisations, users and corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from core.access import parse_level
from core.errors import LensError
from lens.commands.state import State, emit, json_option, pass_state

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


def load_demo(state: State, demo_dir: Path) -> dict[str, Any]:
    """Create demo orgs and users (skipping existing ones) and ingest the manifest."""
    from sqlmodel import select

    from core.directory import add_org, add_user, principal_for
    from core.records import Organisation, User
    from ingest.model import RecordOptions

    lens = state.lens
    lens.init()
    try:
        people = json.loads((demo_dir / "orgs.json").read_text(encoding="utf-8"))
        manifest = json.loads((demo_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LensError(f"Demo data in {demo_dir} is missing or broken: {exc}.") from exc
    with lens.db.session() as s:
        for o in people["organisations"]:
            if not s.exec(select(Organisation).where(Organisation.name == o["name"])).first():
                add_org(s, o["name"], o["sector"])
        for u in people["users"]:
            if not s.exec(select(User).where(User.name == u["name"])).first():
                add_user(s, u["name"], u["org"], u["role"], u["clearance"], u.get("password"))
    totals: dict[str, Any] = {"ingested": 0, "unchanged": 0, "failed": []}
    for batch in manifest["batches"]:
        with lens.db.session() as s:
            p = principal_for(s, batch["as"])
        options = RecordOptions(
            text_column=batch.get("text_column"),
            id_column=batch.get("id_column"),
            meta_columns=tuple(batch.get("meta_columns") or ()),
        )
        report = lens.pipeline.ingest_paths(
            p,
            [demo_dir / path for path in batch["paths"]],
            level=parse_level(batch.get("level", 1)),
            org_only=bool(batch.get("org_only")),
            kind=batch.get("kind"),
            options=options,
        )
        totals["ingested"] += report.ingested
        totals["unchanged"] += report.unchanged
        totals["failed"] += report.failed
    totals["users"] = [u["name"] for u in people["users"]]
    return totals


@click.command()
@click.option(
    "--path",
    "demo_dir",
    type=click.Path(path_type=Path),
    default=DEMO_DIR,
    show_default=True,
    help="Folder with orgs.json and manifest.json.",
)
@click.option("--if-empty", is_flag=True, help="Do nothing if documents already exist.")
@json_option
@pass_state
def demo(state: State, demo_dir: Path, if_empty: bool, as_json: bool) -> None:
    """Load the fictional demo organisations, users and corpus (idempotent)."""
    lens = state.lens
    if if_empty:
        from sqlmodel import select

        from core.records import Document

        lens.init()
        with lens.db.session() as s:
            if s.exec(select(Document).limit(1)).first() is not None:
                emit(as_json, {"skipped": True}, "Demo data already loaded.")
                return
    totals = load_demo(state, demo_dir)
    emit(
        as_json,
        totals,
        f"Demo loaded: {totals['ingested']} ingested, {totals['unchanged']} unchanged, "
        f"{len(totals['failed'])} failed. Users: {', '.join(totals['users'])} "
        f"(password demo-<name>).",
    )
