"""Words at the edge: the engine's messages are ids with arguments, English where they always
were (CLI, JSON), and in the Chinese UI no English engine sentence is left (every
verification status and finding, every warning, every display-note kind, every reliability
and merge reading, every how-sure sentence walked through the Chinese merge view)."""

from __future__ import annotations

import ast
import json
import pickle
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

import zerodx_desktop
from zerodx_desktop import catalogue
from zerodx_desktop.core import aggregate as agg
from zerodx_desktop.core import verification as V
from zerodx_desktop.core.messages import Message, join_names, render
from zerodx_desktop.core.result import PanelResult, RankingRow, Reliability
from zerodx_desktop.core.sheet import (
    ChangedCell,
    DisplayNote,
    RowChange,
    SheetContent,
    SheetVerdict,
    Status,
    Warning_,
)
from zerodx_desktop.ui import i18n

ENGINE_ZH = dict(catalogue.translations(catalogue.ENGINE, "zh_CN"))

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

PACKAGE = Path(zerodx_desktop.__file__).parent
TS_ZH = PACKAGE.parent / "resources" / "translations" / "zerodx_zh_CN.ts"
# three or more words of Latin letters in a row: an English sentence (ids, file names, numbers
# and a single name or term do not match)
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z']*(?:[ \t]+[A-Za-z][A-Za-z']*){2,}")


# -- the catalogue ------------------------------------------------------------------------

def _message_ids() -> dict[str, str]:
    """Every literal ``Message("...")`` id outside the UI, with where it is."""
    out: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                out[node.args[0].value] = f"{path.name}:{node.lineno}"
    return out


def _fields(template: str) -> set[str]:
    return {f for _t, f, _s, _c in string.Formatter().parse(template) if f is not None}


def test_every_engine_message_id_has_chinese_with_the_same_placeholders():
    ids = _message_ids()
    assert len(ids) > 60  # the scan finds the engine's messages
    missing = {i: where for i, where in ids.items() if i not in ENGINE_ZH}
    assert missing == {}, "engine messages without Chinese:\n" + "\n".join(
        f"{w}: {i!r}" for i, w in missing.items())
    for source, target in ENGINE_ZH.items():
        assert _fields(source) == _fields(target), source
        assert not ENGLISH_RUN.search(re.sub(r"\{\w+\}", "", target)), target
    assert set(ENGINE_ZH) - set(ids) == set(), "catalogue entries no engine code raises"


def test_the_engine_context_lists_exactly_the_engine_ids_in_both_languages():
    """``update_translations.py`` gives lupdate the engine's ids: the context ``engine`` of
    each .ts holds exactly them (the English file as an identity translation)."""
    ids = set(_message_ids())
    assert set(catalogue.sources(catalogue.ENGINE)) == ids
    assert set(catalogue.sources(catalogue.ENGINE, "en")) == ids
    assert dict(catalogue.translations(catalogue.ENGINE, "en")) == {i: i for i in ids}
    root = ET.parse(TS_ZH).getroot()  # noqa: S314
    engine = next(c for c in root.iter("context") if c.findtext("name") == "engine")
    in_ts = {m.findtext("source"): m.findtext("translation") for m in engine.iter("message")}
    assert in_ts == ENGINE_ZH


def test_a_message_is_its_english_sentence_everywhere():
    who = join_names(["Ann", "Bob", "Cy"])
    m = Message("The panel cannot tell {names} apart: they share place {place}.", names=who,
                place=2)
    assert m == "The panel cannot tell Ann, Bob and Cy apart: they share place 2."
    assert json.dumps([m]) == json.dumps(["The panel cannot tell Ann, Bob and Cy apart: they "
                                          "share place 2."])
    back = pickle.loads(pickle.dumps(m))  # noqa: S301 -- our own bytes
    assert isinstance(back, Message) and back == m and back.id == m.id
    zh = {**ENGINE_ZH}
    assert render(m, lambda s: zh.get(s, s)) == "评审组无法区分 Ann, Bob和Cy：他们并列第 2 名。"
    # a translation with a wrong placeholder falls back to English, never raises
    assert render(m, lambda s: "{nope}" if s == m.id else s) == str(m)
    # a plain sentence is looked up as an id; an unknown one stays as it is
    assert render("good agreement", lambda s: zh.get(s, s)) == "良好的一致性"
    assert render("cannot open x.xlsx", lambda s: zh.get(s, s)) == "cannot open x.xlsx"


def test_a_sentence_read_back_from_a_workbook_is_recognised():
    """A result workbook stores the English sentences; printed or shown in Chinese, each is
    recognised by its template (arguments too) and translated like the engine's own."""
    from zerodx_desktop.core.messages import recognise

    zh = {**ENGINE_ZH}

    def tr(s: str) -> str:
        return zh.get(s, s)

    sentences = _readings() + _how_sure()[0]
    for m in sentences:
        plain = str(m)  # what the workbook gives back
        assert not isinstance(plain, Message)
        assert render(recognise(plain, ENGINE_ZH), tr) == m.render(tr), plain
    # a sentence of no template, even one with "and" in it, stays as it is
    for text in ("the file is not a zip and cannot be read", "Ann and Bob"):
        assert recognise(text, ENGINE_ZH) == text
        assert not isinstance(recognise(text, ENGINE_ZH), Message)


# -- walking the Chinese merge view -------------------------------------------------------

def _content(name: str, fp: str, seq: int = 1, exported: str = "2026-01-01T00:00:00Z",
             round_: int = 1) -> SheetContent:
    return SheetContent(judge_name=name, judge_email=f"{name.lower()}@example.org",
                        fingerprint=fp, public_key="ssh-ed25519 AAAA", panel_id="p1",
                        panel_title="Panel", round=round_, framework_id="fw",
                        framework_version="1", framework_hash="sha256:x", sequence=seq,
                        exported_at=exported)


FINDINGS = [
    (Status.UNKNOWN_JUDGE, V.NOT_ON_ROSTER, {"judge_name": "Ann", "fingerprint": "SHA256:ab"}),
    (Status.WRONG_PANEL, V.OTHER_PANEL, {"panel_id": "p2", "expected": "p1"}),
    (Status.WRONG_PANEL, V.NEWER_ROUND, {"round": 3, "panel_round": 2}),
    (Status.WRONG_FRAMEWORK, V.OTHER_FRAMEWORK,
     {"framework_id": "fw", "version": "2", "hash": "sha256:ab"}),
    (Status.WRONG_PANEL, V.NOMINEE_NOT_ON_PANEL, {"nominee_id": "n9"}),
    (Status.WRONG_FRAMEWORK, V.CRITERION_NOT_IN_FRAMEWORK, {"criterion_id": "c9"}),
    (Status.WRONG_FRAMEWORK, V.LEVEL_OFF_SCALE,
     {"nominee_id": "n1", "criterion_id": "c1", "level": 9}),
    (Status.TAMPERED, V.DUPLICATE_ROW, {"nominee_id": "n1", "criterion_id": "c1"}),
    (Status.WRONG_PANEL, V.JUDGE_NAME, {"name": "Ann", "roster_name": "Anna"}),
    (Status.WRONG_PANEL, V.NOMINEE_NAMES, {"count": 2, "first": "n1"}),
    (Status.TAMPERED, V.SUMMARY_FIGURES, {"count": 2, "first": "n1"}),
    (Status.SUPERSEDED, V.OLDER_ROUND, {"round": 1, "panel_round": 2}),
    (Status.SUPERSEDED, V.NEWER_EXPORT, {"sequence": 1, "newer": 2}),
]


def _finding_codes() -> set[str]:
    """The codes ``core.verification`` defines (its lower-case string constants)."""
    return {v for k, v in vars(V).items() if k.isupper() and isinstance(v, str)
            and re.fullmatch(r"[a-z_]+", v) and v != V.VALID}


def _merge_verdicts(tmp: Path) -> list[SheetVerdict]:
    """Every branch of the merge's copies and clashes (``core.combine._resolve``)."""
    from zerodx_desktop.core.combine import SheetDigest, _resolve

    def digest(name: str, fp: str, seq: int, key: str, *, sha: str, exported: str = "2026-01-01",
               warnings: list[str] | None = None, status: Status = Status.VALID,
               message: str = "") -> SheetDigest:
        v = SheetVerdict(file=str(tmp / name), status=status, sha256=sha,
                         content=_content(fp.upper(), fp, seq, exported),
                         warnings=list(warnings or []), message=message)
        return SheetDigest(verdict=v, content_key=key, path=v.file)

    digests = [
        # the same bytes twice; a copy of a rejected sheet
        digest("a1.xlsx", "fa", 1, "ka", sha="s1"), digest("a2.xlsx", "fa", 1, "ka", sha="s1"),
        digest("r1.xlsx", "fr", 1, "kr", sha="s2", status=Status.TAMPERED,
               message="3 cells differ"),
        digest("r2.xlsx", "fr", 1, "kr", sha="s2", status=Status.TAMPERED),
        # an older export
        digest("b1.xlsx", "fb", 1, "kb1", sha="s3"), digest("b2.xlsx", "fb", 2, "kb2", sha="s4"),
        # a second copy (same signed values), with and without warnings
        digest("c1.xlsx", "fc", 1, "kc", sha="s5"),
        digest("c2.xlsx", "fc", 1, "kc", sha="s6", warnings=["incomplete"]),
        digest("c3.xlsx", "fc", 1, "kc", sha="s7"),
        # a clash: same sequence, other values, exported at other moments / the same moment
        digest("d1.xlsx", "fd", 1, "kd1", sha="s8", exported="2026-01-01"),
        digest("d2.xlsx", "fd", 1, "kd2", sha="s9", exported="2026-01-02"),
        digest("e1.xlsx", "fe", 1, "ke1", sha="s10"), digest("e2.xlsx", "fe", 1, "ke2", sha="s11"),
    ]
    _resolve(digests)
    return [d.verdict for d in digests]


def _verdicts(tmp: Path) -> list[SheetVerdict]:
    from zerodx_desktop.core.verification_words import (
        STATUS_MESSAGES,
        finding_text,
        tampered_text,
    )
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet
    from zerodx_desktop.services.sheets import ROSTER_NOT_CHECKED, ROSTER_NOT_CHECKED_TEXT

    assert {code for _s, code, _a in FINDINGS} == _finding_codes()
    out = [SheetVerdict(file=str(tmp / f"{code}.xlsx"), status=status,
                        content=_content("Ann", "f1"),
                        message=finding_text(V.Finding(status, code, args)))
           for status, code, args in FINDINGS]
    bad = tmp / "junk.xlsx"
    bad.write_bytes(b"not a workbook")
    unreadable = verify_score_sheet(bad)
    assert unreadable.status is Status.UNREADABLE and unreadable.message
    notes = [DisplayNote("format", "Scores", "Scores!F2", "0;0;0", "3"),
             DisplayNote("font", "Scores", "Scores!F3", Message("font size {size}", size="1"), "3"),
             DisplayNote("font", "Scores", "Scores!F4", Message("symbol font {name}",
                                                                name="Wingdings"), "3"),
             DisplayNote("font", "Scores", "Scores!F5", Message(
                 "text colour {colour} on background {background}", colour="FFFFFF",
                 background="FFFFFF"), "3"),
             DisplayNote("rows_hidden", "Scores", items=(3, 4), count=5),
             DisplayNote("rows_hidden", "Scores", items=(3,), count=1),
             DisplayNote("columns_hidden", "Summary", items=("C", "D"), count=4),
             DisplayNote("columns_hidden", "Summary", items=("C",), count=1),
             DisplayNote("conditional_format", "Scores", detail="F2:F9"),
             DisplayNote("conditional_format", "Scores"),
             DisplayNote("zeros_hidden", "Scores"),
             DisplayNote("layout", "Scores", detail=Message("default column width {width}",
                                                            width="0.1")),
             DisplayNote("layout", "Scores", detail=Message("merged cells {cells}",
                                                            cells="A1:B2")),
             DisplayNote("layout", "Scores",
                         detail=Message("a drawing or text box over the cells"))]
    changes = [RowChange("Scores", change, 4, rows, (("n1", "c1"), ("", "")), moved)
               for change in ("missing", "extra") for rows in (1, 3) for moved in (0, 1, 2)]
    valid = SheetVerdict(file=str(tmp / "valid.xlsx"), status=Status.VALID,
                         content=_content("Ann", "f1"), message=STATUS_MESSAGES[Status.VALID],
                         warnings=[str(w) for w in Warning_], display_altered=notes,
                         display_altered_total=len(notes) + 4)
    roster = SheetVerdict(file=str(tmp / "roster.xlsx"), status=Status.VALID,
                          content=_content("Ann", "f1"), message=ROSTER_NOT_CHECKED_TEXT,
                          warnings=[ROSTER_NOT_CHECKED])
    cells = [ChangedCell(f"Scores!F{r}", "3", "4") for r in range(2, 9)]
    tampered = [SheetVerdict(file=str(tmp / f"t{n}.xlsx"), status=Status.TAMPERED,
                             content=_content("Ann", "f1"), changed_cells=cells[:n],
                             row_changes=changes,
                             message=tampered_text([c.cell for c in cells[:n]], n, "Ann"))
                for n in (1, 7)]
    # the engine's message when the changed cells are not listed (the stock sentence is not
    # used then)
    tampered.append(SheetVerdict(file=str(tmp / "t0.xlsx"), status=Status.TAMPERED,
                                 message=tampered_text(["Scores!F2"] * 5, 9, "Ann")))
    bad_sig = SheetVerdict(file=str(tmp / "sig.xlsx"), status=Status.BAD_SIGNATURE,
                           message=STATUS_MESSAGES[Status.BAD_SIGNATURE])
    walked = [*out, unreadable, valid, roster, *tampered, bad_sig, *_merge_verdicts(tmp)]
    assert {v.status for v in walked} == set(Status)
    return walked


def _readings() -> list[str]:
    """Every branch of the reliability reading (``core.combine._reading``)."""
    from zerodx_desktop.core.combine import _reading
    from zerodx_desktop.core.stats import icc_incomplete, kendall_w_incomplete

    reasons = [icc_incomplete(np.array([[50.0, 60.0]])).icc_2_1.reason,  # one judge
               icc_incomplete(np.array([[50.0], [60.0]])).icc_2_1.reason,  # one nominee
               icc_incomplete(np.array([[50.0, 50.0], [50.0, 50.0]])).icc_2_1.reason,
               icc_incomplete(np.array([[50.0, np.nan, 60.0], [np.nan, 70.0, 55.0]])
                              ).icc_2_1.reason,
               kendall_w_incomplete(np.array([[50.0, 60.0]]))[0].reason,
               kendall_w_incomplete(np.array([[50.0], [60.0]]))[0].reason,
               kendall_w_incomplete(np.array([[50.0, 50.0], [60.0, 60.0]]))[0].reason,
               kendall_w_incomplete(np.array([[50.0, 60.0, np.nan, np.nan],
                                              [np.nan, np.nan, 50.0, 60.0]]))[0].reason]
    assert all(reasons) and all(isinstance(r, Message) for r in reasons)
    out: list[str] = []
    names = ["Ann", "Bob", "Cy"]
    for i, reason in enumerate(reasons):
        rel = Reliability(reasons={"krippendorff_alpha_interval": reason, "icc_2_1": reason,
                                   "kendall_w": reason})
        out += _reading(rel, [], [], [], [], [])
        if i == 0:  # alpha missing without a stated reason
            out += _reading(Reliability(reasons={"icc_2_1": reason}), [], [], [], [], [])
    for alpha, w, method in ((0.9, 0.8, "complete"), (0.7, 0.5, "pairwise"),
                             (0.3, 0.2, "complete"), (-0.2, 0.75, "pairwise")):
        rel = Reliability(krippendorff_alpha_interval=alpha, icc_2_1=0.5, icc_3_1=0.6,
                          icc_2_k=0.8, kendall_w=w, kendall_w_method=method, n_nominees=5,
                          n_judges=3, per_criterion_alpha={"c1": 0.2, "c2": 0.9})
        out += _reading(rel, ["Autonomy", "Value"], ["c1", "c2"], names, [-8.0, 0.5, 7.5],
                        [0.1, 0.9, 0.8], icc_k=2.5)
    out += _reading(Reliability(krippendorff_alpha_interval=0.5, icc_2_1=0.5, icc_3_1=0.5,
                                icc_2_k=0.5), [], [], [], [], [])
    return out


def _row(rank: int, nid: str, score: float | None = 50.0) -> RankingRow:
    return RankingRow(rank=rank, tied=False, nominee_id=nid, nominee=f"N{nid}", score=score,
                      judges=3, sd=1.0, min=40.0, max=60.0)


def _how_sure() -> tuple[list[str], list[str]]:
    """(sentences, bootstrap notes): every branch of ``aggregate.separation``, the bootstrap's
    notes and the note on an incomplete design."""
    from zerodx_desktop.core.combine import _adjusted_note

    notes = [agg.bootstrap(np.array([[50.0, 60.0]]), "mean").note,
             agg.bootstrap(np.array([[50.0], [60.0]]), "mean").note,
             agg.bootstrap(np.full((2, agg.SCHULZE_BOOTSTRAP_MAX + 1), 50.0), "schulze").note]
    assert all(notes)
    ids = ["a", "b", "c", "d", "e"]
    names = {i: f"N{i}" for i in ids}
    out: list[str] = []
    for note in [*notes, ""]:
        out += agg.separation(ids, names, [1, 2, 3, 4, 5],
                              agg.Uncertainty([None] * 5, [None] * 5, note=note))
    ranks = [1, 2, 3, 4, 5]
    # a clear winner, then two sharing a place, then overlapping intervals, the rest clear
    out += agg.separation(ids, names, ranks, agg.Uncertainty(
        [0.97, 0.03, 0.0, 0.0, 0.0], [(1, 1), (2, 2), (2, 2), (4, 5), (4, 5)], resamples=1000))
    # no clear winner
    out += agg.separation(ids, names, ranks, agg.Uncertainty(
        [0.5, 0.4, 0.1, 0.0, 0.0], [(1, 2), (1, 3), (3, 3), (4, 4), (5, 5)], resamples=1000))
    # every place clearly separated
    out += agg.separation(ids, names, ranks, agg.Uncertainty(
        [1.0, 0.0, 0.0, 0.0, 0.0], [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)], resamples=1000))
    out.append(_adjusted_note([_row(1, "a")], [_row(1, "a")]))
    out.append(_adjusted_note([_row(1, "a"), _row(1, "b")], [_row(1, "c")]))
    return out, notes


@pytest.fixture
def chinese_view(qtbot, home, monkeypatch):
    from zerodx_desktop.ui import merge_view

    monkeypatch.setattr(merge_view, "_warn", lambda *_a: None)
    monkeypatch.setattr(merge_view, "_inform", lambda *_a: None)
    i18n.apply_language(i18n.CHINESE)
    v = merge_view.MergeView(home)
    qtbot.addWidget(v)
    v.resize(1200, 900)
    yield v
    v.close()
    i18n.apply_language(i18n.ENGLISH)


def _english_left(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH_RUN.search(t)]


def test_no_english_engine_sentence_in_the_chinese_merge_view(chinese_view, tmp_path):
    from PySide6.QtCore import Qt

    from zerodx_desktop.ui.sheets_model import details_text

    view = chinese_view
    verdicts = _verdicts(tmp_path)
    english = [v.message for v in verdicts if v.message]
    assert len(_english_left(english)) > 20  # the engine speaks English: the walk has teeth
    view.sheets_model.add_files([Path(v.file) for v in verdicts])
    view.sheets_model.set_verdicts(verdicts)
    model = view.sheets_model
    shown: list[str] = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    shown.append(value)
    # the details pane: an unreadable file's own detail (from the file reader) is shown
    # beside the translated stock sentence, so that verdict is left out here
    shown += [details_text(Path(v.file), v) for v in verdicts
              if v.status is not Status.UNREADABLE]
    assert _english_left(shown) == []

    readings = _readings()
    sentences, notes = _how_sure()
    # in English they are sentences (all but a short "Clearly placed: Na.")
    assert len(_english_left(readings + sentences)) >= len(readings + sentences) - 1
    rel = Reliability(krippendorff_alpha_interval=None, reading=readings,
                      reasons={"icc_2_1": Message("needs a nominee scored by at least two "
                                                  "judges")})
    texts: list[str] = []
    for note in notes:
        result = PanelResult(
            panel_id="p1", panel_title="Panel", round=1, framework_id="fw",
            framework_version="1", framework_hash="sha256:x", method="mean",
            ranking=[_row(1, "a")], by_method={"mean": [_row(1, "a")]},
            sensitivity=sentences, reliability=rel, bootstrap_note=note)
        view.result = result
        view._show_result_texts()
        texts += [view.reading_label.text(), view.uncertainty_label.text(),
                  view.sensitivity_label.text(), view.icc21_label.toolTip()]
    assert all(texts)
    assert _english_left(texts) == []
    # the same result in English reads as the engine wrote it
    i18n.apply_language(i18n.ENGLISH)
    view._show_result_texts()
    assert view.reading_label.text() == "\n".join(f"• {s}" for s in readings)
