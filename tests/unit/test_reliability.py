"""Reliability judgements live once, in core (bands and thresholds as codes and numbers); the
engine's reading and the printed report both say them from that source."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import pile
from zerodx_desktop import catalogue
from zerodx_desktop.core import reliability as rel
from zerodx_desktop.core.combine import alpha_words
from zerodx_desktop.core.messages import render
from zerodx_desktop.core.reliability import AlphaBand, OrderBand
from zerodx_desktop.formats.pdf.report import write_report
from zerodx_desktop.services.merge import combine


def _flat(path: Path) -> str:
    """The PDF's text with every space and line break taken out (wrapping moves them)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return "".join(out.split())


@pytest.mark.parametrize(("alpha", "band"), [
    (1.0, AlphaBand.GOOD), (0.8, AlphaBand.GOOD), (0.7999, AlphaBand.TENTATIVE),
    (0.667, AlphaBand.TENTATIVE), (0.6669, AlphaBand.WEAK), (0.0, AlphaBand.WEAK),
    (-0.01, AlphaBand.SYSTEMATIC)])
def test_alpha_bands_follow_krippendorff(alpha: float, band: AlphaBand) -> None:
    assert rel.alpha_band(alpha) is band
    assert rel.below_tentative(alpha) == (band in (AlphaBand.WEAK, AlphaBand.SYSTEMATIC))


def test_order_bands_and_judge_thresholds() -> None:
    assert [rel.order_band(w) for w in (0.9, 0.7, 0.69, 0.4, 0.39, 0.0)] == [
        OrderBand.STRONG, OrderBand.STRONG, OrderBand.PARTIAL, OrderBand.PARTIAL,
        OrderBand.WEAK, OrderBand.WEAK]
    assert not rel.below_tentative(None)  # not computed is not flagged
    assert [rel.far_from_panel(s) for s in (5.0, 5.01, -5.0, -5.01)] == [
        False, True, False, True]
    assert rel.follows_weakly(0.29) and not rel.follows_weakly(0.3)


def test_the_engine_words_are_one_per_band() -> None:
    said = {rel.alpha_band(a): alpha_words(a) for a in (0.9, 0.7, 0.3, -0.2)}
    assert set(said) == set(AlphaBand)
    assert len(set(said.values())) == len(AlphaBand)
    assert alpha_words(rel.ALPHA_TENTATIVE) == said[AlphaBand.TENTATIVE]
    assert alpha_words(rel.ALPHA_RELIABLE) == said[AlphaBand.GOOD]
    engine_zh = catalogue.translations(catalogue.ENGINE, "zh_CN")
    assert all(str(words) in engine_zh for words in said.values())


def test_the_report_prints_the_engines_reading_in_its_language(tmp_path: Path) -> None:
    result = combine(PANEL, FW, pile())
    assert result.reliability.reading
    en, zh = tmp_path / "en.pdf", tmp_path / "zh.pdf"
    write_report(en, result)
    write_report(zh, result, lang="zh_CN")
    text_en, text_zh = _flat(en), _flat(zh)
    engine_zh = catalogue.translations(catalogue.ENGINE, "zh_CN")
    for sentence in result.reliability.reading:
        assert "".join(str(sentence).split()) in text_en
        chinese = render(sentence, lambda i: engine_zh.get(i, i))
        assert chinese != str(sentence)
        assert "".join(chinese.split()) in text_zh
    # the thresholds printed beside alpha are core's
    assert f"≥{rel.ALPHA_RELIABLE:.2f}isreliable,≥{rel.ALPHA_TENTATIVE:.3f}" in text_en
    assert f"≥{rel.ALPHA_RELIABLE:.2f}为可靠，≥{rel.ALPHA_TENTATIVE:.3f}" in text_zh


def test_without_a_reading_the_report_invents_none(tmp_path: Path) -> None:
    result = combine(PANEL, FW, pile())
    assert result.reliability.krippendorff_alpha_interval is not None
    result.reliability.reading = []
    path = tmp_path / "r.pdf"
    write_report(path, result)
    text = _flat(path)
    assert "Krippendorff'salpha" in text  # the table is still there
    assert "Reading" not in text and "Alphais" not in text
