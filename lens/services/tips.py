"""Anonymous tips from the public: redacted at the door, triaged into the hub.

The door (`submit`, `follow_up`, `reply`) takes no Principal: the reporter has no account.
Everything the reporter types is redacted in memory before anything is written, and the
reporter is known only by the hash of a random receipt code. The triage side (`list`,
`show`, `accept`, `reject`, `ask`, `confirm_redaction`) takes the moderator's Principal,
checks that they moderate, writes one audit row per action and returns plain data.

Moderators are the admins of the hub's host organisation (`tips.host_org`, by default the
first organisation registered) and every user with the `moderator` role.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from core import audit
from core.access import Level, Principal, parse_level
from core.errors import AccessDenied, LensError, NotFound
from core.records import Organisation, utcnow
from core.tip_records import TIP_STATUSES, Tip, TipMessage
from lens.services.tip_signals import (
    clean_text,
)

if TYPE_CHECKING:
    pass

from lens.services.base import iso
from lens.services.tip_door import TipDoor, TipForm

__all__ = ["NAMES_MAY_REMAIN", "TipForm", "TipService"]

NAMES_MAY_REMAIN = "names may remain"


class TipService(TipDoor):
    """The public door for tips (`TipDoor`) and the moderators' triage queue."""

    def _host_org_id(self) -> int | None:
        with self.db.session() as s:
            name = self.settings.tips.host_org
            stmt = select(Organisation)
            stmt = (
                stmt.where(Organisation.name == name)
                if name
                else stmt.order_by(col(Organisation.id))
            )
            org = s.exec(stmt).first()
            return int(org.id) if org is not None and org.id is not None else None

    def is_moderator(self, principal: Principal) -> bool:
        """Whether the user works the tip queue."""
        if principal.role == "moderator":
            return True
        return principal.is_admin and principal.org_id == self._host_org_id()

    def _check(self, principal: Principal, action: str, tip_id: str | None = None) -> None:
        self._ensure_tables()
        if not self.is_moderator(principal):
            exc = AccessDenied(
                "Only moderators (the host organisation's admins and users with the "
                "moderator role) may work the tip queue."
            )
            audit.refusal(
                self.db,
                exc,
                user=principal.user_name,
                action=action,
                detail={"tip_id": tip_id} if tip_id else None,
            )
            raise exc

    # Triage ---------------------------------------------------------------------------------
    def list_tips(
        self, principal: Principal, *, status: str | None = "new", limit: int = 200
    ) -> dict[str, Any]:
        """`lens tips list --json`: the queue, most urgent first (then newest)."""
        self._check(principal, "tips.list")
        wanted = _statuses(status)
        with self.db.session() as s:
            rows = s.exec(
                select(Tip)
                .where(col(Tip.status).in_(wanted))
                .order_by(col(Tip.urgency).desc(), col(Tip.received_at).desc())
                .limit(max(0, limit))
            ).all()
        audit.record(
            self.db,
            user=principal.user_name,
            action="tips.list",
            detail={"status": ",".join(wanted), "count": len(rows)},
        )
        return {"tips": [_row(t) for t in rows]}

    def show(self, principal: Principal, tip_id: str) -> dict[str, Any]:
        """One tip for triage: the redacted text and fields, facts, relevance, urgency and
        its reasons, near-duplicate tips and near-duplicate documents the moderator may see,
        and the conversation with the reporter."""
        self._check(principal, "tips.show", tip_id)
        tip = self._tip(principal, tip_id, "tips.show")
        with self.db.session() as s:
            msgs = s.exec(
                select(TipMessage).where(TipMessage.tip_id == tip.id).order_by(col(TipMessage.id))
            ).all()
        row = _row(tip)
        row.update(
            {
                "names_may_remain": bool(tip.quarantined and not tip.redaction_confirmed),
                "town": tip.town,
                "when": tip.when,
                "kind": tip.kind,
                "language": tip.language,
                "follow_up": tip.follow_up,
                "quarantined": tip.quarantined and not tip.redaction_confirmed,
                "warning": NAMES_MAY_REMAIN
                if tip.quarantined and not tip.redaction_confirmed
                else None,
                "removed": tip.removed,
                "facts": tip.facts,
                "urgency_reasons": tip.urgency_reasons,
                "duplicate_tips": tip.duplicates,
                "duplicate_documents": self._similar_documents(principal, tip.text),
                "messages": [
                    {"from": m.sender, "moderator": m.moderator, "text": m.text, "at": iso(m.at)}
                    for m in msgs
                ],
                "reason": tip.reason,
                "doc_id": tip.doc_id,
            }
        )
        audit.record(
            self.db, user=principal.user_name, action="tips.show", detail={"tip_id": tip_id}
        )
        return row

    def _similar_documents(self, principal: Principal, text: str) -> list[dict[str, Any]]:
        """Documents the moderator may see whose passages read like this tip (cosine >= 0.8)."""
        try:
            found = self.root.retriever.search(text[:1500], principal, k=5, mode="dense")
        except LensError:
            return []
        seen: dict[str, dict[str, Any]] = {}
        for r in found:
            if r.similarity >= 0.8 and r.doc_id not in seen:
                seen[r.doc_id] = {
                    "doc_id": r.doc_id,
                    "source_ref": r.source_ref,
                    "similarity": round(r.similarity, 3),
                }
        return list(seen.values())

    def _tip(self, principal: Principal, tip_id: str, action: str) -> Tip:
        with self.db.session() as s:
            tip = s.get(Tip, tip_id)
        if tip is None:
            raise self.refuse(
                principal,
                action,
                NotFound(f"Tip {tip_id} does not exist."),
                detail={"tip_id": tip_id[:40]},
            )
        return tip

    def _open(self, principal: Principal, tip_id: str, action: str) -> Tip:
        tip = self._tip(principal, tip_id, action)
        if tip.status != "new":
            raise self.refuse(
                principal,
                action,
                LensError(f"Tip {tip_id} is {tip.status} already."),
                outcome="refused",
                detail={"tip_id": tip_id, "status": tip.status},
            )
        return tip

    def ask(self, principal: Principal, tip_id: str, question: str) -> dict[str, Any]:
        """Ask the reporter a question (they read it with their receipt)."""
        self._check(principal, "tips.ask", tip_id)
        tip = self._open(principal, tip_id, "tips.ask")
        if not tip.follow_up:
            raise self.refuse(
                principal,
                "tips.ask",
                LensError(f"The reporter of tip {tip_id} did not agree to follow-up questions."),
                outcome="refused",
                detail={"tip_id": tip_id},
            )
        q = clean_text(question).strip()[:2000]
        if not q:
            raise LensError("Write the question.", exit_code=2)
        text = self.redacted(q)
        with self.db.session() as s:
            s.add(
                TipMessage(
                    tip_id=tip.id, sender="moderator", moderator=principal.user_name, text=text
                )
            )
        audit.record(
            self.db, user=principal.user_name, action="tips.ask", detail={"tip_id": tip_id}
        )
        return {"tip_id": tip_id, "asked": text}

    def confirm_redaction(
        self, principal: Principal, tip_id: str, text: str | None = None
    ) -> dict[str, Any]:
        """A moderator confirms a quarantined tip's redaction, or replaces its text with an
        edited one (redacted again), so it may be accepted."""
        self._check(principal, "tips.confirm", tip_id)
        tip = self._open(principal, tip_id, "tips.confirm")
        edited = None
        if text is not None and text.strip():
            redacted, _ = self._redact({"what": clean_text(text).strip()}, tip.language)
            edited = redacted["what"]
        with self.db.session() as s:
            row = s.get(Tip, tip_id)
            assert row is not None
            if edited is not None:
                row.text = edited
            row.redaction_confirmed = True
            s.add(row)
        audit.record(
            self.db,
            user=principal.user_name,
            action="tips.confirm",
            detail={"tip_id": tip_id, "edited": edited is not None},
        )
        return {"tip_id": tip_id, "confirmed": True, "edited": edited is not None}

    def accept(
        self,
        principal: Principal,
        tip_id: str,
        *,
        level: Level | int | str = Level.MEMBER,
        org_only: bool = False,
        kind: str = "tip",
    ) -> dict[str, Any]:
        """Ingest the tip as a document (kind `tip` unless told), at `level`, owned by the
        moderator's organisation. A quarantined tip must have its redaction confirmed
        first."""
        from ingest.model import LoadedDocument

        self._check(principal, "tips.accept", tip_id)
        tip = self._open(principal, tip_id, "tips.accept")
        if tip.quarantined and not tip.redaction_confirmed:
            raise self.refuse(
                principal,
                "tips.accept",
                LensError(
                    f"Tip {tip_id} is in {tip.language!r}, which the redactor has no name model "
                    "for: names may remain. Confirm or edit its redaction first "
                    f"(`lens tips confirm {tip_id}`)."
                ),
                outcome="refused",
                detail={"tip_id": tip_id, "why": "quarantined"},
            )
        lvl = parse_level(level)
        body = "\n".join(
            [
                tip.text,
                *[
                    f"{label}: {value}"
                    for label, value in (
                        ("Country", tip.country),
                        ("Town", tip.town),
                        ("When", tip.when),
                        ("Kind", tip.kind or ""),
                    )
                    if value
                ],
            ]
        )
        loaded = LoadedDocument(
            source_ref=tip.id,
            title=f"Anonymous tip {tip.id}",
            text=body,
            path=Path(tip.id),
            meta={"language": tip.language, "country": tip.country, "town": tip.town},
            doc_date=tip.received_at.date(),
        )
        with self.refusals(principal.user_name, "tips.accept", None):
            report = self.root.pipeline.ingest_documents(
                principal, [loaded], level=lvl, org_only=org_only, kind=kind
            )
        if not report.documents:
            raise LensError(f"Tip {tip_id} could not be stored: {report.failed}.")
        doc_id = str(report.documents[0]["doc_id"])
        self._moderated(principal, tip_id, "accepted", doc_id=doc_id)
        audit.record(
            self.db,
            user=principal.user_name,
            action="tips.accept",
            doc_ids=[doc_id],
            detail={"tip_id": tip_id, "level": int(lvl), "org_only": org_only},
        )
        return {"tip_id": tip_id, "status": "accepted", "doc_id": doc_id, "level": int(lvl)}

    def _moderated(
        self,
        principal: Principal,
        tip_id: str,
        status: str,
        *,
        doc_id: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Close a tip as `status` (accepted with its `doc_id`, rejected with its `reason`)
        by this moderator, now."""
        with self.db.session() as s:
            row = s.get(Tip, tip_id)
            assert row is not None
            row.status = status
            if doc_id is not None:
                row.doc_id = doc_id
            if reason is not None:
                row.reason = reason
            row.moderated_by, row.moderated_at = principal.user_name, utcnow()
            s.add(row)

    def reject(self, principal: Principal, tip_id: str, reason: str) -> dict[str, Any]:
        """Close a tip without ingesting it; the reason (redacted) is kept."""
        self._check(principal, "tips.reject", tip_id)
        why = clean_text(reason).strip()[:500]
        if not why:
            raise LensError("Give a reason for rejecting the tip.", exit_code=2)
        self._open(principal, tip_id, "tips.reject")
        why = self.redacted(why)
        self._moderated(principal, tip_id, "rejected", reason=why)
        audit.record(
            self.db,
            user=principal.user_name,
            action="tips.reject",
            query=why,
            detail={"tip_id": tip_id},
        )
        return {"tip_id": tip_id, "status": "rejected", "reason": why}


def _statuses(status: str | None) -> list[str]:
    if not status:
        return list(TIP_STATUSES)
    wanted = [s.strip() for s in status.split(",") if s.strip()]
    bad = [s for s in wanted if s not in TIP_STATUSES]
    if bad:
        raise LensError(
            f"Status {bad[0]!r} is not valid: use {', '.join(TIP_STATUSES)}.", exit_code=2
        )
    return wanted


def _row(t: Tip) -> dict[str, Any]:
    """A tip as `lens tips list --json` prints it."""
    return {
        "tip_id": t.id,
        "received": iso(t.received_at),
        "text": t.text,
        "country": t.country or ", ".join(t.facts.get("countries", [])),
        "urgency": t.urgency,
        "relevance": t.relevance,
        "status": t.status,
    }
