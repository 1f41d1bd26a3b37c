"""Property: any text a judge can type survives export -> verify as valid, NFC-normalised."""

from __future__ import annotations

import dataclasses
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.factories import NOMINEES, make_content, make_framework, make_panel
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import Nominee
from zerodx_desktop.core.sheet import DeclaredConflict, Status
from zerodx_desktop.formats import score_sheet_verify
from zerodx_desktop.formats.score_sheet import write_score_sheet
from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
from zerodx_desktop.formats.signing import Identity

FW = make_framework()
JUDGE = Identity.generate("Zhang Wěi", "zhang@example.org")
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

printable = st.characters(blacklist_categories=("Cc", "Cs"),
                          blacklist_characters="\ufffe\uffff")
typed_text = st.text(st.one_of(printable, st.sampled_from(["\n", "\t"])), max_size=120)
texts = st.one_of(
    typed_text,
    typed_text.map(lambda s: unicodedata.normalize("NFD", s)),
    st.text(st.sampled_from("海湾人单合一零距离生态链小微企业"), min_size=1, max_size=60),
    st.text(st.sampled_from("éèêëçñüöåøæÅÉ"), max_size=40).map(
        lambda s: unicodedata.normalize("NFD", s)),
    st.tuples(st.sampled_from(["=", "+", "-", "@", "\t", "#N/A", "=HYPERLINK("]), typed_text)
    .map("".join),
)
CONTROL = st.sampled_from([chr(c) for c in [*range(0, 9), 11, 12, 13, *range(14, 32),
                                            *range(0x7F, 0xA0)]])


def _export(comment: str, name: str = "Example Co.", reason: str = "") -> tuple:
    panel = make_panel(FW, [JUDGE])
    panel = dataclasses.replace(panel, nominees=(Nominee("n-001", name), *NOMINEES[1:]))
    content = make_content(FW, conflicts=[DeclaredConflict("n-003", reason)] if reason else [])
    content.scores[0] = dataclasses.replace(content.scores[0], comment=comment)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.xlsx"
        write_score_sheet(path, content, FW, panel, JUDGE)
        return _verify_both_ways(path, panel)


def _verify_both_ways(path: Path, panel) -> object:
    """Verify as the app does (a file exactly as written skips the readers: it must) and
    again through both readers; the two verdicts must agree."""
    ran: list[int] = []
    real = score_sheet_verify.compare_sheet

    def spy(*a, **k):
        ran.append(1)
        return real(*a, **k)

    score_sheet_verify.compare_sheet = spy
    try:
        quick = verify_score_sheet(path, panel)
        assert ran == [] or quick.status is not Status.VALID, "the writer's file is not as written"
        score_sheet_verify.AS_WRITTEN = False
        full = verify_score_sheet(path, panel)
    finally:
        score_sheet_verify.compare_sheet = real
        score_sheet_verify.AS_WRITTEN = True
    assert ran, "the full comparison did not run"
    assert (quick.status, quick.message) == (full.status, full.message)
    return full


@SETTINGS
@given(comment=texts)
@example(comment="x" * 32_767)
@example(comment="海" * 32_767)
@example(comment="=" + "e\u0301" * 16_383)  # NFD, 32,767 code points, 16,384 after NFC
@example(comment="  leading and trailing  \n\n")
@example(comment="\t")
def test_any_comment_round_trips_as_valid(comment):
    v = _export(comment)
    assert v.status is Status.VALID, (v.message, v.changed_cells[:3])
    assert v.content.scores[0].comment == unicodedata.normalize("NFC", comment)


@SETTINGS
@given(name=texts.filter(lambda s: s.strip() != ""), reason=texts.filter(bool))
def test_any_name_and_reason_round_trip(name, reason):
    v = _export("ok", name=name, reason=reason)
    assert v.status is Status.VALID, (v.message, v.changed_cells[:3])
    assert v.content.conflicts == [DeclaredConflict("n-003",
                                                    unicodedata.normalize("NFC", reason))]


@SETTINGS
@given(before=typed_text, bad=CONTROL, after=typed_text)
def test_control_characters_are_rejected(before, bad, after):
    with pytest.raises(UserError) as err:
        _export(before + bad + after)
    assert "control character" in err.value.message
    assert f"U+{ord(bad):04X}" in err.value.message


def test_too_long_is_rejected_not_cut():
    with pytest.raises(UserError) as err:
        _export("x" * 32_768)
    assert "32,767" in err.value.message
    with pytest.raises(UserError):
        _export("𠀀" * 16_384)  # 16,384 astral characters = 32,768 UTF-16 units in Excel
