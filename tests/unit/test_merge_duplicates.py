"""Copies of one judge's sheet in a merge: same signed values = one sheet (the clean copy is
used, whatever the file order); same sequence with different values = a clash, said plainly."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.factories import FP, sheet
from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import nominee_dirs as _nominee_dirs
from tests.factories import write_sheet as _write_sheet
from zerodx_desktop.core.combine import SEQUENCE_CLASH
from zerodx_desktop.core.sheet import Status
from zerodx_desktop.services import merge as m

LEVELS = {"n1": (5, 5, 5), "n2": (3, 3, 3), "n3": (1, 1, 1)}
OTHER = {"n1": (2, 2, 2), "n2": (3, 3, 3), "n3": (4, 4, 4)}


def _b():
    return sheet("B", {"n1": (4, 4, 4), "n2": (4, 4, 4), "n3": (2, 2, 2)})


def test_identical_signed_copies_prefer_the_copy_without_warnings():
    altered = sheet("A", LEVELS, file="A-excel.xlsx", sha="excel-bytes")
    altered.warnings.append("display_altered")
    clean = sheet("A", LEVELS, file="A-clean.xlsx", sha="clean-bytes")
    verdicts = [altered, clean, _b()]
    res = m.combine(PANEL, FW, verdicts)
    assert clean.status is Status.VALID and clean.message == ""
    assert altered.status is Status.SUPERSEDED
    assert altered.message.startswith("a second copy of A-clean.xlsx (the same signed values)")
    assert "that copy is used" in altered.message and "warnings" in altered.message
    assert "superseded by" not in altered.message
    assert res.judge_totals[FP["A"]] == {"n1": 100.0, "n2": 50.0, "n3": 0.0}
    # the Judges table reports both files: the clean one without warnings
    rows = {j.file: j for j in res.judges}
    assert rows["A-clean.xlsx"].status == "valid" and rows["A-clean.xlsx"].warnings == []
    assert rows["A-excel.xlsx"].status == "superseded"


@pytest.mark.parametrize("second_listed_first", [False, True])
def test_identical_copies_without_warnings_use_the_first_by_file_name(second_listed_first):
    first = sheet("A", LEVELS, file="first.xlsx", sha="x1")
    second = sheet("A", LEVELS, file="second.xlsx", sha="x2")
    pile = [second, first] if second_listed_first else [first, second]
    m.combine(PANEL, FW, [*pile, _b()])
    assert first.status is Status.VALID  # whatever the order the files came in
    assert second.status is Status.SUPERSEDED
    assert second.message == ("a second copy of first.xlsx (the same signed values); "
                              "that copy is used")


def test_same_sequence_different_values_is_a_clash_named_on_both():
    early = sheet("A", LEVELS, file="A-morning.xlsx", sha="m")
    late = sheet("A", OTHER, file="A-evening.xlsx", sha="e")
    late.content.exported_at = "2026-01-01T18:00:00Z"  # same round 1, sequence 1
    verdicts = [late, early, _b()]
    res = m.combine(PANEL, FW, verdicts)
    assert late.status is Status.VALID and early.status is Status.SUPERSEDED
    assert SEQUENCE_CLASH in late.warnings and SEQUENCE_CLASH in early.warnings
    assert "DIFFERENT signed values" in early.message
    assert "A-evening.xlsx was exported later" in early.message
    assert "A-morning.xlsx" in late.message and "exported later" in late.message
    assert res.judge_totals[FP["A"]] == {"n1": 25.0, "n2": 50.0, "n3": 75.0}


def test_clash_at_the_same_moment_is_said_to_be_arbitrary_but_stable():
    a1 = sheet("A", LEVELS, file="one.xlsx", sha="1")
    a2 = sheet("A", OTHER, file="two.xlsx", sha="2")
    m.combine(PANEL, FW, [a1, a2, _b()])
    used = a1 if a1.status is Status.VALID else a2
    assert "arbitrarily" in used.message
    # the other order picks the same content
    b1 = sheet("A", LEVELS, file="one.xlsx", sha="1")
    b2 = sheet("A", OTHER, file="two.xlsx", sha="2")
    m.combine(PANEL, FW, [b2, b1, _b()])
    assert (b1 if used is a1 else b2).status is Status.VALID


def test_older_sequence_still_reads_superseded_by_the_newer():
    old = sheet("A", OTHER, sequence=1)
    new = sheet("A", LEVELS, sequence=2)
    m.combine(PANEL, FW, [new, old, _b()])
    assert old.message == "superseded by A-2.xlsx (round 1, sequence 2) from the same judge"
    assert new.status is Status.VALID and new.message == ""


def _pile():
    altered = sheet("A", LEVELS, sequence=2, file="A-excel.xlsx", sha="ax")
    altered.warnings.append("display_altered")
    clash = sheet("C", OTHER, file="C-late.xlsx", sha="cl")
    clash.content.exported_at = "2026-01-01T09:00:00Z"
    return [
        sheet("A", OTHER, sequence=1, file="A-old.xlsx"),
        altered,
        sheet("A", LEVELS, sequence=2, file="A-clean.xlsx", sha="ac"),
        _b(),
        sheet("C", LEVELS, file="C-early.xlsx", sha="ce"),
        clash,
    ]


def test_the_result_does_not_depend_on_the_file_order():
    base = None
    for perm in itertools.permutations(range(6)):
        verdicts = _pile()
        res = m.combine(PANEL, FW, [verdicts[i] for i in perm])
        used = sorted(v.file for v in verdicts if v.status is Status.VALID)
        got = (used, res.judge_totals, [(r.nominee_id, r.score) for r in res.ranking])
        if base is None:
            base = got
            assert used == ["A-clean.xlsx", "B-1.xlsx", "C-late.xlsx"]
        assert got == base, perm


@pytest.mark.slow
def test_a_display_altered_copy_listed_first_is_not_the_one_used(tmp_path):
    """Real files: a copy whose level cell was given a number format (as a spreadsheet
    program might) verifies with display_altered; the clean copy counts."""
    import shutil

    import openpyxl

    from zerodx_desktop.core.panel import Conflict
    from zerodx_desktop.formats.package_build import build_panel_package
    from zerodx_desktop.formats.signing import Identity

    ids = {k: Identity.generate(f"Judge {k}", f"{k.lower()}@example.org") for k in "AB"}
    organizer = Identity.generate("Organizer", "org@example.org")
    pkg = build_panel_package(
        title="Copies", framework=FW, nominees_dir=_nominee_dirs(tmp_path / "nominees"),
        judges=[ids["A"].public, ids["B"].public],
        conflicts=[Conflict(ids["B"].fingerprint, "n3", "adviser")], method="mean", round=1,
        organizer=organizer, out=tmp_path / "panel.zdxpanel", panel_id="copies")
    clean = _write_sheet(tmp_path / "a.xlsx", ids["A"], pkg.panel, LEVELS)
    b = _write_sheet(tmp_path / "b.xlsx", ids["B"], pkg.panel, OTHER)
    altered = tmp_path / "a (Excel).xlsx"
    shutil.copyfile(clean, altered)
    wb = openpyxl.load_workbook(altered)
    ws = wb["Scores"]
    col = [c.value for c in ws[1]].index("Level") + 1
    ws.cell(row=2, column=col).number_format = '"5"'
    wb.save(altered)

    outcome = m.merge(tmp_path / "panel.zdxpanel", [altered, clean, b])
    by_file = {Path(v.file).name: v for v in outcome.verdicts}
    assert "display_altered" in by_file[altered.name].warnings
    assert by_file[clean.name].status is Status.VALID
    assert by_file[altered.name].status is Status.SUPERSEDED
    assert by_file[altered.name].message.startswith("a second copy of a.xlsx")
    doc = m.merge_to_json(outcome)
    assert [s["status"] for s in doc["sheets"]] == ["superseded", "valid", "valid"]
    assert set(doc) == {"panel", "method", "sheets", "ranking", "reliability",
                        "reliability_notes", "disagreements", "decisions"}
    reverse = m.merge(tmp_path / "panel.zdxpanel", [clean, altered, b])
    assert m.merge_to_json(reverse)["ranking"] == doc["ranking"]
