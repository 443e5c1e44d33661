"""HTML (.html, .htm): the main text only, without menus, footers or comment threads."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ingest.loaders.base import parse_date, single_document
from ingest.model import LoadedDocument, RecordOptions
from ingest.normalise import decode_bytes, normalise_text

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# lxml refuses a str that still carries an XML encoding declaration (XHTML files do).
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# C0 controls XML cannot hold: lxml parses them in but refuses them when the fallback
# extraction sets an element's text. Vertical tab and form feed are HTML whitespace.
_NOT_XML = {c: None for c in (*range(0x09), *range(0x0E, 0x20))} | {0x0B: " ", 0x0C: " "}
_DROPPED = ("script", "style", "noscript", "template", "head", "nav", "footer", "svg")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th"),
        *("tr", "ul"),
    }
)
_DATE_META_NAMES = frozenset(
    {"date", "article:published_time", "dc.date", "dc.date.issued", "dcterms.created"}
)


def load_html(path: Path, data: bytes, options: RecordOptions) -> list[LoadedDocument]:
    """An HTML page: trafilatura's main-text extraction, or all body text when it finds none."""
    import trafilatura
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    declared = _DECLARED_CHARSET.search(data[:4096])
    hint = declared.group(1).decode("ascii") if declared else None
    markup = _XML_DECLARATION.sub("", decode_bytes(data, path, hint=hint), count=1)
    markup = markup.translate(_NOT_XML)
    if not markup.strip():
        return single_document(path, "")
    try:
        tree = lxml_html.document_fromstring(markup)
    except ParserError:  # "Document is empty": markup with no elements at all
        return single_document(path, "")
    title, doc_date = _title(tree), _meta_date(tree)
    main = trafilatura.extract(markup, include_comments=False, include_tables=True)
    if not main or not main.strip():
        main = _body_text(tree)
    # trafilatura puts one block per line; a blank line keeps them apart as paragraphs.
    text = normalise_text("\n\n".join(main.split("\n")))
    return single_document(
        path, text, title=normalise_text(title) if title else None, doc_date=doc_date
    )


def _title(tree: Any) -> str | None:
    for xpath in ("//title", "//h1", "//h2", "//h3"):
        for element in tree.xpath(xpath):
            text = element.text_content().strip()
            if text:
                return text
    return None


def _meta_date(tree: Any) -> date | None:
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        if name in _DATE_META_NAMES:
            parsed = parse_date(meta.get("content"))
            if parsed:
                return parsed
    return None


def _body_text(tree: Any) -> str:
    """All visible body text, one line per block element (the fallback extraction)."""
    for element in tree.xpath("|".join(f"//{tag}" for tag in _DROPPED)):
        element.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    bodies = tree.xpath("//body")
    root = bodies[0] if bodies else tree
    return str(root.text_content())
