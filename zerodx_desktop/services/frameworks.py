"""Use-cases on frameworks (Qt-free): export the spreadsheet template, import one to JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zerodx_desktop.core.framework import Framework


def export_template(out: Path, framework_path: Path | None = None) -> Path:
    """Write the framework template ``out`` (.xlsx): the framework read from
    ``framework_path`` (a framework .json) as rows, or an example framework to overwrite."""
    from zerodx_desktop.formats.framework_template import write_framework_template

    framework = None
    if framework_path is not None:
        from zerodx_desktop.formats.framework_file import read_framework_file

        framework = read_framework_file(framework_path)
    write_framework_template(Path(out), framework)
    return Path(out)


def import_framework(xlsx: Path, out_json: Path) -> Framework:
    """Read a framework template, validate it, and write the framework file ``out_json``.

    Raises ``FrameworkError`` naming the cell (``Criteria!G7``) for any bad value.
    """
    from zerodx_desktop.formats.framework_xlsx import framework_xlsx_to_json

    return framework_xlsx_to_json(Path(xlsx), Path(out_json))


def load_framework(path: Path) -> Framework:
    """A framework from a ``.json`` framework file or a filled-in ``.xlsx`` template,
    validated (``FrameworkError`` naming the field or cell)."""
    from zerodx_desktop.core.framework import framework_from_dict

    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from zerodx_desktop.formats.framework_xlsx import read_framework_xlsx

        return framework_from_dict(read_framework_xlsx(path))
    from zerodx_desktop.formats.framework_file import read_framework_file

    return read_framework_file(path)


def write_template(out: Path, framework: Framework | None) -> Path:
    """Write ``framework`` (or an example, with None) as the spreadsheet template."""
    from zerodx_desktop.formats.framework_template import write_framework_template

    write_framework_template(Path(out), framework)
    return Path(out)
