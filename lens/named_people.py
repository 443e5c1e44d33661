"""Whether any report the asker may see names a person the question names (issue 15).

Names are redacted from the corpus, so a question about "Dmitri Volkov" finds no passage
holding the name either way: the focus check cannot tell a person the sources name from one
they never do. The `mention` table can: at ingest each removed name was keyed with the hub's
secret (`ingest.linkkeys`), so the question's name, keyed the same way (its strong and weak
forms), is one indexed lookup. Only documents the asker may see count, so the answer never
tells them that a report above their level names the person.
"""

from __future__ import annotations

from sqlmodel import col, select

from core.access import Principal, is_visible, sql_filter
from core.db import Database
from core.mentions import Mention, ensure_table
from core.records import Document
from ingest.link_names import person_forms
from ingest.link_weak import WEAK_TYPE, weak_forms
from ingest.linkkeys import LinkKeyer
from lens.services.link_graph import ACTIVE


class NamedPeople:
    """Looks up a person's name, typed in a question, among the names removed from the
    reports a principal may see. Never stores or logs the name."""

    def __init__(self, db: Database, keyer: LinkKeyer) -> None:
        self.db = db
        self.keyer = keyer

    def keys(self, name: str) -> list[str]:
        """The link keys of a name as ingest keys it: its strong forms and its weak ones
        (an initial, a shorter form), so a report that wrote the name more loosely counts."""
        keys = [self.keyer.key("person", f) for f in person_forms(name)]
        keys += [self.keyer.key(WEAK_TYPE, f) for f in weak_forms(name, "")]
        return list(dict.fromkeys(keys))

    def known(self, name: str, principal: Principal) -> bool | None:
        """True when a report the principal may see names the person, False when none does,
        None when the name is too weak to key (one word) or people are not keyed."""
        if not self.keyer.people:
            return None
        keys = self.keys(name)
        if not keys:
            return None
        ensure_table(self.db)
        with self.db.session() as s:
            docs = s.exec(
                select(Document)
                .join(Mention, col(Mention.doc_id) == col(Document.id))
                .where(col(Mention.key).in_(keys))
                .where(ACTIVE)
                .where(sql_filter(principal, Document))
            ).all()
        return any(is_visible(principal, d) for d in docs)
