"""Street and unit lines of the Baltic and Nordic states, Poland and Czechia (issue 14,
redact22): `redaction.recognizers.street_nordic`."""

from __future__ import annotations

import pytest

from tests.redaction.checks import check_redaction


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Nuomininkas gyvena adresu Taikos pr. 88-12, Vilnius.", ["Taikos", "88-12"], ["Vilnius"]),
        ("ANSTOLIS APRAŠĖ TURTĄ BUTE ŽIRMŪNŲ G. 68-41, VILNIUS.", ["ŽIRMŪNŲ", "68-41"], []),
        (
            "Üürileandja elukoht Pärnu mnt 139-27, 11317 Tallinn.",
            ["Pärnu mnt", "139-27"],
            ["Tallinn"],
        ),
        ("Kinni peeti mees, elukoht Lasnamäe tn 18-44, Tallinn.", ["Lasnamäe", "18-44"], []),
        ("Property at Lāčplēša iela 87 dz. 14 in Riga.", ["Lāčplēša", "dz. 14"], ["Riga"]),
        ("[21:14] ilona: new girls staying at pärnu mnt 139-27 now", ["pärnu", "139-27"], []),
        ("Huoneisto: Mannerheimintie 12 B 34, 00100 Helsinki.", ["Mannerheimintie", "B 34"], []),
        ("Velallinen asuu osoitteessa Itäkeskuksentie 3 as. 12, Helsinki.", ["as. 12"], []),
        ("Lejer: Istedgade 88, st. th., 1650 København V.", ["Istedgade", "st. th."], []),
        ("Utleier bor i Storgata 5, 2. th., 3015 Drammen.", ["Storgata", "2. th."], ["Drammen"]),
        ("Kontrollerte Thereses gate 14, H0305, 0168 Oslo.", ["Thereses", "H0305"], ["Oslo"]),
        ("Lägenhet: Rinkebysvängen 12, 3 tr, 163 72 Spånga.", ["Rinkebysvängen", "3 tr"], []),
        ("Tenant moved to Hafnargötu 12, Keflavík.", ["Hafnargötu"], ["Keflavík"]),
        ("Wynajmujący zam. ul. Piotrkowska 112 m. 4, 90-006 Łódź.", ["Piotrkowska", "m. 4"], []),
        ("Klientka bydlí Štefánikova 23, byt č. 7, Plzeň.", ["byt č. 7"], ["Plzeň"]),
    ],
)
def test_when_a_baltic_or_nordic_street_or_unit_line_is_written_then_it_goes(
    redactor, text, gone, kept
):
    check_redaction(redactor, text, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        "Boarding closed at Departures gate 14 at 09:10.",
        "The tablets weigh 500 g. 12 boxes were seized.",
        "See e.g. 12 cases in the annex.",
        "St. Thomas hospital treated 3 patients.",
        "The H2O bottles and model H1 were found.",
    ],
)
def test_when_a_look_alike_of_a_nordic_line_is_written_then_it_stays(redactor, text):
    out = redactor.redact(text).text
    assert "STREET_ADDRESS" not in out, out
    assert "ADDRESS_UNIT" not in out, out
