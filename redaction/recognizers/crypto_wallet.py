"""Crypto wallet addresses: Bitcoin (base58check, bech32/bech32m), Tron, Ethereum.

Bitcoin and Tron addresses carry checksums and are verified; Ethereum addresses (0x + 40
hex) are distinctive enough on their own (their EIP-55 checksum needs Keccak, which the
standard library does not have).
"""

from __future__ import annotations

import hashlib

from presidio_analyzer import Pattern

from redaction.recognizers.contextual import ContextPatternRecognizer

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

PATTERNS = [
    Pattern("Bitcoin base58", r"\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b", 0.4),
    Pattern("Bitcoin bech32", r"\b(?:bc|tb)1[02-9ac-hj-np-z]{11,71}\b", 0.4),
    Pattern("Tron", r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b", 0.3),
    Pattern("Ethereum", r"\b0x[0-9a-fA-F]{40}\b", 0.9),
]

CONTEXT = ["wallet", "bitcoin", "btc", "crypto*", "usdt", "tether", "eth", "ethereum", "tron"]


def base58check_ok(address: str) -> bool:
    """Base58 decode; the last 4 bytes equal the first 4 of sha256(sha256(payload))."""
    number = 0
    for ch in address:
        index = _B58.find(ch)
        if index < 0:
            return False
        number = number * 58 + index
    pad = len(address) - len(address.lstrip("1"))
    raw = b"\x00" * pad + number.to_bytes((number.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        return False
    payload, checksum = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_ok(address: str) -> bool:
    """BIP-173/BIP-350 checksum (bech32 for v0, bech32m for v1+)."""
    address = address.lower()
    hrp, _, data = address.rpartition("1")
    if not hrp or len(data) < 7 or any(ch not in _BECH32 for ch in data):
        return False
    values = [_BECH32.index(ch) for ch in data]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(expanded + values) in (1, 0x2BC830A3)


class CryptoWalletRecognizer(ContextPatternRecognizer):
    """CRYPTO: checked Bitcoin/Tron addresses (1.0) and Ethereum addresses (0.9)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CRYPTO",
            name="crypto_wallet",
            patterns=PATTERNS,
            context=CONTEXT,
            case_sensitive=True,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Verify the checksum of Bitcoin and Tron addresses; Ethereum is undecided."""
        if pattern_text.startswith("0x"):
            return None
        if pattern_text[:3].lower() in ("bc1", "tb1"):
            return bech32_ok(pattern_text)
        return base58check_ok(pattern_text)
