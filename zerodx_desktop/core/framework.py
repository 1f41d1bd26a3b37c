"""The assessment framework: scale, domains -> dimensions -> criteria, weights, descriptors.

``framework_from_dict`` validates a framework document (the JSON Schema in
``core.framework_schema`` plus the checks a schema cannot express) and builds these immutable
objects; ``Framework.hash`` identifies a version canonically. ``framework_from_bytes`` parses
untrusted bytes with limits first. Reading files is ``formats.framework_file``'s job.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from zerodx_desktop.core.canonical import canonical_json, sha256_hex
from zerodx_desktop.core.errors import FrameworkError
from zerodx_desktop.core.framework_schema import (
    DECIMAL_PATTERN,
    FRAMEWORK_FORMAT,
    FRAMEWORK_SCHEMA,
    LANG_PATTERN,
    MAX_CRITERIA,
    MAX_FRAMEWORK_BYTES,
)
from zerodx_desktop.core.text import Text


@dataclass(frozen=True)
class ScaleLevel:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class Scale:
    min: int
    max: int
    levels: tuple[ScaleLevel, ...]

    def level(self, value: int) -> ScaleLevel:
        for lv in self.levels:
            if lv.value == value:
                return lv
        raise KeyError(value)

    def contains(self, value: int) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Criterion:
    id: str
    question: Text
    guidance: Text
    weight: float
    descriptors: dict[int, Text]  # level value -> descriptor (optional per level)
    domain_id: str = ""
    dimension_id: str = ""
    title: Text = field(default_factory=Text)  # optional short name


@dataclass(frozen=True)
class Dimension:
    id: str
    title: Text
    weight: float
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Domain:
    id: str
    title: Text
    weight: float
    dimensions: tuple[Dimension, ...]

    def criteria(self) -> list[Criterion]:
        return [c for dim in self.dimensions for c in dim.criteria]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: Text
    scale: Scale
    domains: tuple[Domain, ...]
    require_comment_for: frozenset[int]
    sample: bool
    # the validated document, numbers normalised (see normalise_numbers); shared, don't mutate
    raw: dict[str, Any] = field(repr=False, compare=False)
    hash: str = ""  # "sha256:<hex>" of the canonical JSON of ``raw``
    notice: Text = field(default_factory=Text)  # e.g. why a sample is only a sample

    def criteria(self) -> list[Criterion]:
        """Every criterion in framework order."""
        return [c for d in self.domains for dim in d.dimensions for c in dim.criteria]

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria():
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def domain(self, domain_id: str) -> Domain:
        for d in self.domains:
            if d.id == domain_id:
                return d
        raise KeyError(domain_id)

    def criterion_weights(self) -> dict[str, float]:
        """Each criterion's effective weight in the nominee total (sums to 1).

        Weights are relative within their parent: domain share x dimension share x criterion
        share.
        """
        out: dict[str, float] = {}
        dsum = sum(d.weight for d in self.domains)
        for d in self.domains:
            msum = sum(m.weight for m in d.dimensions)
            for m in d.dimensions:
                csum = sum(c.weight for c in m.criteria)
                for c in m.criteria:
                    out[c.id] = (d.weight / dsum) * (m.weight / msum) * (c.weight / csum)
        return out

    def domain_criterion_weights(self, domain_id: str) -> dict[str, float]:
        """Each criterion's weight within its domain (dimension share x criterion share)."""
        d = self.domain(domain_id)
        out: dict[str, float] = {}
        msum = sum(m.weight for m in d.dimensions)
        for m in d.dimensions:
            csum = sum(c.weight for c in m.criteria)
            for c in m.criteria:
                out[c.id] = (m.weight / msum) * (c.weight / csum)
        return out


# --------------------------------------------------------------------------- loading

def load_framework(source: dict[str, Any] | bytes | str) -> Framework:
    """A framework from a parsed document, or from JSON bytes/text (never a file path).

    To read a file use ``formats.framework_file.read_framework_file``.
    """
    if isinstance(source, dict):
        return framework_from_dict(source)
    if isinstance(source, bytes | bytearray):
        return framework_from_bytes(bytes(source))
    if isinstance(source, str):
        return framework_from_bytes(source.encode("utf-8"))
    raise TypeError(
        f"load_framework takes a dict, bytes or JSON text, not {type(source).__name__}; "
        "use formats.framework_file.read_framework_file for a file"
    )


def framework_from_bytes(data: bytes, *, where: str = "framework file") -> Framework:
    """Parse untrusted bytes (size limit, UTF-8, JSON) and validate them as a framework."""
    if len(data) > MAX_FRAMEWORK_BYTES:
        raise FrameworkError(
            f"is too large ({len(data):,} bytes; a framework may be at most "
            f"{MAX_FRAMEWORK_BYTES // (1024 * 1024)} MB)",
            where=where, hint="Check that this is a framework file.")
    return framework_from_dict(parse_json_bytes(data, where=where))


def parse_json_bytes(data: bytes, *, where: str) -> Any:
    """Decode UTF-8 (a BOM is tolerated) and parse JSON, with errors a person understands."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FrameworkError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start})",
            where=where, hint="Save the file as UTF-8 (JSON files must be UTF-8).") from exc

    def _no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed in JSON")

    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            where=where, hint="Check the file in a JSON validator or text editor.") from exc
    except ValueError as exc:
        raise FrameworkError(f"is not valid JSON: {exc}", where=where) from exc
    except RecursionError as exc:
        raise FrameworkError("is nested too deeply to be a framework", where=where) from exc


def framework_from_dict(doc: dict[str, Any]) -> Framework:
    """Validate a framework document and build the immutable ``Framework``.

    Raises ``FrameworkError`` naming the first bad field as a JSON path
    (``domains[0].dimensions[1].criteria[2].weight``).
    """
    # Validation costs ~30 ms for the sample; the same document is loaded again and again
    # (store, services, UI), so validated frameworks are memoised by their canonical hash.
    key = _memo_key(doc)
    if key is not None and key in _MEMO:
        return _MEMO[key]
    try:
        _check_shape_and_limits(doc)
        _check_schema(doc)
        _check_semantics(doc)
        raw = normalise_numbers(doc)
        digest = framework_hash(raw)
    except RecursionError as exc:
        raise FrameworkError("is nested too deeply to be a framework", where="(top level)") from exc
    framework = _build(raw, digest)
    if key is not None:
        _MEMO[key] = framework
        while len(_MEMO) > _MEMO_SIZE:
            del _MEMO[next(iter(_MEMO))]
    return framework


def framework_from_validated_dict(doc: dict[str, Any], validated_hash: str) -> Framework:
    """A framework this program validated in full before and kept with its hash.

    The store validates every framework when a panel is imported and records its hash. When
    ``doc`` still hashes to ``validated_hash`` it is that document, so the JSON-schema pass
    (importing jsonschema and walking the schema: ~100 ms of the desktop app's start-up) is
    skipped; the shape, limit and semantic checks still run. A document that does not match
    (or that a check rejects) goes through :func:`framework_from_dict` and its plain-words
    errors.
    """
    key = _memo_key(doc)
    if key is None or not validated_hash or key != validated_hash:
        return framework_from_dict(doc)
    if key in _MEMO:
        return _MEMO[key]
    try:
        _check_shape_and_limits(doc)
        _check_semantics(doc)
        framework = _build(normalise_numbers(doc), key)
    except (FrameworkError, KeyError, TypeError, ValueError, AttributeError, RecursionError):
        return framework_from_dict(doc)  # raises the error a person can act on
    _MEMO[key] = framework
    while len(_MEMO) > _MEMO_SIZE:
        del _MEMO[next(iter(_MEMO))]
    return framework


_MEMO: dict[str, Framework] = {}
_MEMO_SIZE = 8


def _memo_key(doc: Any) -> str | None:
    """The hash a valid ``doc`` would get, or None when it cannot even be computed."""
    if not isinstance(doc, dict) or doc.get("format") != FRAMEWORK_FORMAT:
        return None
    try:
        return framework_hash(normalise_numbers(doc))
    except (ValueError, TypeError, ArithmeticError, RecursionError):
        return None


def framework_hash(doc: dict[str, Any]) -> str:
    """``"sha256:" + hex`` of the canonical JSON of a validated, number-normalised document."""
    return "sha256:" + sha256_hex(canonical_json(doc))


def normalise_numbers(value: Any, *, _weight: bool = False) -> Any:
    """Make a document canonical-JSON-ready: whole floats become ints, other floats (and
    weights written as decimal strings) become normalised decimal strings ("1.5")."""
    if isinstance(value, dict):
        return {k: normalise_numbers(v, _weight=(k == "weight")) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_numbers(v) for v in value]
    if isinstance(value, float) or (_weight and isinstance(value, str)):
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if d == d.to_integral_value():
            return int(d)
        return format(d.normalize(), "f")
    return value


# --------------------------------------------------------------------------- validation

def json_path(parts: Sequence[str | int]) -> str:
    """``["domains", 0, "id"]`` -> ``domains[0].id`` (the top level is ``(top level)``)."""
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$-]*", p):
            out += f".{p}" if out else p
        else:
            out += f"[{json.dumps(p, ensure_ascii=False)}]"
    return out or "(top level)"


def _fail(parts: Sequence[str | int], what: str, hint: str | None = None) -> FrameworkError:
    return FrameworkError(what, where=json_path(parts), hint=hint)


def _check_shape_and_limits(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise FrameworkError(
            f"a framework must be a JSON object ({{...}}), not {_type_name(doc)}",
            where="(top level)")
    fmt = doc.get("format")
    if fmt != FRAMEWORK_FORMAT:
        what = ("is missing" if fmt is None
                else f"is {json.dumps(fmt, ensure_ascii=False)[:80]}")
        raise _fail(["format"], f"{what}; a framework file must say \"{FRAMEWORK_FORMAT}\"",
                    hint="Is this a ZeroDX framework file? Set \"format\": "
                         f"\"{FRAMEWORK_FORMAT}\".")
    count = 0
    domains = doc.get("domains")
    if isinstance(domains, list):
        for d in domains:
            dims = d.get("dimensions") if isinstance(d, dict) else None
            for m in dims if isinstance(dims, list) else ():
                crits = m.get("criteria") if isinstance(m, dict) else None
                count += len(crits) if isinstance(crits, list) else 0
    if count > MAX_CRITERIA:
        raise _fail(["domains"], f"has {count:,} criteria; a framework may have at most "
                                 f"{MAX_CRITERIA:,}")


_TYPE_WORDS = {
    "integer": "a whole number", "number": "a number", "string": "a text (\"...\")",
    "object": "an object ({...})", "array": "a list ([...])", "boolean": "true or false",
    "null": "null",
}


_VALUE_WORDS: tuple[tuple[type, str], ...] = (
    (type(None), "null"), (bool, "true/false"), (int, "a whole number"), (float, "a number"),
    (str, "a text"), (list, "a list"), (dict, "an object"))  # bool before int: a bool is an int


def _type_name(value: Any) -> str:
    return next((word for kind, word in _VALUE_WORDS if isinstance(value, kind)),
                type(value).__name__)


def _path_key(error: Any) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, str(p)) for p in error.absolute_path)


def _check_schema(doc: dict[str, Any]) -> None:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(FRAMEWORK_SCHEMA)
    errors = list(validator.iter_errors(doc))
    if not errors:
        return
    # The first problem in document order (a parent before its children), in plain words.
    first = min(errors, key=_path_key)
    raise _translate(first)


def _translate(error: Any) -> FrameworkError:
    path: list[str | int] = list(error.absolute_path)
    kind = error.validator
    inst = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if kind == "required":
        missing = next(r for r in error.validator_value if r not in inst)
        return _fail([*path, missing], "is missing (a required field)")
    if kind == "additionalProperties":
        allowed = set(schema.get("properties", {}))
        extras = sorted(k for k in inst if k not in allowed and not k.startswith("x-"))
        name = extras[0] if extras else "?"
        return _fail([*path, name], "is not a known field",
                     hint="Check its spelling. Allowed here: "
                          + ", ".join(sorted(allowed)) + " (and x-... extensions).")
    if kind == "type":
        expected = error.validator_value
        words = _TYPE_WORDS.get(expected, str(expected)) if isinstance(expected, str) else \
            " or ".join(_TYPE_WORDS.get(e, e) for e in expected)
        return _fail(path, f"must be {words}, not {_type_name(inst)}")
    if kind == "anyOf":
        if schema.get("description", "").startswith("A text"):
            if isinstance(inst, dict):  # explain what is wrong inside the language map
                for sub in error.context:
                    if list(sub.relative_schema_path)[:1] == [1]:
                        return _translate(sub)
            return _fail(path, f"must be a text or a language map like "
                               f"{{\"en\": \"...\", \"zh\": \"...\"}}, not {_type_name(inst)}")
        if schema.get("description", "").startswith("A positive number"):
            return _fail(path, f"must be a positive number, not {_type_name(inst)}")
        return _fail(path, "has the wrong type or shape")
    if kind == "const":
        return _fail(path, f"must be {json.dumps(error.validator_value)}")
    if kind == "pattern":
        if error.validator_value.startswith("^[A-Za-z0-9._-]"):
            return _fail(path, f"{json.dumps(inst, ensure_ascii=False)[:80]} is not a valid id: "
                               "use only letters, digits, '.', '_' and '-'")
        shown = json.dumps(inst, ensure_ascii=False)[:80]
        if error.validator_value == LANG_PATTERN:
            return _fail(path, f"{shown} is not a language code; use codes such as "
                               "\"en\" or \"zh\" as the keys of a language map")
        if error.validator_value == DECIMAL_PATTERN:
            return _fail(path, f"must be a positive number, not {shown}")
        if "levels" in path[-1:]:
            return _fail(path, f"{shown} is not a level number; descriptor keys are levels "
                               "such as \"1\"")
        return _fail(path, f"{shown} is not allowed here")
    if kind == "propertyNames":
        return _fail(path, f"{json.dumps(inst, ensure_ascii=False)[:80]} is not allowed as a key "
                           "here (level descriptors use level numbers such as \"1\"; "
                           "language maps use language codes such as \"en\", \"zh\")")
    if kind == "minItems":
        n = error.validator_value
        return _fail(path, f"must list at least {n} item{'s' if n != 1 else ''}")
    if kind == "maxItems":
        return _fail(path, f"lists too many items (at most {error.validator_value})")
    if kind == "uniqueItems":
        return _fail(path, "lists the same value more than once")
    if kind == "minLength":
        return _fail(path, "is empty")
    if kind == "maxLength":
        return _fail(path, f"is too long (at most {error.validator_value:,} characters)")
    if kind == "minProperties":
        return _fail(path, "must not be empty")
    return _fail(path, str(error.message)[:200])


def _text_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return not any(isinstance(v, str) and v.strip() for v in value.values())
    return True


def _weight_value(raw: Any) -> float | None:
    """The weight as a float, or None when it is not a positive finite number."""
    if raw is None:
        return 1.0
    try:
        value = float(Decimal(raw) if isinstance(raw, str) else raw)
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not math.isfinite(value) or value <= 0:
        return None
    return value


def _check_weight(node: dict[str, Any], path: list[str | int]) -> None:
    if "weight" in node and _weight_value(node["weight"]) is None:
        raise _fail([*path, "weight"], f"must be a number greater than zero, not "
                                       f"{json.dumps(node['weight'])}",
                    hint="Weights are relative within their parent; use 1 for equal weights.")


def _nonempty(node: dict[str, Any], key: str, path: list[str | int]) -> None:
    if key in node and _text_empty(node[key]):
        raise _fail([*path, key], "is empty")


def _check_semantics(doc: dict[str, Any]) -> None:
    _nonempty(doc, "title", [])
    scale = doc["scale"]
    lo, hi = scale["min"], scale["max"]
    if lo >= hi:
        raise _fail(["scale", "max"], f"must be greater than scale.min (min is {lo}, max is {hi})")
    if hi - lo > 100:
        raise _fail(["scale"], f"has {hi - lo + 1} levels; a scale may have at most 101")
    seen: dict[int, int] = {}
    for i, lv in enumerate(scale["levels"]):
        v = lv["value"]
        if not lo <= v <= hi:
            raise _fail(["scale", "levels", i, "value"],
                        f"{v} is outside the scale ({lo} to {hi})")
        if v in seen:
            raise _fail(["scale", "levels", i, "value"],
                        f"level {v} is listed twice (also at scale.levels[{seen[v]}])")
        seen[v] = i
        _nonempty(lv, "label", ["scale", "levels", i])
    missing = [v for v in range(lo, hi + 1) if v not in seen]
    if missing:
        raise _fail(["scale", "levels"],
                    f"level {', '.join(map(str, missing))} is missing; the scale must list "
                    f"every value from {lo} to {hi} once")
    for i, v in enumerate(doc.get("require_comment_for", [])):
        if not lo <= v <= hi:
            raise _fail(["require_comment_for", i], f"{v} is outside the scale ({lo} to {hi})")

    domain_ids: dict[str, int] = {}
    criterion_ids: dict[str, str] = {}
    for di, d in enumerate(doc["domains"]):
        dpath: list[str | int] = ["domains", di]
        if d["id"] in domain_ids:
            raise _fail([*dpath, "id"], f"domain id \"{d['id']}\" is already used by "
                                        f"domains[{domain_ids[d['id']]}]")
        domain_ids[d["id"]] = di
        _nonempty(d, "title", dpath)
        _check_weight(d, dpath)
        dim_ids: dict[str, int] = {}
        for mi, m in enumerate(d["dimensions"]):
            mpath: list[str | int] = [*dpath, "dimensions", mi]
            if m["id"] in dim_ids:
                raise _fail([*mpath, "id"], f"dimension id \"{m['id']}\" is already used in "
                                            f"this domain (dimensions[{dim_ids[m['id']]}])")
            dim_ids[m["id"]] = mi
            _nonempty(m, "title", mpath)
            _check_weight(m, mpath)
            for ci, c in enumerate(m["criteria"]):
                cpath: list[str | int] = [*mpath, "criteria", ci]
                if c["id"] in criterion_ids:
                    raise _fail([*cpath, "id"],
                                f"criterion id \"{c['id']}\" is already used at "
                                f"{criterion_ids[c['id']]}",
                                hint="Criterion ids must be unique in the whole framework.")
                criterion_ids[c["id"]] = json_path(cpath)
                _nonempty(c, "question", cpath)
                _check_weight(c, cpath)
                for key in c.get("levels", {}):
                    level = int(key)
                    if key != str(level):
                        raise _fail([*cpath, "levels", key],
                                    f"write the level as \"{level}\"")
                    if not lo <= level <= hi:
                        raise _fail([*cpath, "levels", key],
                                    f"describes level {level}, which is outside the scale "
                                    f"({lo} to {hi})")


# --------------------------------------------------------------------------- building

def _build(doc: dict[str, Any], digest: str) -> Framework:
    scale = doc["scale"]
    levels = sorted(
        (ScaleLevel(lv["value"], Text.of(lv["label"]), Text.of(lv.get("description")))
         for lv in scale["levels"]),
        key=lambda lv: lv.value,
    )
    domains = []
    for d in doc["domains"]:
        dims = []
        for m in d["dimensions"]:
            crits = tuple(
                Criterion(
                    id=c["id"],
                    question=Text.of(c["question"]),
                    guidance=Text.of(c.get("guidance")),
                    weight=_weight_value(c.get("weight")) or 1.0,
                    descriptors={int(k): Text.of(v) for k, v in c.get("levels", {}).items()},
                    domain_id=d["id"],
                    dimension_id=m["id"],
                    title=Text.of(c.get("title")),
                )
                for c in m["criteria"]
            )
            dims.append(Dimension(m["id"], Text.of(m["title"]),
                                  _weight_value(m.get("weight")) or 1.0, crits))
        domains.append(Domain(d["id"], Text.of(d["title"]),
                              _weight_value(d.get("weight")) or 1.0, tuple(dims)))
    return Framework(
        id=doc["id"],
        version=doc["version"],
        title=Text.of(doc["title"]),
        scale=Scale(scale["min"], scale["max"], tuple(levels)),
        domains=tuple(domains),
        require_comment_for=frozenset(doc.get("require_comment_for", [])),
        sample=bool(doc.get("sample", False)),
        raw=doc,
        hash=digest,
        notice=Text.of(doc.get("notice")),
    )


def iter_criteria(framework: Framework) -> Iterator[tuple[Domain, Dimension, Criterion]]:
    """Every (domain, dimension, criterion) in framework order."""
    for d in framework.domains:
        for m in d.dimensions:
            for c in m.criteria:
                yield d, m, c
