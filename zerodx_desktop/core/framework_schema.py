"""JSON Schemas (Draft 2020-12) for framework files and nominee.json, as Python dicts.

core does no I/O, so the schemas live here; ``data/schemas/*.schema.json`` are the same
documents written out for editors and other tools (``scripts/write_schemas.py`` writes them and
tests/unit/test_framework.py asserts they are identical). The schema checks shapes and types;
``core.framework`` adds the checks a schema cannot express (scale coverage, unique ids, ...).
"""

from __future__ import annotations

from typing import Any

FRAMEWORK_FORMAT = "zerodx-framework/1"
ID_PATTERN = r"^[A-Za-z0-9._-]+$"
LANG_PATTERN = r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})*$"
DECIMAL_PATTERN = r"^[0-9]+(\.[0-9]+)?$"
# A plain file name: no folders, no leading dot, no control or Windows-reserved characters.
FILE_NAME_PATTERN = r'^[^./\\\x00-\x1f:*?"<>|][^/\\\x00-\x1f:*?"<>|]{0,199}$'

MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024
MAX_CRITERIA = 2000
MAX_NOMINEE_BYTES = 1024 * 1024

_TEXT: dict[str, Any] = {
    "description": "A text: a plain string or a language map such as {\"en\": ..., \"zh\": ...}",
    "anyOf": [
        {"type": "string", "maxLength": 20000},
        {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": LANG_PATTERN},
            "additionalProperties": {"type": "string", "maxLength": 20000},
        },
    ],
}

_WEIGHT: dict[str, Any] = {
    "description": "A positive number (relative within its parent), or the same as a decimal "
    "string such as \"1.5\". Defaults to 1.",
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": DECIMAL_PATTERN},
    ],
}


def _group(children: str, child: str) -> dict[str, Any]:
    """A domain or a dimension: id, title, optional description and weight, and at least one
    ``child`` in ``children``."""
    return {
        "type": "object",
        "required": ["id", "title", children],
        "properties": {
            "id": _ID,
            "title": {"$ref": "#/$defs/text"},
            "description": {"$ref": "#/$defs/text"},
            "weight": {"$ref": "#/$defs/weight"},
            children: {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": f"#/$defs/{child}"},
            },
        },
        "patternProperties": {"^x-": True},
        "additionalProperties": False,
    }

_ID: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN, "maxLength": 200}

FRAMEWORK_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://zerodx.example/schemas/framework.schema.json",
    "title": "ZeroDX assessment framework",
    "type": "object",
    "required": ["format", "id", "version", "title", "scale", "domains"],
    "properties": {
        "$schema": {"type": "string"},
        "format": {"const": FRAMEWORK_FORMAT},
        "id": _ID,
        "version": {"type": "string", "minLength": 1, "maxLength": 100},
        "title": {"$ref": "#/$defs/text"},
        "description": {"$ref": "#/$defs/text"},
        "notice": {"$ref": "#/$defs/text"},
        "sample": {"type": "boolean"},
        "scale": {
            "type": "object",
            "required": ["min", "max", "levels"],
            "properties": {
                "min": {"type": "integer"},
                "max": {"type": "integer"},
                "levels": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 101,
                    "items": {
                        "type": "object",
                        "required": ["value", "label"],
                        "properties": {
                            "value": {"type": "integer"},
                            "label": {"$ref": "#/$defs/text"},
                            "description": {"$ref": "#/$defs/text"},
                        },
                        "additionalProperties": False,
                    },
                },
            },
            "additionalProperties": False,
        },
        "require_comment_for": {
            "type": "array",
            "items": {"type": "integer"},
            "uniqueItems": True,
        },
        "domains": {
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/domain"},
        },
    },
    "patternProperties": {"^x-": True},
    "additionalProperties": False,
    "$defs": {
        "text": _TEXT,
        "weight": _WEIGHT,
        "domain": _group("dimensions", "dimension"),
        "dimension": _group("criteria", "criterion"),
        "criterion": {
            "type": "object",
            "required": ["id", "question"],
            "properties": {
                "id": _ID,
                "title": {"$ref": "#/$defs/text"},
                "question": {"$ref": "#/$defs/text"},
                "guidance": {"$ref": "#/$defs/text"},
                "weight": {"$ref": "#/$defs/weight"},
                "levels": {
                    "type": "object",
                    "propertyNames": {"pattern": r"^-?[0-9]{1,4}$"},
                    "additionalProperties": {"$ref": "#/$defs/text"},
                },
            },
            "patternProperties": {"^x-": True},
            "additionalProperties": False,
        },
    },
}

NOMINEE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://zerodx.example/schemas/nominee.schema.json",
    "title": "ZeroDX nominee (nominee.json in a nominee folder)",
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "$schema": {"type": "string"},
        "id": _ID,
        "name": {"type": "string", "minLength": 1, "maxLength": 300},
        "country": {"type": "string", "maxLength": 100},
        "category": {"type": "string", "maxLength": 200},
        "summary": {"type": "string", "maxLength": 10000},
        "sections": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["title", "body"],
                "properties": {
                    "title": {"type": "string", "maxLength": 300},
                    "body": {"type": "string", "maxLength": 100000},
                },
                "additionalProperties": False,
            },
        },
        "attachments": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "description": "A file name in the nominee's folder: no folders, "
                        "no leading dot, no control or reserved characters.",
                        "type": "string",
                        "pattern": FILE_NAME_PATTERN,
                    },
                    "title": {"type": "string", "maxLength": 300},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}
