"""Internationalisation: the zh_CN catalogue is complete, the .qm files match their .ts, the
main views show Chinese when the home's preference says so (framework titles too), pseudo mode
wraps every string, and no UI call site passes an untranslated English literal."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QTabWidget

from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "zerodx_desktop" / "ui"
CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def english(qapp):
    """Every test leaves the application in English, whatever it switched to."""
    i18n.apply_language(i18n.ENGLISH)
    yield
    i18n.apply_language(i18n.ENGLISH)


# ---- the catalogues ----------------------------------------------------------------------
def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 -- our own file
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _zh(source: str) -> str:
    """The zh_CN catalogue's translation of ``source`` (the .qm is built from it)."""
    found = {t for _c, s, m in _messages(TS_DIR / "zerodx_zh_CN.ts") if s == source
             for t in ["".join(m.find("translation").itertext())]}
    assert len(found) == 1 and CJK.search(next(iter(found))), (source, found)
    return found.pop()


def test_every_zh_cn_entry_is_translated():
    messages = _messages(TS_DIR / "zerodx_zh_CN.ts")
    assert len(messages) > 300  # the whole UI, not a stub
    bad = []
    for context, source, m in messages:
        tr = m.find("translation")
        text = "" if tr is None else "".join(tr.itertext()).strip()
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not text:
            bad.append(f"[{context}] {source[:70]!r}")
        elif re.search(r"[A-Za-z]{4,}", re.sub(r"\{[^{}]*\}|<[^<>]*>", "", source)) \
                and not CJK.search(text) and source not in ("ZeroDX Desktop", "Alpha"):
            bad.append(f"[{context}] {source[:70]!r} -> {text[:40]!r} (not Chinese)")
    assert bad == [], "untranslated zh_CN entries:\n" + "\n".join(bad)


def test_zh_cn_translations_keep_placeholders_and_mnemonics():
    bad = []
    for context, source, m in _messages(TS_DIR / "zerodx_zh_CN.ts"):
        text = "".join(m.find("translation").itertext())
        for ph in set(re.findall(r"\{[^{}]*\}|%\d|%n", source)):
            if ph not in text:
                bad.append(f"[{context}] {source[:50]!r}: {ph} missing")
        if re.search(r"&[A-Za-z]", re.sub(r"&\w+;", "", source)) \
                and not re.search(r"&[A-Za-z0-9]", re.sub(r"&\w+;", "", text)):
            bad.append(f"[{context}] {source[:50]!r}: mnemonic lost")
    assert bad == []


def test_english_catalogue_covers_the_same_sources():
    zh = {(c, s) for c, s, _m in _messages(TS_DIR / "zerodx_zh_CN.ts")}
    en = {(c, s) for c, s, _m in _messages(TS_DIR / "zerodx_en.ts")}
    assert zh == en


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_qm_is_built_from_the_current_ts(tmp_path: Path, lang: str):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(__import__("sys").executable)
                                                           .parent))
    assert lrelease, "pyside6-lrelease is part of PySide6"
    out = tmp_path / f"zerodx_{lang}.qm"
    subprocess.run([lrelease, "-silent", str(TS_DIR / f"zerodx_{lang}.ts"), "-qm", str(out)],
                   check=True)
    committed = TS_DIR / f"zerodx_{lang}.qm"
    assert committed.read_bytes() == out.read_bytes(), "run `make translations`"


# ---- language switching --------------------------------------------------------------------
def test_language_setting_round_trip_and_resolution(home: Path, english, monkeypatch):
    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    assert i18n.language_setting(settings) == i18n.SYSTEM
    i18n.set_language_setting(settings, i18n.CHINESE)
    assert i18n.language_setting(QSettings(str(home / "desktop.ini"),
                                           QSettings.Format.IniFormat)) == i18n.CHINESE
    with pytest.raises(ValueError):
        i18n.set_language_setting(settings, "klingon")
    assert i18n.resolve_language(i18n.ENGLISH) == i18n.ENGLISH
    monkeypatch.setenv("ZERODX_PSEUDO", "1")
    assert i18n.resolve_language(i18n.CHINESE) == i18n.PSEUDO


def test_chinese_preference_translates_the_main_views(qtbot, home: Path, english):
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui.main_window import MainWindow

    prepare_demo_home(home)
    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    i18n.set_language_setting(settings, i18n.CHINESE)
    del settings
    window = MainWindow(home)
    qtbot.addWidget(window)
    try:
        assert i18n.current_language() == i18n.CHINESE
        assert i18n.current_lang() == "zh"
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "转到(&G)", "帮助(&H)"]
        tabs = [window.roles.tabText(i) for i in range(window.roles.count())]
        assert tabs == [_zh("Judge workspace"), "合并", "组织者"]
        assert window.preferences_action.text() == "首选项(&P)…"
        ws = window.workspace
        assert ws is not None
        assert ws.filter_edit.placeholderText() == _zh("Filter nominees (Ctrl+F)")
        assert ws.status_combo.itemText(0) == _zh("All nominees")
        assert [ws.center.tabText(i) for i in range(ws.center.count())] == ["申报材料", "总览"]
        header = ws.list_model.headerData(0, __import__("PySide6.QtCore", fromlist=["Qt"])
                                          .Qt.Orientation.Horizontal)
        assert header == _zh("Nominee")
        # framework texts: the sample framework carries zh titles
        tree = ws.scoring.tree
        domains = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        assert "组织自主程度" in domains, domains
        assert all(CJK.search(d) for d in domains)
        cards = [c.title.text() for c in ws.scoring.cards.values()]
        assert any("传统型" in t for t in cards), cards
        assert "总分" in ws.scoring.totals.text()

        merge = window._ensure_role_page(1)
        organizer = window._ensure_role_page(2)
        merge_text = [w.text() for w in merge.findChildren(QPushButton)]
        assert "核验并合并" in merge_text
        assert [merge.tabs.tabText(i) for i in range(merge.tabs.count())] == \
            ["排名", "分歧", "信度", "把握程度", "评审会议", "评审设计"]
        org_groups = {g.title() for g in organizer.findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QGroupBox"]).QGroupBox)}
        assert {"评审组", "评审框架", _zh("Nominees"), _zh("Judges")} <= org_groups
        organizer.ensure_framework()
        fw_tree = organizer.framework_tree
        assert fw_tree.headerItem().text(0) == "领域 / 维度 / 指标"
        assert fw_tree.topLevelItem(0).text(0) == "组织自主程度"
        # Qt's own strings come from qtbase_zh_CN
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == "取消"
        # numbers follow the locale
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        window.close()


def test_english_by_default_and_after_switching_back(qtbot, home: Path, english):
    from zerodx_desktop.ui.main_window import MainWindow

    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    i18n.set_language_setting(settings, i18n.ENGLISH)
    window = MainWindow(home)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Go", "&Help"]
    assert window.roles.tabText(0) == "Judge workspace"
    window.close()


def test_preferences_dialog_stores_the_choice(qtbot, home: Path, english):
    from zerodx_desktop.ui.preferences_dialog import PreferencesDialog

    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    values = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert values == [i18n.SYSTEM, i18n.ENGLISH, i18n.CHINESE]  # pseudo: developers only
    dialog.language_combo.setCurrentIndex(values.index(i18n.CHINESE))
    dialog.accept()
    assert i18n.language_setting(settings) == i18n.CHINESE
    assert i18n.current_language() == i18n.CHINESE
    later = PreferencesDialog(settings)
    qtbot.addWidget(later)
    assert later.windowTitle() == "首选项"
    assert later.selected_language() == i18n.CHINESE


# ---- pseudo-localisation -------------------------------------------------------------------
def test_pseudo_keeps_placeholders_and_grows():
    out = i18n.pseudo("&Open {name} %1 <b>now</b>&nbsp;%n items")
    assert out.startswith("[") and out.endswith("]")
    for kept in ("&O", "{name}", "%1", "<b>", "</b>", "&nbsp;", "%n"):
        assert kept in out
    assert "Open" not in out and "items" not in out
    assert len(out) >= len("&Open {name} %1 <b>now</b>&nbsp;%n items") * 1.3
    assert i18n.pseudo("") == ""


def test_pseudo_mode_wraps_every_translated_string(qtbot, home: Path, english, monkeypatch):
    from zerodx_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("ZERODX_PSEUDO", "1")
    window = MainWindow(home)
    qtbot.addWidget(window)
    try:
        assert i18n.current_language() == i18n.PSEUDO
        for action in window.menuBar().actions():
            assert action.text().startswith("[") and action.text().endswith("]")
        assert window.roles.tabText(1).startswith("[")
        texts = [w.text() for w in window.welcome.findChildren(QPushButton)]
        assert texts and all(t.startswith("[") for t in texts), texts
        assert QCoreApplication.translate("Anything", "Plain {x}") .startswith("[")
    finally:
        window.close()
        monkeypatch.delenv("ZERODX_PSEUDO")


def test_status_and_number_helpers(english):
    assert i18n.status_text(NomineeStatus.NOT_STARTED) == "not started"
    assert i18n.status_text("not_started") == "not started"  # the id as read from a file
    assert i18n.fmt_number(None) == "\u2014"
    assert i18n.fmt_number(float("nan"), empty="") == ""
    i18n.apply_language(i18n.CHINESE)
    assert i18n.status_text("recused") == "已回避"
    assert i18n.text({"en": "Hello", "zh": "你好"}) == "你好"
    assert i18n.fmt_number(3.14159, 2) == QLocale("zh_CN").toString(3.14159, "f", 2)
    i18n.apply_language(i18n.ENGLISH)
    assert i18n.text({"en": "Hello", "zh": "你好"}) == "Hello"
    assert re.fullmatch(r"\d{1,2}:\d\d:\d\d.*", i18n.fmt_time())


# ---- no untranslated literals at UI call sites ---------------------------------------------
CALLS = {"QLabel", "setText", "QPushButton", "setWindowTitle", "addMenu", "QAction",
         "setToolTip", "setStatusTip", "setPlaceholderText", "QCheckBox", "QGroupBox",
         "QRadioButton", "addTab", "setTabText", "showMessage", "_action", "addButton",
         "setAccessibleName", "setTitle", "addRow", "setHeaderLabels",
         "setHorizontalHeaderLabels", "setLabelText", "setIconText", "QToolBar",
         "setWhatsThis", "insertText", "drawText"}
MSGBOX = {"warning", "information", "question", "critical", "about"}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
WORD = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^<>]*>|&\w+;|\S+@\S+\.\w+")


def _english_literals(node: ast.AST) -> list[str]:
    """English words in the literal parts of an argument, outside any tr()/translate()."""
    found: list[str] = []

    def walk(n: ast.AST) -> None:
        if isinstance(n, ast.Call):
            f = n.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name == "format" and isinstance(f, ast.Attribute):
                walk(f.value)
            return  # tr(...) is translated; any other call's result is data
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            if WORD.search(MARKUP.sub("", n.value)):
                found.append(n.value)
        elif isinstance(n, ast.JoinedStr):
            literal = "".join(v.value for v in n.values if isinstance(v, ast.Constant))
            if WORD.search(MARKUP.sub("", literal)):
                found.append(literal)
        elif isinstance(n, ast.IfExp):
            walk(n.body)
            walk(n.orelse)
        elif isinstance(n, (ast.BinOp, ast.BoolOp, ast.List, ast.Tuple)):
            for child in ast.iter_child_nodes(n):
                walk(child)

    walk(node)
    return found


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        receiver = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value,
                                                                              ast.Name) else ""
        if name in CALLS or (name in MSGBOX and receiver == "QMessageBox"):
            args = list(node.args) + [k.value for k in node.keywords
                                      if k.arg in ("tip", "text", "title")]
            for arg in args:
                out += [f"{path.name}:{node.lineno}: {name}({s!r})"
                        for s in _english_literals(arg)]
    return out


def test_the_scan_finds_untranslated_literals(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'from PySide6.QtWidgets import QLabel, QPushButton\n'
        'class W:\n'
        '    def f(self, n):\n'
        '        QLabel("Plain English")\n'
        '        QPushButton(self.tr("Fine"))\n'
        '        self.b.setText(f"{n} items")\n'
        '        self.b.setToolTip(self.tr("{n} ok").format(n=n))\n'
        '        self.b.setText("Yes" if n else self.tr("No"))\n'
        '        self.b.setText("<br>")\n', encoding="utf-8")
    found = untranslated_literals(sample)
    assert [f.split(": ", 1)[1] for f in found] == [
        "QLabel('Plain English')", "setText(' items')", "setText('Yes')"]


def test_no_untranslated_literals_in_the_ui():
    offenders = [o for p in sorted(UI_DIR.glob("*.py")) for o in untranslated_literals(p)]
    assert offenders == [], "wrap these in self.tr()/QCoreApplication.translate():\n" + \
        "\n".join(offenders)


def test_every_label_and_button_of_the_chinese_main_window_is_chinese(qtbot, home: Path,
                                                                       english):
    """Untranslated text on the live widgets (not just at call sites)."""
    from zerodx_desktop.services.demo import prepare_demo_home
    from zerodx_desktop.ui.main_window import MainWindow

    prepare_demo_home(home)
    settings = QSettings(str(home / "desktop.ini"), QSettings.Format.IniFormat)
    i18n.set_language_setting(settings, i18n.CHINESE)
    window = MainWindow(home)
    qtbot.addWidget(window)
    try:
        session = window.workspace.session
        data = _strings((session.panel, session.framework))  # names, questions: not UI text
        pages = [window.workspace, window._ensure_role_page(1), window._ensure_role_page(2)]
        english_left = []
        for page in pages:
            for w in page.findChildren(QPushButton) + page.findChildren(QLabel):
                text = MARKUP.sub("", w.text())
                words = re.findall(r"[A-Za-z]{4,}", text)
                shown = w.full_text() if hasattr(w, "full_text") else w.text()  # elided
                if words and not CJK.search(text) and w.isVisibleTo(page) \
                        and shown not in data:
                    english_left.append(f"{type(page).__name__}: {w.text()[:60]!r}")
            for tabs in page.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    if not CJK.search(tabs.tabText(i)):
                        english_left.append(f"tab {tabs.tabText(i)!r}")
        assert english_left == [], "\n".join(english_left)
    finally:
        window.close()


def _strings(obj: object, out: set[str] | None = None) -> set[str]:
    """Every string inside dataclasses, Texts, dicts and sequences (the panel's own data)."""
    import dataclasses

    out = set() if out is None else out
    if isinstance(obj, str):
        out.add(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _strings(v, out)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            _strings(getattr(obj, f.name), out)
    return out
