"""The strict reader's small rules and the second reader's plumbing (formats/xlsx/reader.py,
formats/xlsx/crosscheck.py). The classes of crafted files are in
tests/reliability/adversarial.py."""

from __future__ import annotations

import pytest

from tests.factories import make_content, make_framework, make_panel
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.formats import score_sheet, score_sheet_verify
from zerodx_desktop.formats.score_sheet import write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import Identity
from zerodx_desktop.formats.xlsx import crosscheck, reader
from zerodx_desktop.formats.xlsx.writer import CORE_PROPS


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
    monkeypatch.setattr(score_sheet_verify, "AS_WRITTEN", False)  # else: no reader runs
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
    monkeypatch.setattr(score_sheet_verify, "AS_WRITTEN", False)  # else: no reader runs
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
    monkeypatch.setattr(score_sheet_verify, "AS_WRITTEN", False)  # else: no reader runs

    class Broken:
        @staticmethod
        def from_path(_p):
            raise OSError("no")

    import python_calamine

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Broken)
    v = verify_score_sheet(path, panel)
    assert v.status is Status.UNREADABLE and "second, independent reader" in v.message


# -- the shortcut for a file exactly as written (score_sheet_verify.as_written) --------------

def _spy_readers(monkeypatch) -> list[str]:
    ran: list[str] = []
    real_compare, real_second = score_sheet_verify.compare_sheet, crosscheck.second_reader_grids

    def compare(*a, **k):
        ran.append("strict")
        return real_compare(*a, **k)

    def second(*a, **k):
        ran.append("second")
        return real_second(*a, **k)

    monkeypatch.setattr(score_sheet_verify, "compare_sheet", compare)
    monkeypatch.setattr(crosscheck, "second_reader_grids", second)
    return ran


def _rewrite(path, change) -> None:
    """Rewrite the zip at ``path`` with ``change(name, data)`` applied to every member."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            got = change(name, data)
            if got is not None:
                zf.writestr(name, got)


def test_a_file_exactly_as_written_needs_neither_reader(signed, monkeypatch):
    path, panel = signed
    ran = _spy_readers(monkeypatch)
    assert verify_score_sheet(path, panel).status is Status.VALID
    assert ran == []


def test_new_document_properties_keep_the_shortcut(signed, monkeypatch):
    path, panel = signed
    _rewrite(path, lambda n, d: d.replace(b"<dc:creator>", b"<dc:creator>Someone, ")
             if n == CORE_PROPS else d)
    ran = _spy_readers(monkeypatch)
    assert verify_score_sheet(path, panel).status is Status.VALID
    assert ran == []


def _members(path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return [n for n in zf.namelist() if n != CORE_PROPS]


def test_one_byte_more_in_any_other_part_takes_both_readers(signed, monkeypatch, tmp_path):
    import shutil

    path, panel = signed
    names = _members(path)
    assert len(names) >= 10  # content types, rels, workbook, styles, five sheets...
    for name in names:
        copy = tmp_path / f"copy-{len(name)}-{names.index(name)}.xlsx"
        shutil.copy(path, copy)
        # a line break after the root element: the same document to every XML reader
        _rewrite(copy, lambda n, d, name=name: d + b"\n" if n == name else d)
        ran = _spy_readers(monkeypatch)
        v = verify_score_sheet(copy, panel)
        assert v.status is Status.VALID, (name, v.message)
        assert ran == ["strict", "second"], name
        monkeypatch.undo()


def test_a_member_more_or_less_takes_the_full_comparison(signed, monkeypatch, tmp_path):
    import shutil

    path, panel = signed
    extra = tmp_path / "extra.xlsx"
    shutil.copy(path, extra)
    import zipfile

    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("xl/notes.xml", "<?xml version=\"1.0\"?><notes/>")
    ran = _spy_readers(monkeypatch)
    verify_score_sheet(extra, panel)
    assert ran and ran[0] == "strict"
    fewer = tmp_path / "fewer.xlsx"
    shutil.copy(path, fewer)
    _rewrite(fewer, lambda n, d: None if n == "docProps/app.xml" else d)
    ran.clear()
    verify_score_sheet(fewer, panel)
    assert ran and ran[0] == "strict"


def test_bytes_before_the_members_are_refused(signed):
    """A reader walking local headers could find a member hidden outside the directory."""
    path, panel = signed
    path.write_bytes(b"PK\x03\x04" + b"\0" * 60 + path.read_bytes())
    v = verify_score_sheet(path, panel)
    assert v.status is Status.UNREADABLE and "before or between the members" in v.message


def test_bytes_after_the_end_record_take_the_full_comparison(signed, monkeypatch):
    path, panel = signed
    path.write_bytes(path.read_bytes() + b"PK\x03\x04" + b"\0" * 60)
    ran = _spy_readers(monkeypatch)
    verify_score_sheet(path, panel)
    assert ran and ran[0] == "strict"


@pytest.mark.parametrize("text", ["_x0041_", "say _x000D_ here", "A_x004a_B"])
def test_a_character_code_in_a_text_is_refused_when_writing(text):
    from zerodx_desktop.core.errors import UserError
    from zerodx_desktop.formats.xlsx.text import safe_cell_text

    with pytest.raises(UserError, match="show as another character"):
        safe_cell_text(text, where="comment for n-001/c1")


@pytest.mark.parametrize("text", ["_x004_", "x0041", "_x0041", "_ x0041_", "_X0041_"])
def test_texts_that_are_no_character_code_are_kept(text):
    from zerodx_desktop.formats.xlsx.text import safe_cell_text

    assert safe_cell_text(text) == text


def test_a_signed_character_code_is_not_valid(tmp_path, monkeypatch):
    """Excel and python-calamine show '_x0042_' as 'B': a judge who signs such a comment with
    their own key (the app refuses to write it) gets a sheet that shows otherwise than it
    says; both readers run on it and find the difference."""
    import dataclasses

    fw = make_framework()
    judge = Identity.generate("Ada Lovelace", "ada@example.org")
    panel = make_panel(fw, [judge])
    content = make_content(fw)
    content.scores[0] = dataclasses.replace(content.scores[0], comment="A_x0042_C")
    monkeypatch.setattr(score_sheet, "safe_cell_text", lambda text, where="": text)
    path = tmp_path / "sheet.xlsx"
    write_score_sheet(path, content, fw, panel, judge)
    monkeypatch.undo()
    ran = _spy_readers(monkeypatch)
    v = verify_score_sheet(path, panel)
    assert ran == ["strict", "second"]
    assert v.status is Status.TAMPERED
    assert [(c.signed, c.found) for c in v.changed_cells] == [("A_x0042_C", "ABC")]
