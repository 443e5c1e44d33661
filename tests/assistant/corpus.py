"""A small corpus over every access case, and independent SQL to check figures against.

Levels 0-3 from Harbour Light, one org_only report from Meridian Bank, and confidential
reports with facts (Peru, Bolivia) and a supplier name (Hidden Threads) found nowhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from core.access import Level, Principal
from ingest.model import LoadedDocument
from tests.fakes.stack import Stack, build_stack

DOCS: list[tuple[str, str, Level, bool, str, str]] = [  # ref, uploader, level, org_only, kind
    (
        "thai_boats.txt",
        "con",
        Level.PUBLIC,
        False,
        "news",
        "In 2021 Cambodian men were trafficked to Thailand and forced to work on fishing "
        "trawlers out of Songkhla. Their passports were taken and their wages were withheld.",
    ),
    (
        "thai_vessels.txt",
        "con",
        Level.MEMBER,
        False,
        "incident_report",
        "In 2023 Burmese workers on Thai fishing vessels were held in debt bondage by brokers "
        "in Thailand. Crews said they were beaten at sea.",
    ),
    (
        "uk_nails.txt",
        "con",
        Level.MEMBER,
        False,
        "incident_report",
        "In 2022 Vietnamese women were trafficked from Vietnam to the UK to work in nail bars "
        "in Birmingham. Each woman was told she owed a debt of 9,000 pounds.",
    ),
    (
        "uk_carwash.txt",
        "con",
        Level.RESTRICTED,
        False,
        "case_file",
        "In 2024 Romanian men recruited in Romania were forced to work in hand car washes in "
        "the UK. Their wages were withheld and they were threatened.",
    ),
    (
        "peru_secret.txt",
        "con",
        Level.CONFIDENTIAL,
        False,
        "case_file",
        "In 2024 Bolivian women were trafficked from Bolivia to Peru for sexual exploitation "
        "in mining camps. A brothel owner kept their passports.",
    ),
    (
        "bank_only.txt",
        "bankadmin",
        Level.MEMBER,
        True,
        "financial_flag",
        "In 2023 payments from Vietnamese women working in nail bars in the UK went to one "
        "account in Vietnam, a sign of debt bondage.",
    ),
    (
        "dhaka_audit.txt",
        "con",
        Level.PUBLIC,
        False,
        "supplier_audit",
        "Supplier audit 2025: Sunrise Knitwear Ltd, a garment factory in Dhaka, Bangladesh. "
        "Workers paid recruitment fees to agents and their passports were confiscated by "
        "managers. This is forced labour.",
    ),
    (
        "dhaka_secret.txt",
        "con",
        Level.CONFIDENTIAL,
        False,
        "case_file",
        "In 2025 Hidden Threads Ltd, a garment factory in Dhaka, Bangladesh, locked workers "
        "inside at night and threatened them. Forced labour in the garment sector continues.",
    ),
]
DOCS = [(r, u, lv, oo, k, " ".join(t.split())) for r, u, lv, oo, k, t in DOCS]
USERS = ("pub", "mem", "res", "con", "bank3")


def load(home: Path) -> Stack:
    """A stack with the corpus ingested, each document by its uploader."""
    stack = build_stack(home)
    for ref, uploader, level, org_only, kind, body in DOCS:
        report = stack.pipeline.ingest_documents(
            stack.principal(uploader),
            [LoadedDocument(ref, ref.removesuffix(".txt"), body, path=None)],  # type: ignore[arg-type]
            level=level,
            org_only=org_only,
            kind=kind,
        )
        assert report.ingested == 1, report
    return stack


def visible_sql(p: Principal) -> tuple[str, dict[str, Any]]:
    """The access rule written out again, independently of SearchFilters.sql."""
    return (
        "d.status = 'active' AND d.level <= :lvl AND (d.org_only = 0 OR d.org_id = :org)",
        {"lvl": int(p.clearance), "org": p.org_id},
    )


def query(stack: Stack, sql: str, params: dict[str, Any]) -> list[tuple]:
    """Rows of a raw SQL statement."""
    with stack.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def visible_refs(stack: Stack, p: Principal) -> set[str]:
    """source_refs the principal may see (by the independent rule)."""
    where, params = visible_sql(p)
    return {
        r[0] for r in query(stack, f"SELECT d.source_ref FROM document d WHERE {where}", params)
    }


def chunk_texts(stack: Stack) -> dict[str, str]:
    """chunk id -> text, for checking quotes are verbatim."""
    return dict(query(stack, "SELECT id, text FROM chunk", {}))  # type: ignore[arg-type]


# Maps (tests/assistant/test_maps.py and test_map_briefings.py) ------------------------------
AS_OF = 2025  # windows: recent 2024-2025, previous 2022-2023


def sql_counts(
    stack: Stack, p: Principal, kind: str, years: tuple[int, int] | None = None
) -> dict[str, int]:
    """Visible documents per fact value, by the access rule written out again."""
    where, params = visible_sql(p)
    extra = ""
    if years:
        extra = " AND d.year BETWEEN :y0 AND :y1"
        params.update(y0=years[0], y1=years[1])
    rows = query(
        stack,
        "SELECT f.value, COUNT(DISTINCT d.id) FROM document d JOIN fact f ON f.doc_id = d.id "
        f"WHERE f.kind = :k AND {where}{extra} GROUP BY f.value",
        {"k": kind, **params},
    )
    return dict(rows)  # type: ignore[arg-type]


def figures(stack: Stack, user: str, **kw: Any) -> Any:
    """The map figures `user` sees, as of AS_OF."""
    from assistant.analytics import Analytics
    from assistant.maps import map_figures

    return map_figures(Analytics(stack.db), stack.principal(user), as_of=AS_OF, **kw)
