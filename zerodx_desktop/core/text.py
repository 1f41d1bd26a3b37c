"""Text that may come in several languages (a plain string or a {"en": ..., "zh": ...} map)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Text:
    """A possibly multilingual text. ``str(t)`` gives the English (or first) variant."""

    variants: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, raw: Any) -> Text:
        if raw is None:
            return cls({})
        if isinstance(raw, Text):
            return raw
        if isinstance(raw, str):
            return cls({"en": raw})
        if isinstance(raw, dict):
            return cls({str(k): str(v) for k, v in raw.items()})
        raise TypeError(f"not a text: {raw!r}")

    def get(self, lang: str = "en") -> str:
        if not self.variants:
            return ""
        if lang in self.variants:
            return self.variants[lang]
        base = lang.split("_")[0].split("-")[0]
        for key, value in self.variants.items():
            if key.split("_")[0].split("-")[0] == base:
                return value
        return self.variants.get("en", next(iter(self.variants.values())))

    def to_json(self) -> str | dict[str, str]:
        if set(self.variants) <= {"en"}:
            return self.variants.get("en", "")
        return dict(self.variants)

    def __str__(self) -> str:
        return self.get("en")

    def __bool__(self) -> bool:
        return any(self.variants.values())
