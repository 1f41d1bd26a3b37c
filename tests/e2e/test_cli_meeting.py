"""End to end for the panel meeting: `merge --decisions` changes the report's winner and its
certificates, prints the rationale, and refuses a bad decision without writing anything."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import zerodx

DEMO_PASS = "demo-passphrase"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "demo"
    r = zerodx("demo", "--out", out, passphrase=None)
    assert r.code == 0, r.err
    return out


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _merge(demo: Path, out: Path, *extra: str | Path):
    return zerodx("merge", "--panel", demo / "panel.zdxpanel", "--out", out, *extra,
                  *sorted((demo / "sheets").glob("*.xlsx")), home=demo / "organizer",
                  passphrase=DEMO_PASS)


def _top_category(doc: dict) -> tuple[str, str, dict, dict]:  # type: ignore[type-arg]
    """The demo has two award categories: the one holding the overall first place, its title,
    and its first and second place."""
    cat = next(c for c in doc["categories"]
               if c["ranking"][0]["nominee_id"] == doc["ranking"][0]["nominee_id"])
    return cat["id"], cat["title"], cat["ranking"][0], cat["ranking"][1]


def test_a_decision_changes_the_winner_and_prints_the_rationale(demo: Path,
                                                              tmp_path: Path) -> None:
    plain = _merge(demo, tmp_path / "plain.xlsx", "--json")
    assert plain.code == 0, plain.err
    ranking = plain.json()["ranking"]
    assert plain.json()["decisions"] == []
    cat, title, first, second = _top_category(plain.json())
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("category,nominee_id,rationale\n"
                         f"{cat},{second['nominee_id']},\"Deeper impact, per the panel\"\n",
                         encoding="utf-8")
    result = tmp_path / "result.xlsx"
    r = _merge(demo, result, "--json", "--decisions", decisions)
    assert r.code == 0, r.err
    assert r.json()["decisions"] == [{"category": cat,
                                      "nominee_id": second["nominee_id"],
                                      "rationale": "Deeper impact, per the panel",
                                      "overrides_ranking": True}]
    assert r.json()["ranking"] == ranking  # the scores and the ranking are not changed
    v = zerodx("verify", result, "--panel", demo / "panel.zdxpanel", "--json",
               home=demo / "organizer", passphrase=None)
    assert v.code == 0 and v.json()["status"] == "valid"

    pdf = tmp_path / "report.pdf"
    r = zerodx("report", result, "--out", pdf, "--certificates", "1",
               home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    assert "Wrote 2 certificate(s)" in r.out  # one per award category
    text = " ".join(_text(pdf).split())
    assert (f"Award: {title} {second['nominee']} (decided by the panel, overriding the "
            "ranking) Rationale: Deeper impact, per the panel") in text
    cert = " ".join(_text(tmp_path / "report-certificates.pdf").split())
    assert f"{second['nominee']} 1st place · {title}" in cert
    assert first["nominee"] not in cert

    # without decisions: the first place wins, as before
    r = zerodx("report", tmp_path / "plain.xlsx", "--out", tmp_path / "p.pdf",
               "--certificates", "1", home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    text = " ".join(_text(tmp_path / "p.pdf").split())
    assert f"Award: {title} {first['nominee']} (the ranking's first place)" in text
    assert f"{first['nominee']} 1st place" in " ".join(
        _text(tmp_path / "p-certificates.pdf").split())


@pytest.mark.parametrize(("row", "message"), [
    ("CAT,n-999,why", "'n-999' is not in the category 'CAT'"),
    ("CAT,SECOND,", "a rationale is required"),
    ("individual,SECOND,why", "unknown category 'individual'"),
])
def test_a_bad_decision_writes_nothing(demo: Path, tmp_path: Path, row: str,
                                       message: str) -> None:
    plain = _merge(demo, tmp_path / "plain.xlsx", "--json")
    cat, _title, _first, second_row = _top_category(plain.json())
    second = second_row["nominee_id"]
    row, message = row.replace("CAT", cat), message.replace("CAT", cat)
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("category,nominee_id,rationale\n" + row.replace("SECOND", second)
                         + "\n", encoding="utf-8")
    out = tmp_path / "result.xlsx"
    r = _merge(demo, out, "--decisions", decisions, "--pdf", tmp_path / "r.pdf")
    assert r.code == 1 and message in r.err, r.err
    assert not out.exists() and not (tmp_path / "r.pdf").exists()


def test_feedback_letters_hold_each_nominees_own_data_only(demo: Path, tmp_path: Path) -> None:
    from zerodx_desktop.services.reports import comment_keys
    from zerodx_desktop.services.results import read_result

    result_path = demo / "result.xlsx"
    result = read_result(result_path)
    judges = []
    for sheet in sorted((demo / "sheets").glob("*.xlsx")):
        v = zerodx("verify", sheet, "--panel", demo / "panel.zdxpanel", "--json",
                   passphrase=None).json()
        judges.append((v["judge"], v["fingerprint"]))
    assert len(judges) >= 4
    # leave one comment out
    (nid, cid, n), gone = next((k, c) for k, c in comment_keys(result)
                               if sum(1 for _k, o in comment_keys(result)
                                      if o.text == c.text and o.nominee_id == c.nominee_id)
                               == 1)
    letters = tmp_path / "letters"
    r = zerodx("report", result_path, "--out", tmp_path / "report.pdf", "--feedback", letters,
               "--exclude-comment", f"{nid}:{cid}:{n}", home=demo / "organizer",
               passphrase=None)
    assert r.code == 0, r.err
    assert f"Wrote {len(result.ranking)} feedback letter(s)" in r.out
    files = sorted(letters.glob("*.pdf"))
    assert len(files) == len(result.ranking)
    names = {row.nominee_id: row.nominee for row in result.ranking}
    for row in result.ranking:
        text = " ".join(_text(letters / f"feedback-{row.nominee_id}.pdf").split())
        assert row.nominee in text and "Feedback from the judging panel" in text
        assert f"Your total: {row.score:.2f} of 100" in text
        for other_id, other in names.items():
            if other_id != row.nominee_id:
                assert other not in text, (row.nominee_id, other)
        for judge, fingerprint in judges:
            assert judge not in text and fingerprint not in text
        assert "SHA256:" not in text
        assert "Your place:" not in text  # no rank band unless asked
        mine = [c.text for c in result.comments if c.nominee_id == row.nominee_id]
        if row.nominee_id == nid:
            assert " ".join(gone.text.split()) not in text
        elif mine:
            assert " ".join(mine[0].split())[:30] in text


def test_feedback_letter_options_and_bad_exclusions(demo: Path, tmp_path: Path) -> None:
    from zerodx_desktop.services.reports import comment_keys
    from zerodx_desktop.services.results import read_result

    result = read_result(demo / "result.xlsx")
    (nid, cid, n), _c = comment_keys(result)[0]
    key = f"{nid}:{cid}:{n}"
    for extra, message in (
            (["--exclude-comment", key, "--exclude-comment", key], "excluded twice"),
            (["--exclude-comment", f"{nid}:{cid}:999"], "there is no comment"),
            (["--exclude-comment", "nonsense"], "does not name a comment")):
        r = zerodx("report", demo / "result.xlsx", "--out", tmp_path / "r.pdf", "--feedback",
                   tmp_path / "letters", *extra, home=demo / "organizer", passphrase=None)
        assert r.code == 1 and message in r.err, r.err
        assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "letters").exists()
    r = zerodx("report", demo / "result.xlsx", "--out", tmp_path / "r.pdf", "--feedback",
               tmp_path / "letters", "--rank-band", home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    first = result.ranking[0]
    text = " ".join(_text(tmp_path / "letters" / f"feedback-{first.nominee_id}.pdf").split())
    assert "Your place: top quarter of the field." in text


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line.split() for line in out if line.strip()]


def _english_left(text: str) -> list[str]:
    """English runs (3+ words) of our own catalogues (the report's and the engine's) found in
    ``text``: none may be left in a Chinese report (names and other data are not looked at;
    neither is what the translation keeps as it is)."""
    from zerodx_desktop.core.messages_zh import ENGINE_ZH
    from zerodx_desktop.formats.pdf.i18n import ZH

    joined = " ".join(text.split())
    runs = {run for source, target in [*ZH.items(), *ENGINE_ZH.items()]
            for part in re.split(r"\{\w+\}|<[^>]+>", source)
            for run in re.findall(r"[A-Za-z][A-Za-z']*(?: +[A-Za-z][A-Za-z']*){2,}", part)
            if run not in target}  # a command kept as it is ("zerodx verify SHEET.xlsx")
    return sorted(run for run in runs if run in joined)


def test_a_chinese_report_certificate_and_letter(demo: Path, tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.csv"
    plain = _merge(demo, tmp_path / "plain.xlsx", "--json")
    cat, _title, _first, second = _top_category(plain.json())
    decisions.write_text("category,nominee_id,rationale\n"
                         f"{cat},{second['nominee_id']},评审组一致认为其影响更深远\n",
                         encoding="utf-8")
    result = tmp_path / "result.xlsx"
    assert _merge(demo, result, "--decisions", decisions).code == 0
    pdf = tmp_path / "zh.pdf"
    r = zerodx("report", result, "--out", pdf, "--lang", "zh_CN", "--certificates", "1",
               "--feedback", tmp_path / "letters", home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    text = _text(pdf)
    for heading in ("最终报告", "目录", "奖项与决定", "排名", "核验码", "第 1 页，共"):
        assert heading in text, heading
    assert "理由：评审组一致认为其影响更深远" in text
    assert "组织自主程度" in text  # the sample framework's Chinese domain title
    # the body: method, how sure, nominee pages, reliability, panel composition, appendix
    for heading in ("方法与权重", "正式方法：", "排名的确定程度", "方法比较", "待讨论的分歧",
                    "评委的宽严程度与一致性", "解读", "评审组构成", "核验附录", "评委的评分表"):
        assert heading in text, heading
    assert "评审组无法区分" in text  # a how-sure sentence, recognised from the workbook's English
    left = _english_left(text)
    assert left == [], left
    cert = _text(tmp_path / "zh-certificates.pdf")
    assert "卓越证书" in cert and re.search(r"第\s*1\s*名", cert) and second["nominee"] in cert
    assert "评审组主席：Demo Organizer" in cert
    letter = _text(tmp_path / "letters" / f"feedback-{second['nominee_id']}.pdf")
    assert "评审组反馈信" in letter and "您的总分" in letter and "评委评语" in letter
    for path in (pdf, tmp_path / "zh-certificates.pdf",
                 *sorted((tmp_path / "letters").glob("*.pdf"))):
        fonts = _fonts(path)
        assert fonts and all(f[-5] == "yes" for f in fonts), (path, fonts)  # emb
        assert any("WenQuanYi" in f[0] or "Noto" in f[0] for f in fonts), fonts
    r = zerodx("report", result, "--out", tmp_path / "x.pdf", "--lang", "fr",
               home=demo / "organizer", passphrase=None)
    assert r.code == 2 and not (tmp_path / "x.pdf").exists()


def test_a_certificate_template_and_a_bad_one(demo: Path, tmp_path: Path) -> None:
    import json

    template = tmp_path / "certificate.json"
    template.write_text(json.dumps({"format": "zerodx-certificate/1", "layout": "modern",
                                    "title": {"en": "ZeroDX Award", "zh_CN": "ZeroDX 奖"},
                                    "logo": "logo.png"}), encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"GIF89a not a png")
    out = tmp_path / "r.pdf"
    r = zerodx("report", demo / "result.xlsx", "--out", out, "--certificates", "1",
               "--certificate-template", template, home=demo / "organizer", passphrase=None)
    assert r.code == 1 and "the logo is not a PNG or JPEG image" in r.err, r.err
    assert not out.exists() and not (tmp_path / "r-certificates.pdf").exists()
    from PIL import Image

    Image.new("RGB", (90, 45), (31, 78, 121)).save(tmp_path / "logo.png")
    r = zerodx("report", demo / "result.xlsx", "--out", out, "--certificates", "1",
               "--certificate-template", template, "--lang", "zh_CN",
               home=demo / "organizer", passphrase=None)
    assert r.code == 0, r.err
    assert "ZeroDX 奖" in _text(tmp_path / "r-certificates.pdf")
