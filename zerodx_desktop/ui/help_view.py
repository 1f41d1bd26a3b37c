"""The built-in guide: one page per role, how to verify a sheet, where the data is, shortcuts.

Pages are HTML written here from constants (marked for translation with QT_TRANSLATE_NOOP and
translated when shown); the run-time values put into a page are the data folder path, which
is escaped, and the reliability thresholds of ``core.reliability`` (``{alpha_good}``, formatted
for the locale). Links between pages use the ``help:`` scheme and never leave the app.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zerodx_desktop import APP_NAME
from zerodx_desktop.core.reliability import ALPHA_RELIABLE, ALPHA_TENTATIVE
from zerodx_desktop.ui import i18n
from zerodx_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "HelpView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# (keys, what they do): the judge workspace and the main window's actions
SHORTCUTS: list[tuple[str, str]] = [
    ("F1", QT_TRANSLATE_NOOP("HelpView", "this guide")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("HelpView", "open a panel package")),
    ("Up/Down, K/J", QT_TRANSLATE_NOOP("HelpView", "previous / next criterion")),
    ("1 \u2026 9", QT_TRANSLATE_NOOP("HelpView", "choose that level (on the framework's scale)")),
    ("0, Delete", QT_TRANSLATE_NOOP("HelpView", "clear the level")),
    ("Tab", QT_TRANSLATE_NOOP("HelpView", "write the comment (justification)")),
    ("Ctrl+Enter, Alt+Down", QT_TRANSLATE_NOOP("HelpView",
                                               "next criterion (from the comment too)")),
    ("Alt+Up", QT_TRANSLATE_NOOP("HelpView", "previous criterion (from the comment too)")),
    ("Esc", QT_TRANSLATE_NOOP("HelpView", "back from the comment to the criteria")),
    ("PageDown/PageUp", QT_TRANSLATE_NOOP("HelpView", "next / previous nominee")),
    ("Ctrl+N, F3", QT_TRANSLATE_NOOP("HelpView", "next unscored criterion")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpView", "filter the nominees")),
    ("Ctrl+Z, Ctrl+Shift+Z", QT_TRANSLATE_NOOP("HelpView", "undo / redo")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("HelpView", "declare a conflict of interest")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("HelpView", "overview of all nominees")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpView", "export your signed score sheet")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("HelpView", "print your scorecard (PDF)")),
    ("Ctrl+1, Ctrl+2, Ctrl+3", QT_TRANSLATE_NOOP("HelpView",
                                                 "Judge workspace, Merge, Organizer")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("HelpView", "quit (everything is already saved)")),
]

JUDGE = QT_TRANSLATE_NOOP("HelpView", """<h2>Judge guide</h2>
<p>You score each nominee on every criterion of the framework, explain your scores, and send
the organizer a <b>signed score sheet</b>. Everything happens on this computer; you need no
network.</p>
<h3>1. Your identity</h3>
<p>The first time, choose <b>Create my judge identity</b> on the welcome page (or
<b>File &gt; My identity</b>). You type your name, your e-mail and a passphrase; the app makes a
signing key that never leaves this computer. Save your <b>judge card</b> (.zdxjudge) and send it
to the organizer, who adds you to the panel. Keep the passphrase: nobody can recover it.</p>
<h3>2. Open the panel package</h3>
<p>The organizer sends you a <b>.zdxpanel</b> file. Use <b>File &gt; Open panel package</b>
(Ctrl+O) or drop it onto the window. The app checks the organizer's signature and every dossier
file before it shows anything.</p>
<h3>3. Read the dossiers</h3>
<p>The nominee list is on the left (Ctrl+F filters it). The middle shows the nominee's dossier:
the narrative sections and the attachments. PDFs open inside the app with page navigation, zoom
and search; images are shown scaled.</p>
<h3>4. Score with the keyboard</h3>
<p>In the scoring pane on the right, Up/Down (or K/J) move between criteria and a number key
chooses that level; 0 or Delete clears it. Tab goes to the comment; Ctrl+Enter moves on to the
next criterion. PageDown/PageUp change nominee; Ctrl+N jumps to the next criterion still to
score. The level cards show what each level means for that criterion.</p>
<h3>5. Comments</h3>
<p>Your comment justifies the score. Some levels (often the lowest and the highest) need a
comment: the framework says which, and the export counts the ones still missing. The chair may
include comments, anonymised, in the final report.</p>
<h3>6. Conflicts of interest</h3>
<p>If you know a nominee too well to judge it fairly, press Ctrl+D (<b>Edit &gt; Declare
conflict</b>) and give the reason. You are then recused: your sheet carries no score for that
nominee and the panel result leaves you out of it (missing, never zero).
<b>Edit &gt; Withdraw conflict</b> undoes a declaration you made by mistake.</p>
<h3>7. Autosave and undo</h3>
<p>Every level and comment is saved the moment you make it; the status bar says when. If a save
ever fails, the status bar says <b>NOT SAVED</b> in red and your edit stays on screen. Ctrl+Z and
Ctrl+Shift+Z undo and redo. Ctrl+Shift+O shows the overview of all nominees.</p>
<h3>8. Export your sheet</h3>
<p>Ctrl+E (<b>File &gt; Export score sheet</b>) shows what is still unscored, asks for your
passphrase and writes a signed <b>.xlsx</b> sheet. You may export an incomplete sheet; each new
export gets a higher sequence number and replaces the older one at the chair. Send the file by
any channel (e-mail, USB stick). Ctrl+P prints your own scorecard as a PDF.</p>
<p>See also <a href="help:verify">How to verify a sheet</a> and
<a href="help:keys">Keyboard shortcuts</a>.</p>""")

CHAIR = QT_TRANSLATE_NOOP("HelpView", """<h2>Chair guide</h2>
<p>The panel chair collects every judge's score sheet, checks it and combines the valid ones into
the panel result. Use the <b>Merge</b> tab (Ctrl+2).</p>
<h3>1. Add the package and the sheets</h3>
<p><b>Choose package\u2026</b> loads the same .zdxpanel the judges received (it holds the roster
of judges and their public keys). <b>Add sheets\u2026</b> adds the judges' .xlsx sheets; you can
also drop files onto the view. <b>Verify and merge</b> checks every sheet, then combines the
valid ones.</p>
<h3>2. What each status means</h3>
<dl>
<dt><b>valid</b></dt><dd>The signature is correct, the judge is on the roster and the sheet
belongs to this panel, framework and round. It counts.</dd>
<dt><b>tampered</b></dt><dd>Values in the workbook differ from what the judge signed. The
details name each changed cell, what was signed and what is there now. It does not count; ask
the judge to export again.</dd>
<dt><b>bad_signature</b></dt><dd>The signature does not match the signed content: the hidden
signature sheet was damaged or forged. It does not count.</dd>
<dt><b>unknown_judge</b></dt><dd>The sheet was signed by a key that is not on the panel's
roster (for example a judge who made a new identity). It does not count until the organizer adds
that judge card to the package.</dd>
<dt><b>wrong_panel</b></dt><dd>The sheet belongs to another panel.</dd>
<dt><b>wrong_framework</b></dt><dd>The sheet was scored against another framework or another
version of it.</dd>
<dt><b>superseded</b></dt><dd>The same judge sent a newer sheet (a higher sequence number or a
later round); only the newest counts. A second copy of the same sheet (the same signed values) is
also superseded: the copy without warnings is used.</dd>
<dt><b>unreadable</b></dt><dd>Not a score sheet, or a corrupt or unsafe file.</dd>
</dl>
<p>Three warnings do not reject a sheet: <b>incomplete</b> (some criteria were left unscored; they
are missing, not zero), <b>conflict_scored</b> (the judge scored a nominee the roster marks as
a conflict; those scores are left out) and <b>display_altered</b> (the values are the signed ones,
but formatting makes a spreadsheet program show them differently: a number format, hidden rows or
columns, invisible text; the details name the cells. The merge uses the signed values; read the
sheet with care). <b>sequence_clash</b> marks two sheets of one judge with the same round and
sequence number but different signed values: the later export counts; ask the judge which is
right.</p>
<h3>3. Methods</h3>
<p>A judge's total for a nominee is the weighted mean of their levels, on a scale of 0 to 100,
computed exactly: equal totals are always equal. The package names the official method; the
<b>Method</b> list shows the others side by side, and the <b>How sure</b> tab shows which places
the panel can and cannot tell apart (the judges resampled 1,000 times).</p>
<ul>
<li><b>mean</b>: the average of the judges' totals.</li>
<li><b>median</b>: the middle total; one unusually harsh or generous judge barely moves it.</li>
<li><b>trimmed</b>: the average after setting aside a fifth of the totals at each end.</li>
<li><b>zscore</b>: each judge's totals are first put on a common footing (a strict judge's
scores count as much as a generous judge's), then mapped back to the panel's scale.</li>
<li><b>schulze</b>: each judge's totals give a ranking; the Schulze voting method combines the
rankings into one order.</li>
<li><b>adjusted</b>: each judge's strictness is estimated from all the scores and removed; use
it when not every judge scored every nominee (recusals, assignments).</li>
</ul>
<h3>4. Ties</h3>
<p>Nominees with equal scores get the same rank and are marked as tied. The app never breaks a
tie silently: the panel decides.</p>
<h3>5. Disagreements</h3>
<p>The <b>Disagreements</b> tab lists what to discuss: criteria where the judges' levels range by
2 or more, and nominees whose spread is among the panel's widest tenth. Double-click a row to see
every judge's levels.</p>
<h3>6. Reliability</h3>
<p>The <b>Reliability</b> tab says in plain words how far the judges agree.
<b>Krippendorff's alpha</b>: {alpha_good} or more is good agreement; {alpha_tentative} to
{alpha_good} allows tentative conclusions only; below that agreement is weak. <b>ICC(2,1)</b>
measures absolute agreement and <b>ICC(3,1)</b> consistency (a large gap between them means
the judges differ mainly in severity). <b>Kendall's W</b> (0 to 1) says how far the judges
put the nominees in the same order. Per judge, <b>severity</b> is the mean offset from the
panel (negative is harsher) and <b>agreement</b> the correlation with the rest of the panel.</p>
<h3>7. Export</h3>
<p><b>Export result workbook\u2026</b> writes the signed result (.xlsx; signed with this
computer's identity if it has one). <b>PDF report\u2026</b> writes the final report, with
anonymised comments and winner certificates if you ask for them.</p>""")

ORGANIZER = QT_TRANSLATE_NOOP("HelpView", """<h2>Organizer guide</h2>
<p>The organizer builds the signed panel package that judges and the chair open, and prints the
final report and certificates. Use the <b>Organizer</b> tab (Ctrl+3). Create your own identity
first: it signs the package.</p>
<h3>1. The framework</h3>
<p>The sample framework is loaded by default (clearly labelled as a sample). <b>Choose\u2026</b>
loads your own: a framework JSON file, or the spreadsheet template filled in.
<b>Save as spreadsheet\u2026</b> writes the current framework as that template, to edit in Excel
or LibreOffice. A bad file is refused with the field or cell to fix.</p>
<h3>2. The nominees</h3>
<p><b>Choose folder\u2026</b> picks a folder with one sub-folder per nominee. Each holds a
<b>nominee.json</b> (at least an id and a name; optionally country, category, summary, sections
and attachments) and the attachment files it lists. The preview shows each folder's problem, if
any.</p>
<h3>3. Judges and conflicts</h3>
<p><b>Add judge cards\u2026</b> adds the .zdxjudge cards the judges sent you; compare each card's
fingerprint with the judge (by phone, for example). Record known conflicts of interest: choose the
judge and the nominee and press <b>Add</b>. A judge's scores for a conflicted nominee are left
out of the result.</p>
<h3>4. Build the package</h3>
<p>Set the title, the round and the official method, then <b>Build signed package\u2026</b>. You
type your passphrase; the app writes a .zdxpanel signed with your key. Send it to every judge and
to the chair. A later round of the same panel replaces the earlier one when opened.</p>
<h3>5. Report and certificates</h3>
<p>When the chair sends you the result workbook, <b>Print report\u2026</b> turns it into the final
PDF report: cover, method, ranking, a page per nominee, reliability and a verification appendix,
with a verification code on every page. Choose whether to include anonymised comments and how
many winner certificates to print.</p>""")

VERIFY = QT_TRANSLATE_NOOP("HelpView", """<h2>How to verify a sheet</h2>
<h3>What is signed</h3>
<p>A score sheet is signed over its <b>values</b>, not over the bytes of the file: the judge's
fingerprint, the panel, the framework, the round, the sequence number and every level and comment.
The signature sits in a hidden sheet of the workbook.</p>
<h3>Opening and re-saving is fine</h3>
<p>Because the values are signed, opening the sheet in Excel or LibreOffice and saving it again
without changing anything keeps it <b>valid</b>, even though the file's bytes change. Changing any
level or comment makes it <b>tampered</b>.</p>
<h3>Verify from the command line</h3>
<pre>zerodx verify SHEET.xlsx --panel PANEL.zdxpanel</pre>
<p>It prints the status, the judge and their fingerprint, the panel, round and sequence number,
and any warnings; <tt>--json</tt> prints the same for scripts. The exit code is 0 when the sheet
can be used and 1 when it is rejected. Without <tt>--panel</tt> only the signature is checked, not
the roster. In the app, the <b>Merge</b> tab verifies every sheet you add.</p>
<h3>Tampered: which cells?</h3>
<p>A <b>tampered</b> sheet lists each changed cell by name, for example
<tt>Scores!G12: signed '3', found '4'</tt>: the cell, what the judge signed and what the file holds
now. Ask the judge for a fresh export rather than correcting the cell.</p>
<h3>Fingerprints</h3>
<p>A fingerprint (like <tt>SHA256:\u2026</tt>, as SSH prints it) identifies a judge's key. The
judge sees it in <b>File &gt; My identity</b>; the organizer and the chair see the same one in the
package and in the verification details. Compare it once with the judge over a channel you trust
(in person or by phone): then a valid sheet really comes from that judge.</p>""")

DATA = QT_TRANSLATE_NOOP("HelpView", """<h2>Where your data is</h2>
<p>Everything this app keeps is in one folder on this computer:</p>
<pre>{home}</pre>
<ul>
<li><b>store.sqlite</b>: your panels, scores, comments and conflicts, saved as you type.</li>
<li><b>backups/</b>: copies of the store, made while you work (at most one every ten minutes)
and before every upgrade. The newest ten are kept; older ones are removed, except, for each panel,
the copy holding the most scores, every copy made since your last export, and the copies made
before an upgrade.</li>
<li><b>identity/</b>: your signing key, encrypted with your passphrase, and your public judge
card.</li>
<li><b>blobs/</b>: the dossier files of the packages you opened.</li>
<li><b>logs/</b>: the log file to send with a bug report.</li>
</ul>
<p><b>Nothing leaves this computer.</b> The app has no network code at all: no updates, no
telemetry, no cloud. Files travel only when you send them yourself (your judge card, your score
sheet).</p>
<p>To move to another computer, copy the whole folder while the app is closed. To use a different
folder, start the app with <tt>--home FOLDER</tt> or set <tt>ZERODX_HOME</tt>.</p>""")

KEYS_INTRO = QT_TRANSLATE_NOOP(
    "HelpView", "<h2>Keyboard shortcuts</h2><p>Everything in the judge workspace can be done "
    "without the mouse. Every change is saved the moment you make it; the status bar says "
    "when.</p>")

# key, list title, body (None: built at run time)
PAGES: list[tuple[str, str, str | None]] = [
    ("judge", QT_TRANSLATE_NOOP("HelpView", "Judge guide"), JUDGE),
    ("chair", QT_TRANSLATE_NOOP("HelpView", "Chair guide"), CHAIR),
    ("organizer", QT_TRANSLATE_NOOP("HelpView", "Organizer guide"), ORGANIZER),
    ("verify", QT_TRANSLATE_NOOP("HelpView", "How to verify a sheet"), VERIFY),
    ("data", QT_TRANSLATE_NOOP("HelpView", "Where your data is"), DATA),
    ("keys", QT_TRANSLATE_NOOP("HelpView", "Keyboard shortcuts"), None),
]
PAGE_KEYS = [key for key, _t, _b in PAGES]


def shortcuts_html() -> str:
    """The keyboard table (keys are not translated; what they do is)."""
    rows = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(_tr(what))}</td>"
                   "</tr>" for keys, what in SHORTCUTS)
    return f"{_tr(KEYS_INTRO)}<table cellspacing=4>{rows}</table>"


def thresholds() -> dict[str, str]:
    """The numbers the pages quote from the rules (``core.reliability``), for the locale."""
    return {"alpha_good": i18n.fmt_number(ALPHA_RELIABLE, 2),
            "alpha_tentative": i18n.fmt_number(ALPHA_TENTATIVE, 3)}


def page_html(key: str, home: Path | None = None) -> str:
    """The HTML of one page, translated; ``home`` fills in the data folder (escaped)."""
    for k, _title, body in PAGES:
        if k == key:
            if body is None:
                return shortcuts_html()
            text = _tr(body)
            where = html.escape(str(home)) if home is not None else _tr(
                "(the data folder: see Help &gt; About)")
            for name, value in {**thresholds(), "home": where}.items():
                text = text.replace("{" + name + "}", value)
            return text
    raise KeyError(key)


class HelpDialog(i18n.Retranslating, QDialog):
    """The guide: page list on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None, *, home: Path | None = None,
                 page: str = "judge") -> None:
        super().__init__(parent)
        self.home = Path(home) if home is not None else None
        self.setObjectName("helpDialog")
        self.pages = QListWidget(self)
        self.pages.setObjectName("helpPages")
        for key, _title, _body in PAGES:
            item = QListWidgetItem(self.pages)  # titled in retranslate()
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # help: links are handled here; nothing goes online
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.pages)
        split.addWidget(self.browser)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([190, 610])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.pages.currentRowChanged.connect(self._row_changed)
        self.resize(820, 600)
        self.retranslate()
        self.show_page(page)


    def retranslate(self) -> None:
        """Title, page list and the page shown, in the current language."""
        stale = hasattr(self, "_ui_lang")
        self._ui_lang = i18n.current_language()
        self.setWindowTitle(self.tr("{app} help").format(app=APP_NAME))
        self.pages.setAccessibleName(self.tr("Help pages"))
        self.pages.setToolTip(self.tr("Choose a page of the guide"))
        for row, (_key, title, _body) in enumerate(PAGES):
            self.pages.item(row).setText(_tr(title))
        self.browser.setAccessibleName(self.tr("Help text"))
        self.close_button.setToolTip(self.tr("Close the guide"))
        if stale:
            self._row_changed(self.pages.currentRow())

    def show_page(self, key: str) -> None:
        """Show the page ``key`` (one of PAGE_KEYS); unknown keys show the judge guide."""
        row = PAGE_KEYS.index(key) if key in PAGE_KEYS else 0
        if self.pages.currentRow() == row:
            self._row_changed(row)
        else:
            self.pages.setCurrentRow(row)

    def current_page(self) -> str:
        row = self.pages.currentRow()
        return PAGE_KEYS[row] if 0 <= row < len(PAGE_KEYS) else PAGE_KEYS[0]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self.browser.setHtml(page_html(PAGE_KEYS[row], self.home))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "help":
            self.show_page(url.path())
        elif url.isLocalFile():
            QDesktopServices.openUrl(url)
        # anything else (http, mailto) is ignored: the app does not go online


def show_help(parent: QWidget | None, page: str = "judge", *,
              home: Path | None = None) -> HelpDialog:
    """Open the guide at ``page`` (non-modal; reuses the parent's open guide if there is one)."""
    existing = getattr(parent, "_help_dialog", None) if parent is not None else None
    if isinstance(existing, HelpDialog):
        try:
            existing.show_page(page)
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        except RuntimeError:  # the C++ object was deleted
            pass
    dialog = HelpDialog(parent, home=home, page=page)
    if parent is not None:
        # why the ignore below: keeps the dialog alive on its parent (no such attribute in Qt stubs)
        parent._help_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
