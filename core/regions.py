"""World regions a question may name ("South Asia", "the Gulf", "West Africa") as country sets.

Subregions follow the UN M49 geoscheme, except where analysts' usage differs and says so:
South Asia is the World Bank's eight (UN M49 adds Iran), the Middle East is the usual Gulf,
Levant, Iran, Turkey and Egypt, and North America includes Mexico. Continents are unions of
their subregions. Codes are ISO alpha-2 (Kosovo "XK").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Name | other names ... : codes. Longer names are tried first, so "South-East Asia" wins over
# "Asia" and "Sub-Saharan Africa" over "Africa".
_TABLE = """
South Asia|Southern Asia|Indian subcontinent: AF BD BT IN LK MV NP PK
South-East Asia|Southeast Asia|South East Asia|SE Asia|ASEAN: BN ID KH LA MM MY PH SG TH TL VN
East Asia|Eastern Asia|Far East: CN HK JP KP KR MN MO TW
Central Asia: KG KZ TJ TM UZ
Middle East|Near East|Western Asia: AE BH EG IL IQ IR JO KW LB OM PS QA SA SY TR YE
Gulf states|Gulf countries|the Gulf|GCC|Persian Gulf: AE BH KW OM QA SA
West Africa|Western Africa: BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG
East Africa|Eastern Africa: BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT ZM ZW
Horn of Africa: DJ ER ET SO
North Africa|Northern Africa|Maghreb: DZ EG EH LY MA SD TN
Central Africa|Middle Africa: AO CD CF CG CM GA GQ ST TD
Southern Africa: BW LS NA SZ ZA
Eastern Europe: BG BY CZ HU MD PL RO RU SK UA
Western Europe: AT BE CH DE FR LI LU MC NL
Northern Europe|Scandinavia|Nordic countries: DK EE FI GB IE IS LT LV NO SE
Southern Europe: AD AL BA ES GR HR IT ME MK MT PT RS SI SM VA XK
Balkans|Western Balkans: AL BA BG HR ME MK RS SI XK
European Union|EU: AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK
Central America: BZ CR GT HN MX NI PA SV
Caribbean: AG BB BS CU DM DO GD HT JM KN LC PR TT VC
South America: AR BO BR CL CO EC GY PE PY SR UY VE
North America: CA MX US
Oceania|Pacific Islands: AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS
"""
# Continents and wider groupings, as unions of the rows above.
_UNIONS = {
    "Asia": ("South Asia", "South-East Asia", "East Asia", "Central Asia", "Middle East"),
    "Africa": (
        "West Africa",
        "East Africa",
        "North Africa",
        "Central Africa",
        "Southern Africa",
    ),
    "Sub-Saharan Africa": ("West Africa", "East Africa", "Central Africa", "Southern Africa"),
    "Europe": ("Eastern Europe", "Western Europe", "Northern Europe", "Southern Europe"),
    "Latin America": ("Central America", "Caribbean", "South America"),
    "Americas": ("North America", "Central America", "Caribbean", "South America"),
}
_NOT_IN = {"Asia": {"EG"}, "Sub-Saharan Africa": {"SD"}}  # Egypt is counted in Africa


@dataclass(frozen=True)
class Region:
    """A named region mentioned in a text: its canonical name, countries and span."""

    name: str
    codes: frozenset[str]
    start: int = 0
    end: int = 0


@lru_cache(maxsize=1)
def regions() -> dict[str, frozenset[str]]:
    """Canonical region name -> alpha-2 codes."""
    out: dict[str, frozenset[str]] = {}
    for line in _TABLE.strip().splitlines():
        names, codes = line.split(":")
        out[names.split("|")[0].strip()] = frozenset(codes.split())
    for name, parts in _UNIONS.items():
        union = frozenset().union(*(out[p] for p in parts)) - _NOT_IN.get(name, set())
        out[name] = union
    return out


def _squash(name: str) -> str:
    return re.sub(r"[- ]+", "", name.lower())


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every name (longest first) and squashed name -> canonical name."""
    names: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        aliases = [n.strip() for n in line.split(":")[0].split("|")]
        for alias in aliases:
            names[alias] = aliases[0]
    names.update({name: name for name in _UNIONS})
    alternation = "|".join(
        r"[- ]?".join(re.escape(word) for word in re.split(r"[- ]", alias))
        for alias in sorted(names, key=len, reverse=True)
    )
    # "the Gulf of Guinea" and "Gulf of Mexico" are seas, not the Gulf states.
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])(?! of\b)", re.I)
    return pattern, {_squash(alias): name for alias, name in names.items()}


def find_regions(text: str) -> list[Region]:
    """Regions named in a text, left to right ("EU", "GCC", "ASEAN" only in capitals)."""
    pattern, names = _pattern()
    table = regions()
    found = []
    for m in pattern.finditer(text):
        surface = m.group(0)
        if surface.lower() in ("eu", "gcc", "asean") and not surface.isupper():
            continue
        name = names[_squash(surface)]
        found.append(Region(name, table[name], m.start(), m.end()))
    return found
