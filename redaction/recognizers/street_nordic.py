"""Street and unit lines of the Baltic and Nordic states, Poland and Czechia (round 22).

`street_local` appends these `PATTERNS` to its own. What the other street files lack:

- Baltic streets abbreviate their street word after the name and number the flat after a
  dash: Lithuanian "Taikos pr. 88-12", "Žirmūnų g. 68-41"; Estonian "Pärnu mnt 139-27",
  "Lasnamäe tn 18-44", "Sõpruse pst 201-9"; Latvian "Brīvības iela 12-4". The abbreviation
  marks the street in lower-case chat too ("pärnu mnt 139-27"), except the short ones that
  are also English ("g.", "al.", "pl."), which count only after a capitalised name.
- Finnish lines name the staircase and the flat after the house number: "Mannerheimintie 12
  B 34", "Itäkeskuksentie 3 as. 12".
- Danish and Norwegian lines give the floor and the side: "Storgata 5, 2. th.", "Istedgade
  88, st. th.", "Nørrebrogade 34, 3. tv."; Norway numbers flats "H0403"; Norway and Denmark
  write some streets apart after a genitive ("Thereses gate 14", "Kongens gate 5").
- After a street's house number: Latvian "dz. 14", Polish "m. 4" and "lok. 17", Swedish "3
  tr" (the floor); Czech "byt č. 7" anywhere.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

_HOUSE = r"\d{1,4}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?"
_END = r"(?![\w/-])"
# Street words written after the name, abbreviated or whole, that no English word shares.
_BALTIC_STRONG = (
    r"pr\.|prosp\.|gatvė|prospektas|plentas|mnt\.?|maantee|tn\.?|tänav|pst\.?|puiestee"
    r"|iela|ielā|gatve|bulv\.|bulvāris|prospekts|šoseja|gt\."
)
# ... and those that are also English abbreviations ("e.g.", "pl."): after a capital only.
_BALTIC_WEAK = r"g\.|al\.|pl\.|skg\."
_NAME = r"\p{L}[\p{L}\p{M}'’-]{2,30}"
_CAP_NAME = r"\p{Lu}[\p{L}\p{M}'’-]{1,30}"
# A first word of two in Title case ("Krišjāņa Barona iela 56-8"); in capitals one word only,
# so "BUTE ŽIRMŪNŲ G. 68-41" leaves "BUTE" (Lithuanian "in the flat").
_TITLE_NAME = r"\p{Lu}[\p{Ll}\p{M}'’-]{1,30}"
# Finnish street words written as one word with the name.
_FINNISH = r"tie|katu|kuja|polku|tori|raitti|väylä|kaari|rinne|ranta|puistikko"
# English words that may stand before "gate" and a number: "Departures gate 14".
_NOT_GENITIVE = r"(?!(?i:departures|arrivals|airlines|airways|ferries|lines|gates)\b)"

PATTERNS = [
    Pattern(
        "Baltic name + street abbreviation + number",
        rf"(?<![\p{{L}}\d.])(?:{_TITLE_NAME}[ \t]+)?{_CAP_NAME}[ \t]+"
        rf"(?i:{_BALTIC_STRONG}|{_BALTIC_WEAK})[ \t]*{_HOUSE}{_END}",
        0.6,
    ),
    Pattern(
        "Baltic street in lower case",
        rf"(?<![\p{{L}}\d.]){_NAME}[ \t]+(?i:{_BALTIC_STRONG})[ \t]*"
        rf"\d{{1,4}}[a-z]?-\d{{1,4}}{_END}",
        0.6,
    ),
    Pattern(
        "Finnish street + number + staircase and flat",
        rf"(?<![\p{{L}}\d])\p{{Lu}}[\p{{L}}\p{{M}}-]{{0,40}}(?i:{_FINNISH})[ \t]+\d{{1,4}}[a-z]?"
        r"[ \t]+(?:[A-H][ \t]?\d{1,3}|(?i:as\.?)[ \t]*\d{1,3})(?![\w/-])",
        0.6,
    ),
    Pattern(
        "Danish and Norwegian floor and side",
        r"(?<![\p{L}\d.])(?:\d{1,2}\.|(?i:st|kl)\.)[ \t]?(?i:th|tv|mf)\.?(?![\p{L}\d])",
        0.6,
    ),
    Pattern(
        "Norwegian flat number",
        r"(?<![\w-])H(?:0[1-9]|[1-3]\d|U[1-9]|K[1-9])(?:0[1-9]|[1-9]\d)(?![\w-])",
        0.6,
    ),
    Pattern(
        "genitive + street word apart + number",
        rf"(?<![\p{{L}}\d]){_NOT_GENITIVE}\p{{Lu}}[\p{{L}}\p{{M}}-]{{1,30}}s[ \t]+"
        rf"(?:gate|gata|gade|vei|veg|vej|plass|plads|väg|gatan)[ \t]+\d{{1,4}}[A-Za-z]?{_END}",
        0.6,
    ),
    Pattern(
        "flat after a house number",
        r"(?<=\d[A-Za-z]?,?[ \t]{1,2})(?:dz|DZ|m|M|lok|LOK|Lok)\.[ \t]*\d{1,4}(?![\w-])",
        0.6,
    ),
    Pattern(
        "Swedish floor after a street line",
        r"(?<=\p{L}[ \t]\d{1,4}[A-Za-z]?,[ \t])\d{1,2}[ \t]?tr\.?(?![\p{L}\d])",
        0.6,
    ),
    Pattern(
        "Czech flat",
        r"(?<![\p{L}])(?i:byt)[ \t]+(?:č\.|(?i:číslo))[ \t]*\d{1,4}(?![\w-])",
        0.6,
    ),
]
