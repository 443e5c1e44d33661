"""Link keys: the secret file, and why a stolen database does not give numbers away."""

from __future__ import annotations

import hashlib
import stat

import pytest

from core.errors import LensError
from ingest.link_normalise import phone
from ingest.linkkeys import LinkKeyer, load_secret
from redaction.base import DocumentInput, DocumentResult, RedactedEntity, RedactionResult

# A phone-number space an attacker could walk: the 1,000 UK drama-range mobiles.
SPACE = [f"+4477009{n:05d}" for n in range(0, 1000)]


def test_when_secret_missing_then_created_once_owner_only(tmp_path) -> None:
    path = tmp_path / "home" / "link.key"
    first = load_secret(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) == 32
    assert load_secret(path) == first


def test_when_secret_readable_by_others_then_refused(tmp_path) -> None:
    path = tmp_path / "link.key"
    load_secret(path)
    path.chmod(0o644)
    with pytest.raises(LensError, match="chmod 600"):
        load_secret(path)


def test_when_secret_file_garbled_then_one_sentence(tmp_path) -> None:
    path = tmp_path / "link.key"
    path.write_text("not hex")
    path.chmod(0o600)
    with pytest.raises(LensError, match="not 32 bytes"):
        load_secret(path)


def test_when_keyer_printed_then_secret_not_shown() -> None:
    secret = bytes(range(32))
    keyer = LinkKeyer(secret)
    assert secret.hex() not in repr(keyer)
    assert secret.hex() not in str(keyer)


def test_when_database_stolen_then_brute_force_needs_the_secret(tmp_path) -> None:
    secret = load_secret(tmp_path / "link.key")
    keyer = LinkKeyer(secret)
    planted = ["07700 900123", "+44 7700 900777", "0044 7700900042"]
    stolen = {keyer.key_of("phone", p, ["GB"]) for p in planted}  # what the DB holds

    def walk(key_fn) -> set[str]:
        return {n for n in SPACE if key_fn(n) in stolen}

    # With the right secret the whole space is walked and every stored number found...
    found = walk(lambda n: keyer.key("phone", n))
    assert found == {phone(p, ["GB"]) for p in planted}
    # ...with a wrong secret, or as a plain hash of the number, nothing is.
    wrong = LinkKeyer(secret[::-1])
    assert walk(lambda n: wrong.key("phone", n)) == set()
    assert walk(lambda n: hashlib.sha256(f"phone\x00{n}".encode()).hexdigest()) == set()
    assert walk(lambda n: hashlib.sha256(n.encode()).hexdigest()) == set()


def test_when_document_keyed_then_placeholders_carry_keys_and_values_do_not() -> None:
    keyer = LinkKeyer(b"s" * 32)
    body = "Call 07700 900123 or +44 7700 900123; pay GB29 NWBK 6016 1331 9268 19. Ana Pop."
    spans = [
        ("PHONE_NUMBER", "07700 900123", "<PHONE_NUMBER_1>"),
        ("PHONE_NUMBER", "+44 7700 900123", "<PHONE_NUMBER_1>"),
        ("IBAN_CODE", "GB29 NWBK 6016 1331 9268 19", "<IBAN_CODE_1>"),
        ("PERSON", "Ana Pop", "<PERSON_1>"),
        ("STREET_ADDRESS", "Call", "<STREET_ADDRESS_1>"),  # not a link type
    ]
    entities = [RedactedEntity(t, body.index(v), body.index(v) + len(v), r) for t, v, r in spans]
    result = DocumentResult(RedactionResult("(redacted)", entities), RedactionResult(""))
    mentions = keyer.mentions(DocumentInput(body), result, ["GB"])
    assert [(m.placeholder, m.type) for m in mentions] == [
        ("<PHONE_NUMBER_1>", "phone"),
        ("<IBAN_CODE_1>", "account"),
        ("<PERSON_1>", "person"),
        ("<PERSON_1>", "person_weak"),  # "a pop": links only beside another shared key
        ("<PERSON_1>", "person_weak"),  # "ana pop"
        ("<PERSON_1>", "person_weak"),  # "ana p": "Pop Ana" in the other order
    ]
    assert mentions[-2].key == keyer.key("person_weak", "ana pop")
    assert mentions[0].key == keyer.key("phone", "+447700900123")
    assert all("7700" not in m.key and "NWBK" not in m.key for m in mentions)
    no_people = LinkKeyer(b"s" * 32, people=False).mentions(DocumentInput(body), result)
    assert not {"person", "person_weak"} & {m.type for m in no_people}
