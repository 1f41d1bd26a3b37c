"""Right-to-left text as reportlab must draw it (reportlab shapes and reorders nothing)."""

from __future__ import annotations

import unicodedata

import pytest

from zerodx_desktop.formats.pdf_fonts import visual


@pytest.mark.parametrize(("logical", "drawn"), [
    ("Acme Ltd", "Acme Ltd"),                                  # nothing to do
    ("שלום", "םולש"),                                          # Hebrew: reversed, no shaping
    ("شركة", "\ufe94\ufedb\ufeae\ufeb7"),                      # final, initial, final, initial
    ("لا", "\ufefb"),                                          # the lam-alef ligature
    ("Acme شركة Ltd", "Acme \ufe94\ufedb\ufeae\ufeb7 Ltd"),    # only the stretch turns round
    ("a (ب) (ج) d", "a (\ufe9d) (\ufe8f) d"),                  # parentheses stay mirrored
    ("شركة (مساهمة)", "(\ufe94\ufee4\ufeeb\ufe8e\ufeb4\ufee3) \ufe94\ufedb\ufeae\ufeb7"),
    # numbers after a right-to-left word join its stretch but keep their digit order
    ("شركة 2024", "2024 \ufe94\ufedb\ufeae\ufeb7"),
    ("Acme شركة 3 Ltd", "Acme 3 \ufe94\ufedb\ufeae\ufeb7 Ltd"),
    ("שלום 12.5", "12.5 םולש"),
    ("2024 شركة", "2024 \ufe94\ufedb\ufeae\ufeb7"),   # before it: left to right as written
    ("Acme 2024", "Acme 2024"),
])
def test_visual_order_and_joined_forms(logical: str, drawn: str) -> None:
    assert visual(logical) == drawn


def test_drawn_arabic_folds_back_to_the_letters() -> None:
    name = "شركة الابتكار للتقنية"
    drawn = visual(name)
    assert all(not ("\u0600" <= ch <= "\u06ff") for ch in drawn)  # every letter shaped
    assert unicodedata.normalize("NFKC", drawn[::-1]) == name  # a ligature is one character
