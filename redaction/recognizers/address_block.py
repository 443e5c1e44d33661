"""Addresses by their shape on the page: the lines (or comma-separated pieces) of an address.

Street types differ in every language ("Skovharestræde", "Auneflata", "Konarskiego"), but an
address is written the same way everywhere: a short piece that is a house number and a few
words ("512 Skovharestræde", "Auneflata 9", "22/49 Konarskiego"), near other pieces of an
address: a city or country, a postcode, a flat or PO-box line, or words such as "address",
"located at", "send it to". Such a piece is removed as STREET_ADDRESS; a number beside a
country or city in it ("Switzerland 5529") goes as a postcode and the place stays; and the
name line that opens an address block ("Lio Bär") is a person.

A piece must be the whole line or the whole piece between commas: "3 founders" inside a
sentence is never one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from redaction.recognizers.result import explained
from redaction.recognizers.street_address import PATTERNS as STREET_PATTERNS
from redaction.recognizers.street_address import STREET_TYPES
from redaction.recognizers.street_world import ProsePattern

PATTERNS: list = []  # pieces of text, not patterns
CONTEXT: list[str] = []

_BULLET = regex.compile(r"^[\s|?•*>·–-]*")
# Pieces end at a line break, a comma, a bar or a semicolon, and at "?", "!" or ":" before a
# space ("Can you check the following? Mezi Lysinami 14"; "12:03" stays one piece).
_PIECE = regex.compile(r"(?:[^\n,|;?!:]|[?!:](?![ \t]))+")
# A house number: 1-3 digits ("4438 Fisher Rest" with its street type is street_address's).
_HOUSE = r"\d{1,3}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_W = r"[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,40}"
_WORDS = rf"{_W}(?:[ \t]+(?:{_W}|\d{{1,3}}[A-Za-zªº]?)){{0,4}}"
STREET_PIECE = regex.compile(rf"(?:{_HOUSE}[ \t]+{_WORDS}|{_WORDS}[ \t]+{_HOUSE})")
# A piece ending in a street type may have a longer house number and be in any case
# ("1170 chayapat lane", "4438 FISHER REST"): street_address wants capitals or a cue.
TYPED_PIECE = regex.compile(rf"\d{{1,5}}[A-Za-z]?[ \t]+(?:{_W}[ \t]+){{1,3}}(?i:{STREET_TYPES})")
# "MD-2001", "LT-01103", "LV-1050": a country prefix before the digits.
POSTCODE_SHAPE = r"(?:\d{4,8}|\d{3}[ \t]\d{2}|\d{2,5}-\d{3,4}|\d{4}[ \t]?[A-Z]{2}|[A-Z]{2}-\d{4,5})"
# A town's name: capitalised words, maybe joined ("Ciudad de México", "Frankfurt am Main").
_TOWN = r"\p{Lu}\S*(?:[ \t]+(?:(?:de|del|do|da|di|la|le|am|an|sur|upon)[ \t]+)?\p{Lu}\S*){0,2}"
PLACE_AND_CODE = regex.compile(rf"(?P<place>{_WORDS})[ \t]+(?P<code>{POSTCODE_SHAPE})")
CODE_AND_PLACE = regex.compile(rf"(?P<code>{POSTCODE_SHAPE})[ \t]+(?P<place>{_WORDS})")
CODE_ALONE = regex.compile(POSTCODE_SHAPE)
NAME_LINE = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]{1,30})(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]{0,30}){1,3}"
)
CUES = regex.compile(
    r"(?i:address|addr\.|located|locate|\blive[sd]?\b|living|resid|\bsend\b|deliver|ship"
    r"|billing|mailing|postal|office|headquarter|\bhq\b|\bmeet\b|\bvisit\b"
    r"|\breturn(?:ed)? to\b|\bforward(?:ed)? to\b)"
)
# The street patterns that find a street named in a sentence, as they flag themselves.
PROSE_PATTERNS = frozenset(p.name for p in STREET_PATTERNS if isinstance(p, ProsePattern))
UNITS = regex.compile(
    r"(?i:\b(?:flat|apt|apartment|appartamento|apartamento|wohnung|whg|top|stiege|bus|boîte"
    r"|lok|lokal|byt|postboks|postfach|po box|p\.o\. box|piso|depto|dpto|departamento|suite"
    r"|unit|studio|floor|edif|torre|interior|casa|bloque|portal|escalera|puerta|étage|bâtiment"
    r"|apartado|caixa|apto|h\.no|house no|plot no|plot|room|block|daire|bte|dormitory)\b"
    r"|\bp\.?[ \t]?o\.?[ \t]?box\b)"
)
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# A unit, floor or PO-box line of an address, in many languages: "Top 45", "bus 99",
# "BP 076", "kv. 140", "bloc C2", "ap. 7", "3-hoog", "2. th.", "3. OG", "2.º Esq.", "lgh 7190".
_UNIT_WORD = (
    r"flat|apt|apartment|appartamento|apartamento|apto|wohnung|whg|top|stiege|tür|bus|boîte"
    r"|lok|lokal|byt|postboks|postfach|postbus|po box|p\.o\.[ \t]?box|p\.o|bp|cp|piso|depto"
    r"|dpto|dto|departamento|suite|unit|studio|floor|edif|torre|interior|int|casa|bloque|bloc"
    r"|bl|portal|escalera|esc|puerta|étage|bâtiment|bat|apartado|caixa postal|caixa|room|block"
    r"|piano|scala|interno|int|lgh|kv|ap|sc|et|etaj|scara|stan|m|lok|kat|daire|andar|sala"
    r"|casilla|skrytka|pf|level|lvl|bte|porte|villa|tower|building|bldg|ático|atico|stan|kamer"
    r"|кв|квартира|д|дом|буд|корп|ет|ап|вх|эт|етаж|этаж|офис"
)
_FLOOR_WORD = (
    r"th|tv|mf|st|og|eg|dg|hoog|etage|étage|esq|dto|dt|izq|izquierda|dcha|derecha|andar|piso"
    r"|floor|kat|emelet|em|sal|sz"
)
_UNIT_TOKEN = (
    rf"(?:(?:{_UNIT_WORD})[.:]?[ \t]*(?:no\.?[ \t]*)?[0-9]{{1,5}}[A-Za-zªº]?"
    rf"|(?:bloc|bl|sc|scara|block|blk|bât|bat|bâtiment|building|bldg|tower|wing|unit|stair"
    rf"|entrance|escalier|esc|flat|apt|apartment|suite|villa|bloco|bloque|scala|escalera)"
    rf"\.?[ \t]*[A-Z]\d?"
    # "B-Wing"; Dutch floors after the number ("12-III", "12-hs"); Greek "3ος όροφος"
    r"|[A-Z][ \t-]wing|-(?:iii|ii|i|iv|hs|hg|bg)|\d{1,2}(?:ος|ο)[ \t]+όροφο[ςυ]?"
    rf"|\d{{1,3}}[ \t]*[.ºª°-]*[ \t]*(?:{_FLOOR_WORD})\.?"
    # "2nd Floor", "3F", and Catalan floor and door "4t 2a", "1r 1a"
    rf"|\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?:floor|fl)\.?|\d{{1,2}}/?f|\d{{1,2}}[rnt][ \t]+\d{{1,2}}a"
    # "second floor", "ground floor"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top)[ \t]+floor"
    r"|hinterhaus|vorderhaus|seitenflügel|gartenhaus|souterrain|dachgeschoss)"
)
STREET_TAIL = regex.compile(
    rf"\.?[ \t]*,?[ \t]*(?P<unit>(?i:{_UNIT_TOKEN}|[.ºª°]+[ \t]*(?:{_FLOOR_WORD})\.?)"
    # "Kauppakatu 19 B 12": a Nordic stair letter and flat number right after the number
    rf"|(?<=\d[ \t]+)[A-H][ \t]?\d{{1,3}})(?![\p{{L}}\d])"
)
# A postcode right after a street line and its units, before a town or the line's end:
# "Calle 12 # 4-31 176600 Cali", "Đường Lê Lợi 5, 35680\nVietnam".
CODE_AFTER = regex.compile(
    rf"[ \t]*,?[ \t]*(?P<code>{POSTCODE_SHAPE})(?![\w-])(?=[ \t]+\p{{Lu}}|[ \t]*(?:[\n,;]|\.?$))"
)
# ... or after the town that follows the street: "Poljska pot 2a, Kočevje 1330", "...,
# Svoboda nad Úpou 785 33 as its office".
_TOWN_AFTER = (
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|del|do|da|di|la|le|am|an|sur|upon|nad|pod|im"
    r"|bei|en|sous|lès|an der|am See)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,2}"
)
CODE_AFTER_TOWN = regex.compile(
    rf"\.?(?:[ \t]*,[ \t]*{_TOWN_AFTER})?[ \t]*,[ \t]*{_TOWN_AFTER}(?:[ \t]+|-)"
    rf"(?P<code>{POSTCODE_SHAPE})(?![\w-])(?![.,]\d)"
)
STREET_HEAD = regex.compile(r"(?:^|(?<=[\n|:,;]))[ \t]*(?P<number>\d{1,4}[A-Za-z]?)[ \t]+$")
# A unit written before its street in the same piece: "names Level 2, 403 Hay Street".
UNIT_HEAD = regex.compile(rf"(?<![\p{{L}}\d])(?P<unit>(?i:{_UNIT_TOKEN})),?[ \t]*$")
UNIT_PIECE = regex.compile(rf"(?i:{_UNIT_TOKEN}(?:[ \t]+{_UNIT_TOKEN}){{0,2}})")
# A unit ending the words before an address's first comma: "Raid at Flat C, 12/F, ...".
UNIT_ENDING = regex.compile(rf"(?<![\p{{L}}\d])(?P<unit>(?i:{_UNIT_TOKEN}))$")
UNIT_ENDING_BEFORE = 80  # characters from such a unit to the street line after it
# A capitalised word, then up to three more ("Líščie nivy 40": later words may be lower case,
# but no preposition or article; `_street_name` still wants one word that is no English word).
_CAPS = (
    r"\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:[ \t]+(?!(?i:at|on|in|by|for|from|to|the|and|or|of|with"
    r"|since|until|till|before|after|around|about|near|is|was|every|each)\b)"
    r"\p{L}[\p{L}\p{M}'’.-]{0,40}){0,3}"
)
# Street words written in lower case before the name: "avenue Babey 24", "pl. Bolesława ...".
_LOWER_STREET_WORDS = (
    "avenue|av|ave|avda|avenida|rue|boulevard|bd|blvd|chemin|allée|route|calle|c|carrer|via|viale"
    "|piazza|strada|str|rua|ulica|ul|pl|plac|aleja|al|trg|ulice|nám|náměstí|cesta|vej|gade|weg"
    "|straat|laan|sokak|cad|prospekt|pr"
)
# A street piece that ends a clause after "is", "at", "in", "to" or a colon, in a sentence
# about an address: "the address ... is Aunestien 9, 0423 Stavanger", "It's in Kamenjak 9".
LEAD_IN = regex.compile(
    rf"(?:\b(?i:is|at|in|to|on)\b|:)[ \t]+(?P<street>{_HOUSE}[ \t]+{_WORDS}"
    rf"|(?:(?:{_LOWER_STREET_WORDS})\.?[ \t]+)?{_CAPS}[ \t]+{_HOUSE})"
    r"(?=[ \t]*(?:[,;|\n?!(]|\.(?:\s|$)|$)|[ \t]+(?:in|near)\b)"
)
# Words that put a home or a workplace after "at"/"to", for the lead-in only (as anchors of
# street pieces they would be too loose): "we were kept at Sandvikengen 89 in Solberg".
LEAD_IN_CUES = regex.compile(
    r"(?i:\b(?:kept|held|housed|lodged|stay(?:s|ed|ing)?|based|moved|slept|c/o|care of)\b)"
)
LEAD_IN_CUE_BEFORE = 120  # characters before the lead-in searched for an address cue


class AddressBlockRecognizer(LocalRecognizer):
    """STREET_ADDRESS (and the PERSON naming an address block) by the shape of its pieces."""

    ENTITIES = ["STREET_ADDRESS", "PERSON"]
    WINDOW = 160  # characters either side searched for other pieces of an address
    timeout: float = 10.0  # for the street patterns it runs (set by the factory)

    def __init__(self, is_english: Callable[[str], bool] = lambda word: False) -> None:
        from redaction.recognizers.street_address import StreetAddressRecognizer

        self.is_english = is_english
        self.street_lines = StreetAddressRecognizer()  # street lines it already knows
        super().__init__(supported_entities=self.ENTITIES, name="address_block")

    def load(self) -> None:
        """Nothing to load."""

    @staticmethod
    def _pieces(text: str) -> list[tuple[int, int]]:
        out = []
        for m in _PIECE.finditer(text):
            lead = _BULLET.match(m.group()).end()  # type: ignore[union-attr]
            start, end = m.start() + lead, m.end()
            while end > start and text[end - 1] in " \t.:":
                end -= 1
            if end > start:
                out.append((start, end))
        return out

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Street pieces, postcodes beside places and name lines, each beside an address."""
        if not any(ch.isdigit() for ch in text):
            return []
        from redaction.gazetteer import places_in

        places = [(p.start, p.end) for p in places_in(text)]
        pieces = self._pieces(text)
        found: list[tuple[str, int, int, str]] = []
        anchors: list[tuple[int, int]] = list(places)
        anchors += [m.span() for m in UNITS.finditer(text)]
        cue_spans = [m.span() for m in CUES.finditer(text)]  # read twice below
        anchors += cue_spans
        streets: list[tuple[int, int]] = []
        codes: list[tuple[int, int]] = []
        for start, end in pieces:
            piece = text[start:end]
            if start >= 2 and text[start - 1] == "," and text[start - 2].isdigit():
                continue  # "250,000 rupees": the tail of an amount
            if text[end : end + 1] in (",", ".") and text[end + 1 : end + 2].isdigit():
                continue  # "paid 200,000": the head of an amount
            code = self._postcode(piece, start, places)
            if code is not None:
                found.append(("STREET_ADDRESS", *code, "postcode beside a place"))
                anchors.append(code)
                continue
            if CODE_ALONE.fullmatch(piece) and not _YEAR.fullmatch(piece):
                anchors.append((start, end))
                found.append(("STREET_ADDRESS", start, end, "postcode line"))
                continue
            shaped = self._postcode_and_words(piece, start)
            if shaped is not None:  # "90-006 Łódź", "Trondheim 7010": the code, in an address
                codes.append(shaped)
            elif (
                STREET_PIECE.fullmatch(piece) or TYPED_PIECE.fullmatch(piece)
            ) and self._street_name(text, start, end, places):
                streets.append((start, end))
        cues = [start for start, _ in cue_spans]
        cues += [m.start() for m in LEAD_IN_CUES.finditer(text)]
        for m in LEAD_IN.finditer(text, timeout=self.timeout):
            start, end = m.span("street")
            cued = any(m.start() - LEAD_IN_CUE_BEFORE <= c <= m.start() for c in cues)
            if cued and self._street_name(text, start, end, places):
                found.append(("STREET_ADDRESS", start, end, "street after an address cue"))
        cued_streets = [(s, e) for t, s, e, r in found if r == "street after an address cue"]
        for start, end in streets:
            if any(start <= s and e <= end for s, e in cued_streets):
                continue  # "The address is Vrbik 12": the street, not the sentence
            if self._near(anchors, start, end) or self._near(streets, start, end, other=True):
                found.append(("STREET_ADDRESS", start, end, "street line of an address"))
        confirmed = [
            (s, e)
            for t, s, e, r in found
            if r in ("street line of an address", "street after an address cue")
        ]
        self.street_lines.timeout = self.timeout
        # A street named in a sentence ("officers went to the salon on Soho Road") opens no
        # address block: the capitalised words before it are no name line.
        confirmed += [
            (r.start, r.end)
            for r in self.street_lines.analyze(text, ["STREET_ADDRESS"])
            if r.score >= 0.5 and _pattern(r) not in PROSE_PATTERNS
        ]
        for start, end in codes:  # "59800 Lille" after "145 boulevard de la Liberté"
            if self._near(anchors + confirmed, start, end) or self._near(
                streets, start, end, other=True
            ):
                found.append(("STREET_ADDRESS", start, end, "postcode beside a town"))
        # Postcode lines count only inside an address (a lone "2021" line is left alone).
        found = [
            f
            for f in found
            if f[3] != "postcode line" or self._near(confirmed, f[1], f[2], other=True)
        ]
        for start, end in list(confirmed):
            tail_end = end
            for _ in range(3):  # "Ul. Pomorska 41 m. 12", "... Torre 6 apartamento 68"
                tail = STREET_TAIL.match(text, tail_end, min(len(text), tail_end + 30))
                if tail is None:
                    break
                found.append(("STREET_ADDRESS", *tail.span("unit"), "unit after a street line"))
                tail_end = tail.end()
            code = CODE_AFTER.match(text, tail_end, min(len(text), tail_end + 40))
            if code is None:
                code = CODE_AFTER_TOWN.match(text, tail_end, min(len(text), tail_end + 80))
            if code is not None and not _YEAR.fullmatch(code["code"]):
                found.append(("STREET_ADDRESS", *code.span("code"), "postcode after a street"))
            unit = UNIT_HEAD.search(text, max(0, start - 20), start, timeout=self.timeout)
            if unit is not None:  # "Level 2, 403 Hay Street", "3F, 1120 Rizal Avenue"
                found.append(("STREET_ADDRESS", *unit.span("unit"), "unit before a street line"))
            head = STREET_HEAD.search(text, max(0, start - 12), start)
            if head is not None:  # "22 Alameda dos Escaleres 2": the house number before
                found.append(("STREET_ADDRESS", *head.span("number"), "number before a street"))
        if confirmed:
            for start, end in pieces:
                piece = text[start:end]
                if (
                    (start, end) not in confirmed
                    and UNIT_PIECE.fullmatch(piece, timeout=self.timeout)
                    and self._near(confirmed, start, end, other=True)
                ):
                    found.append(("STREET_ADDRESS", start, end, "unit line of an address"))
                    continue
                ending = UNIT_ENDING.search(piece, timeout=self.timeout)
                if (
                    ending is not None
                    and text[end : end + 1] == ","
                    and any(end < s <= end + UNIT_ENDING_BEFORE for s, _ in confirmed)
                ):
                    found.append(
                        (
                            "STREET_ADDRESS",
                            start + ending.start(),
                            start + ending.end(),
                            "unit before an address",
                        )
                    )
                line_start = text.rfind("\n", 0, start) + 1
                if (
                    NAME_LINE.fullmatch(piece)
                    and not regex.search(r"\p{L}{2}\.\p{L}", piece)  # "CO.LTD" is no name
                    and not _BULLET.sub("", text[line_start:start]).strip(" \t:")
                    and self._near(confirmed, start, end, other=True)
                    and not self._is_place(start, end, places)
                ):
                    found.append(("PERSON", start, end, "name line of an address"))
        return [self._result(t, s, e, rule) for t, s, e, rule in found if t in entities]

    def _street_name(self, text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
        """The words of a street piece name a street: one of them is no English word, and
        none is a place or a nationality ("40 Romanian workers" is not a street)."""
        words = [
            (m.start() + start, m.end() + start, m.group())
            for m in regex.finditer(r"\p{L}[\p{L}\p{M}'’-]*", text[start:end])
        ]
        if not words or any(self._is_place(s, e, places) for s, e, _ in words):
            return False
        return any(len(w) >= 3 and not self.is_english(w) for _, _, w in words)

    @staticmethod
    def _is_place(start: int, end: int, places: list[tuple[int, int]]) -> bool:
        covered = sum(min(end, e) - max(start, s) for s, e in places if s < end and start < e)
        return covered >= 0.6 * (end - start)

    @staticmethod
    def _postcode_and_words(piece: str, offset: int) -> tuple[int, int] | None:
        """The code of a postcode-shaped number beside one to three capitalised words."""
        for pattern in (CODE_AND_PLACE, PLACE_AND_CODE):
            m = pattern.fullmatch(piece)
            if (
                m is not None
                and not _YEAR.fullmatch(m["code"])
                and len(regex.sub(r"\D", "", m["code"])) >= 4
                and regex.fullmatch(_TOWN, m["place"])
            ):
                return offset + m.start("code"), offset + m.end("code")
        return None

    def _postcode(
        self, piece: str, offset: int, places: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The postcode of a "Place 1234" or "1234 Place" piece whose words are a place."""
        for pattern in (PLACE_AND_CODE, CODE_AND_PLACE):
            m = pattern.fullmatch(piece)
            if m is None or _YEAR.fullmatch(m["code"]):
                continue
            p_start, p_end = offset + m.start("place"), offset + m.end("place")
            if self._is_place(p_start, p_end, places):
                return offset + m.start("code"), offset + m.end("code")
        return None

    def _near(
        self, spans: list[tuple[int, int]], start: int, end: int, *, other: bool = False
    ) -> bool:
        lo, hi = start - self.WINDOW, end + self.WINDOW
        return any(
            lo <= s and e <= hi and not (other and (s, e) == (start, end))
            and not (s >= start and e <= end)
            for s, e in spans
        )  # fmt: skip

    def _result(self, entity: str, start: int, end: int, rule: str) -> RecognizerResult:
        score = 0.6 if entity == "STREET_ADDRESS" else 0.5
        return explained(self, entity, start, end, score, rule, pattern=rule)


def _pattern(result: Any) -> str | None:
    """The name of the pattern behind a street result."""
    return getattr(getattr(result, "analysis_explanation", None), "pattern_name", None)
