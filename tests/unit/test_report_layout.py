"""Layout of the PDFs, read back from the pages: certificates never cut a name, footers never
overlap, the score card says what it is and flags missing justifications, the report names
files without their folders and says each sheet's status, and right-to-left text that wraps
reads from its first line on."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import RESULT_SHA, criterion_ids, make_result
from tests.factories import report_framework as sample_framework
from tests.tools import assert_fonts_embedded, pdftotext
from zerodx_desktop.core.result import Comment, JudgeRow
from zerodx_desktop.formats.pdf import fonts
from zerodx_desktop.formats.pdf.certificates import (
    CERT_NAME_FLOOR,
    certificate_name_sizes,
    write_certificates,
)
from zerodx_desktop.formats.pdf.pages import FOOTER_SIZE, footer_layout
from zerodx_desktop.formats.pdf.report import write_report
from zerodx_desktop.formats.pdf.scorecard import MISSING_COMMENT, write_judge_scorecard
from zerodx_desktop.formats.pdf.words import file_name, strip_paths

ARABIC_WORDS = ("شركة الابتكار للتقنية والحلول الرقمية المتقدمة في الشرق الأوسط وشمال "
                "أفريقيا").split()
ARABIC_LONG = " ".join(ARABIC_WORDS * 3 + ["نهاية"])  # first word شركة, last word نهاية


@dataclass
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page_w: float
    page_h: float


def words(path: Path) -> list[Word]:
    """Every word with its box (points, origin top left), from ``pdftotext -bbox``."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    found: list[Word] = []
    for i, page in enumerate(re.findall(r"<page (.*?)</page>", out, re.S), start=1):
        pw, ph = (float(x) for x in re.match(r'width="([\d.]+)" height="([\d.]+)"',
                                              page).groups())  # type: ignore[union-attr]
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>", page):
            found.append(Word(i, html.unescape(text), float(x0), float(y0), float(x1),
                              float(y1), pw, ph))
    return found


def overlapping(ws: list[Word]) -> list[tuple[str, str]]:
    bad = []
    for i, a in enumerate(ws):
        for b in ws[i + 1:]:
            if (a.page == b.page and min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5
                    and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5):
                bad.append((a.text, b.text))
    return bad


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ---------------------------------------------------------------------------------------
# 1. certificates


@pytest.mark.parametrize("length", [300, 2000])
def test_certificate_prints_a_long_name_whole_inside_the_page(tmp_path: Path,
                                                              length: int) -> None:
    result = make_result(3)
    body = ("Cooperative of Extraordinarily Long Names for Certificates " * 60)
    name = body[:length - len(" END-OF-NAME")].rstrip() + " END-OF-NAME"
    result.ranking[0].nominee = name
    path = tmp_path / "certs.pdf"
    write_certificates(path, result, 1, result_sha256=RESULT_SHA)
    text = pdftotext(path)
    assert squash(name) in squash(text)
    assert "…" not in text
    ws = [w for w in words(path) if w.page == 1]
    place = next(w for w in ws if w.text == "place")
    end = next(w for w in ws if w.text == "END-OF-NAME")
    assert end.y1 <= place.y0  # the name ends above "1st place"
    caption = next(w for w in ws if w.text == "Organizer")
    assert place.y1 < caption.y0
    for w in ws:  # everything inside the page's double border (8 pt in from the frame)
        assert 14 * 72 / 25.4 < w.x0 and w.x1 < w.page_w - 14 * 72 / 25.4, w
        assert 16 * 72 / 25.4 < w.y0 and w.y1 < w.page_h - 16 * 72 / 25.4, w
    assert not overlapping(ws)
    assert_fonts_embedded(path)


def test_certificate_name_shrinks_to_the_floor_before_wrapping_further() -> None:
    sizes = certificate_name_sizes()
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 34 and CERT_NAME_FLOOR in sizes
    assert min(sizes) >= 4


def test_certificate_short_name_keeps_its_large_size(tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = make_result(3)
    path = tmp_path / "c.pdf"
    write_certificates(path, result, 1)
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if result.ranking[0].nominee.split()[0] in text:
            sizes.append(size * tm[0])

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    assert sizes and max(sizes) == pytest.approx(34, abs=0.1)


def test_certificate_right_to_left_name_wraps_from_its_first_word(tmp_path: Path) -> None:
    result = make_result(3)
    result.ranking[0].nominee = ARABIC_LONG
    path = tmp_path / "c.pdf"
    write_certificates(path, result, 1)
    lines = [unicodedata.normalize("NFKC", ln).strip() for ln in pdftotext(path).splitlines()]
    name_lines = [ln for ln in lines if any(w in ln for w in [*ARABIC_WORDS, "نهاية"])]
    assert len(name_lines) >= 2
    assert name_lines[0].strip("\u202b\u202c ").startswith("شركة")
    assert "نهاية" in name_lines[-1] and "نهاية" not in "".join(name_lines[:-1])


# ---------------------------------------------------------------------------------------
# 2. footers


def scorecard(tmp_path: Path, *, judge: str = "李明", fingerprint: str = "SHA256:likey",
              sequence: int = 0, comments: dict[int, str] | None = None,
              levels: dict[int, int] | None = None, email: str = "li@example.org") -> Path:
    from zerodx_desktop.core.panel import JudgeEntry, Nominee, Panel
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent

    fw = sample_framework()  # require_comment_for = {1, 5}
    panel = Panel(id="p1", title="ZeroDX Awards 2024", round=1, method="mean", framework={},
                  judges=(JudgeEntry(judge, email, "ssh-ed25519 AAAA", fingerprint),),
                  nominees=(Nominee("n-001", "Harbor Smart Home"),
                            Nominee("n-002", "Atelier Lumière")))
    comments = comments or {}
    levels = levels or {}
    scores = [ScoreRow("n-001", c, levels.get(i, 3), comments.get(i, ""))
              for i, c in enumerate(criterion_ids())]
    scores += [ScoreRow("n-002", c, 4, "") for c in criterion_ids()]
    content = SheetContent(
        judge_name=judge, judge_email=email, fingerprint=fingerprint,
        public_key="ssh-ed25519 AAAA", panel_id="p1", panel_title="ZeroDX Awards 2024",
        round=1, framework_id="rendanheyi-sample", framework_version="2024.1",
        framework_hash="sha256:" + "c" * 64, sequence=sequence,
        exported_at="2026-11-29T00:30:00Z", scores=scores, conflicts=[])
    path = tmp_path / f"card-{len(judge)}-{sequence}-{len(email)}.pdf"
    write_judge_scorecard(path, content, fw, panel)  # type: ignore[arg-type]
    return path


def footer_words(path: Path) -> list[Word]:
    return [w for w in words(path) if w.y0 > w.page_h - 13 * 72 / 25.4]


@pytest.mark.parametrize("judge", [
    "Li",
    "Bartholomew Alexander Montgomery-Featherstonehaugh the Third",
    "Judge " + "Wolfeschlegelsteinhausenbergerdorff " * 6,
    "海湾人单合一模式零距离" * 8,
])
def test_scorecard_footer_texts_never_overlap(tmp_path: Path, judge: str) -> None:
    path = scorecard(tmp_path, judge=judge,
                     fingerprint="SHA256:" + "Abc123xYz" * 5 + "Q")
    fw = footer_words(path)
    assert fw
    assert not overlapping(fw), overlapping(fw)
    text = pdftotext(path)
    assert text.count("Judge key: SHA256:" + "Abc123xYz" * 5 + "Q") == 2  # both pages
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    for w in fw:  # nothing runs off the page or below the paper's printable edge
        assert 15 * 72 / 25.4 - 1 <= w.x0 and w.x1 <= w.page_w - 15 * 72 / 25.4 + 1
        assert w.y1 < w.page_h - 3 * 72 / 25.4


@pytest.mark.parametrize("label_len", [0, 10, 40, 80, 120, 400])
@pytest.mark.parametrize("note_len", [10, 30, 60, 120])
def test_footer_layout_boxes_are_disjoint(label_len: int, note_len: int) -> None:
    fonts.register_fonts()
    w, m = 595.27, 15 * 72 / 25.4
    placed = footer_layout("L" * label_len, "N" * note_len, "Page 88 of 88", w, m)
    boxes = []
    for x, y, text, font, align in placed:
        tw = fonts.string_width(text, font, FOOTER_SIZE)
        x0 = x - tw if align == "right" else x - tw / 2 if align == "center" else x
        boxes.append((x0, x0 + tw, y))
        assert m - 0.01 <= x0 and x0 + tw <= w - m + 0.01
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if abs(a[2] - b[2]) < FOOTER_SIZE:
                assert a[1] <= b[0] or b[1] <= a[0], (placed, a, b)


def test_report_footer_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_report(path, make_result(2), result_sha256=RESULT_SHA)
    fw = footer_words(path)
    assert not overlapping(fw)
    first = [w for w in fw if w.page == 1]
    code = next(w for w in first if w.text == "ZDX-7F3A-91C2")
    page = next(w for w in first if w.text == "Page")
    assert abs(code.y0 - page.y0) < 1  # short note: label, code and page number share a line


# ---------------------------------------------------------------------------------------
# 3. score card content


def test_scorecard_working_copy_is_not_called_an_export(tmp_path: Path) -> None:
    text = " ".join(pdftotext(scorecard(tmp_path)).split())
    assert "Working copy printed 2026-11-29T00:30:00Z — not a signed export" in text
    assert "sequence 0" not in text and "exported 2026" not in text
    exported = " ".join(pdftotext(scorecard(tmp_path, sequence=4)).split())
    assert "sequence 4, exported 2026-11-29T00:30:00Z" in exported
    assert "Working copy" not in exported


def test_every_page_of_a_working_copy_says_so_in_its_footer(tmp_path: Path) -> None:
    path = scorecard(tmp_path)
    pages = pdftotext(path).split("\f")
    pages = [" ".join(p.split()) for p in pages if p.strip()]
    assert pages and all("Working copy, not a signed export · Judge key: SHA256:likey" in p
                         for p in pages)
    assert not overlapping(footer_words(path))


def test_print_scorecard_prints_a_working_copy(home: Path, tmp_path: Path) -> None:
    """Ctrl+P in the judge workspace: the card of a demo judge's unexported scores."""
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.services.export import print_scorecard

    prepare_demo_home(home)
    path = print_scorecard(home, tmp_path / "card.pdf")
    text = " ".join(pdftotext(path).split())
    assert re.search(r"Working copy printed \d{4}-\d\d-\d\dT[\d:]+Z — not a signed export",
                     text)
    assert "sequence 0" not in text
    assert not overlapping(footer_words(path))


def test_scorecard_flags_levels_missing_a_required_comment(tmp_path: Path) -> None:
    # criterion 0 at level 5 without a comment, 3 at level 1 with one, 5 at level 1 blank
    path = scorecard(tmp_path, levels={0: 5, 3: 1, 5: 1},
                     comments={3: "Traditional hierarchy throughout.", 5: "   "})
    text = pdftotext(path)
    flat = " ".join(text.split())
    assert flat.count(MISSING_COMMENT) == 2
    assert "2 scores at level 1 or 5 need a comment that says why, and have none" in flat
    lines = text.splitlines()
    flagged = [i for i, ln in enumerate(lines) if "Comment required" in ln]
    q0, q5 = "Level of Organizational Autonomy: question 1?", "Organizational Structure: " \
                                                              "question 3?"
    for q in (q0, q5):
        i = next(i for i, ln in enumerate(lines) if q in ln)
        assert any(abs(i - f) <= 1 for f in flagged), q
    q3 = next(i for i, ln in enumerate(lines) if "Organizational Structure: question 1?" in ln)
    assert not any(abs(q3 - f) <= 1 for f in flagged)
    clean_card = pdftotext(scorecard(tmp_path, levels={0: 5}, comments={0: "Leads.",
                                                                      }, judge="Li2"))
    assert MISSING_COMMENT not in clean_card


def framework_with(n_criteria: int) -> object:
    """The sample framework's shape with ``n_criteria`` criteria in one domain."""
    from zerodx_desktop.core.framework import Criterion, Dimension, Domain, Framework, Scale
    from zerodx_desktop.core.text import Text

    base = sample_framework()
    crits = tuple(Criterion(f"d.c{i}", Text.of(f"Question {i}?"), Text.of(""), 1.0, {}, "d",
                            "d.dim") for i in range(n_criteria))
    scale: Scale = base.scale  # type: ignore[attr-defined]
    return Framework("rendanheyi-sample", "2024.1", Text.of("Sample"), scale,
                     (Domain("d", Text.of("Domain"), 1.0,
                             (Dimension("d.dim", Text.of("Dimension"), 1.0, crits),)),),
                     frozenset({1, 5}), True, {}, "sha256:" + "c" * 64)


def test_scorecard_comments_heading_never_ends_a_page_alone(tmp_path: Path) -> None:
    """However long the table above it, "Comments" starts on the same page as the criterion
    and the comment under it."""
    from zerodx_desktop.core.panel import Nominee, Panel
    from zerodx_desktop.core.sheet import ScoreRow, SheetContent

    comment = "Evidence of self-organising teams. " * 6
    panel = Panel(id="p1", title="T", round=1, method="mean", framework={}, judges=(),
                  nominees=(Nominee("n-001", "Harbor Smart Home"),))
    for n in range(30, 44):
        fw = framework_with(n)
        scores = [ScoreRow("n-001", f"d.c{i}", 3, comment if i == n - 1 else "")
                  for i in range(n)]
        content = SheetContent(
            judge_name="Li", judge_email="li@example.org", fingerprint="SHA256:li",
            public_key="", panel_id="p1", panel_title="T", round=1,
            framework_id="rendanheyi-sample", framework_version="2024.1", framework_hash="",
            sequence=1, exported_at="2026-11-29T00:30:00Z", scores=scores, conflicts=[])
        path = tmp_path / f"c{n}.pdf"
        write_judge_scorecard(path, content, fw, panel)  # type: ignore[arg-type]
        pages = [p for p in pdftotext(path).split("\f") if p.strip()]
        heading = next(i for i, p in enumerate(pages)
                       if re.search(r"^\s*Comments\s*$", p, re.M))
        after = pages[heading].split("Comments", 1)[1]
        assert f"Question {n - 1}?" in after, n
        assert "Evidence of self-organising teams." in after, n


# ---------------------------------------------------------------------------------------
# 4. the report's panel composition and verification appendix


def report_with_bad_sheets(tmp_path: Path) -> tuple[Path, str]:
    result = make_result(2)
    result.judges.append(JudgeRow(
        name="", fingerprint="", status="unreadable", file="/tmp/chair-home/in box/garbage.xlsx",
        sha256="ee" * 32, message="/tmp/chair-home/in box/garbage.xlsx: not a spreadsheet "
                                  "(.xlsx): the file is damaged"))
    result.judges.append(JudgeRow(
        name="Wanda Wrongpanel", fingerprint="SHA256:wanda", status="wrong_panel",
        file="C:\\Users\\chair\\Desktop\\wanda.xlsx", sha256="dd" * 32,
        message="made for panel other-2024, see C:\\Users\\chair\\Desktop\\wanda.xlsx"))
    result.inputs.append(("/tmp/chair-home/in box/garbage.xlsx", "ee" * 32))
    path = tmp_path / "r.pdf"
    write_report(path, result, result_sha256=RESULT_SHA)
    return path, pdftotext(path)


def test_report_prints_file_names_never_folders(tmp_path: Path) -> None:
    _path, text = report_with_bad_sheets(tmp_path)
    flat = " ".join(text.split())
    assert "chair-home" not in text and "Users" not in text and "Desktop\\" not in text
    assert "in box" not in flat
    assert "garbage.xlsx: not a spreadsheet (.xlsx)" in flat
    assert "see wanda.xlsx" in flat
    assert flat.count("garbage.xlsx") >= 3  # composition, appendix, input files


def test_composition_says_warnings_in_words_and_names_each_file(tmp_path: Path) -> None:
    result = make_result(2)
    twin = result.judges[0]
    result.judges.append(JudgeRow(
        name=twin.name, fingerprint=twin.fingerprint, status="superseded",
        file="/home/chair/copy.xlsx", sha256="cc" * 32, warnings=["display_altered"],
        message="a second copy of a.xlsx (the same signed values); that copy is used"))
    path = tmp_path / "r.pdf"
    write_report(path, result, result_sha256=RESULT_SHA)
    flat = " ".join(pdftotext(path).split())
    assert "display_altered" not in flat
    assert "formatting shows values other than the signed" in flat  # (the cell wraps)
    assert f"{twin.name} (copy.xlsx)" in flat  # the two rows of one judge told apart


def test_strip_paths_keeps_ordinary_slashes() -> None:
    assert strip_paths("ratio 4/5 and a/b stay") == "ratio 4/5 and a/b stay"
    # a lone slash between words is not a path (a row change names "n-005 / c-2.1")
    assert strip_paths("row 12 (n-005 / c-2.1) missing") == \
        "row 12 (n-005 / c-2.1) missing"
    assert strip_paths("level 3 / 5") == "level 3 / 5"
    assert strip_paths("/srv/x/a.xlsx: bad", "a.xlsx") == "a.xlsx: bad"
    assert file_name("D:\\in\\b.xlsx") == "b.xlsx"
    assert file_name("b.xlsx") == "b.xlsx"


def test_verification_appendix_says_each_sheets_status(tmp_path: Path) -> None:
    _path, text = report_with_bad_sheets(tmp_path)
    appendix = text[text.index("Judges' sheets"):text.index("Input files")]
    flat = " ".join(appendix.split())
    assert 'Only sheets with the status "valid" count towards the result (5 of 8)' in flat
    rows = {"Mallory": "tampered", "Wanda Wrongpanel": "wrong panel",
            "Ada Lovelace": "valid"}
    lines = appendix.splitlines()
    for who, status in rows.items():
        i = next(i for i, ln in enumerate(lines) if who in ln)
        assert status in lines[i], (who, lines[i])
        counted = "not counted" if status != "valid" else "counted"
        assert counted in " ".join(lines[i:i + 2]), who
    assert appendix.count("not counted") == 3
    assert "unreadable" in appendix


# ---------------------------------------------------------------------------------------
# 5. right-to-left text that wraps


def logical(line: str) -> str:
    """A drawn all-Arabic line back in logical order (presentation forms folded)."""
    return unicodedata.normalize("NFKC", line[::-1])


def test_wrapped_arabic_breaks_in_logical_order() -> None:
    fonts.register_fonts()
    lines = fonts.wrap_visual(ARABIC_LONG, fonts.SANS, 10, 150)
    assert len(lines) > 3
    back = [logical(ln) for ln in lines]
    assert " ".join(back) == ARABIC_LONG
    assert back[0].startswith("شركة") and back[-1].endswith("نهاية")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for ln in lines:
        assert sum(stringWidth(p, f, 10) for f, p in fonts.runs(ln, fonts.SANS)) <= 150


def test_wrap_visual_first_line_width_and_mixed_text() -> None:
    fonts.register_fonts()
    lines = fonts.wrap_visual(ARABIC_LONG, fonts.SANS, 10, 300, first_width=60)
    assert len(logical(lines[0]).split()) <= 2
    # a right-to-left paragraph with Latin words: each line keeps its words in place
    mixed = "شركة Acme للتقنية " * 10 + "نهاية"
    lines = fonts.wrap_visual(mixed, fonts.SANS, 10, 120)
    assert all("Acme" in ln or len(ln) < 20 for ln in lines)
    assert sum(ln.count("Acme") for ln in lines) == 10
    # one line: exactly what visual() draws
    assert fonts.wrap_visual("شركة (مساهمة) 2024", fonts.SANS, 10, 1000) == [
        fonts.visual("شركة (مساهمة) 2024")]
    # hard line breaks stay, empty lines too
    assert len(fonts.wrap_visual("שלום\n\nעולם", fonts.SANS, 10, 500)) == 3


def test_wrap_visual_cuts_a_word_wider_than_the_line() -> None:
    fonts.register_fonts()
    word = "ש" * 500
    lines = fonts.wrap_visual(word, fonts.SANS, 10, 100)
    assert len(lines) > 5 and "".join(lines) == word


def test_wrap_visual_keeps_every_character_of_hostile_text() -> None:
    # (its cost is linear by construction: levels once per paragraph, one pass per line;
    # speed is a benchmark matter, not a test's)
    fonts.register_fonts()
    n = 32_767
    text = ("ש" + "(" * (n // 4) + "שלום a" + ")" * (n // 4) + " עולם " * (n // 12))[:n]
    drawn = "".join(fonts.wrap_visual(text, fonts.SANS, 9, 300))
    assert drawn.replace(" ", "").count("ש") == text.count("ש")
    assert drawn.count("(") + drawn.count(")") == text.count("(") + text.count(")")


def test_markup_wrapped_escapes_like_markup() -> None:
    fonts.register_fonts()
    hostile = 'שלום <img src="/etc/passwd"/> & &amp; <b>עולם'
    out = fonts.markup_wrapped(hostile, primary=fonts.SANS, size=9, width=1000)
    assert out == fonts.markup(hostile)
    assert "<img" not in out and "<b>" not in out


def test_report_wraps_an_arabic_name_and_comment_in_reading_order(tmp_path: Path) -> None:
    result = make_result(2)
    result.ranking[0].nominee = ARABIC_LONG
    nid = result.ranking[0].nominee_id
    cid = result.criteria[0].criterion_id
    hostile = "<img src='/etc/passwd'> " + ARABIC_LONG + " &amp; <b>"
    result.comments += [Comment(nid, cid, hostile), Comment(nid, cid, "شركة قصيرة")]
    path = tmp_path / "r.pdf"
    write_report(path, result, include_comments=True)
    text = pdftotext(path)
    nfkc = unicodedata.normalize("NFKC", text)
    # markup in the comment prints as text (poppler moves "&" next to the Arabic it follows)
    assert "<img src='/etc/passwd'>" in nfkc and "amp; <b>" in nfkc
    page = next(p for p in nfkc.split("\f") if "Nominee id: n-001" in p)
    heading = [ln.strip("\u202b\u202c ") for ln in page.splitlines()[:8]
               if any(w in ln for w in ARABIC_WORDS)]
    assert len(heading) >= 2
    assert "شركة" in heading[0] and "نهاية" in heading[-1]
    assert "نهاية" not in " ".join(heading[:-1])
    # an Arabic-only comment is right-aligned: it ends at the frame's right edge
    ws = words(path)
    right = 595.27 - 18 * 72 / 25.4
    short = next(w for w in ws if logical(w.text) == "قصيرة")
    short_line = [w for w in ws if w.page == short.page and abs(w.y0 - short.y0) < 1
                  and w.text != "–"]
    assert len(short_line) == 2
    assert max(w.x1 for w in short_line) > right - 3
    assert min(w.x0 for w in short_line) > 595.27 / 2
    assert_fonts_embedded(path)
