"""The final report, certificates and judge score card: read back with poppler, qpdf, pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

# the shared test data and tools; the names stay importable from here for tests that still do so
from tests.factories import COUNTRIES as COUNTRIES
from tests.factories import DOMAINS as DOMAINS
from tests.factories import NAMES as NAMES
from tests.factories import RESULT_SHA as RESULT_SHA
from tests.factories import criterion_ids as criterion_ids
from tests.factories import make_result as make_result
from tests.factories import report_framework as sample_framework
from tests.tools import assert_fonts_embedded as assert_fonts_embedded
from tests.tools import pdftotext as pdftotext
from zerodx_desktop.core.result import (
    PanelResult,
    RankingRow,
    Reliability,
)
from zerodx_desktop.formats.pdf.certificates import write_certificates
from zerodx_desktop.formats.pdf.charts import domain_key
from zerodx_desktop.formats.pdf.model import verification_code
from zerodx_desktop.formats.pdf.report import write_report
from zerodx_desktop.formats.pdf.scorecard import write_judge_scorecard
from zerodx_desktop.formats.pdf.words import rank_label


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PanelResult]:
    result = make_result()
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    write_report(path, result, include_comments=True, certificates=3,
                            result_sha256=RESULT_SHA)
    return path, result


def test_text_names_ranks_scores_in_order(report: tuple[Path, PanelResult]) -> None:
    path, result = report
    text = pdftotext(path)
    # the ranking section: every nominee, rank and score, in rank order
    start = text.index("Scores are out of 100")
    section = text[start:text.index("Method comparison", start)]
    positions = []
    for row in result.ranking:
        assert row.nominee in text
        line = next(ln for ln in section.splitlines() if row.nominee in ln)
        assert rank_label(row) in line.split()[0]
        assert f"{row.score:.2f}" in line
        positions.append(section.index(row.nominee))
    assert positions == sorted(positions)
    assert "海湾智家" in text and "李明" in text
    assert any(r.tied for r in result.ranking)
    assert "=3" in section


def test_pdfinfo_metadata_and_qpdf(report: tuple[Path, PanelResult]) -> None:
    path, _result = report
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                          timeout=30).stdout
    assert re.search(r"^Title:\s+ZeroDX Awards 2024 — Final Panel — final report$", info, re.M)
    assert re.search(r"^Author:\s+ZeroDX Desktop$", info, re.M)
    assert "verification code ZDX-7F3A-91C2" in info
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True,
                          timeout=60).returncode == 0


def test_every_font_embedded(report: tuple[Path, PanelResult]) -> None:
    lines = assert_fonts_embedded(report[0])
    names = " ".join(lines)
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    assert "WenQuanYiMicroHei" in names  # the Chinese names need the CJK font


def test_verification_code_on_every_page(report: tuple[Path, PanelResult]) -> None:
    from pypdf import PdfReader

    path, result = report
    code = verification_code(result, RESULT_SHA)
    assert code == "ZDX-7F3A-91C2"
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    assert pages >= 8 + 6  # cover, contents, sections, a page per nominee, certificates
    text = pdftotext(path)
    per_page = text.split("\f")
    per_page = [p for p in per_page if p.strip()]
    assert len(per_page) == pages
    for i, page in enumerate(per_page, start=1):
        assert code in page, f"page {i} has no verification code"
        assert f"Page {i} of {pages}" in page


def test_code_depends_on_result() -> None:
    a = make_result()
    b = make_result()
    assert verification_code(a, "") == verification_code(b, "")
    b.ranking[0].score = (b.ranking[0].score or 0) + 0.01
    assert verification_code(a, "") != verification_code(b, "")
    assert re.fullmatch(r"ZDX-[0-9A-F]{4}-[0-9A-F]{4}", verification_code(a, ""))
    assert verification_code(a, "sha256:" + RESULT_SHA) == "ZDX-7F3A-91C2"


def test_report_sections_and_comments(report: tuple[Path, PanelResult]) -> None:
    text = pdftotext(report[0])
    for heading in ("Contents", "Method and weights", "Ranking", "Method comparison",
                    "Reliability", "Panel composition", "Verification appendix",
                    "CERTIFICATE OF EXCELLENCE", "Sample framework"):
        assert heading in text, heading
    assert "生态圈开放共创" in text
    assert "0.712" in text and "0.804" in text
    assert "f" * 64 not in text  # nothing invented
    assert "1" * 64 in text  # a judge's sheet hash in the appendix
    assert "tampered" in text


def test_comments_left_out_by_default(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_report(path, make_result(3))
    text = pdftotext(path)
    assert "生态圈开放共创" not in text
    assert "anonymised" not in text


def test_progress_and_atomic(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = tmp_path / "r.pdf"
    write_report(path, make_result(4), progress=lambda a, b: calls.append((a, b)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [a for a, _ in calls] == sorted(a for a, _ in calls)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # no temp file left


def test_certificates(tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = make_result()
    path = tmp_path / "certs.pdf"
    write_certificates(path, result, 2, result_sha256=RESULT_SHA)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    text = pdftotext(path)
    assert result.ranking[0].nominee in text and result.ranking[1].nominee in text
    assert result.ranking[2].nominee not in text
    assert text.count("ZDX-7F3A-91C2") == 2
    assert "1st place" in text and "2nd place" in text
    # the two signature lines say whose they are
    assert text.count("Chair of the panel: Chair Person") == 2
    assert len(re.findall(r"\bOrganizer\b", text)) == 2
    assert_fonts_embedded(path)


def test_certificates_include_ties_at_the_edge(tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = make_result()
    path = tmp_path / "certs.pdf"
    write_certificates(path, result, 3)
    assert len(PdfReader(str(path)).pages) == 4  # third place is a tie
    assert pdftotext(path).count("3rd place (tied)") == 2


def test_certificates_need_a_winner(tmp_path: Path) -> None:
    from zerodx_desktop.core.errors import UserError

    result = make_result(2)
    for r in result.ranking:
        r.score = None
    with pytest.raises(UserError):
        write_certificates(tmp_path / "c.pdf", result, 3)
    assert not (tmp_path / "c.pdf").exists()


def test_report_with_framework_shows_questions_and_weights(tmp_path: Path) -> None:
    fw = sample_framework()
    path = tmp_path / "r.pdf"
    write_report(path, make_result(3), framework=fw)  # type: ignore[arg-type]
    text = pdftotext(path)
    assert "Organizational Structure: question 2?" in text
    assert "33%" in text
    assert "Sample framework" in text


def test_judge_scorecard(tmp_path: Path) -> None:
    from zerodx_desktop.core.panel import JudgeEntry, Nominee, Panel
    from zerodx_desktop.core.sheet import DeclaredConflict, ScoreRow, SheetContent

    fw = sample_framework()
    panel = Panel(id="p1", title="ZeroDX Awards 2024", round=1, method="mean", framework={},
                  judges=(JudgeEntry("李明", "li@example.org", "ssh-ed25519 AAAA",
                                     "SHA256:li"),),
                  nominees=(Nominee("n-001", "海湾智家"), Nominee("n-002", "Atelier Lumière"),
                            Nominee("n-003", "Conflicted Co.")))
    crits = criterion_ids()
    scores = [ScoreRow("n-001", c, 4, "明确的用户价值 — clear user value" if i == 0 else "")
              for i, c in enumerate(crits)]
    scores += [ScoreRow("n-002", c, None if i == 1 else 3,
                        "Needs <b>evidence</b> & data" if i == 2 else "")
               for i, c in enumerate(crits)]
    content = SheetContent(
        judge_name="李明", judge_email="li@example.org", fingerprint="SHA256:likey",
        public_key="ssh-ed25519 AAAA", panel_id="p1", panel_title="ZeroDX Awards 2024",
        round=1, framework_id="rendanheyi-sample", framework_version="2024.1",
        framework_hash="sha256:" + "c" * 64, sequence=3, exported_at="2024-11-19T09:00:00Z",
        scores=scores, conflicts=[DeclaredConflict("n-003", "former employer")])
    path = tmp_path / "card.pdf"
    write_judge_scorecard(path, content, fw, panel)  # type: ignore[arg-type]
    text = pdftotext(path)
    assert "明确的用户价值 — clear user value" in text
    assert "Needs <b>evidence</b> & data" in text
    assert "former employer" in text
    assert "not scored" in text
    assert "Advanced" in text and "Developing" in text
    assert "海湾智家" in text and "SHA256:likey" in text
    assert_fonts_embedded(path)


def test_tools_present() -> None:
    # The assertions above rely on poppler and qpdf; say so loudly when they are missing.
    for tool in ("pdftotext", "pdffonts", "pdfinfo", "qpdf"):
        assert shutil.which(tool), tool


@pytest.mark.parametrize("n_domains", [0, 1, 2, 6])
def test_odd_shapes_build(tmp_path: Path, n_domains: int) -> None:
    """No nominee scored, one or two domains (bars instead of a radar), many domains."""
    result = make_result(3, with_comments=False)
    domains = [(f"d{i}", f"Domain {i} 领域") for i in range(n_domains)]
    result.domains = domains
    for row in result.ranking:
        row.domain_scores = {d: (None if i == 0 else 50.0 + i) for i, (d, _) in
                             enumerate(domains)}
    result.ranking[-1].score = None
    result.ranking[-1].sd = result.ranking[-1].min = result.ranking[-1].max = None
    result.by_method = {}
    result.reliability = Reliability()
    path = tmp_path / "r.pdf"
    write_report(path, result, certificates=5)
    text = pdftotext(path)
    for _d, title in domains:
        assert title in text
    assert "Method comparison" not in text
    # the unscored nominee gets no certificate: two certificates for five places
    assert text.count("CERTIFICATE OF EXCELLENCE") == 2


def test_empty_result(tmp_path: Path) -> None:
    result = PanelResult(panel_id="p", panel_title="", round=1, framework_id="f",
                         framework_version="1", framework_hash="", method="median",
                         ranking=[])
    path = tmp_path / "r.pdf"
    write_report(path, result)
    text = pdftotext(path)
    assert "Median" in text and "Verification appendix" in text
    assert_fonts_embedded(path)


def test_contents_page_numbers_and_bookmarks(report: tuple[Path, PanelResult]) -> None:
    from pypdf import PdfReader

    path, result = report
    pages = [p for p in pdftotext(path).split("\f") if p.strip()]
    contents = pages[1]
    assert "Contents" in contents
    for row in result.ranking:
        line = next(ln for ln in contents.splitlines() if row.nominee in ln)
        number = int(line.split()[-1])
        target = pages[number - 1]
        assert f"{rank_label(row)}. {row.nominee}" in target, (row.nominee, number)
    for title in ("Ranking", "Reliability", "Verification appendix"):
        line = next(ln for ln in contents.splitlines() if ln.strip().startswith(title))
        assert title in pages[int(line.split()[-1]) - 1].splitlines()[0] or \
            title in pages[int(line.split()[-1]) - 1][:200]
    outline = PdfReader(str(path)).outline
    flat = str(outline)
    assert "Ranking" in flat and result.ranking[0].nominee in flat


def test_importing_the_module_does_not_load_reportlab() -> None:
    import pkgutil
    import sys as _sys

    import zerodx_desktop.formats.pdf as package

    names = [m.name for m in pkgutil.iter_modules(package.__path__)]
    assert {"report", "fonts", "layout", "pages", "certificates", "letters"} <= set(names)
    code = ("import sys; " + "; ".join(f"import zerodx_desktop.formats.pdf.{n}" for n in names)
            + "; assert 'reportlab' not in sys.modules, 'reportlab imported eagerly'")
    subprocess.run([_sys.executable, "-c", code], check=True, timeout=60)


def _comparison_result() -> PanelResult:
    import dataclasses

    result = make_result()
    n = len(result.ranking)
    schulze = [RankingRow(r.rank, r.tied, r.nominee_id, r.nominee, float(n - i - 1), r.judges,
                          None, None, None) for i, r in enumerate(result.ranking)]
    return dataclasses.replace(result, by_method={**result.by_method, "schulze": schulze,
                                                  "trimmed": result.ranking})


def test_method_comparison_headers_whole_and_schulze_as_places_above(tmp_path: Path) -> None:
    result = _comparison_result()
    path = tmp_path / "r.pdf"
    write_report(path, result, result_sha256=RESULT_SHA)
    text = pdftotext(path)
    start = text.index("The same sheets ranked by each method")
    section = text[start:text.index("Sensitivity", start)]
    assert "Standardised" in section and "Standardis\n" not in section
    for word in ("Trimmed", "Schulze", "Median", "(official)", "(z-score)", "ranking"):
        assert re.search(rf"(^|\s){re.escape(word)}(\s|$)", section, re.M), word
    beats = re.findall(r"(=?\d+) · above (\S+)", section)
    assert len(beats) == len(result.ranking)
    assert beats[0] == ("1", str(len(result.ranking) - 1))
    assert all(b.isdigit() for _r, b in beats)  # whole numbers, never "7.00"
    assert "Schulze ranking gives no score out of 100" in " ".join(section.split())


def test_disagreements_read_as_sentences_and_hashes_stay_whole(
        report: tuple[Path, PanelResult]) -> None:
    path, result = report
    text = pdftotext(path)
    flat = " ".join(text.split())
    dg = next(d for d in result.disagreements if d.criterion_id is not None)
    cs = next(c for c in result.criteria
              if c.nominee_id == dg.nominee_id and c.criterion_id == dg.criterion_id)
    assert (f"Criterion {dg.criterion_id}" in flat)
    assert f"Levels ranged {cs.min}–{cs.max} (range {int(dg.range)}), SD 0.90." in flat
    assert "?: range" not in flat and "levels, SD" not in flat
    assert "Overall total: the judges' totals ranged" in flat
    # hashes print on one line: the framework hash and the result hash are whole
    assert "sha256:" + "c" * 64 in text
    assert RESULT_SHA in text


def test_radar_axes_are_keys_spelled_out_in_the_domain_table(
        report: tuple[Path, PanelResult]) -> None:
    text = pdftotext(report[0])
    for key, (_did, title) in zip("ABC", DOMAINS, strict=True):
        # the key, then the title (which may wrap inside its cell)
        assert re.search(rf"\b{key} {re.escape(title[:18])}", text), title
    assert domain_key(0) == "A" and domain_key(27) == "D28"


def test_bold_cjk_is_drawn_fake_bold(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from zerodx_desktop.formats.pdf import fonts

    fonts.register_fonts()
    assert fonts.markup("A海", primary=fonts.SANS_BOLD) == (
        f'A<font name="{fonts.CJK_BOLD}">海</font>')
    assert fonts.markup("A海") == f'A<font name="{fonts.CJK}">海</font>'
    path = tmp_path / "c.pdf"
    c = Canvas(str(path), pageCompression=0)
    fonts.draw_string(c, 10, 10, "海湾 regular", size=10)
    fonts.draw_string(c, 10, 30, "海湾 bold", font=fonts.SANS_BOLD, size=10)
    c.showPage()
    c.save()
    stream = path.read_bytes().decode("latin-1")
    # exactly one run (the bold CJK one) is filled and stroked, at 4% of the font size
    assert stream.count(" 2 Tr ") == 1
    assert re.search(r"RG \.4 w 2 Tr .*? 0 Tr", stream)


def test_bold_cjk_heading_in_report_is_stroked(report: tuple[Path, PanelResult]) -> None:
    from pypdf import PdfReader

    path, _result = report
    reader = PdfReader(str(path))
    page = next(p for p in reader.pages if "海湾智家" in (p.extract_text() or "")
                and "Nominee id: n-002" in (p.extract_text() or ""))
    assert b" 2 Tr " in page.get_contents().get_data()


def test_uncertainty_section_rank_ranges_and_the_adjusted_ranking(tmp_path: Path) -> None:
    """The bootstrap's figures, what the panel can tell apart, and for an incomplete design
    the adjusted ranking beside the official one."""
    import dataclasses

    result = make_result()
    for i, row in enumerate(result.ranking):
        row.p_first = [0.55, 0.45][i] if i < 2 else 0.0
        row.rank_interval = (1, 2) if i < 2 else (3, min(len(result.ranking), i + 3))
    adjusted = [dataclasses.replace(r, score=None if r.score is None else r.score - 3)
                for r in result.ranking]
    adjusted[0], adjusted[1] = (dataclasses.replace(adjusted[1], rank=1),
                                dataclasses.replace(adjusted[0], rank=2))
    result = dataclasses.replace(
        result, bootstrap_resamples=1000, incomplete_design=True,
        by_method={**result.by_method, "adjusted": adjusted},
        sensitivity=["The panel cannot tell the winner apart with confidence."])
    result.reliability.n_nominees, result.reliability.n_judges = 8, 5
    result.reliability.icc_2_k = None
    result.reliability.reasons = {"icc_2_k": "every total is the same"}
    path = tmp_path / "r.pdf"
    write_report(path, result, result_sha256=RESULT_SHA)
    text = " ".join(pdftotext(path).split())
    assert "How sure is the ranking" in text and "resampled 1,000 times" in text
    assert "What the panel can and cannot tell apart" in text
    assert "The panel cannot tell the winner apart with confidence." in text
    assert "55% 1–2" in text and "45% 1–2" in text
    assert "(bar: 90% of resamples; dot: the official rank)" in text
    assert "Not every judge scored every nominee" in text and "Adjusted rank" in text
    assert "ICC(2,k)" in text and "computed: every total is the same." in text
    assert "8 nominees, 5 judges" in text
    assert "Sensitivity" not in text  # the method-change wording is gone
