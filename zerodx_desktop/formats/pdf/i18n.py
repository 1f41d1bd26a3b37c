"""The language of the printed pages (report, certificates, feedback letters): ``en`` or
``zh_CN``.

Message ids are the English texts; :func:`t` looks one up in the current language and fills
its ``{placeholders}``. The Chinese is the app's own catalogue (``zerodx_desktop.catalogue``):
the context ``Report`` of ``resources/translations/zerodx_zh_CN.ts``, and ``engine`` for the
engine's messages. The language is set for one piece of writing with :func:`printing_in` (a
context variable, so a report printed in a worker thread does not change another's language).
Chinese paragraphs break lines between any two CJK characters (reportlab's
``wordWrap="CJK"``, see :func:`wrap_mode`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from zerodx_desktop import catalogue
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.messages import recognise, render

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
_current: ContextVar[str] = ContextVar("zerodx_pdf_language", default=ENGLISH)



def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UserError(f"unknown language '{lang}'", where="--lang",
                        hint="Use one of: " + ", ".join(LANGUAGES) + ".")
    return lang


def current() -> str:
    return _current.get()


@contextmanager
def printing_in(lang: str) -> Iterator[None]:
    """Print in ``lang`` inside the block."""
    token = _current.set(check_language(lang))
    try:
        yield
    finally:
        _current.reset(token)


def t(message: str, /, **kw: object) -> str:
    """``message`` (an English message id) in the current language, placeholders filled."""
    s = catalogue.translate(catalogue.REPORT, message, CHINESE) if _current.get() == CHINESE \
        else message
    return s.format(**kw) if kw else s


def _lookup(message_id: str) -> str:
    if _current.get() != CHINESE:
        return message_id
    report = catalogue.translations(catalogue.REPORT, CHINESE)
    return report.get(message_id) or catalogue.translate(catalogue.ENGINE, message_id, CHINESE)


def engine(text: str) -> str:
    """An engine message (``core.messages.Message`` or a plain sentence as its own id) in the
    current language, from the same catalogue as the app's (context ``engine``); an English
    sentence read back from a result workbook is recognised by its template first."""
    if _current.get() != CHINESE:
        return str(text)
    return render(recognise(text, catalogue.sources(catalogue.ENGINE)), _lookup)


def wrap_mode() -> str | None:
    """reportlab's ``wordWrap`` for the current language: CJK breaks between characters."""
    return "CJK" if _current.get() == CHINESE else None


def doc_lang() -> str:
    return "zh-CN" if _current.get() == CHINESE else "en"


def local(text: object) -> str:
    """A framework text (``core.text.Text``) in the current language when it has that
    variant (else English); anything else as ``str``."""
    get = getattr(text, "get", None)
    if get is not None and not isinstance(text, dict | str):
        return str(get(_current.get()))
    return str(text)
