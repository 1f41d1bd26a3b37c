"""The UI language: translators, the framework-text variant shown, pseudo-localisation, and
numbers/times formatted for the locale.

The language is a preference stored in the home's ``desktop.ini`` (``ui/language``: ``system``,
``en``, ``zh_CN`` or ``pseudo``); ``system`` follows ``QLocale.system()``. ``ZERODX_PSEUDO=1``
forces pseudo-localisation. ``apply_language`` installs the app's and Qt's own translators
(replacing the previous ones); windows built afterwards show the new language.
"""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
)

from zerodx_desktop import catalogue
from zerodx_desktop.core.messages import recognise, render
from zerodx_desktop.core.panel import Method
from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.core.text import Text
from zerodx_desktop.paths import translations_dir
from zerodx_desktop.ui.settings import LANGUAGE

if TYPE_CHECKING:  # the stubs say it returns object; it returns the source text
    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

LANGUAGE_KEY = LANGUAGE.key  # the old name (the register in ui/settings.py owns the key)
SYSTEM, ENGLISH, CHINESE, PSEUDO = "system", "en", "zh_CN", "pseudo"
# (setting, label): language names are shown in their own language, untranslated
LANGUAGES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("i18n", "System")),
    (ENGLISH, "English"),
    (CHINESE, "\u7b80\u4f53\u4e2d\u6587"),
    (PSEUDO, QT_TRANSLATE_NOOP("i18n", "Pseudo (testing)")),
)
APP_CATALOGUE = "zerodx"

_installed: list[QTranslator] = []
_current = ENGLISH


def resolve_language(setting: str | None) -> str:
    """The language actually used for a preference: ``en``, ``zh_CN`` or ``pseudo``."""
    if os.environ.get("ZERODX_PSEUDO", "") not in ("", "0"):
        return PSEUDO
    if setting in (ENGLISH, CHINESE, PSEUDO):
        return setting
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def language_setting(settings: QSettings) -> str:
    value = LANGUAGE.get(settings)
    return value if value in dict(LANGUAGES) else SYSTEM


def set_language_setting(settings: QSettings, setting: str) -> None:
    if setting not in dict(LANGUAGES):
        raise ValueError(f"unknown language setting {setting!r}")
    LANGUAGE.set(settings, setting)
    settings.sync()


def _locale_for(code: str) -> QLocale:
    system = QLocale.system()
    if code == CHINESE:
        if system.language() == QLocale.Language.Chinese:
            return system
        return QLocale("zh_CN")
    if code == ENGLISH and system.language() != QLocale.Language.English:
        return QLocale("en_US")
    return system


def apply_language(setting: str | None = SYSTEM) -> str:
    """Install the translators for ``setting`` (replacing earlier ones); returns the code used.

    The default locale follows, so ``QLocale()`` formats numbers and times for the language.
    """
    global _current
    app = QCoreApplication.instance()
    code = resolve_language(setting)
    for tr in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(_locale_for(code))
    _current = code
    if app is None:
        return code
    if code == PSEUDO:
        _install(PseudoTranslator(app))
        return code
    app_tr = QTranslator(app)
    if app_tr.load(f"{APP_CATALOGUE}_{code}", str(translations_dir())):
        _install(app_tr)
    if code != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalogue in ("qtbase",):
            qt_tr = QTranslator(app)
            if qt_tr.load(f"{catalogue}_{code}", qt_dir):
                _install(qt_tr)
    return code


def _install(tr: QTranslator) -> None:
    QCoreApplication.installTranslator(tr)
    _installed.append(tr)


def _engine(source: str) -> str:
    return QCoreApplication.translate("engine", source)


def engine_text(text: str) -> str:
    """An engine message (``core.messages.Message``, or a plain sentence used as its own id)
    in the UI language, through the Qt catalogue's context ``engine`` (an English sentence
    read back from a result workbook is recognised by its template first)."""
    if _current == ENGLISH:
        return str(text)
    return render(recognise(text, catalogue.sources(catalogue.ENGINE)), _engine)


def current_language() -> str:
    """``en``, ``zh_CN`` or ``pseudo``: what ``apply_language`` last installed."""
    return _current


def current_lang() -> str:
    """The framework-text variant to show: ``zh`` or ``en``."""
    return "zh" if _current.startswith("zh") else "en"


def text(value: Text | str | dict[str, str] | None) -> str:
    """A framework text (title, question, label…) in the chosen UI language."""
    return Text.of(value).get(current_lang())


def refresh_model_texts(model: Any) -> None:
    """Make the views of ``model`` ask it again for every header and cell: after a language
    change, texts the model translates when asked (headers, statuses, tooltips) follow."""
    rows, cols = model.rowCount(), model.columnCount()
    if cols:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
    if rows:
        model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))


def strip_mnemonic(text: str) -> str:
    """A menu text without its mnemonic, for a toolbar button or a label: "&Overview" →
    "Overview", "概览(&O)" → "概览", "A && B" → "A & B"."""
    text = re.sub(r"[(（]&[^&\s][)）]", "", text)
    return re.sub(r"&(.)", r"\1", text).replace("\u2026", "").rstrip(".").rstrip()


def partial_text(done: int, count: int) -> str:
    """What a total or subtotal shows while it is partial: "— (3 of 8)"; the partial number
    goes in a tooltip (``so_far_text``) so that it is never read as final."""
    return QCoreApplication.translate("i18n", "\u2014 ({done} of {count})").format(
        done=done, count=count)


def so_far_text(value: float | None, done: int, count: int) -> str:
    return QCoreApplication.translate(
        "i18n", "Partial: {value} / 100 so far, from {done} of {count} criteria complete"
    ).format(value=fmt_number(value, 1), done=done, count=count)


# ---- locale formatting ------------------------------------------------------------------
def fmt_number(value: float | int | None, decimals: int = 2, empty: str = "\u2014") -> str:
    """``value`` with ``decimals`` decimals and the locale's separators; ``empty`` for None/NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    return QLocale().toString(float(value), "f", decimals)


def fmt_time(t: QTime | None = None) -> str:
    """A time of day (now by default) with seconds, in the locale's format."""
    t = t if t is not None else QTime.currentTime()
    loc = QLocale()
    fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in fmt:
        fmt = re.sub(r"(mm)", r"\1:ss", fmt, count=1)
    return loc.toString(t, fmt)


def fmt_datetime(value: Any) -> str:
    """An ISO date-time string or datetime as local "yyyy-MM-dd HH:mm" (as given if unparsable).

    ISO-like and 24-hour in every language: "11/28/26 10:39 PM" is ambiguous across a panel.
    """
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    if isinstance(value, str):
        text = value
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    if isinstance(value, datetime):
        qdt = QDateTime(value.astimezone()) if value.tzinfo else QDateTime(value)
        return qdt.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return str(value)


# ---- pseudo-localisation ---------------------------------------------------------------
_ACCENTS = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "\u00e0\u0180\u00e7\u00f0\u00e9\u0192\u011d\u0125\u00ee\u0135\u0137\u013a\u0271\u00f1\u00f6"
    "\u00fe\u01eb\u0155\u0161\u0163\u00fb\u1e7d\u0175\u1e8b\u00fd\u017e"
    "\u00c5\u0181\u00c7\u00d0\u00c9\u0191\u011c\u0124\u00ce\u0134\u0136\u0139\u1e3e\u00d1\u00d6"
    "\u00de\u01ea\u0154\u0160\u0162\u00db\u1e7c\u0174\u1e8a\u00dd\u017d", strict=True))
# kept verbatim: %1 %L1 %n, {name} / {0:.2f}, &-mnemonics (& and its letter), &&, HTML tags
# and entities, and \n
_KEEP = re.compile(r"%L?\d+|%n|\{[^{}]*\}|&&|&#?\w+;|&\w|<[^<>]*>|\n")


def pseudo(source: str) -> str:
    """``source`` accented, ~35% longer and bracketed; placeholders and markup untouched."""
    if not source:
        return source
    out, pos = [], 0
    for m in _KEEP.finditer(source):
        out.append("".join(_ACCENTS.get(c, c) for c in source[pos:m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append("".join(_ACCENTS.get(c, c) for c in source[pos:]))
    letters = sum(1 for c in source if c.isalpha())
    pad = "~" * max(2, math.ceil(letters * 0.35))
    return f"[{''.join(out)} {pad}]"


class PseudoTranslator(QTranslator):
    """Every source text, pseudo-localised: an unwrapped string on screen was not translated."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


# ---- statuses (their values are data: kept in English in files and settings) -----------
STATUS_TEXT: dict[str, str] = {
    NomineeStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Status", "not started"),
    NomineeStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "in progress"),
    NomineeStatus.COMPLETE: QT_TRANSLATE_NOOP("Status", "complete"),
    NomineeStatus.RECUSED: QT_TRANSLATE_NOOP("Status", "recused"),
    NomineeStatus.NOT_ASSIGNED: QT_TRANSLATE_NOOP("Status", "not assigned to you"),
    "empty": QT_TRANSLATE_NOOP("Status", "empty"),
    "needs comment": QT_TRANSLATE_NOOP("Status", "needs comment"),
    "done": QT_TRANSLATE_NOOP("Status", "done"),
}


def status_text(value: object) -> str:
    """A nominee or criterion status (``NomineeStatus``/``CriterionState`` value) for display."""
    raw = str(getattr(value, "value", value))
    return QCoreApplication.translate("Status", STATUS_TEXT[raw]) if raw in STATUS_TEXT else raw


# The ranking methods' names and what each does (their ids stay the data everywhere); the
# translation context stays "MergeView", where they were first shown.
METHOD_LABELS: dict[str, str] = {
    Method.MEAN: QT_TRANSLATE_NOOP("MergeView", "Mean of the judges' totals"),
    Method.MEDIAN: QT_TRANSLATE_NOOP("MergeView", "Median of the judges' totals"),
    Method.TRIMMED: QT_TRANSLATE_NOOP("MergeView",
                                      "Trimmed mean (20% trimmed from each end)"),
    Method.ZSCORE: QT_TRANSLATE_NOOP("MergeView", "Z-scores (each judge standardised)"),
    Method.SCHULZE: QT_TRANSLATE_NOOP("MergeView", "Schulze (combines the judges' rankings)"),
    Method.ADJUSTED: QT_TRANSLATE_NOOP("MergeView",
                                       "Adjusted (each judge's severity removed by least squares)"),
}


# the method picker's item texts: a short name (the method's id stays the item's data)
METHOD_NAMES: dict[str, str] = {
    Method.MEAN: QT_TRANSLATE_NOOP("MergeView", "Mean"),
    Method.MEDIAN: QT_TRANSLATE_NOOP("MergeView", "Median"),
    Method.TRIMMED: QT_TRANSLATE_NOOP("MergeView", "Trimmed mean"),
    Method.ZSCORE: QT_TRANSLATE_NOOP("MergeView", "Z-score"),
    Method.SCHULZE: QT_TRANSLATE_NOOP("MergeView", "Schulze"),
    Method.ADJUSTED: QT_TRANSLATE_NOOP("MergeView", "Adjusted"),
}


def method_name(method: str) -> str:
    """A method's short name in the UI language (the method's id if unknown)."""
    if method not in METHOD_NAMES:
        return method
    return QCoreApplication.translate("MergeView", METHOD_NAMES[method])


def method_label(method: str) -> str:
    """What a ranking method does, in the UI language (the method's id if unknown)."""
    if method not in METHOD_LABELS:
        return method
    return QCoreApplication.translate("MergeView", METHOD_LABELS[method])


class Retranslating:
    """Mixin for a widget whose ``retranslate()`` sets all its texts: it runs again when the
    UI language changes. The event also follows translators a window's own ``__init__``
    installed: a widget that already shows the current language is left alone."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.LanguageChange
                and getattr(self, "_ui_lang", None) not in (None, current_language())):
            self.retranslate()
        # why the ignore below: a mixin: the Qt base class is known only in the combined class
        super().changeEvent(event)  # type: ignore[misc]
