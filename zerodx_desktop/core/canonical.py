"""Canonical JSON: the exact bytes that are hashed and signed.

Sorted keys, compact separators, UTF-8, NFC-normalised strings, and no floats (levels are
integers; any other number must be passed as a decimal string by the caller).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any


def normalise(value: Any) -> Any:
    """Return ``value`` with every string NFC-normalised; reject floats."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("canonical JSON carries no floats; pass numbers as decimal strings")
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError("canonical JSON keys must be strings")
            out[unicodedata.normalize("NFC", k)] = normalise(v)
        return out
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    raise TypeError(f"cannot put {type(value).__name__} into canonical JSON")


def canonical_json(value: Any) -> bytes:
    """Serialise ``value`` canonically (see module docstring)."""
    return json.dumps(
        normalise(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_canonical(value: Any, data: bytes) -> bool:
    """``canonical_json(value) == data`` without copying ``value``: for a ``value`` that
    ``json.loads`` made from ``data`` with no float in it (the caller checks that: see
    ``parse_float``). NFC is checked on the whole text, which is the same as on each string:
    every string is delimited by '"', which composes with nothing."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8") == data and unicodedata.is_normalized("NFC", text)
