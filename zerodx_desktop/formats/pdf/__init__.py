"""The PDF codec: page layout and fonts, charts, the report, certificates and letters.

Rooms: ``fonts`` (font files, escaping, right-to-left lines) and ``i18n`` + ``zh`` (the
printed language; engine sentences come from ``core.messages_zh``); ``layout`` (styles,
paragraphs, tables) and ``pages`` (page templates, footers, contents, draft mark);
``words`` (codes said in words) and ``model`` (what a result prints: verification code,
awards, certificate rows); ``charts``; the documents: ``report`` with ``sections``,
``nominee`` and ``appendix``, ``certificates`` (+ ``certificate_template``, the organizer's
template reader), ``scorecard``, ``letters``. Importing any of them loads no reportlab.
"""
