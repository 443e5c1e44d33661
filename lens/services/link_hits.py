"""Hit/no-hit (`links.hit_levels`, off by default): which organisations hold a report the
user may NOT see that shares an identifier with one they can, and a contact request to them.

Only hits are revealed, as in FIU.net's Ma3tch: an organisation's name and the link types,
never the report, its count or its level. Each call writes one audit row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select as columns
from sqlmodel import col, select

from core import audit
from core.access import Principal, is_visible, sql_filter
from core.errors import AccessDenied, NotFound
from core.mentions import ContactRequest, Mention, ensure_table
from core.records import Document, Organisation
from ingest.link_normalise import ALL_TYPES
from lens.services.base import Service, iso
from lens.services.link_graph import ACTIVE, parse_types


class HitNoHit(Service):
    """The hit/no-hit calls of `lens links` (`--hits`, `--contact`, `--inbox`)."""

    def hits(
        self, principal: Principal, doc_id: str, *, types: str | Sequence[str] | None = None
    ) -> dict[str, Any]:
        """Organisations holding a report the user may NOT see that shares an identifier with
        this visible report: their names and the link types only (no report, count or
        level). Refused unless the user's clearance is in `links.hit_levels`. Audited."""
        self._check_hits(principal, "links.hits", doc_id)
        orgs: dict[str, set[str]] = defaultdict(set)
        for _, link_type, org in self._hidden_holders(principal, doc_id, parse_types(types)):
            orgs[org].add(link_type)
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.hits",
            doc_ids=[doc_id],
            detail={"orgs": len(orgs)},
        )
        return {
            "doc_id": doc_id,
            "hits": [{"org": o, "types": sorted(t)} for o, t in sorted(orgs.items())],
        }

    def request_contact(self, principal: Principal, doc_id: str, org: str) -> dict[str, Any]:
        """Ask an organisation that holds a hit for this report to get in touch. The same
        sentence whether the organisation holds no hit or does not exist. Audited."""
        self._check_hits(principal, "links.contact", doc_id)
        found = [
            (k, t) for k, t, o in self._hidden_holders(principal, doc_id, ALL_TYPES) if o == org
        ]
        if not found:
            raise self.refuse(
                principal,
                "links.contact",
                NotFound(f"{org} holds no report matching document {doc_id} for you."),
                doc_ids=[doc_id],
            )
        key, link_type = sorted(found)[0]
        with self.db.session() as s:
            to = s.exec(select(Organisation).where(Organisation.name == org)).one()
            row = ContactRequest(
                from_user=principal.user_name,
                from_org_id=principal.org_id,
                to_org_id=int(to.id or 0),
                type=link_type,
                key=key,
            )
            s.add(row)
            s.flush()
            request_id = int(row.id or 0)
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.contact",
            doc_ids=[doc_id],
            detail={"request_id": request_id},
        )
        return {"request_id": request_id, "to_org": org, "type": link_type, "status": "sent"}

    def inbox(self, principal: Principal) -> dict[str, Any]:
        """Contact requests to the admin's organisation: who asked, by which link type, and
        which of the organisation's own reports (that the admin may see) matched."""
        ensure_table(self.db)
        if not principal.is_admin:
            raise audit.refusal(
                self.db,
                AccessDenied("Only an admin sees the organisation's contact requests."),
                user=principal.user_name,
                action="links.inbox",
            )
        out: list[dict[str, Any]] = []
        seen: set[str] = set()
        with self.db.session() as s:
            orgs = {o.id: o.name for o in s.exec(select(Organisation))}
            rows = s.exec(
                select(ContactRequest)
                .where(ContactRequest.to_org_id == principal.org_id)
                .order_by(col(ContactRequest.at).desc())
            ).all()
            for r in rows:
                ours = s.exec(
                    select(Document)
                    .join(Mention, col(Mention.doc_id) == col(Document.id))
                    .where(Mention.key == r.key)
                    .where(Document.org_id == principal.org_id)
                    .where(ACTIVE)
                    .where(sql_filter(principal, Document))
                ).all()
                mine = sorted({d.id for d in ours if is_visible(principal, d)})
                seen.update(mine)
                out.append(
                    {
                        "request_id": r.id,
                        "at": iso(r.at),
                        "from_org": orgs.get(r.from_org_id, "?"),
                        "from_user": r.from_user,
                        "type": r.type,
                        "status": r.status,
                        "your_doc_ids": mine,
                    }
                )
        audit.record(
            self.db,
            user=principal.user_name,
            action="links.inbox",
            doc_ids=sorted(seen),
        )
        return {"requests": out}

    def _check_hits(self, principal: Principal, action: str, doc_id: str) -> None:
        ensure_table(self.db)
        if int(principal.clearance) not in self.settings.links.hit_levels:
            raise audit.refusal(
                self.db,
                AccessDenied("Hit/no-hit is not enabled at your clearance (links.hit_levels)."),
                user=principal.user_name,
                action=action,
                doc_ids=[doc_id],
            )
        self.require_visible(principal, doc_id, "links")

    def _hidden_holders(
        self, principal: Principal, doc_id: str, types: Sequence[str]
    ) -> list[tuple[str, str, str]]:
        """(key, type, organisation) of active reports the principal may NOT see that share
        a key of the chosen types with this (visible) document."""
        from sqlalchemy.orm import aliased

        mine = aliased(Mention)
        with self.db.session() as s:
            query = (
                columns(
                    col(Mention.key),
                    col(Mention.type),
                    col(Document.level),
                    col(Document.org_only),
                    col(Document.org_id),
                    col(Organisation.name),
                )
                .join(mine, col(mine.key) == col(Mention.key))
                .join(Document, col(Document.id) == col(Mention.doc_id))
                .join(Organisation, col(Organisation.id) == col(Document.org_id))
                .where(col(mine.doc_id) == doc_id)
                .where(col(mine.type).in_(list(types)))
                .where(col(Mention.doc_id) != doc_id)
                .where(ACTIVE)
            )
            return [
                (r.key, r.type, r.name) for r in s.execute(query) if not is_visible(principal, r)
            ]
