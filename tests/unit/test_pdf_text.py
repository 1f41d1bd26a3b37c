"""Right-to-left text as reportlab must draw it (reportlab shapes and reorders nothing): joined
Arabic letters, and each line in the order of the Unicode bidi algorithm, brackets mirrored."""

from __future__ import annotations

import unicodedata

import pytest

from zerodx_desktop.formats.pdf.fonts import visual

SHIRKA = "\ufe94\ufedb\ufeae\ufeb7"  # شركة drawn: final ta marbuta ... initial sheen


@pytest.mark.parametrize(("logical", "drawn"), [
    ("Acme Ltd", "Acme Ltd"),                                    # nothing to do
    ("שלום", "םולש"),                                            # Hebrew: reversed, no shaping
    ("شركة", SHIRKA),                                            # joined forms
    ("لا", "\ufefb"),                                            # the lam-alef ligature
    ("Acme شركة Ltd", f"Acme {SHIRKA} Ltd"),                     # only the stretch turns round
    ("شركة Acme", f"Acme {SHIRKA}"),                             # an Arabic line: from the right
    # paired brackets take their context's direction and are mirrored when right to left
    ("شركة (مساهمة) 2024", f"2024 (\ufe94\ufee4\ufeeb\ufe8e\ufeb4\ufee3) {SHIRKA}"),
    ("Leadership (القيادة) 4", "Leadership (\ufe93\ufea9\ufe8e\ufef4\ufed8\ufedf\ufe8d) 4"),
    ("שלום (עולם)", "(םלוע) םולש"),
    ("a (ب) (ج) d", "a (\ufe8f) (\ufe9d) d"),
    # numbers keep their digits and separators together
    ("تقييم 4/5", "4/5 \ufee2\ufef4\ufef4\ufed8\ufe97"),
    ("שלום 12.5", "12.5 םולש"),
    ("Acme 2024", "Acme 2024"),
    ("first line\nשלום", "first line\nםולש"),                    # each line on its own
])
def test_visual_order_and_joined_forms(logical: str, drawn: str) -> None:
    assert visual(logical) == drawn


def test_drawn_arabic_folds_back_to_the_letters() -> None:
    name = "شركة الابتكار للتقنية"
    drawn = visual(name)
    assert all(not ("\u0600" <= ch <= "\u06ff") for ch in drawn)  # every letter shaped
    assert unicodedata.normalize("NFKC", drawn[::-1]) == name  # a ligature is one character


def test_deeply_nested_brackets_keep_every_character() -> None:
    nested = "ش" + "(" * 16_000 + "ش" + ")" * 16_000  # a 32,002-character comment
    drawn = visual(nested)
    assert len(drawn) == len(nested)
    assert drawn.count("(") == drawn.count(")") == 16_000
