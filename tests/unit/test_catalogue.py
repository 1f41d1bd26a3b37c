"""The translation catalogue: the Linguist files read without Qt (finished entries only), and
``scripts/update_translations.py``'s one-off importer of the old Python dicts and its check."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zerodx_desktop import catalogue
from zerodx_desktop.core.errors import UserError

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MergeView</name>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed</source>
        <translation type="unfinished">猜测</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation><numerusform>%n 份评分表</numerusform></translation>
    </message>
</context>
<context>
    <name>OrganizerView</name>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ts_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "zerodx_zh_CN.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "ts_path", lambda lang: tmp_path / f"zerodx_{lang}.ts")
    catalogue._read.cache_clear()
    yield tmp_path
    catalogue._read.cache_clear()


def _script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- the reader ---------------------------------------------------------------------------
def test_only_finished_translations_are_read(ts_dir: Path) -> None:
    assert dict(catalogue.translations("MergeView", "zh_CN")) == {"Merge": "合并",
                                                                  "%n sheet(s)": "%n 份评分表"}
    # unfinished (empty, or lupdate's guess) reads as the English source, as in the Qt UI
    assert catalogue.translate("MergeView", "Export", "zh_CN") == "Export"
    assert catalogue.translate("MergeView", "Guessed", "zh_CN") == "Guessed"
    assert catalogue.translate("OrganizerView", "Merge", "zh_CN") == "Merge"  # per context
    assert catalogue.translate("Report", "Rank", "zh_CN") == "名次"
    assert catalogue.translate("Report", "Nope", "zh_CN") == "Nope"
    assert catalogue.translate("Nowhere", "Rank", "zh_CN") == "Rank"
    # every source of a context, translated or not, in file order
    assert catalogue.sources("MergeView") == ("Merge", "Export", "Guessed", "%n sheet(s)")
    assert catalogue.sources("Nowhere") == ()


def test_a_missing_or_damaged_catalogue_is_a_user_error(ts_dir: Path) -> None:
    with pytest.raises(UserError, match="not installed"):
        catalogue.translations("Report", "fr")
    (ts_dir / "zerodx_xx.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read"):
        catalogue.translations("Report", "xx")
    # an entity declaration (an XML bomb's tool) is refused, not expanded
    (ts_dir / "zerodx_yy.ts").write_text('<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "b">]>'
                                         "<TS><context><name>&a;</name></context></TS>",
                                         encoding="utf-8")
    with pytest.raises(UserError, match="cannot be read"):
        catalogue.translations("Report", "yy")


def test_the_installed_catalogue_serves_the_report_and_the_engine() -> None:
    catalogue._read.cache_clear()
    assert catalogue.translate(catalogue.REPORT, "FINAL REPORT", "zh_CN") == "最终报告"
    assert catalogue.translate(catalogue.ENGINE, "good agreement", "zh_CN") == "良好的一致性"
    # the report and the UI say "judge" differently: contexts keep them apart
    assert catalogue.translate(catalogue.REPORT, "Judge", "zh_CN") == "评委"
    assert len(catalogue.sources(catalogue.REPORT)) >= 200


# ---- the importer -------------------------------------------------------------------------
OLD_UI = '''
ZH: dict[str, str] = {}
ZH.update({
    "Merge": "合并",
    "Export": "导出",
    "Old": "老",
    "Guessed": "已"
    "猜测",
    "%n sheet(s)": "%n 份评分表",
    "Never shown": "从不显示",
})
'''
OLD_REPORT = '''
from x import REPORT_ZH
ZH = {"Rank": "排名", "Score": "得分", **REPORT_ZH}
'''


def test_import_py_fills_unfinished_entries_and_keeps_different_ones(tmp_path: Path,
                                                                      capsys) -> None:
    script = _script()
    ts = tmp_path / "zerodx_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    ui = tmp_path / "translations_zh.py"
    ui.write_text(OLD_UI, encoding="utf-8")
    report = tmp_path / "pdf_i18n.py"
    report.write_text(OLD_REPORT, encoding="utf-8")
    assert script.py_dicts(ui) == [("ZH", {"Merge": "合并", "Export": "导出", "Old": "老",
                                           "Guessed": "已猜测", "%n sheet(s)": "%n 份评分表",
                                           "Never shown": "从不显示"})]
    totals = script.import_py(ts, [str(ui), str(report)])
    out = capsys.readouterr().out
    # Merge: same in MergeView, filled in OrganizerView; Export, Guessed, Score filled; Old and
    # Rank kept
    assert totals == {"filled": 4, "same": 2, "differing": 2, "added": 1, "unused": 1}
    assert "kept '旧' for 'Old', not '老'" in out and "kept '名次' for 'Rank'" in out
    assert "unused (no such source in the catalogue): 'Never shown'" in out
    root = ET.parse(ts).getroot()  # noqa: S314 -- our own file
    got = {(c.findtext("name"), m.findtext("source")): (m.find("translation").get("type"),
                                                         "".join(m.find("translation").itertext()))
           for c in root.iter("context") for m in c.iter("message")}
    assert got[("MergeView", "Export")] == (None, "导出")
    assert got[("MergeView", "Guessed")] == (None, "已猜测")
    assert got[("OrganizerView", "Merge")] == (None, "合并")
    assert got[("OrganizerView", "Old")] == (None, "旧")
    assert got[("Report", "Rank")] == (None, "名次")
    assert got[("Report", "Score")] == (None, "得分")  # a code context gains the entry
    assert ("MergeView", "Score") not in got
    assert script.unfinished(ts) == []
    # --overwrite: the file's translation wins
    totals = script.import_py(ts, [str(ui), f"{report}:Report"], overwrite=True)
    assert totals["differing"] == 0 and totals["filled"] == 2
    root = ET.parse(ts).getroot()  # noqa: S314
    assert {m.findtext("source"): m.findtext("translation") for m in root.iter("message")
            if m.findtext("source") in ("Old", "Rank")} == {"Old": "老", "Rank": "排名"}


def test_check_fails_while_an_entry_is_unfinished(tmp_path: Path, monkeypatch,
                                                   capsys) -> None:
    script = _script()
    monkeypatch.setattr(script, "TS_DIR", tmp_path)
    (tmp_path / "zerodx_zh_CN.ts").write_text(TS, encoding="utf-8")
    (tmp_path / "zerodx_en.ts").write_text(TS.replace('type="unfinished"', ""), encoding="utf-8")
    assert script.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "zerodx_zh_CN.ts: 3 unfinished" in out and "[OrganizerView] 'Merge'" in out
    # the committed catalogue has none
    monkeypatch.setattr(script, "TS_DIR", ROOT / "resources" / "translations")
    assert script.main(["--check"]) == 0


def test_lupdate_is_given_the_engine_ids_and_the_report_words() -> None:
    script = _script()
    words = script.code_words()
    assert "good agreement" in words["engine"]
    # the report's words: those in the catalogue, and every literal t("...") of formats/
    assert "FINAL REPORT" in words["Report"] and "Alpha" in words["Report"]
    assert set(script.report_ids()) <= set(words["Report"])
    assert set(words["Report"]) == set(catalogue.sources(catalogue.REPORT))
    source = script.code_words_source({"engine": ["it's \"{x}\""], "Report": ["a\nb"]})
    assert 'QT_TRANSLATE_NOOP(\'engine\', \'it\\\'s "{x}"\')' in source
    assert "QT_TRANSLATE_NOOP('Report', 'a\\nb')" in source
    compile(source, "code_contexts.py", "exec")
