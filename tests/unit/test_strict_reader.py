"""The strict reader's small rules and the second reader's plumbing (formats/xlsx/reader.py,
formats/xlsx/crosscheck.py). The classes of crafted files are in
tests/reliability/adversarial.py."""

from __future__ import annotations

import pytest

from tests.factories import make_content, make_framework, make_panel
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats.score_sheet import verify_score_sheet, write_score_sheet
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx import crosscheck, reader


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3), ("-3", -3), ("+3", 3), ("3.5", 3.5), (".5", 0.5), ("3.", 3.0), ("1E3", 1000.0),
    ("2.5e-1", 0.25)])
def test_numbers_in_the_xml_schema_form_are_read(text, value):
    got = reader._number(text)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("text", ["0_5", "\u0663", "\uff13", " 3", "3 ", "INF", "NaN", "0x3",
                                  "", "1e", "--3", "3,5", "\u00b3"])
def test_other_numbers_are_refused(text):
    with pytest.raises(ValueError, match="not a number"):
        reader._number(text)


def test_xml_entities_in_the_fast_path():
    assert reader._unescape("a&amp;b&lt;&gt;&quot;&apos;&#65;&#x42;") == "a&b<>\"'AB"
    for bad in ("&nbsp;", "&#0;", "&#x1;", "&#xD800;", "& ", "&amp"):
        with pytest.raises(reader._Fallback):
            reader._unescape(bad)


@pytest.fixture
def signed(tmp_path):
    fw = make_framework()
    judge = Identity.generate("Ada Lovelace", "ada@example.org")
    panel = make_panel(fw, [judge])
    path = tmp_path / "sheet.xlsx"
    write_score_sheet(path, make_content(fw), fw, panel, judge)
    return path, panel


def test_the_second_reader_reads_every_signed_sheet(signed, monkeypatch):
    path, panel = signed
    seen: list[list[str]] = []
    real = crosscheck.second_reader_grids

    def spy(p, titles, all_titles, max_rows):
        seen.append(list(titles))
        return real(p, titles, all_titles, max_rows)

    monkeypatch.setattr(crosscheck, "second_reader_grids", spy)
    assert verify_score_sheet(path, panel).status is Status.VALID
    assert seen == [["Scores", "Summary", "Conflicts", "About"]]


def test_a_cell_the_second_reader_reads_otherwise_is_tampered(signed, monkeypatch):
    path, panel = signed
    real = crosscheck.second_reader_grids

    def other(p, titles, all_titles, max_rows):
        grids = real(p, titles, all_titles, max_rows)
        grids["Scores"][1][6] = 5.0  # G2 as another program would show it
        grids["About"][1][1] = "Somebody Else"
        return grids

    monkeypatch.setattr(crosscheck, "second_reader_grids", other)
    v = verify_score_sheet(path, panel)
    assert v.status is Status.TAMPERED
    cells = {c.cell: (c.signed, c.found) for c in v.changed_cells}
    assert cells == {"Scores!G2": ("1", "5"), "About!B2": ("Ada Lovelace", "Somebody Else")}


def test_a_file_the_second_reader_cannot_open_is_unreadable(signed, monkeypatch):
    path, panel = signed

    class Broken:
        @staticmethod
        def from_path(_p):
            raise OSError("no")

    import python_calamine

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Broken)
    v = verify_score_sheet(path, panel)
    assert v.status is Status.UNREADABLE and "second, independent reader" in v.message
