"""The About dialog: version, the data folder, the Python/Qt/PySide6 versions, and the licences
of the bundled components (runtime dependencies and fonts).

Licences are read at run time from each distribution's metadata (License-Expression, else a
short License field, else the licence classifiers); a bundle without metadata falls back to
the table written here. Font licences come from the licence files shipped beside the fonts.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop import APP_NAME, __version__
from zerodx_desktop.paths import fonts_dir as shipped_fonts_dir
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP

# The runtime dependencies (pyproject's [project] dependencies) and what each is for.
RUNTIME_DEPENDENCIES: list[tuple[str, str]] = [
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the user interface")),
    ("PySide6-Pdf", QT_TRANSLATE_NOOP("AboutDialog", "PDF viewer for dossiers and reports")),
    ("shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python's binding layer")),
    ("sqlite-utils", QT_TRANSLATE_NOOP("AboutDialog", "the local store (SQLite)")),
    ("openpyxl", QT_TRANSLATE_NOOP("AboutDialog", "score sheets and result workbooks (.xlsx)")),
    ("defusedxml", QT_TRANSLATE_NOOP("AboutDialog", "safe reading of spreadsheet XML")),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF report and certificates")),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "Ed25519 signatures")),
    ("bcrypt", QT_TRANSLATE_NOOP("AboutDialog", "passphrase protection of the signing key")),
    ("jsonschema", QT_TRANSLATE_NOOP("AboutDialog", "checking framework and panel files")),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "the default data folder")),
    ("numpy", QT_TRANSLATE_NOOP("AboutDialog", "statistics")),
    ("arabic-reshaper", QT_TRANSLATE_NOOP("AboutDialog", "joined Arabic letters in PDFs")),
    ("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left text order in PDFs")),
]

# Used when a distribution's metadata is missing (e.g. a bundle built without it).
FALLBACK_LICENCES: dict[str, str] = {
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6-pdf": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "qt": "LGPL-3.0-only",
    "sqlite-utils": "Apache-2.0",
    "openpyxl": "MIT",
    "defusedxml": "PSF-2.0",
    "reportlab": "BSD-3-Clause",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "bcrypt": "Apache-2.0",
    "jsonschema": "MIT",
    "platformdirs": "MIT",
    "numpy": "BSD-3-Clause",
    "arabic-reshaper": "MIT",
    "python-bidi": "LGPL-3.0-or-later",
}

FONT_FILES: list[tuple[str, str, str]] = [
    # (name, licence file in resources/fonts, fallback licence)
    ("DejaVu Sans", "LICENSE-DejaVu.txt", "Bitstream Vera licence (bitstream-vera)"),
    ("WenQuanYi Micro Hei", "LICENSE-wqy-microhei.txt",
     "Apache-2.0 or GPL-3+ with Font exception"),
]

_LICENCE_CLASSIFIER = "License :: "
_REQ_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    source: str  # "metadata", "built-in table" or the licence file's name
    purpose: str = ""  # untranslated; translated when shown
    needed_by: str = ""  # for an indirect dependency: the package that needs it


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_from_metadata(meta: Any) -> str:
    """The licence a distribution declares: License-Expression, a short License, classifiers."""
    get = getattr(meta, "get", None)
    if get is None:
        return ""
    expression = (get("License-Expression") or "").strip()
    if expression:
        return str(expression)
    text = (get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return str(text)
    get_all = getattr(meta, "get_all", None)
    classifiers = [c for c in (get_all("Classifier") or []) if c.startswith(_LICENCE_CLASSIFIER)
                   ] if get_all is not None else []
    names = [c.split(" :: ")[-1] for c in classifiers]
    names = [n for n in names if n not in ("OSI Approved", "Other/Proprietary License")]
    if names:
        return " / ".join(names)
    if text:
        return str(text.splitlines()[0][:60])
    return ""


def _component(name: str, purpose: str) -> Component | None:
    """``name``'s version and licence; None when it is not installed and not in the table."""
    import importlib.metadata as md

    try:
        meta = md.metadata(name)
    except md.PackageNotFoundError:
        meta = None
    version = str(meta["Version"] or "") if meta is not None else ""
    licence = licence_from_metadata(meta) if meta is not None else ""
    source = "metadata"
    if not licence:
        licence = FALLBACK_LICENCES.get(_norm(name), "")
        source = "built-in table"
    if meta is None and not licence:
        return None
    return Component(name, version or "?", licence or "unknown", source, purpose)


def _requirements(name: str) -> list[str]:
    """The names ``name`` needs at run time (extras left out; markers not evaluated)."""
    import importlib.metadata as md

    try:
        reqs = md.requires(name) or []
    except md.PackageNotFoundError:
        return []
    out = []
    for req in reqs:
        if "extra ==" in req.replace("extra==", "extra =="):
            continue
        match = _REQ_NAME.match(req)
        if match:
            out.append(match.group(0))
    return out


def dependency_licences() -> list[Component]:
    """Each runtime dependency, then what they pull in, with version and licence.

    The direct dependencies are always listed (from the table when their metadata is missing);
    the indirect ones when installed.
    """
    out: list[Component] = []
    seen: set[str] = set()
    for name, purpose in RUNTIME_DEPENDENCIES:
        seen.add(_norm(name))
        comp = _component(name, purpose)
        out.append(comp or Component(name, "?", "unknown", "built-in table", purpose))
    queue = [(req, name) for name, _p in RUNTIME_DEPENDENCIES for req in _requirements(name)]
    while queue:
        req, parent = queue.pop(0)
        if _norm(req) in seen:
            continue
        seen.add(_norm(req))
        comp = _component(req, "")
        if comp is None:  # a requirement for another platform or Python
            continue
        out.append(replace(comp, needed_by=parent))
        queue.extend((r, req) for r in _requirements(req))
    return out


def qt_component() -> Component:
    return Component("Qt", qVersion(), FALLBACK_LICENCES["qt"], "built-in table",
                     QT_TRANSLATE_NOOP("AboutDialog", "the Qt libraries PySide6 ships"))


def font_licence(path: Path) -> str:
    """The licence of the ``Files: *`` stanza of a Debian-style copyright file."""
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return ""
    in_main = False
    for line in text.splitlines():
        if line.startswith("Files:"):
            in_main = line.split(":", 1)[1].strip() == "*"
        elif in_main and line.startswith("License:"):
            return line.split(":", 1)[1].strip()
    return ""


def font_licences(fonts_dir: Path | None = None) -> list[Component]:
    folder = fonts_dir if fonts_dir is not None else shipped_fonts_dir()
    out = []
    for name, file, fallback in FONT_FILES:
        found = font_licence(folder / file)
        licence = found or fallback
        if found == "bitstream-vera":
            licence = "Bitstream Vera licence (bitstream-vera)"
        out.append(Component(name, "", licence, file if found else "built-in table",
                             QT_TRANSLATE_NOOP("AboutDialog", "font in reports and the UI")))
    return out


def all_components() -> list[Component]:
    return [*dependency_licences(), qt_component(), *font_licences()]


def copyleft(component: Component) -> bool:
    """True when the licence is GPL without an LGPL/permissive alternative."""
    lic = component.licence.upper()
    if "GPL" not in lic.replace("LGPL", ""):
        return False
    alternatives = ("LGPL", "APACHE", "MIT", "BSD", " OR ", "EXCEPTION")
    return not any(a in lic for a in alternatives)


def versions_text() -> str:
    import PySide6

    return (f"Python {platform.python_version()} \u00b7 Qt {qVersion()} \u00b7 "
            f"PySide6 {PySide6.__version__} \u00b7 {platform.system()} {platform.release()}")


class AboutDialog(QDialog):
    def __init__(self, home: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.home = Path(home) if home is not None else None
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        tf = title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.5)
        tf.setBold(True)
        title.setFont(tf)
        tagline = QLabel(self.tr(
            "Offline judging for awards panels: score, sign, merge, report. Nothing leaves "
            "this computer: the app never uses the network."), self)
        tagline.setWordWrap(True)

        form = QFormLayout()
        self.version_label = QLabel(__version__, self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Version:"), self.version_label)
        self.folder_edit = QLineEdit(str(self.home) if self.home is not None else "", self)
        self.folder_edit.setObjectName("aboutDataFolder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.folder_edit.setToolTip(self.tr("Where this app keeps your panels, scores, "
                                            "identity, backups and logs"))
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder_button.setEnabled(self.home is not None)
        self.open_folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.open_folder_button)
        form.addRow(self.tr("Data folder:"), row)
        self.versions_label = QLabel(versions_text(), self)
        self.versions_label.setObjectName("aboutVersions")
        self.versions_label.setWordWrap(True)
        self.versions_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Running on:"), self.versions_label)

        self.components = all_components()
        self.table = QTableWidget(len(self.components), 4, self)
        self.table.setObjectName("aboutLicences")
        self.table.setAccessibleName(self.tr("Licences of bundled components"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Used for")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for r, comp in enumerate(self.components):
            purpose = (self.tr("needed by {name}").format(name=comp.needed_by)
                       if comp.needed_by else
                       QCoreApplication.translate("AboutDialog", comp.purpose))
            values = [comp.name, comp.version, comp.licence, purpose]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    tip = self.tr("From: {source}").format(source=comp.source)
                    if copyleft(comp):
                        tip += "\n" + self.tr("GPL: distributing the app means offering its "
                                               "source under the GPL too.")
                    item.setToolTip(tip)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr(
            "Qt and PySide6 are used under the GNU LGPL version 3. The full licence texts of "
            "the fonts are in the fonts folder of the app's resources."), self)
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy the version, folder and licences (for a bug report)"))
        copy.clicked.connect(self.copy_details)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Licences of bundled components:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def details(self) -> str:
        lines = [f"{APP_NAME} {__version__}", versions_text(),
                 f"Data folder: {self.home if self.home is not None else '-'}", ""]
        lines += [f"{c.name} {c.version}: {c.licence}".replace("  ", " ")
                  for c in self.components]
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def open_folder(self) -> None:
        if self.home is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.home)))


def show_about(home: Path | None, parent: QWidget | None = None) -> None:
    """Run the About dialog modally (tests replace ``_exec``)."""
    dialog = AboutDialog(home, parent)
    try:
        _exec(dialog)
    finally:
        dialog.deleteLater()


def _exec(dialog: QDialog) -> int:
    return dialog.exec()
