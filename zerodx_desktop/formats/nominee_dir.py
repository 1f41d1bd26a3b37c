"""Nominee folders, the organizer's input to ``panel build``.

``DIR/<any-folder-name>/nominee.json`` plus the attachment files it lists. Everything here is
untrusted input: nominee.json is size-limited and schema-checked, and each attachment must
be a regular file inside its nominee's folder (no ``..``, no absolute paths, no symlink that
leads out), below a size limit. The original file name is kept only as metadata.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from zerodx_desktop.core.errors import PackageError
from zerodx_desktop.core.filenames import case_insensitive_key
from zerodx_desktop.core.panel import Attachment, Nominee, Section

NOMINEE_FILE = "nominee.json"
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NOMINEE_JSON_BYTES = 1024 * 1024
MAX_NOMINEES = 5000

MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".html": "text/html",
    ".htm": "text/html",
    ".json": "application/json",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".mp4": "video/mp4",
    ".mp3": "audio/mpeg",
}

_HINT_JSON = ("Fix nominee.json: it needs at least \"id\" and \"name\"; see the nominee folder "
              "format in the user guide.")


def media_type_for(name: str) -> str:
    """The media type for a file name, by its extension (octet-stream when unknown)."""
    return MEDIA_TYPES.get(PurePosixPath(name).suffix.lower(), "application/octet-stream")


def _strict_json(data: bytes, where: str) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out:
                raise PackageError(f"the key '{k}' appears twice", where=where,
                                   hint=_HINT_JSON)
            out[k] = v
        return out

    def no_constants(name: str) -> Any:
        raise PackageError(f"'{name}' is not a valid JSON value", where=where, hint=_HINT_JSON)

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackageError("the file is not UTF-8 text", where=where,
                           hint="Save nominee.json as UTF-8.") from exc
    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise PackageError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column "
                           f"{exc.colno}", where=where, hint=_HINT_JSON) from exc
    except RecursionError as exc:
        raise PackageError("the JSON is nested too deeply", where=where,
                           hint=_HINT_JSON) from exc


def _json_path(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_against(schema: dict[str, Any], doc: Any, where: str, hint: str) -> None:
    """Validate ``doc`` with jsonschema; raise PackageError naming the first bad field."""
    from jsonschema import validators

    cls = validators.validator_for(schema)
    validator = cls(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: (list(e.absolute_path), e.message))
    if not errors:
        return
    from jsonschema.exceptions import best_match

    err = best_match(errors) or errors[0]
    field = _json_path(err.absolute_path) or "(top level)"
    raise PackageError(f"the field {field} is invalid: {_describe(err)}", where=where,
                       hint=hint)


def _describe(err: Any) -> str:
    """A short reason; never echoes a (possibly huge, possibly hostile) value in full."""
    kind, limit = err.validator, err.validator_value
    if kind == "maxLength":
        return f"it is too long (at most {limit:,} characters)"
    if kind == "minLength":
        return "it is empty" if limit == 1 else f"it needs at least {limit} characters"
    if kind == "maxItems":
        return f"it has too many entries (at most {limit:,})"
    if kind == "minItems":
        return f"it needs at least {limit} entr{'y' if limit == 1 else 'ies'}"
    if kind == "pattern":
        return "it contains characters that are not allowed here"
    if kind == "required":
        missing = [k for k in limit if isinstance(err.instance, dict) and k not in err.instance]
        return "it is missing " + ", ".join(f"'{k}'" for k in missing[:5])
    if kind == "additionalProperties":
        extra = sorted(k for k in err.instance if k not in err.schema.get("properties", {}))
        return "unknown key " + ", ".join(f"'{str(k)[:40]}'" for k in extra[:5])
    message = str(err.message)
    return message if len(message) <= 160 else message[:160] + "…"


def _nominee_schema() -> dict[str, Any]:
    from zerodx_desktop.core.framework_schema import NOMINEE_SCHEMA

    return NOMINEE_SCHEMA


def _read_limited(path: Path, limit: int, where: str, what: str) -> bytes:
    """Read a regular file without following it past ``limit`` bytes."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise PackageError(f"the {what} is not a regular file", where=where)
            if st.st_size > limit:
                raise PackageError(
                    f"the {what} is too large ({st.st_size / 1048576:.1f} MB; the limit is "
                    f"{limit / 1048576:.0f} MB)", where=where,
                    hint="Reduce the file (for example, compress the PDF) and try again.")
            data = fh.read(limit + 1)
    except OSError as exc:
        raise PackageError(f"cannot read the {what} ({exc.strerror or exc})",
                           where=where) from exc
    if len(data) > limit:
        raise PackageError(f"the {what} is too large", where=where,
                           hint="Reduce the file and try again.")
    return data


def _attachment_path(folder: Path, name: str, where: str) -> Path:
    """Resolve an attachment name to a regular file inside ``folder`` or raise."""
    hint = ("List attachments by their file name inside the nominee's folder, for example "
            "\"annual-report.pdf\", and put the file next to nominee.json.")
    if not name or "\x00" in name:
        raise PackageError("an attachment has no valid file name", where=where, hint=hint)
    posix, win = PurePosixPath(name), PureWindowsPath(name)
    if posix.is_absolute() or win.is_absolute() or win.drive or name.startswith(("/", "\\")):
        raise PackageError(f"the attachment '{name}' is an absolute path", where=where,
                           hint=hint)
    if ".." in posix.parts or ".." in win.parts:
        raise PackageError(f"the attachment '{name}' points outside the nominee's folder",
                           where=where, hint=hint)
    base = folder.resolve()
    candidate = folder / name
    try:
        real = candidate.resolve(strict=True)
    except FileNotFoundError as exc:
        raise PackageError(f"the attachment '{name}' is missing", where=where,
                           hint="Put the file in the nominee's folder or remove it from "
                                "nominee.json.") from exc
    except (OSError, RuntimeError) as exc:  # symlink loops
        raise PackageError(f"the attachment '{name}' cannot be opened ({exc})",
                           where=where, hint=hint) from exc
    if not real.is_relative_to(base):
        raise PackageError(f"the attachment '{name}' is a link that leads outside the "
                           "nominee's folder", where=where,
                           hint="Copy the file itself into the folder instead of linking it.")
    if not real.is_file():
        raise PackageError(f"the attachment '{name}' is not a regular file", where=where,
                           hint=hint)
    return real


def read_nominee_folder(folder: Path) -> tuple[Nominee, dict[str, bytes]]:
    """Read one nominee folder: its validated nominee.json and its attachments' bytes.

    Returns the nominee (attachments carrying sha256, size and media type) and the bytes by
    SHA-256 (hex).
    """
    folder = Path(folder)
    manifest = folder / NOMINEE_FILE
    where = str(manifest)
    if not folder.is_dir():
        raise PackageError("not a folder", where=str(folder),
                           hint="Each nominee is a folder holding nominee.json.")
    if not manifest.is_file():
        raise PackageError("the nominee folder has no nominee.json", where=str(folder),
                           hint="Add a nominee.json with at least \"id\" and \"name\".")
    doc = _strict_json(_read_limited(manifest, MAX_NOMINEE_JSON_BYTES, where, "nominee.json"),
                       where)
    validate_against(_nominee_schema(), doc, where, _HINT_JSON)

    blobs: dict[str, bytes] = {}
    attachments: list[Attachment] = []
    seen: dict[str, str] = {}
    for item in doc.get("attachments", []):
        name = item["file"]
        # names that differ only in case are one file on Windows and macOS (core.filenames)
        other = seen.get(case_insensitive_key(name))
        if other is not None:
            also = "" if other == name else f" (as '{other}': on Windows and macOS, one file)"
            raise PackageError(f"the attachment '{name}' is listed twice{also}", where=where,
                               hint="List each file once.")
        seen[case_insensitive_key(name)] = name
        real = _attachment_path(folder, name, where)
        data = _read_limited(real, MAX_ATTACHMENT_BYTES, str(folder / name), "attachment")
        digest = hashlib.sha256(data).hexdigest()
        blobs[digest] = data
        attachments.append(Attachment(
            file=PurePosixPath(name.replace("\\", "/")).name, title=item.get("title") or name,
            sha256=digest, size=len(data), media_type=media_type_for(name)))
    nominee = Nominee(
        id=doc["id"], name=doc["name"].strip(), country=doc.get("country", ""),
        category=doc.get("category", ""), summary=doc.get("summary", ""),
        sections=tuple(Section(s["title"], s["body"]) for s in doc.get("sections", [])),
        attachments=tuple(attachments))
    return nominee, blobs


def read_nominees_dir(root: Path) -> tuple[list[Nominee], dict[str, bytes]]:
    """Read every nominee sub-folder of ``root``; nominees sorted by id, ids unique.

    Hidden folders (``.git``, ``.DS_Store``…) and loose files in ``root`` are ignored.
    """
    root = Path(root)
    if not root.is_dir():
        from zerodx_desktop.formats.limits import KIND_PHRASES, sniff_file

        found = sniff_file(root)
        if found == "missing":
            raise PackageError("the nominees folder does not exist", where=str(root),
                               hint="Give a folder with one sub-folder per nominee.")
        unpack = " If it is a zip of the folder, unpack it first." if found == "zip" else ""
        raise PackageError(f"this is {KIND_PHRASES.get(found, 'a file')}, not the nominees "
                           "folder", where=str(root),
                           hint="Give the folder that holds one sub-folder per nominee, each "
                                f"with a nominee.json.{unpack}")
    try:
        folders = sorted(p for p in root.iterdir()
                         if p.is_dir() and not p.name.startswith((".", "__")))
    except OSError as exc:
        raise PackageError(f"cannot list the nominees folder ({exc.strerror})",
                           where=str(root)) from exc
    if not folders:
        raise PackageError("the nominees folder has no nominee sub-folders", where=str(root),
                           hint="Make one sub-folder per nominee, each with a nominee.json.")
    if len(folders) > MAX_NOMINEES:
        raise PackageError(f"too many nominee folders ({len(folders)}; at most "
                           f"{MAX_NOMINEES})", where=str(root))
    by_id: dict[str, tuple[Nominee, Path]] = {}
    blobs: dict[str, bytes] = {}
    for folder in folders:
        nominee, files = read_nominee_folder(folder)
        if nominee.id in by_id:
            other = by_id[nominee.id][1]
            raise PackageError(
                f"the nominee id '{nominee.id}' is used twice (also in '{other.name}')",
                where=str(folder / NOMINEE_FILE),
                hint="Give each nominee its own id in nominee.json.")
        by_id[nominee.id] = (nominee, folder)
        blobs.update(files)
    nominees = [by_id[k][0] for k in sorted(by_id)]
    return nominees, blobs


CATEGORIES_FILE = "categories.json"
_CATEGORIES_SCHEMA: dict[str, Any] = {
    "type": "array", "minItems": 1, "maxItems": 200,
    "items": {"type": "object", "required": ["id", "title"],
              "properties": {"id": {"type": "string", "pattern": r"^[A-Za-z0-9._-]+$",
                                    "maxLength": 200},
                             "title": {"type": "string", "minLength": 1, "maxLength": 300},
                             "title_zh": {"type": "string", "maxLength": 300}},
              "additionalProperties": False},
}


def read_categories(root: Path) -> list[Any]:
    """The award categories the nominees folder declares in ``categories.json`` (a list of
    {"id", "title", "title_zh"}), or [] when it has none (categories then come from the
    nominees' own ``category`` texts)."""
    from zerodx_desktop.core.programme import Category

    path = Path(root) / CATEGORIES_FILE
    if not path.is_file():
        return []
    where = str(path)
    doc = _strict_json(_read_limited(path, MAX_NOMINEE_JSON_BYTES, where, CATEGORIES_FILE),
                       where)
    validate_against(_CATEGORIES_SCHEMA, doc, where,
                     'categories.json is a list like [{"id": "individual", "title": '
                     '"Individual", "title_zh": "个人"}]')
    out: list[Category] = []
    for item in doc:
        if any(c.id == item["id"] for c in out):
            raise PackageError(f"the category id '{item['id']}' is listed twice", where=where,
                               hint="Give each category its own id.")
        out.append(Category(item["id"], item["title"].strip(), item.get("title_zh", "")))
    return out
