"""The verification rules the codecs no longer decide (core/verification.py) and the words for
them (core/verification_words.py): statuses and warnings as codes, sentences at the edge."""

from __future__ import annotations

import dataclasses

import pytest

from tests.factories import make_content, make_framework
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.messages import Message
from zerodx_desktop.core.sheet import DisplayNote, Mismatch, RowChange, Status, Warning_
from zerodx_desktop.core.verification_words import (
    STATUS_MESSAGES,
    display_note_text,
    finding_text,
    mismatch_text,
    printable_line,
    row_change_text,
    tampered_text,
)

R = V.ResultStatus


def _content(**kw):
    return dataclasses.replace(make_content(make_framework()), fingerprint="SHA256:k", **kw)


# -- score sheets ---------------------------------------------------------------------------

def test_without_a_panel_only_a_newer_export_matters() -> None:
    content = _content(sequence=3)
    assert V.sheet_status(content, None) == (V.Finding(Status.VALID), [])
    assert V.sheet_status(content, None, None, {"SHA256:k": 3}) == (V.Finding(Status.VALID), [])
    finding, mismatches = V.sheet_status(content, None, None, {"SHA256:k": 4,
                                                                  "SHA256:other": 9})
    assert finding == V.Finding(Status.SUPERSEDED, V.NEWER_EXPORT, {"sequence": 3, "newer": 4})
    assert mismatches == []


def test_a_broken_audit_log_is_a_warning_after_the_others() -> None:
    content = _content()
    assert V.warnings(content, None) == []
    broken = _content(audit_broken=["row 7"])
    assert V.warnings(broken, None, display_altered=True) == [
        str(Warning_.DISPLAY_ALTERED), str(Warning_.AUDIT_BROKEN)]


def test_finding_words_are_messages_with_their_codes_arguments() -> None:
    text = finding_text(V.Finding(Status.SUPERSEDED, V.NEWER_EXPORT, {"sequence": 3,
                                                                      "newer": 4}))
    assert isinstance(text, Message)
    assert text == "export #3; a newer export (#4) of this judge exists"
    assert text.args == {"sequence": 3, "newer": 4}
    assert finding_text(V.Finding(Status.VALID)) == ""
    assert STATUS_MESSAGES[Status.VALID].startswith("The signature is valid")


def test_tampered_names_five_cells_and_counts_the_rest() -> None:
    cells = [f"Scores!G{r}" for r in range(2, 9)]
    assert tampered_text(cells[:2], 2, "Ann") == (
        "2 cell(s) differ from what Ann signed: Scores!G2, Scores!G3. Do not use this file; "
        "ask the judge to export it again.")
    many = tampered_text(cells, 7, "Ann")
    assert "Scores!G2, Scores!G3, Scores!G4, Scores!G5, Scores!G6 and 2 more" in many
    assert "Scores!G7" not in many


def test_the_command_lines_words_for_notes_changes_and_mismatches() -> None:
    assert display_note_text(DisplayNote("rows_hidden", "Scores", items=(3, 4), count=5)) == (
        "Scores: hidden rows 3, 4 and 3 more")
    assert display_note_text(DisplayNote("styles_unchecked", detail="too large")) == (
        "the cell formats could not be checked: too large")
    assert row_change_text(RowChange("Scores", "extra", 4, 2, (("n1", "c1"),), 1)) == (
        "Scores: 2 extra rows at 4–5 (n1 / c1, …); the row below moved down")
    assert mismatch_text(Mismatch("judge_name", None, None, -1, "Ann", "Bob",
                                  cell="About!B2")) == (
        "About!B2 judge: the sheet shows Bob, the roster says Ann")


def test_printable_line_flattens_and_cuts_but_keeps_a_message() -> None:
    assert printable_line("a\nb\u202ec") == "a b c"
    assert printable_line("x" * 10, 5) == "xxxx\u2026"
    msg = Message("font size {size}", size="1")
    assert printable_line(msg) is msg


# -- result workbooks -----------------------------------------------------------------------

@pytest.mark.parametrize(("signed", "changed", "want"), [
    (R.VALID, False, R.VALID), (R.VALID, True, R.TAMPERED),
    (R.UNSIGNED, False, R.UNSIGNED), (R.UNSIGNED, True, R.TAMPERED),
    (R.BAD_SIGNATURE, True, R.BAD_SIGNATURE), (R.BAD_SIGNATURE, False, R.BAD_SIGNATURE)])
def test_changed_cells_make_a_result_tampered_unless_the_signature_is_bad(
        signed: str, changed: bool, want: str) -> None:
    assert V.result_status(signed, changed) == want


def test_a_valid_result_by_a_key_the_rule_refuses_is_an_unknown_signer() -> None:
    asked: list[tuple[str, str]] = []

    def may_sign(panel_id: str, fp: str) -> bool:
        asked.append((panel_id, fp))
        return fp == "SHA256:chair"

    assert V.result_signer_status(R.VALID, "p1", "SHA256:chair", may_sign) == R.VALID
    assert V.result_signer_status(R.VALID, "p1", "SHA256:other", may_sign) == R.UNKNOWN_SIGNER
    assert asked == [("p1", "SHA256:chair"), ("p1", "SHA256:other")]
    # tampered, unsigned or badly signed results are not asked about: their status stands
    for status in (R.TAMPERED, R.UNSIGNED, R.BAD_SIGNATURE):
        assert V.result_signer_status(status, "p1", "SHA256:other", may_sign) == status
    assert len(asked) == 2
