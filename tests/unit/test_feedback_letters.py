"""Feedback letters from a result: one per nominee, comment keys and exclusions, the rank
band, and no partial set of letters when making one fails."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import pile
from zerodx_desktop.core import feedback
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.formats.pdf import letters
from zerodx_desktop.services.merge import combine


@pytest.fixture
def result():
    return combine(PANEL, FW, pile())


def _text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_one_letter_per_nominee_with_its_own_data(tmp_path, result):
    paths = letters.write_feedback_letters(tmp_path / "out", result, with_band=True)
    assert [p.name for p in paths] == [f"feedback-{r.nominee_id}.pdf" for r in result.ranking]
    names = {r.nominee_id: r.nominee for r in result.ranking}
    for row, path in zip(result.ranking, paths, strict=True):
        text = _text(path)
        assert row.nominee in text
        assert all(other not in text for nid, other in names.items() if nid != row.nominee_id)
        assert all(j.name not in text and j.fingerprint not in text for j in result.judges)
        assert "Your place:" in text
    assert "Outstanding =SUM(A1)" in _text(paths[0])  # n1's comment, printed as text
    assert not list((tmp_path / "out").glob(".letters-*"))


def test_comment_keys_and_exclusions(tmp_path, result):
    keys = [k for k, _c in feedback.comment_keys(result)]
    assert keys == [(c.nominee_id, c.criterion_id, 1) for c in result.comments]
    assert feedback.parse_comment_key("n1:c1:1") == ("n1", "c1", 1)
    for bad in ("n1:c1", "n1:c1:0", "n1::1", "n1:c1:x"):
        with pytest.raises(UserError, match="does not name a comment"):
            feedback.parse_comment_key(bad)
    with pytest.raises(UserError, match="excluded twice"):
        feedback.check_exclusions(result, [keys[0], keys[0]])
    with pytest.raises(UserError, match="no comment n9:c1:1"):
        feedback.check_exclusions(result, [("n9", "c1", 1)])
    out = tmp_path / "out"
    paths = letters.write_feedback_letters(out, result, excluded=[keys[0]])
    assert "Outstanding" not in _text(paths[0])
    assert "judges left no comment" in _text(paths[0])


def test_a_failure_half_way_leaves_no_letters(tmp_path, result, monkeypatch):
    calls = []
    real = letters._letter_story

    def story(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(letters, "_letter_story", story)
    out = tmp_path / "out"
    with pytest.raises(OSError):
        letters.write_feedback_letters(out, result)
    assert list(out.iterdir()) == []


def test_a_file_where_the_folder_should_be(tmp_path, result):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="feedback folder is a file"):
        letters.write_feedback_letters(tmp_path / "out", result)


def test_rank_bands_split_the_ranked_nominees_in_quarters():
    from zerodx_desktop.core.feedback import RankBand, rank_band
    from zerodx_desktop.core.result import RankingRow

    def row(rank: int, score: float | None = 50.0) -> RankingRow:
        return RankingRow(rank=rank, tied=False, nominee_id=f"n{rank}", nominee="N",
                          score=score, judges=3, sd=None, min=None, max=None)

    assert [rank_band(row(r), 8) for r in range(1, 9)] == [
        RankBand.TOP, RankBand.TOP, RankBand.UPPER, RankBand.UPPER,
        RankBand.LOWER, RankBand.LOWER, RankBand.BOTTOM, RankBand.BOTTOM]
    assert rank_band(row(1, None), 8) is RankBand.NOT_RANKED
    assert rank_band(row(1), 0) is RankBand.NOT_RANKED
