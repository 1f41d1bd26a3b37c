"""Engine messages as a message id with arguments, translated at the edge.

A :class:`Message` is the English sentence (it *is* a ``str``, so the CLI, ``--json``, the
result workbook and every log keep the exact English text they always had) that also carries
its message id and arguments. The id is the English template with ``{placeholders}``, as in
the app's Qt catalogue; an argument may itself be a :class:`Message` (a reason inside a
reading, "A and B"), translated with it.

The edges translate: the UI with ``QCoreApplication.translate("engine", id)`` (``ui.i18n``),
the PDFs with ``formats.pdf.i18n``. Both read one catalogue, :mod:`core.messages_zh`
(``scripts/update_translations.py`` copies it into the Qt .ts files and lists its ids for
``lupdate`` in ``ui/engine_catalogue.py``). A plain ``str`` handed to :func:`render` is
looked up as an id too, so fixed sentences need no wrapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

Translate = Callable[[str], str]


def _english(message_id: str) -> str:
    return message_id


class Message(str):
    """An English sentence that remembers its message id and arguments."""

    id: str
    args: dict[str, Any]

    def __new__(cls, message_id: str, /, **args: Any) -> Message:
        self = super().__new__(cls, _fill(message_id, message_id, args, _english))
        self.id = message_id
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickles across the merge's worker processes
        return (_rebuild, (self.id, self.args))

    def render(self, translate: Translate) -> str:
        """The sentence in the language of ``translate`` (id -> template)."""
        return _fill(self.id, translate(self.id), self.args, translate)


def _rebuild(message_id: str, args: dict[str, Any]) -> Message:
    return Message(message_id, **args)


def _fill(message_id: str, template: str, args: dict[str, Any], translate: Translate) -> str:
    values = {k: render(v, translate) if isinstance(v, Message) else v for k, v in args.items()}
    if not args:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        return message_id.format(**values)


def render(text: str, translate: Translate) -> str:
    """``text`` in the language of ``translate``: a :class:`Message` with its arguments, a
    plain string as a message id (itself when the catalogue does not know it)."""
    if isinstance(text, Message):
        return text.render(translate)
    return translate(text) if text else text


def join_names(parts: list[str]) -> str:
    """"A", "A and B", "A, B and C" (a :class:`Message` from two names on)."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return Message("{names} and {last}", names=", ".join(parts[:-1]), last=parts[-1])


@lru_cache(maxsize=8)
def _patterns(ids: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    # the most specific template first: "Kendall's W cannot be computed: {why}." before
    # "Kendall's W {w}: {order}"
    for message_id in sorted(ids, key=lambda i: -_literal(i)):
        if "{" not in message_id:
            continue
        parts = re.split(r"\{(\w+)\}", message_id)
        rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                     for i, p in enumerate(parts))
        try:
            out.append((message_id, re.compile(rx, re.DOTALL)))
        except re.error:  # the same placeholder twice: not recognisable this way
            continue
    return out


def recognise(text: str, ids: Iterable[str], depth: int = 3) -> str:
    """``text`` as a :class:`Message` when it is one of the templates ``ids`` filled in (an
    English sentence read back from a result workbook, say), its arguments recognised in
    turn; else ``text`` itself. Plain ids need no recognising (:func:`render` looks them up).
    A whole sentence is only taken for a template with some words of its own (not for
    "{names} and {last}", which says little about a sentence that happens to hold "and").
    """
    return _recognise(text, tuple(ids), depth, top=True)


def _literal(message_id: str) -> int:
    return len(re.sub(r"\{\w+\}", "", message_id).strip())


def _recognise(text: str, ids: tuple[str, ...], depth: int, *, top: bool = False) -> str:
    if isinstance(text, Message) or not text or depth <= 0:
        return text
    if text in ids:
        return Message(text)
    for message_id, rx in _patterns(ids):
        if top and _literal(message_id) < 12:
            continue
        match = rx.fullmatch(text)
        if match is not None:
            args = {k: _recognise(v, ids, depth - 1) for k, v in match.groupdict().items()}
            return Message(message_id, **args)
    return text
