"""The translation catalogue, read without Qt.

``resources/translations/zerodx_<language>.ts`` (Qt Linguist files) are the one catalogue of
the app's words: the UI loads their compiled ``.qm`` through Qt; the printed pages and the
engine's messages read the ``.ts`` itself here, so core, formats and services stay Qt-free.
Contexts used outside the UI: ``engine`` (the engine's message ids, ``core.messages``) and
``Report`` (the report, certificates and feedback letters, ``formats.pdf_i18n``).

Only finished translations count: an entry still ``unfinished`` (new, not translated yet)
reads as its English source, as it does in the Qt UI. ``scripts/update_translations.py``
refreshes the files (and ``--check`` fails on any unfinished entry).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from zerodx_desktop.paths import translations_dir

ENGINE, REPORT = "engine", "Report"  # the contexts of the engine's and the printed words
_SKIPPED = ("unfinished", "obsolete", "vanished")


def ts_path(lang: str) -> Path:
    """The Linguist file of ``lang`` (``zh_CN``, ``en``)."""
    return translations_dir() / f"zerodx_{lang}.ts"


@functools.cache
def _read(lang: str) -> tuple[dict[str, dict[str, str]], dict[str, tuple[str, ...]]]:
    """(context -> source -> finished translation, context -> every source in file order)."""
    import defusedxml.ElementTree as DET

    from zerodx_desktop.core.errors import UserError

    path = ts_path(lang)
    try:
        root = DET.parse(path).getroot()
    except FileNotFoundError:
        raise UserError("the translation catalogue is not installed", where=str(path),
                        hint="Reinstall ZeroDX Desktop (the wheel ships resources/"
                             "translations).") from None
    except Exception as exc:  # a damaged file: ParseError, a forbidden DTD entity, …
        raise UserError(f"the translation catalogue cannot be read ({exc})", where=str(path),
                        hint="Reinstall ZeroDX Desktop, or repair the file with Qt "
                             "Linguist.") from None
    words: dict[str, dict[str, str]] = {}
    sources: dict[str, list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        table = words.setdefault(name, {})
        listed = sources.setdefault(name, [])
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            listed.append(source)
            tr = message.find("translation")
            if tr is None or tr.get("type") in _SKIPPED:
                continue
            forms = tr.findall("numerusform")
            text = (forms[0].text if forms else tr.text) or ""
            if text:
                table[source] = text
    return words, {name: tuple(listed) for name, listed in sources.items()}


def translations(context: str, lang: str) -> Mapping[str, str]:
    """Source text -> finished translation, for one context of ``lang``'s catalogue."""
    return MappingProxyType(_read(lang)[0].get(context, {}))


def sources(context: str, lang: str = "zh_CN") -> tuple[str, ...]:
    """Every source text (message id) of a context, translated or not, in file order."""
    return _read(lang)[1].get(context, ())


def translate(context: str, source: str, lang: str) -> str:
    """``source`` in ``lang`` (itself when the catalogue has no finished translation)."""
    return _read(lang)[0].get(context, {}).get(source, source)
