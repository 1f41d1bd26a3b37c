<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: the user interface</source>
        <translation>Qt for Python: the user interface</translation>
    </message>
    <message>
        <source>PDF viewer for dossiers and reports</source>
        <translation>PDF viewer for dossiers and reports</translation>
    </message>
    <message>
        <source>Qt for Python's binding layer</source>
        <translation>Qt for Python's binding layer</translation>
    </message>
    <message>
        <source>the local store (SQLite)</source>
        <translation>the local store (SQLite)</translation>
    </message>
    <message>
        <source>score sheets and result workbooks (.xlsx)</source>
        <translation>score sheets and result workbooks (.xlsx)</translation>
    </message>
    <message>
        <source>safe reading of spreadsheet XML</source>
        <translation>safe reading of spreadsheet XML</translation>
    </message>
    <message>
        <source>PDF report and certificates</source>
        <translation>PDF report and certificates</translation>
    </message>
    <message>
        <source>Ed25519 signatures</source>
        <translation>Ed25519 signatures</translation>
    </message>
    <message>
        <source>passphrase protection of the signing key</source>
        <translation>passphrase protection of the signing key</translation>
    </message>
    <message>
        <source>checking framework and panel files</source>
        <translation>checking framework and panel files</translation>
    </message>
    <message>
        <source>the default data folder</source>
        <translation>the default data folder</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>joined Arabic letters in PDFs</translation>
    </message>
    <message>
        <source>right-to-left text order in PDFs</source>
        <translation>right-to-left text order in PDFs</translation>
    </message>
    <message>
        <source>the Qt libraries PySide6 ships</source>
        <translation>the Qt libraries PySide6 ships</translation>
    </message>
    <message>
        <source>font in reports and the UI</source>
        <translation>font in reports and the UI</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Offline judging for awards panels: score, sign, merge, report. Nothing leaves this computer: the app never uses the network.</source>
        <translation>Offline judging for awards panels: score, sign, merge, report. Nothing leaves this computer: the app never uses the network.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Where this app keeps your panels, scores, identity, backups and logs</source>
        <translation>Where this app keeps your panels, scores, identity, backups and logs</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Show the data folder in the file manager</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Running on:</translation>
    </message>
    <message>
        <source>Licences of bundled components</source>
        <translation>Licences of bundled components</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>needed by {name}</source>
        <translation>needed by {name}</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>From: {source}</translation>
    </message>
    <message>
        <source>GPL: distributing the app means offering its source under the GPL too.</source>
        <translation>GPL: distributing the app means offering its source under the GPL too.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. The full licence texts of the fonts are in the fonts folder of the app's resources.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3. The full licence texts of the fonts are in the fonts folder of the app's resources.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the version, folder and licences (for a bug report)</source>
        <translation>Copy the version, folder and licences (for a bug report)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Licences of bundled components:</source>
        <translation>Licences of bundled components:</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <source>Conflict: {reason}</source>
        <translation>Conflict: {reason}</translation>
    </message>
    <message>
        <source>declared by the organizer</source>
        <translation>declared by the organizer</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>{name}: {n} judges assigned</source>
        <translation>{name}: {n} judges assigned</translation>
    </message>
    <message>
        <source>{judge} (load {n})</source>
        <translation>{judge} (load {n})</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Your signing key stays the same (and so do your fingerprint and judge card); only the passphrase that protects it on this computer changes.</source>
        <translation>Your signing key stays the same (and so do your fingerprint and judge card); only the passphrase that protects it on this computer changes.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Type your current passphrase.</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Changing your passphrase</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed. Type it again.</source>
        <translation>The current passphrase is wrong; nothing was changed. Type it again.</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>recused (conflict)</source>
        <translation>recused (conflict)</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Missing comments</source>
        <translation>Missing comments</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <source>You will not score &lt;b&gt;{nominee}&lt;/b&gt;: its scoring is locked and it counts as recused in your score sheet. Say briefly why (the panel chair sees it).</source>
        <translation>You will not score &lt;b&gt;{nominee}&lt;/b&gt;: its scoring is locked and it counts as recused in your score sheet. Say briefly why (the panel chair sees it).</translation>
    </message>
    <message>
        <source>Reason for the conflict</source>
        <translation>Reason for the conflict</translation>
    </message>
    <message>
        <source>e.g. I advised this organisation in 2023</source>
        <translation>e.g. I advised this organisation in 2023</translation>
    </message>
    <message>
        <source>Declare conflict</source>
        <translation>Declare conflict</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app_name}: unexpected error</source>
        <translation>{app_name}: unexpected error</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside ZeroDX Desktop. Your scores are safe: every edit was saved when it was made.
Please send the details below to the panel chair or the developers.</source>
        <translation>Something went wrong inside ZeroDX Desktop. Your scores are safe: every edit was saved when it was made.
Please send the details below to the panel chair or the developers.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DesignMatrixModel</name>
    <message>
        <source>assigned and scored</source>
        <translation>assigned and scored</translation>
    </message>
    <message>
        <source>assigned, not scored</source>
        <translation>assigned, not scored</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>recused (conflict)</source>
        <translation>recused (conflict)</translation>
    </message>
    <message>
        <source>{name}: scored by {n} judges</source>
        <translation>{name}: scored by {n} judges</translation>
    </message>
</context>
<context>
    <name>DisagreementsModel</name>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
</context>
<context>
    <name>DomainChart</name>
    <message>
        <source>No domain scores</source>
        <translation>No domain scores</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier narrative</source>
        <translation>Dossier narrative</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>This nominee has no attachments.</source>
        <translation>This nominee has no attachments.</translation>
    </message>
    <message>
        <source>Choose an attachment.</source>
        <translation>Choose an attachment.</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Open with the system viewer</translation>
    </message>
    <message>
        <source>Open the attachment with the system viewer</source>
        <translation>Open the attachment with the system viewer</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>{title}  ({file}, {size} KB)</source>
        <translation>{title}  ({file}, {size} KB)</translation>
    </message>
    <message>
        <source>&amp;Attachments ({n_attachments})</source>
        <translation>&amp;Attachments ({n_attachments})</translation>
    </message>
    <message>
        <source>{file}: this PDF cannot be shown. Press Enter on it to try the system viewer.</source>
        <translation>{file}: this PDF cannot be shown. Press Enter on it to try the system viewer.</translation>
    </message>
    <message>
        <source>{file}: cannot be read from the store ({exc}).</source>
        <translation>{file}: cannot be read from the store ({exc}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Export your signed score sheet</source>
        <translation>Export your signed score sheet</translation>
    </message>
    <message>
        <source>&amp;Export signed sheet…</source>
        <translation>&amp;Export signed sheet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Panel:</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <source>Completeness per nominee</source>
        <translation>Completeness per nominee</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase to sign:</source>
        <translation>&amp;Passphrase to sign:</translation>
    </message>
    <message>
        <source>Include my &amp;edit history</source>
        <translation>Include my &amp;edit history</translation>
    </message>
    <message>
        <source>Include my edit history</source>
        <translation>Include my edit history</translation>
    </message>
    <message>
        <source>Unticked, the sheet shows only how many changes you made and when (with the audit chain's hash), not your earlier scores and comments. Tick it to send the whole history to the chair.</source>
        <translation>Unticked, the sheet shows only how many changes you made and when (with the audit chain's hash), not your earlier scores and comments. Tick it to send the whole history to the chair.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Edit history problem</source>
        <translation>Edit history problem</translation>
    </message>
    <message>
        <source>I know my edit history was changed outside the app; export anyway (the chair sees the warning audit_broken)</source>
        <translation>I know my edit history was changed outside the app; export anyway (the chair sees the warning audit_broken)</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Exported file</translation>
    </message>
    <message>
        <source>Export number</source>
        <translation>Export number</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 of the file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export number:</source>
        <translation>Export number:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Send this file to the chair. If you export again later, the chair uses the sheet with the highest export number. The SHA-256 lets you both check that the file arrived unchanged.</source>
        <translation>Send this file to the chair. If you export again later, the chair uses the sheet with the highest export number. The SHA-256 lets you both check that the file arrived unchanged.</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <source>Open the folder that holds the exported sheet</source>
        <translation>Open the folder that holds the exported sheet</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Copy SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the sheet's SHA-256 so the chair can check it is the file you sent</source>
        <translation>Copy the sheet's SHA-256 so the chair can check it is the file you sent</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>This computer has no judge identity yet: create one (Identity page) before exporting.</source>
        <translation>This computer has no judge identity yet: create one (Identity page) before exporting.</translation>
    </message>
    <message>
        <source>Your key ({fp}) is not on this panel's roster: the chair would reject the sheet. Send your judge card to the organizer.</source>
        <translation>Your key ({fp}) is not on this panel's roster: the chair would reject the sheet. Send your judge card to the organizer.</translation>
    </message>
    <message>
        <source>{title} (round {round}, {id}); framework {fw} {ver}</source>
        <translation>{title} (round {round}, {id}); framework {fw} {ver}</translation>
    </message>
    <message>
        <source>no panel is open</source>
        <translation>no panel is open</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>no identity</translation>
    </message>
    <message>
        <source>Your edit history (audit chain) was changed outside the app:</source>
        <translation>Your edit history (audit chain) was changed outside the app:</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Restore a backup from before the change (File ▸ Restore from backup…), or export anyway.</source>
        <translation>Restore a backup from before the change (File ▸ Restore from backup…), or export anyway.</translation>
    </message>
    <message>
        <source>{n} criterion unscored</source>
        <translation>{n} criterion unscored</translation>
    </message>
    <message>
        <source>{n} criteria unscored</source>
        <translation>{n} criteria unscored</translation>
    </message>
    <message>
        <source> in {n} nominee</source>
        <translation> in {n} nominee</translation>
    </message>
    <message>
        <source> in {n} nominees</source>
        <translation> in {n} nominees</translation>
    </message>
    <message>
        <source>{n} required comment missing</source>
        <translation>{n} required comment missing</translation>
    </message>
    <message>
        <source>{n} required comments missing</source>
        <translation>{n} required comments missing</translation>
    </message>
    <message>
        <source>({n} nominee recused.)</source>
        <translation>({n} nominee recused.)</translation>
    </message>
    <message>
        <source>({n} nominees recused.)</source>
        <translation>({n} nominees recused.)</translation>
    </message>
    <message>
        <source>Everything is scored and every required comment is written.</source>
        <translation>Everything is scored and every required comment is written.</translation>
    </message>
    <message>
        <source> — you can still export; the chair will see the sheet as incomplete.</source>
        <translation> — you can still export; the chair will see the sheet as incomplete.</translation>
    </message>
    <message>
        <source>Type your passphrase to sign the sheet.</source>
        <translation>Type your passphrase to sign the sheet.</translation>
    </message>
    <message>
        <source>Save your signed score sheet</source>
        <translation>Save your signed score sheet</translation>
    </message>
    <message>
        <source>Unlocking your signing key…</source>
        <translation>Unlocking your signing key…</translation>
    </message>
    <message>
        <source>Writing and signing the sheet…</source>
        <translation>Writing and signing the sheet…</translation>
    </message>
    <message>
        <source>Exporting your score sheet</source>
        <translation>Exporting your score sheet</translation>
    </message>
    <message>
        <source>Your signed score sheet is saved ({done} of {total} criteria done).</source>
        <translation>Your signed score sheet is saved ({done} of {total} criteria done).</translation>
    </message>
    <message>
        <source>Wrong passphrase: the sheet was not exported. Type it again.</source>
        <translation>Wrong passphrase: the sheet was not exported. Type it again.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app} help</source>
        <translation>{app} help</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>Help pages</translation>
    </message>
    <message>
        <source>Choose a page of the guide</source>
        <translation>Choose a page of the guide</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Close the guide</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>this guide</source>
        <translation>this guide</translation>
    </message>
    <message>
        <source>open a panel package</source>
        <translation>open a panel package</translation>
    </message>
    <message>
        <source>previous / next criterion</source>
        <translation>previous / next criterion</translation>
    </message>
    <message>
        <source>choose that level (on the framework's scale)</source>
        <translation>choose that level (on the framework's scale)</translation>
    </message>
    <message>
        <source>clear the level</source>
        <translation>clear the level</translation>
    </message>
    <message>
        <source>write the comment (justification)</source>
        <translation>write the comment (justification)</translation>
    </message>
    <message>
        <source>next criterion (from the comment too)</source>
        <translation>next criterion (from the comment too)</translation>
    </message>
    <message>
        <source>previous criterion (from the comment too)</source>
        <translation>previous criterion (from the comment too)</translation>
    </message>
    <message>
        <source>back from the comment to the criteria</source>
        <translation>back from the comment to the criteria</translation>
    </message>
    <message>
        <source>next / previous nominee</source>
        <translation>next / previous nominee</translation>
    </message>
    <message>
        <source>next unscored criterion</source>
        <translation>next unscored criterion</translation>
    </message>
    <message>
        <source>filter the nominees</source>
        <translation>filter the nominees</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <source>declare a conflict of interest</source>
        <translation>declare a conflict of interest</translation>
    </message>
    <message>
        <source>overview of all nominees</source>
        <translation>overview of all nominees</translation>
    </message>
    <message>
        <source>export your signed score sheet</source>
        <translation>export your signed score sheet</translation>
    </message>
    <message>
        <source>print your scorecard (PDF)</source>
        <translation>print your scorecard (PDF)</translation>
    </message>
    <message>
        <source>Judge workspace, Merge, Organizer</source>
        <translation>Judge workspace, Merge, Organizer</translation>
    </message>
    <message>
        <source>quit (everything is already saved)</source>
        <translation>quit (everything is already saved)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Judge guide&lt;/h2&gt;
&lt;p&gt;You score each nominee on every criterion of the framework, explain your scores, and send
the organizer a &lt;b&gt;signed score sheet&lt;/b&gt;. Everything happens on this computer; you need no
network.&lt;/p&gt;
&lt;h3&gt;1. Your identity&lt;/h3&gt;
&lt;p&gt;The first time, choose &lt;b&gt;Create my judge identity&lt;/b&gt; on the welcome page (or
&lt;b&gt;File &amp;gt; My identity&lt;/b&gt;). You type your name, your e-mail and a passphrase; the app makes a
signing key that never leaves this computer. Save your &lt;b&gt;judge card&lt;/b&gt; (.zdxjudge) and send it
to the organizer, who adds you to the panel. Keep the passphrase: nobody can recover it.&lt;/p&gt;
&lt;h3&gt;2. Open the panel package&lt;/h3&gt;
&lt;p&gt;The organizer sends you a &lt;b&gt;.zdxpanel&lt;/b&gt; file. Use &lt;b&gt;File &amp;gt; Open panel package&lt;/b&gt;
(Ctrl+O) or drop it onto the window. The app checks the organizer's signature and every dossier
file before it shows anything.&lt;/p&gt;
&lt;h3&gt;3. Read the dossiers&lt;/h3&gt;
&lt;p&gt;The nominee list is on the left (Ctrl+F filters it). The middle shows the nominee's dossier:
the narrative sections and the attachments. PDFs open inside the app with page navigation, zoom
and search; images are shown scaled.&lt;/p&gt;
&lt;h3&gt;4. Score with the keyboard&lt;/h3&gt;
&lt;p&gt;In the scoring pane on the right, Up/Down (or K/J) move between criteria and a number key
chooses that level; 0 or Delete clears it. Tab goes to the comment; Ctrl+Enter moves on to the
next criterion. PageDown/PageUp change nominee; Ctrl+N jumps to the next criterion still to
score. The level cards show what each level means for that criterion.&lt;/p&gt;
&lt;h3&gt;5. Comments&lt;/h3&gt;
&lt;p&gt;Your comment justifies the score. Some levels (often the lowest and the highest) need a
comment: the framework says which, and the export counts the ones still missing. The chair may
include comments, anonymised, in the final report.&lt;/p&gt;
&lt;h3&gt;6. Conflicts of interest&lt;/h3&gt;
&lt;p&gt;If you know a nominee too well to judge it fairly, press Ctrl+D (&lt;b&gt;Edit &amp;gt; Declare
conflict&lt;/b&gt;) and give the reason. You are then recused: your sheet carries no score for that
nominee and the panel result leaves you out of it (missing, never zero).
&lt;b&gt;Edit &amp;gt; Withdraw conflict&lt;/b&gt; undoes a declaration you made by mistake.&lt;/p&gt;
&lt;h3&gt;7. Autosave and undo&lt;/h3&gt;
&lt;p&gt;Every level and comment is saved the moment you make it; the status bar says when. If a save
ever fails, the status bar says &lt;b&gt;NOT SAVED&lt;/b&gt; in red and your edit stays on screen. Ctrl+Z and
Ctrl+Shift+Z undo and redo. Ctrl+Shift+O shows the overview of all nominees.&lt;/p&gt;
&lt;h3&gt;8. Export your sheet&lt;/h3&gt;
&lt;p&gt;Ctrl+E (&lt;b&gt;File &amp;gt; Export score sheet&lt;/b&gt;) shows what is still unscored, asks for your
passphrase and writes a signed &lt;b&gt;.xlsx&lt;/b&gt; sheet. You may export an incomplete sheet; each new
export gets a higher sequence number and replaces the older one at the chair. Send the file by
any channel (e-mail, USB stick). Ctrl+P prints your own scorecard as a PDF.&lt;/p&gt;
&lt;p&gt;See also &lt;a href="help:verify"&gt;How to verify a sheet&lt;/a&gt; and
&lt;a href="help:keys"&gt;Keyboard shortcuts&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Judge guide&lt;/h2&gt;
&lt;p&gt;You score each nominee on every criterion of the framework, explain your scores, and send
the organizer a &lt;b&gt;signed score sheet&lt;/b&gt;. Everything happens on this computer; you need no
network.&lt;/p&gt;
&lt;h3&gt;1. Your identity&lt;/h3&gt;
&lt;p&gt;The first time, choose &lt;b&gt;Create my judge identity&lt;/b&gt; on the welcome page (or
&lt;b&gt;File &amp;gt; My identity&lt;/b&gt;). You type your name, your e-mail and a passphrase; the app makes a
signing key that never leaves this computer. Save your &lt;b&gt;judge card&lt;/b&gt; (.zdxjudge) and send it
to the organizer, who adds you to the panel. Keep the passphrase: nobody can recover it.&lt;/p&gt;
&lt;h3&gt;2. Open the panel package&lt;/h3&gt;
&lt;p&gt;The organizer sends you a &lt;b&gt;.zdxpanel&lt;/b&gt; file. Use &lt;b&gt;File &amp;gt; Open panel package&lt;/b&gt;
(Ctrl+O) or drop it onto the window. The app checks the organizer's signature and every dossier
file before it shows anything.&lt;/p&gt;
&lt;h3&gt;3. Read the dossiers&lt;/h3&gt;
&lt;p&gt;The nominee list is on the left (Ctrl+F filters it). The middle shows the nominee's dossier:
the narrative sections and the attachments. PDFs open inside the app with page navigation, zoom
and search; images are shown scaled.&lt;/p&gt;
&lt;h3&gt;4. Score with the keyboard&lt;/h3&gt;
&lt;p&gt;In the scoring pane on the right, Up/Down (or K/J) move between criteria and a number key
chooses that level; 0 or Delete clears it. Tab goes to the comment; Ctrl+Enter moves on to the
next criterion. PageDown/PageUp change nominee; Ctrl+N jumps to the next criterion still to
score. The level cards show what each level means for that criterion.&lt;/p&gt;
&lt;h3&gt;5. Comments&lt;/h3&gt;
&lt;p&gt;Your comment justifies the score. Some levels (often the lowest and the highest) need a
comment: the framework says which, and the export counts the ones still missing. The chair may
include comments, anonymised, in the final report.&lt;/p&gt;
&lt;h3&gt;6. Conflicts of interest&lt;/h3&gt;
&lt;p&gt;If you know a nominee too well to judge it fairly, press Ctrl+D (&lt;b&gt;Edit &amp;gt; Declare
conflict&lt;/b&gt;) and give the reason. You are then recused: your sheet carries no score for that
nominee and the panel result leaves you out of it (missing, never zero).
&lt;b&gt;Edit &amp;gt; Withdraw conflict&lt;/b&gt; undoes a declaration you made by mistake.&lt;/p&gt;
&lt;h3&gt;7. Autosave and undo&lt;/h3&gt;
&lt;p&gt;Every level and comment is saved the moment you make it; the status bar says when. If a save
ever fails, the status bar says &lt;b&gt;NOT SAVED&lt;/b&gt; in red and your edit stays on screen. Ctrl+Z and
Ctrl+Shift+Z undo and redo. Ctrl+Shift+O shows the overview of all nominees.&lt;/p&gt;
&lt;h3&gt;8. Export your sheet&lt;/h3&gt;
&lt;p&gt;Ctrl+E (&lt;b&gt;File &amp;gt; Export score sheet&lt;/b&gt;) shows what is still unscored, asks for your
passphrase and writes a signed &lt;b&gt;.xlsx&lt;/b&gt; sheet. You may export an incomplete sheet; each new
export gets a higher sequence number and replaces the older one at the chair. Send the file by
any channel (e-mail, USB stick). Ctrl+P prints your own scorecard as a PDF.&lt;/p&gt;
&lt;p&gt;See also &lt;a href="help:verify"&gt;How to verify a sheet&lt;/a&gt; and
&lt;a href="help:keys"&gt;Keyboard shortcuts&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Chair guide&lt;/h2&gt;
&lt;p&gt;The panel chair collects every judge's score sheet, checks it and combines the valid ones into
the panel result. Use the &lt;b&gt;Merge&lt;/b&gt; tab (Ctrl+2).&lt;/p&gt;
&lt;h3&gt;1. Add the package and the sheets&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose package…&lt;/b&gt; loads the same .zdxpanel the judges received (it holds the roster
of judges and their public keys). &lt;b&gt;Add sheets…&lt;/b&gt; adds the judges' .xlsx sheets; you can
also drop files onto the view. &lt;b&gt;Verify and merge&lt;/b&gt; checks every sheet, then combines the
valid ones.&lt;/p&gt;
&lt;h3&gt;2. What each status means&lt;/h3&gt;
&lt;dl&gt;
&lt;dt&gt;&lt;b&gt;valid&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature is correct, the judge is on the roster and the sheet
belongs to this panel, framework and round. It counts.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;tampered&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Values in the workbook differ from what the judge signed. The
details name each changed cell, what was signed and what is there now. It does not count; ask
the judge to export again.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;bad_signature&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature does not match the signed content: the hidden
signature sheet was damaged or forged. It does not count.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unknown_judge&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was signed by a key that is not on the panel's
roster (for example a judge who made a new identity). It does not count until the organizer adds
that judge card to the package.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_panel&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet belongs to another panel.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_framework&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was scored against another framework or another
version of it.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;superseded&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The same judge sent a newer sheet (a higher sequence number or a
later round); only the newest counts. A second copy of the same sheet (the same signed values) is
also superseded: the copy without warnings is used.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unreadable&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Not a score sheet, or a corrupt or unsafe file.&lt;/dd&gt;
&lt;/dl&gt;
&lt;p&gt;Three warnings do not reject a sheet: &lt;b&gt;incomplete&lt;/b&gt; (some criteria were left unscored; they
are missing, not zero), &lt;b&gt;conflict_scored&lt;/b&gt; (the judge scored a nominee the roster marks as
a conflict; those scores are left out) and &lt;b&gt;display_altered&lt;/b&gt; (the values are the signed ones,
but formatting makes a spreadsheet program show them differently: a number format, hidden rows or
columns, invisible text; the details name the cells. The merge uses the signed values; read the
sheet with care). &lt;b&gt;sequence_clash&lt;/b&gt; marks two sheets of one judge with the same round and
sequence number but different signed values: the later export counts; ask the judge which is
right.&lt;/p&gt;
&lt;h3&gt;3. Methods&lt;/h3&gt;
&lt;p&gt;A judge's total for a nominee is the weighted mean of their levels, on a scale of 0 to 100,
computed exactly: equal totals are always equal. The package names the official method; the
&lt;b&gt;Method&lt;/b&gt; list shows the others side by side, and the &lt;b&gt;How sure&lt;/b&gt; tab shows which places
the panel can and cannot tell apart (the judges resampled 1,000 times).&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;mean&lt;/b&gt;: the average of the judges' totals.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;median&lt;/b&gt;: the middle total; one unusually harsh or generous judge barely moves it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;trimmed&lt;/b&gt;: the average after setting aside a fifth of the totals at each end.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;zscore&lt;/b&gt;: each judge's totals are first put on a common footing (a strict judge's
scores count as much as a generous judge's), then mapped back to the panel's scale.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;schulze&lt;/b&gt;: each judge's totals give a ranking; the Schulze voting method combines the
rankings into one order.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;adjusted&lt;/b&gt;: each judge's strictness is estimated from all the scores and removed; use
it when not every judge scored every nominee (recusals, assignments).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;4. Ties&lt;/h3&gt;
&lt;p&gt;Nominees with equal scores get the same rank and are marked as tied. The app never breaks a
tie silently: the panel decides.&lt;/p&gt;
&lt;h3&gt;5. Disagreements&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Disagreements&lt;/b&gt; tab lists what to discuss: criteria where the judges' levels range by
2 or more, and nominees whose spread is among the panel's widest tenth. Double-click a row to see
every judge's levels.&lt;/p&gt;
&lt;h3&gt;6. Reliability&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Reliability&lt;/b&gt; tab says in plain words how far the judges agree.
&lt;b&gt;Krippendorff's alpha&lt;/b&gt;: {alpha_good} or more is good agreement; {alpha_tentative} to
{alpha_good} allows tentative conclusions only; below that agreement is weak. &lt;b&gt;ICC(2,1)&lt;/b&gt;
measures absolute agreement and &lt;b&gt;ICC(3,1)&lt;/b&gt; consistency (a large gap between them means
the judges differ mainly in severity). &lt;b&gt;Kendall's W&lt;/b&gt; (0 to 1) says how far the judges
put the nominees in the same order. Per judge, &lt;b&gt;severity&lt;/b&gt; is the mean offset from the
panel (negative is harsher) and &lt;b&gt;agreement&lt;/b&gt; the correlation with the rest of the panel.&lt;/p&gt;
&lt;h3&gt;7. Export&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Export result workbook…&lt;/b&gt; writes the signed result (.xlsx; signed with this
computer's identity if it has one). &lt;b&gt;PDF report…&lt;/b&gt; writes the final report, with
anonymised comments and winner certificates if you ask for them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Chair guide&lt;/h2&gt;
&lt;p&gt;The panel chair collects every judge's score sheet, checks it and combines the valid ones into
the panel result. Use the &lt;b&gt;Merge&lt;/b&gt; tab (Ctrl+2).&lt;/p&gt;
&lt;h3&gt;1. Add the package and the sheets&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose package…&lt;/b&gt; loads the same .zdxpanel the judges received (it holds the roster
of judges and their public keys). &lt;b&gt;Add sheets…&lt;/b&gt; adds the judges' .xlsx sheets; you can
also drop files onto the view. &lt;b&gt;Verify and merge&lt;/b&gt; checks every sheet, then combines the
valid ones.&lt;/p&gt;
&lt;h3&gt;2. What each status means&lt;/h3&gt;
&lt;dl&gt;
&lt;dt&gt;&lt;b&gt;valid&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature is correct, the judge is on the roster and the sheet
belongs to this panel, framework and round. It counts.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;tampered&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Values in the workbook differ from what the judge signed. The
details name each changed cell, what was signed and what is there now. It does not count; ask
the judge to export again.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;bad_signature&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The signature does not match the signed content: the hidden
signature sheet was damaged or forged. It does not count.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unknown_judge&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was signed by a key that is not on the panel's
roster (for example a judge who made a new identity). It does not count until the organizer adds
that judge card to the package.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_panel&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet belongs to another panel.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;wrong_framework&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The sheet was scored against another framework or another
version of it.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;superseded&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;The same judge sent a newer sheet (a higher sequence number or a
later round); only the newest counts. A second copy of the same sheet (the same signed values) is
also superseded: the copy without warnings is used.&lt;/dd&gt;
&lt;dt&gt;&lt;b&gt;unreadable&lt;/b&gt;&lt;/dt&gt;&lt;dd&gt;Not a score sheet, or a corrupt or unsafe file.&lt;/dd&gt;
&lt;/dl&gt;
&lt;p&gt;Three warnings do not reject a sheet: &lt;b&gt;incomplete&lt;/b&gt; (some criteria were left unscored; they
are missing, not zero), &lt;b&gt;conflict_scored&lt;/b&gt; (the judge scored a nominee the roster marks as
a conflict; those scores are left out) and &lt;b&gt;display_altered&lt;/b&gt; (the values are the signed ones,
but formatting makes a spreadsheet program show them differently: a number format, hidden rows or
columns, invisible text; the details name the cells. The merge uses the signed values; read the
sheet with care). &lt;b&gt;sequence_clash&lt;/b&gt; marks two sheets of one judge with the same round and
sequence number but different signed values: the later export counts; ask the judge which is
right.&lt;/p&gt;
&lt;h3&gt;3. Methods&lt;/h3&gt;
&lt;p&gt;A judge's total for a nominee is the weighted mean of their levels, on a scale of 0 to 100,
computed exactly: equal totals are always equal. The package names the official method; the
&lt;b&gt;Method&lt;/b&gt; list shows the others side by side, and the &lt;b&gt;How sure&lt;/b&gt; tab shows which places
the panel can and cannot tell apart (the judges resampled 1,000 times).&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;mean&lt;/b&gt;: the average of the judges' totals.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;median&lt;/b&gt;: the middle total; one unusually harsh or generous judge barely moves it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;trimmed&lt;/b&gt;: the average after setting aside a fifth of the totals at each end.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;zscore&lt;/b&gt;: each judge's totals are first put on a common footing (a strict judge's
scores count as much as a generous judge's), then mapped back to the panel's scale.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;schulze&lt;/b&gt;: each judge's totals give a ranking; the Schulze voting method combines the
rankings into one order.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;adjusted&lt;/b&gt;: each judge's strictness is estimated from all the scores and removed; use
it when not every judge scored every nominee (recusals, assignments).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;4. Ties&lt;/h3&gt;
&lt;p&gt;Nominees with equal scores get the same rank and are marked as tied. The app never breaks a
tie silently: the panel decides.&lt;/p&gt;
&lt;h3&gt;5. Disagreements&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Disagreements&lt;/b&gt; tab lists what to discuss: criteria where the judges' levels range by
2 or more, and nominees whose spread is among the panel's widest tenth. Double-click a row to see
every judge's levels.&lt;/p&gt;
&lt;h3&gt;6. Reliability&lt;/h3&gt;
&lt;p&gt;The &lt;b&gt;Reliability&lt;/b&gt; tab says in plain words how far the judges agree.
&lt;b&gt;Krippendorff's alpha&lt;/b&gt;: {alpha_good} or more is good agreement; {alpha_tentative} to
{alpha_good} allows tentative conclusions only; below that agreement is weak. &lt;b&gt;ICC(2,1)&lt;/b&gt;
measures absolute agreement and &lt;b&gt;ICC(3,1)&lt;/b&gt; consistency (a large gap between them means
the judges differ mainly in severity). &lt;b&gt;Kendall's W&lt;/b&gt; (0 to 1) says how far the judges
put the nominees in the same order. Per judge, &lt;b&gt;severity&lt;/b&gt; is the mean offset from the
panel (negative is harsher) and &lt;b&gt;agreement&lt;/b&gt; the correlation with the rest of the panel.&lt;/p&gt;
&lt;h3&gt;7. Export&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Export result workbook…&lt;/b&gt; writes the signed result (.xlsx; signed with this
computer's identity if it has one). &lt;b&gt;PDF report…&lt;/b&gt; writes the final report, with
anonymised comments and winner certificates if you ask for them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Organizer guide&lt;/h2&gt;
&lt;p&gt;The organizer builds the signed panel package that judges and the chair open, and prints the
final report and certificates. Use the &lt;b&gt;Organizer&lt;/b&gt; tab (Ctrl+3). Create your own identity
first: it signs the package.&lt;/p&gt;
&lt;h3&gt;1. The framework&lt;/h3&gt;
&lt;p&gt;The sample framework is loaded by default (clearly labelled as a sample). &lt;b&gt;Choose…&lt;/b&gt;
loads your own: a framework JSON file, or the spreadsheet template filled in.
&lt;b&gt;Save as spreadsheet…&lt;/b&gt; writes the current framework as that template, to edit in Excel
or LibreOffice. A bad file is refused with the field or cell to fix.&lt;/p&gt;
&lt;h3&gt;2. The nominees&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose folder…&lt;/b&gt; picks a folder with one sub-folder per nominee. Each holds a
&lt;b&gt;nominee.json&lt;/b&gt; (at least an id and a name; optionally country, category, summary, sections
and attachments) and the attachment files it lists. The preview shows each folder's problem, if
any.&lt;/p&gt;
&lt;h3&gt;3. Judges and conflicts&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Add judge cards…&lt;/b&gt; adds the .zdxjudge cards the judges sent you; compare each card's
fingerprint with the judge (by phone, for example). Record known conflicts of interest: choose the
judge and the nominee and press &lt;b&gt;Add&lt;/b&gt;. A judge's scores for a conflicted nominee are left
out of the result.&lt;/p&gt;
&lt;h3&gt;4. Build the package&lt;/h3&gt;
&lt;p&gt;Set the title, the round and the official method, then &lt;b&gt;Build signed package…&lt;/b&gt;. You
type your passphrase; the app writes a .zdxpanel signed with your key. Send it to every judge and
to the chair. A later round of the same panel replaces the earlier one when opened.&lt;/p&gt;
&lt;h3&gt;5. Report and certificates&lt;/h3&gt;
&lt;p&gt;When the chair sends you the result workbook, &lt;b&gt;Print report…&lt;/b&gt; turns it into the final
PDF report: cover, method, ranking, a page per nominee, reliability and a verification appendix,
with a verification code on every page. Choose whether to include anonymised comments and how
many winner certificates to print.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Organizer guide&lt;/h2&gt;
&lt;p&gt;The organizer builds the signed panel package that judges and the chair open, and prints the
final report and certificates. Use the &lt;b&gt;Organizer&lt;/b&gt; tab (Ctrl+3). Create your own identity
first: it signs the package.&lt;/p&gt;
&lt;h3&gt;1. The framework&lt;/h3&gt;
&lt;p&gt;The sample framework is loaded by default (clearly labelled as a sample). &lt;b&gt;Choose…&lt;/b&gt;
loads your own: a framework JSON file, or the spreadsheet template filled in.
&lt;b&gt;Save as spreadsheet…&lt;/b&gt; writes the current framework as that template, to edit in Excel
or LibreOffice. A bad file is refused with the field or cell to fix.&lt;/p&gt;
&lt;h3&gt;2. The nominees&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Choose folder…&lt;/b&gt; picks a folder with one sub-folder per nominee. Each holds a
&lt;b&gt;nominee.json&lt;/b&gt; (at least an id and a name; optionally country, category, summary, sections
and attachments) and the attachment files it lists. The preview shows each folder's problem, if
any.&lt;/p&gt;
&lt;h3&gt;3. Judges and conflicts&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Add judge cards…&lt;/b&gt; adds the .zdxjudge cards the judges sent you; compare each card's
fingerprint with the judge (by phone, for example). Record known conflicts of interest: choose the
judge and the nominee and press &lt;b&gt;Add&lt;/b&gt;. A judge's scores for a conflicted nominee are left
out of the result.&lt;/p&gt;
&lt;h3&gt;4. Build the package&lt;/h3&gt;
&lt;p&gt;Set the title, the round and the official method, then &lt;b&gt;Build signed package…&lt;/b&gt;. You
type your passphrase; the app writes a .zdxpanel signed with your key. Send it to every judge and
to the chair. A later round of the same panel replaces the earlier one when opened.&lt;/p&gt;
&lt;h3&gt;5. Report and certificates&lt;/h3&gt;
&lt;p&gt;When the chair sends you the result workbook, &lt;b&gt;Print report…&lt;/b&gt; turns it into the final
PDF report: cover, method, ranking, a page per nominee, reliability and a verification appendix,
with a verification code on every page. Choose whether to include anonymised comments and how
many winner certificates to print.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;How to verify a sheet&lt;/h2&gt;
&lt;h3&gt;What is signed&lt;/h3&gt;
&lt;p&gt;A score sheet is signed over its &lt;b&gt;values&lt;/b&gt;, not over the bytes of the file: the judge's
fingerprint, the panel, the framework, the round, the sequence number and every level and comment.
The signature sits in a hidden sheet of the workbook.&lt;/p&gt;
&lt;h3&gt;Opening and re-saving is fine&lt;/h3&gt;
&lt;p&gt;Because the values are signed, opening the sheet in Excel or LibreOffice and saving it again
without changing anything keeps it &lt;b&gt;valid&lt;/b&gt;, even though the file's bytes change. Changing any
level or comment makes it &lt;b&gt;tampered&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Verify from the command line&lt;/h3&gt;
&lt;pre&gt;zerodx verify SHEET.xlsx --panel PANEL.zdxpanel&lt;/pre&gt;
&lt;p&gt;It prints the status, the judge and their fingerprint, the panel, round and sequence number,
and any warnings; &lt;tt&gt;--json&lt;/tt&gt; prints the same for scripts. The exit code is 0 when the sheet
can be used and 1 when it is rejected. Without &lt;tt&gt;--panel&lt;/tt&gt; only the signature is checked, not
the roster. In the app, the &lt;b&gt;Merge&lt;/b&gt; tab verifies every sheet you add.&lt;/p&gt;
&lt;h3&gt;Tampered: which cells?&lt;/h3&gt;
&lt;p&gt;A &lt;b&gt;tampered&lt;/b&gt; sheet lists each changed cell by name, for example
&lt;tt&gt;Scores!G12: signed '3', found '4'&lt;/tt&gt;: the cell, what the judge signed and what the file holds
now. Ask the judge for a fresh export rather than correcting the cell.&lt;/p&gt;
&lt;h3&gt;Fingerprints&lt;/h3&gt;
&lt;p&gt;A fingerprint (like &lt;tt&gt;SHA256:…&lt;/tt&gt;, as SSH prints it) identifies a judge's key. The
judge sees it in &lt;b&gt;File &amp;gt; My identity&lt;/b&gt;; the organizer and the chair see the same one in the
package and in the verification details. Compare it once with the judge over a channel you trust
(in person or by phone): then a valid sheet really comes from that judge.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;How to verify a sheet&lt;/h2&gt;
&lt;h3&gt;What is signed&lt;/h3&gt;
&lt;p&gt;A score sheet is signed over its &lt;b&gt;values&lt;/b&gt;, not over the bytes of the file: the judge's
fingerprint, the panel, the framework, the round, the sequence number and every level and comment.
The signature sits in a hidden sheet of the workbook.&lt;/p&gt;
&lt;h3&gt;Opening and re-saving is fine&lt;/h3&gt;
&lt;p&gt;Because the values are signed, opening the sheet in Excel or LibreOffice and saving it again
without changing anything keeps it &lt;b&gt;valid&lt;/b&gt;, even though the file's bytes change. Changing any
level or comment makes it &lt;b&gt;tampered&lt;/b&gt;.&lt;/p&gt;
&lt;h3&gt;Verify from the command line&lt;/h3&gt;
&lt;pre&gt;zerodx verify SHEET.xlsx --panel PANEL.zdxpanel&lt;/pre&gt;
&lt;p&gt;It prints the status, the judge and their fingerprint, the panel, round and sequence number,
and any warnings; &lt;tt&gt;--json&lt;/tt&gt; prints the same for scripts. The exit code is 0 when the sheet
can be used and 1 when it is rejected. Without &lt;tt&gt;--panel&lt;/tt&gt; only the signature is checked, not
the roster. In the app, the &lt;b&gt;Merge&lt;/b&gt; tab verifies every sheet you add.&lt;/p&gt;
&lt;h3&gt;Tampered: which cells?&lt;/h3&gt;
&lt;p&gt;A &lt;b&gt;tampered&lt;/b&gt; sheet lists each changed cell by name, for example
&lt;tt&gt;Scores!G12: signed '3', found '4'&lt;/tt&gt;: the cell, what the judge signed and what the file holds
now. Ask the judge for a fresh export rather than correcting the cell.&lt;/p&gt;
&lt;h3&gt;Fingerprints&lt;/h3&gt;
&lt;p&gt;A fingerprint (like &lt;tt&gt;SHA256:…&lt;/tt&gt;, as SSH prints it) identifies a judge's key. The
judge sees it in &lt;b&gt;File &amp;gt; My identity&lt;/b&gt;; the organizer and the chair see the same one in the
package and in the verification details. Compare it once with the judge over a channel you trust
(in person or by phone): then a valid sheet really comes from that judge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where your data is&lt;/h2&gt;
&lt;p&gt;Everything this app keeps is in one folder on this computer:&lt;/p&gt;
&lt;pre&gt;{home}&lt;/pre&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;store.sqlite&lt;/b&gt;: your panels, scores, comments and conflicts, saved as you type.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;backups/&lt;/b&gt;: copies of the store, made while you work (at most one every ten minutes)
and before every upgrade. The newest ten are kept; older ones are removed, except, for each panel,
the copy holding the most scores, every copy made since your last export, and the copies made
before an upgrade.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;identity/&lt;/b&gt;: your signing key, encrypted with your passphrase, and your public judge
card.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;blobs/&lt;/b&gt;: the dossier files of the packages you opened.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;logs/&lt;/b&gt;: the log file to send with a bug report.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app has no network code at all: no updates, no
telemetry, no cloud. Files travel only when you send them yourself (your judge card, your score
sheet).&lt;/p&gt;
&lt;p&gt;To move to another computer, copy the whole folder while the app is closed. To use a different
folder, start the app with &lt;tt&gt;--home FOLDER&lt;/tt&gt; or set &lt;tt&gt;ZERODX_HOME&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Where your data is&lt;/h2&gt;
&lt;p&gt;Everything this app keeps is in one folder on this computer:&lt;/p&gt;
&lt;pre&gt;{home}&lt;/pre&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;store.sqlite&lt;/b&gt;: your panels, scores, comments and conflicts, saved as you type.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;backups/&lt;/b&gt;: copies of the store, made while you work (at most one every ten minutes)
and before every upgrade. The newest ten are kept; older ones are removed, except, for each panel,
the copy holding the most scores, every copy made since your last export, and the copies made
before an upgrade.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;identity/&lt;/b&gt;: your signing key, encrypted with your passphrase, and your public judge
card.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;blobs/&lt;/b&gt;: the dossier files of the packages you opened.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;logs/&lt;/b&gt;: the log file to send with a bug report.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app has no network code at all: no updates, no
telemetry, no cloud. Files travel only when you send them yourself (your judge card, your score
sheet).&lt;/p&gt;
&lt;p&gt;To move to another computer, copy the whole folder while the app is closed. To use a different
folder, start the app with &lt;tt&gt;--home FOLDER&lt;/tt&gt; or set &lt;tt&gt;ZERODX_HOME&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;Everything in the judge workspace can be done without the mouse. Every change is saved the moment you make it; the status bar says when.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;Everything in the judge workspace can be done without the mouse. Every change is saved the moment you make it; the status bar says when.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Judge guide</source>
        <translation>Judge guide</translation>
    </message>
    <message>
        <source>Chair guide</source>
        <translation>Chair guide</translation>
    </message>
    <message>
        <source>Organizer guide</source>
        <translation>Organizer guide</translation>
    </message>
    <message>
        <source>How to verify a sheet</source>
        <translation>How to verify a sheet</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>Too short: at least 8 characters.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it stronger.</source>
        <translation>Fair. A few more words make it stronger.</translation>
    </message>
    <message>
        <source>Weak. Use a longer phrase, e.g. several unrelated words.</source>
        <translation>Weak. Use a longer phrase, e.g. several unrelated words.</translation>
    </message>
    <message>
        <source>Your judge identity</source>
        <translation>Your judge identity</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>Create identity</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before you can sign your score sheet, this computer makes you a &lt;b&gt;signing key&lt;/b&gt;. Your name and e-mail are printed on every sheet you sign.&lt;/p&gt;&lt;p&gt;The key &lt;b&gt;never leaves this computer&lt;/b&gt;. It is kept encrypted with the passphrase you choose here; you type the passphrase each time you sign. Nobody can recover a forgotten passphrase.&lt;/p&gt;&lt;p&gt;Afterwards you can save your &lt;b&gt;judge card&lt;/b&gt; (a small .zdxjudge file with your name, e-mail and public key, nothing secret) and send it to the organizer, who puts you on the panel so the chair can check that your sheets really come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Before you can sign your score sheet, this computer makes you a &lt;b&gt;signing key&lt;/b&gt;. Your name and e-mail are printed on every sheet you sign.&lt;/p&gt;&lt;p&gt;The key &lt;b&gt;never leaves this computer&lt;/b&gt;. It is kept encrypted with the passphrase you choose here; you type the passphrase each time you sign. Nobody can recover a forgotten passphrase.&lt;/p&gt;&lt;p&gt;Afterwards you can save your &lt;b&gt;judge card&lt;/b&gt; (a small .zdxjudge file with your name, e-mail and public key, nothing secret) and send it to the organizer, who puts you on the panel so the chair can check that your sheets really come from you.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About your identity</source>
        <translation>About your identity</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>as it should appear on your sheets</source>
        <translation>as it should appear on your sheets</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Your key fingerprint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <source>The fingerprint identifies your key; the organizer and the chair see the same one. Next, save your judge card from the Identity page and send it to the organizer.</source>
        <translation>The fingerprint identifies your key; the organizer and the chair see the same one. Next, save your judge card from the Identity page and send it to the organizer.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Please type your name.</translation>
    </message>
    <message>
        <source>Please type a valid e-mail address (like name@example.org).</source>
        <translation>Please type a valid e-mail address (like name@example.org).</translation>
    </message>
    <message>
        <source>Making and encrypting your signing key…</source>
        <translation>Making and encrypting your signing key…</translation>
    </message>
    <message>
        <source>Creating your identity</source>
        <translation>Creating your identity</translation>
    </message>
    <message>
        <source>Your identity is ready, {name} &lt;{email}&gt;.</source>
        <translation>Your identity is ready, {name} &lt;{email}&gt;.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Judge card</source>
        <translation>Judge card</translation>
    </message>
    <message>
        <source>Your judge identity</source>
        <translation>Your judge identity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Save judge card…</source>
        <translation>&amp;Save judge card…</translation>
    </message>
    <message>
        <source>Save your public judge card (.zdxjudge) to send to the organizer; it holds nothing secret</source>
        <translation>Save your public judge card (.zdxjudge) to send to the organizer; it holds nothing secret</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hange passphrase…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for your signing key (you need the current one)</source>
        <translation>Choose a new passphrase for your signing key (you need the current one)</translation>
    </message>
    <message>
        <source>C&amp;reate identity…</source>
        <translation>C&amp;reate identity…</translation>
    </message>
    <message>
        <source>Make your signing key: name, e-mail and a passphrase</source>
        <translation>Make your signing key: name, e-mail and a passphrase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your signing key never leaves this computer. Send your judge card to the organizer so that the chair can check that your score sheets come from you; compare the fingerprint with the one they see.</source>
        <translation>Your signing key never leaves this computer. Send your judge card to the organizer so that the chair can check that your score sheets come from you; compare the fingerprint with the one they see.</translation>
    </message>
    <message>
        <source>This computer has no judge identity yet. Create one to sign your score sheet and to make the judge card the organizer needs.</source>
        <translation>This computer has no judge identity yet. Create one to sign your score sheet and to make the judge card the organizer needs.</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Fingerprint copied.</translation>
    </message>
    <message>
        <source>Save your judge card</source>
        <translation>Save your judge card</translation>
    </message>
    <message>
        <source>Judge card not saved</source>
        <translation>Judge card not saved</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Judge card saved to {path}. Send this file to the organizer.</source>
        <translation>Judge card saved to {path}. Send this file to the organizer.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Image attachment</source>
        <translation>Image attachment</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>This image cannot be shown.</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <source>Level {value}: {label}</source>
        <translation>Level {value}: {label}</translation>
    </message>
    <message>
        <source>Press {key} to choose this level</source>
        <translation>Press {key} to choose this level</translation>
    </message>
</context>
<context>
    <name>MainFrame</name>
    <message>
        <source>The merge view (panel chair) is not available in this build.</source>
        <translation>The merge view (panel chair) is not available in this build.</translation>
    </message>
    <message>
        <source>The organizer views are not available in this build.</source>
        <translation>The organizer views are not available in this build.</translation>
    </message>
    <message>
        <source>&amp;Open panel package…</source>
        <translation>&amp;Open panel package…</translation>
    </message>
    <message>
        <source>Open the panel package the organizer sent</source>
        <translation>Open the panel package the organizer sent</translation>
    </message>
    <message>
        <source>Open the &amp;demo panel</source>
        <translation>Open the &amp;demo panel</translation>
    </message>
    <message>
        <source>&amp;Export score sheet…</source>
        <translation>&amp;Export score sheet…</translation>
    </message>
    <message>
        <source>Write your signed score sheet (.xlsx)</source>
        <translation>Write your signed score sheet (.xlsx)</translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation>My &amp;identity…</translation>
    </message>
    <message>
        <source>Your signing key, judge card, passphrase</source>
        <translation>Your signing key, judge card, passphrase</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;Nominate…</translation>
    </message>
    <message>
        <source>Sign a nomination of a nominee for the organizer (.zdxnom)</source>
        <translation>Sign a nomination of a nominee for the organizer (.zdxnom)</translation>
    </message>
    <message>
        <source>&amp;Print my scorecard…</source>
        <translation>&amp;Print my scorecard…</translation>
    </message>
    <message>
        <source>Your scores and comments as a PDF</source>
        <translation>Your scores and comments as a PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Put an earlier copy of your scores back (the current one is kept)</source>
        <translation>Put an earlier copy of your scores back (the current one is kept)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Filter nominees</source>
        <translation>&amp;Filter nominees</translation>
    </message>
    <message>
        <source>&amp;Next unscored</source>
        <translation>&amp;Next unscored</translation>
    </message>
    <message>
        <source>Go to the next criterion still to score</source>
        <translation>Go to the next criterion still to score</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>All nominees by domain</source>
        <translation>All nominees by domain</translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation>Declare &amp;conflict…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <source>&amp;Withdraw conflict</source>
        <translation>&amp;Withdraw conflict</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Language of the application</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The guide for judges, chairs and organizers</source>
        <translation>The guide for judges, chairs and organizers</translation>
    </message>
    <message>
        <source>How to &amp;verify a sheet</source>
        <translation>How to &amp;verify a sheet</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>Judge workspace</source>
        <translation>Judge workspace</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>NOT SAVED: {first}</source>
        <translation>NOT SAVED: {first}</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved here</source>
        <translation>Read-only: changes cannot be saved here</translation>
    </message>
    <message>
        <source>{app_name}: edit history changed</source>
        <translation>{app_name}: edit history changed</translation>
    </message>
    <message>
        <source>Your scores or their edit history (audit chain) were changed outside the app:
{rows}{more}

Restore a backup from before the change (File ▸ Restore from backup…). Exporting needs you to acknowledge this, and the chair will see it.</source>
        <translation>Your scores or their edit history (audit chain) were changed outside the app:
{rows}{more}

Restore a backup from before the change (File ▸ Restore from backup…). Exporting needs you to acknowledge this, and the chair will see it.</translation>
    </message>
    <message>
        <source>Judge card</source>
        <translation>Judge card</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;
Key fingerprint: {fingerprint}

To put this judge on a panel, add the card in the Organizer tab.</source>
        <translation>{name} &lt;{email}&gt;
Key fingerprint: {fingerprint}

To put this judge on a panel, add the card in the Organizer tab.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The data folder {home} was moved or deleted while the app was open: nothing more can be saved.

Put the folder back, or quit and start the app again (it offers to restore the newest backup).</source>
        <translation>The data folder {home} was moved or deleted while the app was open: nothing more can be saved.

Put the folder back, or quit and start the app again (it offers to restore the newest backup).</translation>
    </message>
    <message>
        <source>Checking your edit history</source>
        <translation>Checking your edit history</translation>
    </message>
    <message>
        <source>{app_name}: not restored</source>
        <translation>{app_name}: not restored</translation>
    </message>
    <message>
        <source>Restored {name} ({what})</source>
        <translation>Restored {name} ({what})</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <source>Nomination saved: {path}. Send it to the organizer.</source>
        <translation>Nomination saved: {path}. Send it to the organizer.</translation>
    </message>
    <message>
        <source>Exported {name} ({done}/{total} done)</source>
        <translation>Exported {name} ({done}/{total} done)</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Opening {name}</translation>
    </message>
    <message>
        <source>You are not on this panel's roster yet</source>
        <translation>You are not on this panel's roster yet</translation>
    </message>
    <message>
        <source>Your key is not on this panel's roster: see the note above the nominee list.</source>
        <translation>Your key is not on this panel's roster: see the note above the nominee list.</translation>
    </message>
    <message>
        <source>Open panel package</source>
        <translation>Open panel package</translation>
    </message>
    <message>
        <source>Panel packages</source>
        <translation>Panel packages</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>This data folder is already in use. Open the demo in a separate, throw-away window?</source>
        <translation>This data folder is already in use. Open the demo in a separate, throw-away window?</translation>
    </message>
    <message>
        <source>Building the demo panel…</source>
        <translation>Building the demo panel…</translation>
    </message>
    <message>
        <source>Preparing the demo panel</source>
        <translation>Preparing the demo panel</translation>
    </message>
    <message>
        <source>{app_name}: not saved</source>
        <translation>{app_name}: not saved</translation>
    </message>
    <message>
        <source>{message}

Your edit is still on screen.</source>
        <translation>{message}

Your edit is still on screen.</translation>
    </message>
    <message>
        <source>score sheet</source>
        <translation>score sheet</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exported {name}</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>My identity</translation>
    </message>
    <message>
        <source>Writing your scorecard…</source>
        <translation>Writing your scorecard…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <source>Printing your scorecard</source>
        <translation>Printing your scorecard</translation>
    </message>
    <message>
        <source>Your last comment could not be saved (see the status bar). Quit anyway and lose it?</source>
        <translation>Your last comment could not be saved (see the status bar). Quit anyway and lose it?</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Discussion list (largest disagreement first):</source>
        <translation>Discussion list (largest disagreement first):</translation>
    </message>
    <message>
        <source>Comments (anonymised; untick to leave one out of the feedback letter):</source>
        <translation>Comments (anonymised; untick to leave one out of the feedback letter):</translation>
    </message>
    <message>
        <source>Chair's notes on this nominee:</source>
        <translation>Chair's notes on this nominee:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Decide the award:</source>
        <translation>Decide the award:</translation>
    </message>
    <message>
        <source>Rationale (required for a tie at the top or another nominee)</source>
        <translation>Rationale (required for a tie at the top or another nominee)</translation>
    </message>
    <message>
        <source>Spread per criterion</source>
        <translation>Spread per criterion</translation>
    </message>
    <message>
        <source>Comments (anonymised)</source>
        <translation>Comments (anonymised)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nominee the award goes to</source>
        <translation>Nominee the award goes to</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Record the panel's decision for this category; it is signed into the result workbook</source>
        <translation>Record the panel's decision for this category; it is signed into the result workbook</translation>
    </message>
    <message>
        <source>{nominee} — spread {spread}</source>
        <translation>{nominee} — spread {spread}</translation>
    </message>
    <message>
        <source>Merge the sheets to start the meeting.</source>
        <translation>Merge the sheets to start the meeting.</translation>
    </message>
    <message>
        <source>{nominee} — rank {rank}, score {score}, judges' totals {low}–{high}</source>
        <translation>{nominee} — rank {rank}, score {score}, judges' totals {low}–{high}</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>(tie at the top: choose a nominee)</source>
        <translation>(tie at the top: choose a nominee)</translation>
    </message>
    <message>
        <source>Not recorded: {message}</source>
        <translation>Not recorded: {message}</translation>
    </message>
    <message>
        <source>no nominee has a score</source>
        <translation>no nominee has a score</translation>
    </message>
    <message>
        <source>a tie at the top ({names}): no decision yet</source>
        <translation>a tie at the top ({names}): no decision yet</translation>
    </message>
    <message>
        <source>{nominee} (the ranking's first place; not decided yet)</source>
        <translation>{nominee} (the ranking's first place; not decided yet)</translation>
    </message>
    <message>
        <source>{nominee}, decided</source>
        <translation>{nominee}, decided</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Mean of the judges' totals</source>
        <translation>Mean of the judges' totals</translation>
    </message>
    <message>
        <source>Median of the judges' totals</source>
        <translation>Median of the judges' totals</translation>
    </message>
    <message>
        <source>Z-scores (each judge standardised)</source>
        <translation>Z-scores (each judge standardised)</translation>
    </message>
    <message>
        <source>Schulze (combines the judges' rankings)</source>
        <translation>Schulze (combines the judges' rankings)</translation>
    </message>
    <message>
        <source>— (not enough data)</source>
        <translation>— (not enough data)</translation>
    </message>
    <message>
        <source>Panel package:</source>
        <translation>Panel package:</translation>
    </message>
    <message>
        <source>none chosen — choose one or drop a .zdxpanel here</source>
        <translation>none chosen — choose one or drop a .zdxpanel here</translation>
    </message>
    <message>
        <source>Choose package…</source>
        <translation>Choose package…</translation>
    </message>
    <message>
        <source>Choose the panel package (.zdxpanel) the judges received: it holds the roster the sheets are checked against</source>
        <translation>Choose the panel package (.zdxpanel) the judges received: it holds the roster the sheets are checked against</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Score sheets</translation>
    </message>
    <message>
        <source>Add sheets…</source>
        <translation>Add sheets…</translation>
    </message>
    <message>
        <source>Add the judges' signed score sheets (.xlsx); you can also drop them here</source>
        <translation>Add the judges' signed score sheets (.xlsx); you can also drop them here</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected sheets from the merge (the files are not touched)</source>
        <translation>Remove the selected sheets from the merge (the files are not touched)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove every sheet from the merge (the files are not touched)</source>
        <translation>Remove every sheet from the merge (the files are not touched)</translation>
    </message>
    <message>
        <source>Verify and merge</source>
        <translation>Verify and merge</translation>
    </message>
    <message>
        <source>Verify every sheet's signature, judge, panel and framework, then combine the valid ones</source>
        <translation>Verify every sheet's signature, judge, panel and framework, then combine the valid ones</translation>
    </message>
    <message>
        <source>Select a sheet to see its verification details.</source>
        <translation>Select a sheet to see its verification details.</translation>
    </message>
    <message>
        <source>Drop score sheets (.xlsx) here or use Add sheets…</source>
        <translation>Drop score sheets (.xlsx) here or use Add sheets…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: {not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: {recused}.</source>
        <translation>Who scored what. ✓ assigned and scored: {scored}; · assigned, not scored: {not_scored}; blank, not assigned (missing by design): {not_assigned}; R, recused: {recused}.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Export result workbook…</source>
        <translation>Export result workbook…</translation>
    </message>
    <message>
        <source>Write the panel result as a signed workbook (.xlsx) for the organizer</source>
        <translation>Write the panel result as a signed workbook (.xlsx) for the organizer</translation>
    </message>
    <message>
        <source>Include anonymised comments</source>
        <translation>Include anonymised comments</translation>
    </message>
    <message>
        <source>Put the judges' comments in the report, without their names</source>
        <translation>Put the judges' comments in the report, without their names</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>Winner certificates for the top N nominees</source>
        <translation>Winner certificates for the top N nominees</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Write the final report (PDF), with certificates for the top nominees if asked</source>
        <translation>Write the final report (PDF), with certificates for the top nominees if asked</translation>
    </message>
    <message>
        <source>Certificate template…</source>
        <translation>Certificate template…</translation>
    </message>
    <message>
        <source>The certificates' layout and wording (title, award line, signature lines, logo): a certificate template file (.json)</source>
        <translation>The certificates' layout and wording (title, award line, signature lines, logo): a certificate template file (.json)</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>Printed in:</translation>
    </message>
    <message>
        <source>The language of the PDF report, the certificates and the feedback letters</source>
        <translation>The language of the PDF report, the certificates and the feedback letters</translation>
    </message>
    <message>
        <source>Rank band</source>
        <translation>Rank band</translation>
    </message>
    <message>
        <source>Tell each nominee its band (top quarter, upper half, ...) in the feedback letter</source>
        <translation>Tell each nominee its band (top quarter, upper half, ...) in the feedback letter</translation>
    </message>
    <message>
        <source>Feedback letters…</source>
        <translation>Feedback letters…</translation>
    </message>
    <message>
        <source>Write one feedback letter (PDF) per nominee into a folder: its own scores against the field and the judges' comments, anonymised</source>
        <translation>Write one feedback letter (PDF) per nominee into a folder: its own scores against the field and the judges' comments, anonymised</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>How the judges' totals are combined; the package names the official method</source>
        <translation>How the judges' totals are combined; the package names the official method</translation>
    </message>
    <message>
        <source>Who scored what</source>
        <translation>Who scored what</translation>
    </message>
    <message>
        <source>Verification details of the selected sheet</source>
        <translation>Verification details of the selected sheet</translation>
    </message>
    <message>
        <source>Levels by judge and criterion</source>
        <translation>Levels by judge and criterion</translation>
    </message>
    <message>
        <source>Comments (anonymised)</source>
        <translation>Comments (anonymised)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Scores to discuss</source>
        <translation>Scores to discuss</translation>
    </message>
    <message>
        <source>Agreement by judge</source>
        <translation>Agreement by judge</translation>
    </message>
    <message>
        <source>Agreement by criterion</source>
        <translation>Agreement by criterion</translation>
    </message>
    <message>
        <source>ICC(2,k) (the panel average):</source>
        <translation>ICC(2,k) (the panel average):</translation>
    </message>
    <message>
        <source>{method} (official)</source>
        <translation>{method} (official)</translation>
    </message>
    <message>
        <source>What the panel can tell apart: {notes}</source>
        <translation>What the panel can tell apart: {notes}</translation>
    </message>
    <message>
        <source>Merge the sheets to see which places the panel can tell apart.</source>
        <translation>Merge the sheets to see which places the panel can tell apart.</translation>
    </message>
    <message>
        <source>The judges were resampled {n} times and the nominees ranked again by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its official rank. Overlapping bars are places the panel cannot tell apart.</source>
        <translation>The judges were resampled {n} times and the nominees ranked again by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its official rank. Overlapping bars are places the panel cannot tell apart.</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated: {why}.</source>
        <translation>How sure the ranking is could not be estimated: {why}.</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee: a ring marks the rank adjusted for each judge's severity.</source>
        <translation>Not every judge scored every nominee: a ring marks the rank adjusted for each judge's severity.</translation>
    </message>
    <message>
        <source>Whole panel</source>
        <translation>Whole panel</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <source>{category}: the judges were resampled {n} times and this category's nominees ranked again among themselves by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its rank in the category.</source>
        <translation>{category}: the judges were resampled {n} times and this category's nominees ranked again among themselves by the official method each time. Bar: the places a nominee takes in 90% of the resamples; dot: its rank in the category.</translation>
    </message>
    <message>
        <source>the category has no nominees in this result</source>
        <translation>the category has no nominees in this result</translation>
    </message>
    <message>
        <source>{category}: how sure the ranking is could not be estimated: {why}.</source>
        <translation>{category}: how sure the ranking is could not be estimated: {why}.</translation>
    </message>
    <message>
        <source>Select a nominee in the ranking to see every judge's levels.</source>
        <translation>Select a nominee in the ranking to see every judge's levels.</translation>
    </message>
    <message>
        <source>Comments (anonymised):</source>
        <translation>Comments (anonymised):</translation>
    </message>
    <message>
        <source>Scores to discuss: criteria where the levels range by 2 or more, and nominees whose spread is in the panel's top decile.</source>
        <translation>Scores to discuss: criteria where the levels range by 2 or more, and nominees whose spread is in the panel's top decile.</translation>
    </message>
    <message>
        <source>Merge the sheets to see how well the judges agree.</source>
        <translation>Merge the sheets to see how well the judges agree.</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (interval):</source>
        <translation>Krippendorff's alpha (interval):</translation>
    </message>
    <message>
        <source>Award category</source>
        <translation>Award category</translation>
    </message>
    <message>
        <source>ICC(2,1) (absolute agreement):</source>
        <translation>ICC(2,1) (absolute agreement):</translation>
    </message>
    <message>
        <source>ICC(3,1) (consistency):</source>
        <translation>ICC(3,1) (consistency):</translation>
    </message>
    <message>
        <source>Kendall's W (rankings):</source>
        <translation>Kendall's W (rankings):</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Severity: the judge's mean offset from the panel (negative = harsher). Agreement: correlation of the judge's totals with the rest of the panel.</source>
        <translation>Severity: the judge's mean offset from the panel (negative = harsher). Agreement: correlation of the judge's totals with the rest of the panel.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Choose the panel package</source>
        <translation>Choose the panel package</translation>
    </message>
    <message>
        <source>Panel package</source>
        <translation>Panel package</translation>
    </message>
    <message>
        <source>Add score sheets</source>
        <translation>Add score sheets</translation>
    </message>
    <message>
        <source>Verifying {n_sheets} sheet(s)…</source>
        <translation>Verifying {n_sheets} sheet(s)…</translation>
    </message>
    <message>
        <source>Verifying and merging the score sheets…</source>
        <translation>Verifying and merging the score sheets…</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>Merge cancelled.</translation>
    </message>
    <message>
        <source>No result: {message}</source>
        <translation>No result: {message}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Trimmed mean (20% trimmed from each end)</source>
        <translation>Trimmed mean (20% trimmed from each end)</translation>
    </message>
    <message>
        <source>Adjusted (each judge's severity removed by least squares)</source>
        <translation>Adjusted (each judge's severity removed by least squares)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>Schulze</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>The merge did not compute '{method}'.</source>
        <translation>The merge did not compute '{method}'.</translation>
    </message>
    <message>
        <source>{value} — the panel's official method; exports use it.</source>
        <translation>{value} — the panel's official method; exports use it.</translation>
    </message>
    <message>
        <source>{value} — for comparison; the official method is {method}.</source>
        <translation>{value} — for comparison; the official method is {method}.</translation>
    </message>
    <message>
        <source>{n} valid</source>
        <translation>{n} valid</translation>
    </message>
    <message>
        <source>{n} valid with warnings</source>
        <translation>{n} valid with warnings</translation>
    </message>
    <message>
        <source>{n} superseded</source>
        <translation>{n} superseded</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>{n} not checked</source>
        <translation>{n} not checked</translation>
    </message>
    <message>
        <source>No reading: too few judges or nominees to say.</source>
        <translation>No reading: too few judges or nominees to say.</translation>
    </message>
    <message>
        <source>1 judge</source>
        <translation>1 judge</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} judges</translation>
    </message>
    <message>
        <source>{nominee} — rank {rank}, score {score} ({judges})</source>
        <translation>{nominee} — rank {rank}, score {score} ({judges})</translation>
    </message>
    <message>
        <source>Panel average</source>
        <translation>Panel average</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <source>Signed by {name} ({fingerprint}).</source>
        <translation>Signed by {name} ({fingerprint}).</translation>
    </message>
    <message>
        <source>The home identity cannot be read: {what}</source>
        <translation>The home identity cannot be read: {what}</translation>
    </message>
    <message>
        <source>No identity in this home: the result workbook will be UNSIGNED (create an identity to sign it).</source>
        <translation>No identity in this home: the result workbook will be UNSIGNED (create an identity to sign it).</translation>
    </message>
    <message>
        <source>Save the result workbook</source>
        <translation>Save the result workbook</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>sign the result workbook</source>
        <translation>sign the result workbook</translation>
    </message>
    <message>
        <source>Sign the result</source>
        <translation>Sign the result</translation>
    </message>
    <message>
        <source>signed by {name} ({fingerprint})</source>
        <translation>signed by {name} ({fingerprint})</translation>
    </message>
    <message>
        <source>UNSIGNED: this home has no identity</source>
        <translation>UNSIGNED: this home has no identity</translation>
    </message>
    <message>
        <source>Result workbook saved: {path}</source>
        <translation>Result workbook saved: {path}</translation>
    </message>
    <message>
        <source>No final PDF report from this result: it is {status} ({reason}).</source>
        <translation>No final PDF report from this result: it is {status} ({reason}).</translation>
    </message>
    <message>
        <source>Result workbook</source>
        <translation>Result workbook</translation>
    </message>
    <message>
        <source>Writing the result workbook…</source>
        <translation>Writing the result workbook…</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Certificates saved: {path}</source>
        <translation>Certificates saved: {path}</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Writing the PDF report…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <source>Choose a certificate template</source>
        <translation>Choose a certificate template</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>Certificate template</translation>
    </message>
    <message>
        <source>Not used: {message}</source>
        <translation>Not used: {message}</translation>
    </message>
    <message>
        <source>Choose a folder for the feedback letters</source>
        <translation>Choose a folder for the feedback letters</translation>
    </message>
    <message>
        <source>{n} feedback letter(s) saved in {folder}</source>
        <translation>{n} feedback letter(s) saved in {folder}</translation>
    </message>
    <message>
        <source>Writing the feedback letters…</source>
        <translation>Writing the feedback letters…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirm passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>At least 8 characters; a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least 8 characters.</source>
        <translation>The passphrase is too short: it needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation>The two passphrases do not match. Type the same passphrase in both fields.</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <source>Propose a nominee to the organizer: choose the nominee's folder (nominee.json and its files) and say how you know the nominee. Your nomination is signed with your key; you will not score this nominee unless the organizer lifts the conflict.</source>
        <translation>Propose a nominee to the organizer: choose the nominee's folder (nominee.json and its files) and say how you know the nominee. Your nomination is signed with your key; you will not score this nominee unless the organizer lifts the conflict.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. former colleague (2019–2021)</source>
        <translation>e.g. former colleague (2019–2021)</translation>
    </message>
    <message>
        <source>Nominee folder:</source>
        <translation>Nominee folder:</translation>
    </message>
    <message>
        <source>Your relationship:</source>
        <translation>Your relationship:</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Sign and save…</translation>
    </message>
    <message>
        <source>Choose the nominee's folder</source>
        <translation>Choose the nominee's folder</translation>
    </message>
    <message>
        <source>Choose the nominee's folder.</source>
        <translation>Choose the nominee's folder.</translation>
    </message>
    <message>
        <source>Say how you know the nominee.</source>
        <translation>Say how you know the nominee.</translation>
    </message>
    <message>
        <source>Save the nomination</source>
        <translation>Save the nomination</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>sign the nomination</source>
        <translation>sign the nomination</translation>
    </message>
</context>
<context>
    <name>NomineeListModel</name>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>panel roster</source>
        <translation>panel roster</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <source>Conflict of interest ({origin}): {reason}</source>
        <translation>Conflict of interest ({origin}): {reason}</translation>
    </message>
    <message>
        <source>{name}, {done} of {total} criteria, {status}</source>
        <translation>{name}, {done} of {total} criteria, {status}</translation>
    </message>
</context>
<context>
    <name>NomineeMatrixModel</name>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The judge's total for this nominee (0–100)</source>
        <translation>The judge's total for this nominee (0–100)</translation>
    </message>
    <message>
        <source>Flagged for discussion: the judges' levels spread widely.</source>
        <translation>Flagged for discussion: the judges' levels spread widely.</translation>
    </message>
    <message>
        <source>{value} ({done} of {count})</source>
        <translation>{value} ({done} of {count})</translation>
    </message>
    <message>
        <source>{judge} declared a conflict with this nominee: not counted</source>
        <translation>{judge} declared a conflict with this nominee: not counted</translation>
    </message>
    <message>
        <source>{judge} scored {done} of {count} criteria of this nominee: the total is over those criteria only (their weights rescaled), and it counts in the result.</source>
        <translation>{judge} scored {done} of {count} criteria of this nominee: the total is over those criteria only (their weights rescaled), and it counts in the result.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>level {level}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ZeroDX Desktop</source>
        <translation>ZeroDX Desktop</translation>
    </message>
</context>
<context>
    <name>OrganizerForm</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>Known conflicts of interest</source>
        <translation>Known conflicts of interest</translation>
    </message>
    <message>
        <source>After judging: the final report</source>
        <translation>After judging: the final report</translation>
    </message>
    <message>
        <source>The panel's title, shown to judges and printed on the report</source>
        <translation>The panel's title, shown to judges and printed on the report</translation>
    </message>
    <message>
        <source>e.g. ZeroDX Awards 2026 — Final panel</source>
        <translation>e.g. ZeroDX Awards 2026 — Final panel</translation>
    </message>
    <message>
        <source>The judging round; a later round of the same panel replaces the earlier one</source>
        <translation>The judging round; a later round of the same panel replaces the earlier one</translation>
    </message>
    <message>
        <source>The official way the judges' totals are combined (the chair can compare the others)</source>
        <translation>The official way the judges' totals are combined (the chair can compare the others)</translation>
    </message>
    <message>
        <source>every judge scores every nominee</source>
        <translation>every judge scores every nominee</translation>
    </message>
    <message>
        <source>Assign each nominee exactly this many judges, balanced (loads differ by at most one), never a conflicted judge</source>
        <translation>Assign each nominee exactly this many judges, balanced (loads differ by at most one), never a conflicted judge</translation>
    </message>
    <message>
        <source>The same seed gives the same assignment</source>
        <translation>The same seed gives the same assignment</translation>
    </message>
    <message>
        <source>Assignments: adjust by hand</source>
        <translation>Assignments: adjust by hand</translation>
    </message>
    <message>
        <source>Show the assignment matrix</source>
        <translation>Show the assignment matrix</translation>
    </message>
    <message>
        <source>Propose an assignment from the judges per nominee and the seed, then tick or untick judges; conflicted cells cannot be ticked</source>
        <translation>Propose an assignment from the judges per nominee and the seed, then tick or untick judges; conflicted cells cannot be ticked</translation>
    </message>
    <message>
        <source>Drop the matrix</source>
        <translation>Drop the matrix</translation>
    </message>
    <message>
        <source>Build the package from the judges per nominee and the seed instead</source>
        <translation>Build the package from the judges per nominee and the seed instead</translation>
    </message>
    <message>
        <source>Assignment matrix</source>
        <translation>Assignment matrix</translation>
    </message>
    <message>
        <source>Next round from result…</source>
        <translation>Next round from result…</translation>
    </message>
    <message>
        <source>Build the next round of a panel from its signed result: the same panel, round + 1, the top N nominees (ties at the cut included)</source>
        <translation>Build the next round of a panel from its signed result: the same panel, round + 1, the top N nominees (ties at the cut included)</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>Shortlist:</translation>
    </message>
    <message>
        <source>Add nominations…</source>
        <translation>Add nominations…</translation>
    </message>
    <message>
        <source>A folder of the judges' signed nominations (.zdxnom); only roster judges' are accepted</source>
        <translation>A folder of the judges' signed nominations (.zdxnom); only roster judges' are accepted</translation>
    </message>
    <message>
        <source>per category</source>
        <translation>per category</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Official method:</source>
        <translation>Official method:</translation>
    </message>
    <message>
        <source>Judges per nominee:</source>
        <translation>Judges per nominee:</translation>
    </message>
    <message>
        <source>Assignment seed:</source>
        <translation>Assignment seed:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Load a framework: a framework JSON file or the filled-in spreadsheet template</source>
        <translation>Load a framework: a framework JSON file or the filled-in spreadsheet template</translation>
    </message>
    <message>
        <source>Use the sample</source>
        <translation>Use the sample</translation>
    </message>
    <message>
        <source>Go back to the shipped sample framework</source>
        <translation>Go back to the shipped sample framework</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>Save as spreadsheet…</translation>
    </message>
    <message>
        <source>Save the framework as an .xlsx template to edit in Excel or LibreOffice; choose the edited file again to import it.</source>
        <translation>Save the framework as an .xlsx template to edit in Excel or LibreOffice; choose the edited file again to import it.</translation>
    </message>
    <message>
        <source>Domain / dimension / criterion</source>
        <translation>Domain / dimension / criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Choose the folder with one sub-folder per nominee (nominee.json and its files)</source>
        <translation>Choose the folder with one sub-folder per nominee (nominee.json and its files)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Add judge cards…</source>
        <translation>Add judge cards…</translation>
    </message>
    <message>
        <source>Add the judge cards (.zdxjudge) the judges sent you</source>
        <translation>Add the judge cards (.zdxjudge) the judges sent you</translation>
    </message>
    <message>
        <source>Add chair cards…</source>
        <translation>Add chair cards…</translation>
    </message>
    <message>
        <source>Cards (.zdxjudge) of the people who may sign the panel's result, besides you: a report is final only from a result a chair or the organizer signed</source>
        <translation>Cards (.zdxjudge) of the people who may sign the panel's result, besides you: a report is final only from a result a chair or the organizer signed</translation>
    </message>
    <message>
        <source>Clear chairs</source>
        <translation>Clear chairs</translation>
    </message>
    <message>
        <source>Remove the chairs added (you stay one)</source>
        <translation>Remove the chairs added (you stay one)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected judges from the panel</source>
        <translation>Remove the selected judges from the panel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>The judge who has the conflict of interest</source>
        <translation>The judge who has the conflict of interest</translation>
    </message>
    <message>
        <source>The nominee that judge should not score</source>
        <translation>The nominee that judge should not score</translation>
    </message>
    <message>
        <source>Why the judge is conflicted (kept in the package)</source>
        <translation>Why the judge is conflicted (kept in the package)</translation>
    </message>
    <message>
        <source>Reason (e.g. former employee)</source>
        <translation>Reason (e.g. former employee)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Record this known conflict of interest</source>
        <translation>Record this known conflict of interest</translation>
    </message>
    <message>
        <source>Remove the selected conflicts</source>
        <translation>Remove the selected conflicts</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Build signed package…</source>
        <translation>Build signed package…</translation>
    </message>
    <message>
        <source>Sign the panel package with your identity and save the .zdxpanel to send to judges and chair</source>
        <translation>Sign the panel package with your identity and save the .zdxpanel to send to judges and chair</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Print a result that is not signed by a chair (or not signed at all), every page marked DRAFT — NOT VERIFIED. Without it such a result is refused.</source>
        <translation>Print a result that is not signed by a chair (or not signed at all), every page marked DRAFT — NOT VERIFIED. Without it such a result is refused.</translation>
    </message>
    <message>
        <source>Include anonymised comments</source>
        <translation>Include anonymised comments</translation>
    </message>
    <message>
        <source>Put the judges' comments in the report, without their names</source>
        <translation>Put the judges' comments in the report, without their names</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>Winner certificates for the top N nominees (0: none)</source>
        <translation>Winner certificates for the top N nominees (0: none)</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Choose the chair's result workbook (RESULT.xlsx) and make the PDF report</source>
        <translation>Choose the chair's result workbook (RESULT.xlsx) and make the PDF report</translation>
    </message>
    <message>
        <source>Scale {min}–{max}</source>
        <translation>Scale {min}–{max}</translation>
    </message>
    <message>
        <source>The sample framework loads when this page is shown.</source>
        <translation>The sample framework loads when this page is shown.</translation>
    </message>
    <message>
        <source>Cell: {where}</source>
        <translation>Cell: {where}</translation>
    </message>
    <message>
        <source>Field: {where}</source>
        <translation>Field: {where}</translation>
    </message>
    <message>
        <source>{file} is not a valid framework.</source>
        <translation>{file} is not a valid framework.</translation>
    </message>
    <message>
        <source>Problem: {what}</source>
        <translation>Problem: {what}</translation>
    </message>
    <message>
        <source>Not loaded: {path}</source>
        <translation>Not loaded: {path}</translation>
    </message>
    <message>
        <source> — SAMPLE framework</source>
        <translation> — SAMPLE framework</translation>
    </message>
    <message>
        <source>{title} (id {id}, version {version}){sample}
{domains} domains, {criteria} criteria, scale {min}–{max} · {path}</source>
        <translation>{title} (id {id}, version {version}){sample}
{domains} domains, {criteria} criteria, scale {min}–{max} · {path}</translation>
    </message>
    <message>
        <source>This home has no identity: create one before building a package (it signs the package).</source>
        <translation>This home has no identity: create one before building a package (it signs the package).</translation>
    </message>
    <message>
        <source>The home identity cannot be read: {what}</source>
        <translation>The home identity cannot be read: {what}</translation>
    </message>
    <message>
        <source>Signed as organizer by {name} ({fingerprint}).</source>
        <translation>Signed as organizer by {name} ({fingerprint}).</translation>
    </message>
    <message>
        <source>Chairs: you (the organizer)</source>
        <translation>Chairs: you (the organizer)</translation>
    </message>
    <message>
        <source>No matrix: the package uses K and the seed above.</source>
        <translation>No matrix: the package uses K and the seed above.</translation>
    </message>
    <message>
        <source>The package is built from this matrix ({n} assignments).</source>
        <translation>The package is built from this matrix ({n} assignments).</translation>
    </message>
    <message>
        <source>Fewer than {k} judges: {ids}</source>
        <translation>Fewer than {k} judges: {ids}</translation>
    </message>
    <message>
        <source>No nominations.</source>
        <translation>No nominations.</translation>
    </message>
    <message>
        <source>{nominee} ({id}) nominated by {judge}: {relationship}</source>
        <translation>{nominee} ({id}) nominated by {judge}: {relationship}</translation>
    </message>
</context>
<context>
    <name>OrganizerView</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>No folder chosen (one sub-folder per nominee, each with a nominee.json and its attachments).</source>
        <translation>No folder chosen (one sub-folder per nominee, each with a nominee.json and its attachments).</translation>
    </message>
    <message>
        <source>Choose a framework file</source>
        <translation>Choose a framework file</translation>
    </message>
    <message>
        <source>Save the framework spreadsheet</source>
        <translation>Save the framework spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Could not save the template</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Saved {path}.
Edit it, then choose it with “Choose…” to import it; errors name the sheet, row and column.</source>
        <translation>Saved {path}.
Edit it, then choose it with “Choose…” to import it; errors name the sheet, row and column.</translation>
    </message>
    <message>
        <source>Choose the nominees folder</source>
        <translation>Choose the nominees folder</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Reading {folder}…</translation>
    </message>
    <message>
        <source>Not usable: {folder}</source>
        <translation>Not usable: {folder}</translation>
    </message>
    <message>
        <source>nominated this nominee</source>
        <translation>nominated this nominee</translation>
    </message>
    <message>
        <source>Load the nominees and add judge cards first.</source>
        <translation>Load the nominees and add judge cards first.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Reading the nominee folders…</source>
        <translation>Reading the nominee folders…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{folder} · {n} nominee(s)</source>
        <translation>{folder} · {n} nominee(s)</translation>
    </message>
    <message>
        <source>, {n} with problems</source>
        <translation>, {n} with problems</translation>
    </message>
    <message>
        <source>{n} folder(s) cannot be used as they are: {problems}. Fix them (or move them out of the folder) before building.</source>
        <translation>{n} folder(s) cannot be used as they are: {problems}. Fix them (or move them out of the folder) before building.</translation>
    </message>
    <message>
        <source>Add judge cards</source>
        <translation>Add judge cards</translation>
    </message>
    <message>
        <source>Judge cards</source>
        <translation>Judge cards</translation>
    </message>
    <message>
        <source>Add chair cards</source>
        <translation>Add chair cards</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Chairs</translation>
    </message>
    <message>
        <source>Some chair cards were not added:</source>
        <translation>Some chair cards were not added:</translation>
    </message>
    <message>
        <source>Some judge cards were not added:</source>
        <translation>Some judge cards were not added:</translation>
    </message>
    <message>
        <source>Judges with the same name:</source>
        <translation>Judges with the same name:</translation>
    </message>
    <message>
        <source>Choose a judge and a nominee for the conflict.</source>
        <translation>Choose a judge and a nominee for the conflict.</translation>
    </message>
    <message>
        <source>That conflict is already recorded.</source>
        <translation>That conflict is already recorded.</translation>
    </message>
    <message>
        <source>The package cannot be built yet:</source>
        <translation>The package cannot be built yet:</translation>
    </message>
    <message>
        <source>Build the panel package</source>
        <translation>Build the panel package</translation>
    </message>
    <message>
        <source>Save the panel package</source>
        <translation>Save the panel package</translation>
    </message>
    <message>
        <source>Panel package</source>
        <translation>Panel package</translation>
    </message>
    <message>
        <source>sign the panel package</source>
        <translation>sign the panel package</translation>
    </message>
    <message>
        <source>Building the signed panel package…</source>
        <translation>Building the signed panel package…</translation>
    </message>
    <message>
        <source>Choose the result workbook</source>
        <translation>Choose the result workbook</translation>
    </message>
    <message>
        <source>Result workbook</source>
        <translation>Result workbook</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Reading {name}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Writing the PDF report…</translation>
    </message>
    <message>
        <source>Choose the folder of nominations (.zdxnom)</source>
        <translation>Choose the folder of nominations (.zdxnom)</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <source>Choose the signed result workbook</source>
        <translation>Choose the signed result workbook</translation>
    </message>
    <message>
        <source>Choose the package of that round</source>
        <translation>Choose the package of that round</translation>
    </message>
    <message>
        <source>Save the next round's package</source>
        <translation>Save the next round's package</translation>
    </message>
    <message>
        <source>sign the next round's package</source>
        <translation>sign the next round's package</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>Building the next round…</source>
        <translation>Building the next round…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Give the panel a title.</source>
        <translation>Give the panel a title.</translation>
    </message>
    <message>
        <source>Choose a valid framework (or use the sample).</source>
        <translation>Choose a valid framework (or use the sample).</translation>
    </message>
    <message>
        <source>Choose the nominees folder.</source>
        <translation>Choose the nominees folder.</translation>
    </message>
    <message>
        <source>The nominees folder has no usable nominee.</source>
        <translation>The nominees folder has no usable nominee.</translation>
    </message>
    <message>
        <source>Fix the nominee folders with problems.</source>
        <translation>Fix the nominee folders with problems.</translation>
    </message>
    <message>
        <source>Add at least one judge card.</source>
        <translation>Add at least one judge card.</translation>
    </message>
    <message>
        <source>Create an identity in this home: it signs the package.</source>
        <translation>Create an identity in this home: it signs the package.</translation>
    </message>
    <message>
        <source>{name}: {name2} ({fingerprint}) is already on the roster</source>
        <translation>{name}: {name2} ({fingerprint}) is already on the roster</translation>
    </message>
    <message>
        <source>{file}: {name} &lt;{email}&gt; was added with the key {fingerprint}, but {other} is already on the roster with a different key ({fingerprint2}). If this is the same person, remove the card with the old key.</source>
        <translation>{file}: {name} &lt;{email}&gt; was added with the key {fingerprint}, but {other} is already on the roster with a different key ({fingerprint2}). If this is the same person, remove the card with the old key.</translation>
    </message>
    <message>
        <source>Panel package saved: {path}
{nominees}, {judges}, {conflicts}, method {method}, round {round}
Signed by {organizer}, organizer fingerprint {fingerprint}</source>
        <translation>Panel package saved: {path}
{nominees}, {judges}, {conflicts}, method {method}, round {round}
Signed by {organizer}, organizer fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>1 nominee</source>
        <translation>1 nominee</translation>
    </message>
    <message>
        <source>{n} nominees</source>
        <translation>{n} nominees</translation>
    </message>
    <message>
        <source>1 judge</source>
        <translation>1 judge</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} judges</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <source>Round {round} of {title} saved: {path}
{n} nominees shortlisted: {ids}</source>
        <translation>Round {round} of {title} saved: {path}
{n} nominees shortlisted: {ids}</translation>
    </message>
    <message>
        <source>Ties at the cut were included ({where}).</source>
        <translation>Ties at the cut were included ({where}).</translation>
    </message>
    <message>
        <source>Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}</source>
        <translation>Draft report saved (every page marked DRAFT — NOT VERIFIED): {path}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Certificates saved: {path}</source>
        <translation>Certificates saved: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>{nominee}: double-click or Enter to score</source>
        <translation>{nominee}: double-click or Enter to score</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview: nominees by domain</source>
        <translation>Overview: nominees by domain</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>PDF attachment</source>
        <translation>PDF attachment</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Fit page width</translation>
    </message>
    <message>
        <source>Open in a separate window</source>
        <translation>Open in a separate window</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Open in the system viewer</translation>
    </message>
    <message>
        <source>Search in PDF</source>
        <translation>Search in PDF</translation>
    </message>
    <message>
        <source>Search in the PDF</source>
        <translation>Search in the PDF</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>of {count}</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{name} — preview</source>
        <translation>{name} — preview</translation>
    </message>
    <message>
        <source>cannot open the PDF ({error})</source>
        <translation>cannot open the PDF ({error})</translation>
    </message>
    <message>
        <source>The file may be damaged; generate it again.</source>
        <translation>The file may be damaged; generate it again.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of menus, views and messages; “System” follows the computer's language</source>
        <translation>The language of menus, views and messages; “System” follows the computer's language</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>The new language applies at once to every open window.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Ranks (90%)</source>
        <translation>Ranks (90%)</translation>
    </message>
    <message>
        <source>Panel score, 0–100, by the selected method</source>
        <translation>Panel score, 0–100, by the selected method</translation>
    </message>
    <message>
        <source>Judges whose total counted (recused and missing judges excluded)</source>
        <translation>Judges whose total counted (recused and missing judges excluded)</translation>
    </message>
    <message>
        <source>Share of resamples of the judges in which the nominee ranks first (nominees tied for first share it); official method only</source>
        <translation>Share of resamples of the judges in which the nominee ranks first (nominees tied for first share it); official method only</translation>
    </message>
    <message>
        <source>The places the nominee takes in 90% of resamples of the judges: overlapping ranges cannot be told apart</source>
        <translation>The places the nominee takes in 90% of resamples of the judges: overlapping ranges cannot be told apart</translation>
    </message>
    <message>
        <source>Domain subtotal (0–100): {domain}</source>
        <translation>Domain subtotal (0–100): {domain}</translation>
    </message>
    <message>
        <source>Tied at rank {rank} with {others}</source>
        <translation>Tied at rank {rank} with {others}</translation>
    </message>
    <message>
        <source>No judge scored this nominee</source>
        <translation>No judge scored this nominee</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Feedback from the judging panel</source>
        <translation>Feedback from the judging panel</translation>
    </message>
    <message>
        <source>Round {n}. This letter is about your nomination only: it shows your scores against the spread of the whole field, without naming anyone else, and the judges' comments without saying who wrote them.</source>
        <translation>Round {n}. This letter is about your nomination only: it shows your scores against the spread of the whole field, without naming anyone else, and the judges' comments without saying who wrote them.</translation>
    </message>
    <message>
        <source>Your total</source>
        <translation>Your total</translation>
    </message>
    <message>
        <source>The judges' comments</source>
        <translation>The judges' comments</translation>
    </message>
    <message>
        <source>Verification code of the panel result: {code}</source>
        <translation>Verification code of the panel result: {code}</translation>
    </message>
    <message>
        <source>No judge's score counted for your nomination, so there is no total.</source>
        <translation>No judge's score counted for your nomination, so there is no total.</translation>
    </message>
    <message>
        <source>Your total: {score} of 100 ({judges} judges). The field: lowest {lo}, median {median}, highest {hi} ({n} nominees).</source>
        <translation>Your total: {score} of 100 ({judges} judges). The field: lowest {lo}, median {median}, highest {hi} ({n} nominees).</translation>
    </message>
    <message>
        <source>Each grey tick is one nominee's total; the blue dot is yours.</source>
        <translation>Each grey tick is one nominee's total; the blue dot is yours.</translation>
    </message>
    <message>
        <source>Your domains</source>
        <translation>Your domains</translation>
    </message>
    <message>
        <source>The shape is your domain scores; the dashed line, the field's median.</source>
        <translation>The shape is your domain scores; the dashed line, the field's median.</translation>
    </message>
    <message>
        <source>Strongest criteria</source>
        <translation>Strongest criteria</translation>
    </message>
    <message>
        <source>Where to grow</source>
        <translation>Where to grow</translation>
    </message>
    <message>
        <source>The judges left no comment for you.</source>
        <translation>The judges left no comment for you.</translation>
    </message>
    <message>
        <source>Your place: {band} of the field.</source>
        <translation>Your place: {band} of the field.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Field median</source>
        <translation>Field median</translation>
    </message>
    <message>
        <source>Field range</source>
        <translation>Field range</translation>
    </message>
    <message>
        <source>{criterion} — mean level {level}</source>
        <translation>{criterion} — mean level {level}</translation>
    </message>
    <message>
        <source>Feedback — {name}</source>
        <translation>Feedback — {name}</translation>
    </message>
    <message>
        <source>{name} (decided by the panel)</source>
        <translation>{name} (decided by the panel)</translation>
    </message>
    <message>
        <source>Cells show rank · score out of 100; a shaded cell is a nominee whose rank differs from its official rank.</source>
        <translation>Cells show rank · score out of 100; a shaded cell is a nominee whose rank differs from its official rank.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion {id}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criterion {id}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no nominee has a score</source>
        <translation>no nominee has a score</translation>
    </message>
    <message>
        <source>tie at the top, no decision recorded: {names}</source>
        <translation>tie at the top, no decision recorded: {names}</translation>
    </message>
    <message>
        <source>{name} (the ranking's first place)</source>
        <translation>{name} (the ranking's first place)</translation>
    </message>
    <message>
        <source>{name} (decided by the panel, overriding the ranking)</source>
        <translation>{name} (decided by the panel, overriding the ranking)</translation>
    </message>
    <message>
        <source> Schulze ranking gives no score out of 100: its cells show the rank and how many of the other nominees Schulze's order places below the nominee when every pair of nominees is compared through the judges' rankings.</source>
        <translation> Schulze ranking gives no score out of 100: its cells show the rank and how many of the other nominees Schulze's order places below the nominee when every pair of nominees is compared through the judges' rankings.</translation>
    </message>
    <message>
        <source>How sure is the ranking? The judges were resampled {n} times (a bootstrap with a fixed seed: the same sheets always give the same figures) and the nominees ranked again by the official method each time. "First" is the share of resamples in which the nominee ranked first (nominees tied for first share it); "Ranks (90%)" is the range of places it took in 90% of them. Nominees whose ranges overlap are places the panel cannot tell apart.</source>
        <translation>How sure is the ranking? The judges were resampled {n} times (a bootstrap with a fixed seed: the same sheets always give the same figures) and the nominees ranked again by the official method each time. "First" is the share of resamples in which the nominee ranked first (nominees tied for first share it); "Ranks (90%)" is the range of places it took in 90% of them. Nominees whose ranges overlap are places the panel cannot tell apart.</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated: {why}.</source>
        <translation>How sure the ranking is could not be estimated: {why}.</translation>
    </message>
    <message>
        <source>, SD {sd}</source>
        <translation>, SD {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall total&lt;/b&gt;: the judges' totals {spread}{sd}.</source>
        <translation>&lt;b&gt;Overall total&lt;/b&gt;: the judges' totals {spread}{sd}.</translation>
    </message>
    <message>
        <source>Levels ranged {low}–{high} (range {range}){sd}.</source>
        <translation>Levels ranged {low}–{high} (range {range}){sd}.</translation>
    </message>
    <message>
        <source>{rank} · above {n}</source>
        <translation>{rank} · above {n}</translation>
    </message>
    <message>
        <source>Score {score} / 100</source>
        <translation>Score {score} / 100</translation>
    </message>
    <message>
        <source>rank {rank} of {n}</source>
        <translation>rank {rank} of {n}</translation>
    </message>
    <message>
        <source>SD {sd}</source>
        <translation>SD {sd}</translation>
    </message>
    <message>
        <source>Round {n} · {date}</source>
        <translation>Round {n} · {date}</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Official method</source>
        <translation>Official method</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Judges (valid sheets)</source>
        <translation>Judges (valid sheets)</translation>
    </message>
    <message>
        <source>{valid} of {total}</source>
        <translation>{valid} of {total}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Award ({category})</source>
        <translation>Award ({category})</translation>
    </message>
    <message>
        <source>The same code is printed at the foot of every page. It is derived from the result this report was printed from, so a page from another result, or from an edited one, shows a different code.</source>
        <translation>The same code is printed at the foot of every page. It is derived from the result this report was printed from, so a page from another result, or from an edited one, shows a different code.</translation>
    </message>
    <message>
        <source>Official method: {name}</source>
        <translation>Official method: {name}</translation>
    </message>
    <message>
        <source>Each judge scored every criterion on the framework's maturity scale. A judge's total for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are computed the same way within each domain. A judge with a declared or known conflict of interest contributes nothing for that nominee, and a missing score is missing, never zero. Ties are shown as ties (marked "=") and never broken silently.</source>
        <translation>Each judge scored every criterion on the framework's maturity scale. A judge's total for a nominee is the weighted mean of the levels, rescaled to 0-100; domain scores are computed the same way within each domain. A judge with a declared or known conflict of interest contributes nothing for that nominee, and a missing score is missing, never zero. Ties are shown as ties (marked "=") and never broken silently.</translation>
    </message>
    <message>
        <source>Disagreement is flagged for discussion when the judges' levels on a criterion are two or more levels apart, or when a nominee's spread of totals is in the panel's top tenth.</source>
        <translation>Disagreement is flagged for discussion when the judges' levels on a criterion are two or more levels apart, or when a nominee's spread of totals is in the panel's top tenth.</translation>
    </message>
    <message>
        <source>Domains and weights</source>
        <translation>Domains and weights</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Min–Max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>Scores are out of 100 by the official method. "Judges" is the number of judges whose total counted; SD and Min–Max describe the spread of their totals. "=" marks a tie.</source>
        <translation>Scores are out of 100 by the official method. "Judges" is the number of judges whose total counted; SD and Min–Max describe the spread of their totals. "=" marks a tie.</translation>
    </message>
    <message>
        <source>The ranking is where the panel meeting started. For each award the chair recorded the panel's decision; without a decision the award goes to the ranking's first place, and a tie at the top stays a tie.</source>
        <translation>The ranking is where the panel meeting started. For each award the chair recorded the panel's decision; without a decision the award goes to the ranking's first place, and a tie at the top stays a tie.</translation>
    </message>
    <message>
        <source>Award: {category}</source>
        <translation>Award: {category}</translation>
    </message>
    <message>
        <source>The same sheets ranked by each method the panel can use. The official method decides the result; the others show how much the ranking depends on that choice.</source>
        <translation>The same sheets ranked by each method the panel can use. The official method decides the result; the others show how much the ranking depends on that choice.</translation>
    </message>
    <message>
        <source>ranged {low}–{high} points (range {range})</source>
        <translation>ranged {low}–{high} points (range {range})</translation>
    </message>
    <message>
        <source>span {range} points</source>
        <translation>span {range} points</translation>
    </message>
    <message>
        <source>Levels range {range}{sd} ({reason}).</source>
        <translation>Levels range {range}{sd} ({reason}).</translation>
    </message>
    <message>
        <source>Levels range {range}{sd}.</source>
        <translation>Levels range {range}{sd}.</translation>
    </message>
    <message>
        <source>totals {low}–{high}</source>
        <translation>totals {low}–{high}</translation>
    </message>
    <message>
        <source>Nominee id: {id}</source>
        <translation>Nominee id: {id}</translation>
    </message>
    <message>
        <source>How consistently the judges scored. Values near 1 mean the judges broadly agree; values near 0 mean the ranking owes much to which judge looked at which nominee.</source>
        <translation>How consistently the judges scored. Values near 1 mean the judges broadly agree; values near 0 mean the ranking owes much to which judge looked at which nominee.</translation>
    </message>
    <message>
        <source>{what}. Not computed: {why}.</source>
        <translation>{what}. Not computed: {why}.</translation>
    </message>
    <message>
        <source>Anyone holding ZeroDX Desktop can check this report against the files it was made from: each judge's sheet must have the SHA-256 below and verify against the fingerprint of the judge's key (run "zerodx verify SHEET.xlsx" for each); the result workbook's signed values must hash to the result hash below, so a report printed from it again with "zerodx report" shows the same verification code, even after the workbook was re-saved by a spreadsheet program.</source>
        <translation>Anyone holding ZeroDX Desktop can check this report against the files it was made from: each judge's sheet must have the SHA-256 below and verify against the fingerprint of the judge's key (run "zerodx verify SHEET.xlsx" for each); the result workbook's signed values must hash to the result hash below, so a report printed from it again with "zerodx report" shows the same verification code, even after the workbook was re-saved by a spreadsheet program.</translation>
    </message>
    <message>
        <source>{panel} · round {round}</source>
        <translation>{panel} · round {round}</translation>
    </message>
    <message>
        <source>The verification code is "ZDX-" followed by the first eight hexadecimal digits of the result hash, in two groups of four.</source>
        <translation>The verification code is "ZDX-" followed by the first eight hexadecimal digits of the result hash, in two groups of four.</translation>
    </message>
    <message>
        <source>{line}: {name}</source>
        <translation>{line}: {name}</translation>
    </message>
    <message>
        <source>Chair of the panel: {name}</source>
        <translation>Chair of the panel: {name}</translation>
    </message>
    <message>
        <source>Chair of the panel</source>
        <translation>Chair of the panel</translation>
    </message>
    <message>
        <source>Each award category is ranked on its own: the nominees of the category in the order of the official ranking, ranked again within it. "=" marks a tie.</source>
        <translation>Each award category is ranked on its own: the nominees of the category in the order of the official ranking, ranked again within it. "=" marks a tie.</translation>
    </message>
    <message>
        <source>Awards and decisions</source>
        <translation>Awards and decisions</translation>
    </message>
    <message>
        <source>Method and weights</source>
        <translation>Method and weights</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Panel composition</source>
        <translation>Panel composition</translation>
    </message>
    <message>
        <source>Verification appendix</source>
        <translation>Verification appendix</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>FINAL REPORT</source>
        <translation>FINAL REPORT</translation>
    </message>
    <message>
        <source>Sample framework: the criteria in this report come from the sample framework shipped with ZeroDX Desktop, not from an official questionnaire.</source>
        <translation>Sample framework: the criteria in this report come from the sample framework shipped with ZeroDX Desktop, not from an official questionnaire.</translation>
    </message>
    <message>
        <source>Scale: {levels}.</source>
        <translation>Scale: {levels}.</translation>
    </message>
    <message>
        <source>Framework: {title} (id {id}, version {version}).</source>
        <translation>Framework: {title} (id {id}, version {version}).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Chair's notes from the meeting</source>
        <translation>Chair's notes from the meeting</translation>
    </message>
    <message>
        <source>{method} (official)</source>
        <translation>{method} (official)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>What the panel can and cannot tell apart</source>
        <translation>What the panel can and cannot tell apart</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee</source>
        <translation>Not every judge scored every nominee</translation>
    </message>
    <message>
        <source>Recusals or assignments left some judge-nominee pairs empty. A plain average then favours a nominee that happened to avoid the strictest judges. The ranking adjusted for each judge's severity is shown beside the official one.</source>
        <translation>Recusals or assignments left some judge-nominee pairs empty. A plain average then favours a nominee that happened to avoid the strictest judges. The ranking adjusted for each judge's severity is shown beside the official one.</translation>
    </message>
    <message>
        <source>Chart: solid, this nominee; dashed red, the average of all nominees; letters, the domains in the table.</source>
        <translation>Chart: solid, this nominee; dashed red, the average of all nominees; letters, the domains in the table.</translation>
    </message>
    <message>
        <source>Bars: this nominee. Red marks: average of all nominees.</source>
        <translation>Bars: this nominee. Red marks: average of all nominees.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Disagreements to discuss</source>
        <translation>Disagreements to discuss</translation>
    </message>
    <message>
        <source>ICC and W use every score given: {nominees} nominees, {judges} judges.</source>
        <translation>ICC and W use every score given: {nominees} nominees, {judges} judges.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Judges' severity and agreement</source>
        <translation>Judges' severity and agreement</translation>
    </message>
    <message>
        <source>Severity is the judge's mean offset from the panel in points (negative: stricter than the panel; positive: more generous). Agreement is the correlation of the judge's totals with the rest of the panel's.</source>
        <translation>Severity is the judge's mean offset from the panel in points (negative: stricter than the panel; positive: more generous). Agreement is the correlation of the judge's totals with the rest of the panel's.</translation>
    </message>
    <message>
        <source>Agreement per criterion (Krippendorff's alpha)</source>
        <translation>Agreement per criterion (Krippendorff's alpha)</translation>
    </message>
    <message>
        <source>Known conflicts of interest</source>
        <translation>Known conflicts of interest</translation>
    </message>
    <message>
        <source>not recorded (unsigned result)</source>
        <translation>not recorded (unsigned result)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>Judges' sheets</source>
        <translation>Judges' sheets</translation>
    </message>
    <message>
        <source>Only sheets with the status "valid" count towards the result ({valid} of {total}); the others are listed so that every file received is accounted for, and contribute nothing.</source>
        <translation>Only sheets with the status "valid" count towards the result ({valid} of {total}); the others are listed so that every file received is accounted for, and contribute nothing.</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Input files</translation>
    </message>
    <message>
        <source>Score {score} of 100 · {n} nominees · round {round} · {date}</source>
        <translation>Score {score} of 100 · {n} nominees · round {round} · {date}</translation>
    </message>
    <message>
        <source>Verification code {code}</source>
        <translation>Verification code {code}</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>How sure is the ranking</source>
        <translation>How sure is the ranking</translation>
    </message>
    <message>
        <source>Method comparison</source>
        <translation>Method comparison</translation>
    </message>
    <message>
        <source>Winner certificates</source>
        <translation>Winner certificates</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>unsigned result</source>
        <translation>unsigned result</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Weights are those of the framework {framework} {version} named in the panel package.</source>
        <translation>Weights are those of the framework {framework} {version} named in the panel package.</translation>
    </message>
    <message>
        <source>The result names no domains.</source>
        <translation>The result names no domains.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Rationale: {text}</translation>
    </message>
    <message>
        <source>not enough judges</source>
        <translation>not enough judges</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Ranks (90%)</source>
        <translation>Ranks (90%)</translation>
    </message>
    <message>
        <source>Panel avg</source>
        <translation>Panel avg</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Highlighted rows: the judges' levels are two or more levels apart — worth discussing.</source>
        <translation>Highlighted rows: the judges' levels are two or more levels apart — worth discussing.</translation>
    </message>
    <message>
        <source>Judges' comments (anonymised)</source>
        <translation>Judges' comments (anonymised)</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Judge / file</source>
        <translation>Judge / file</translation>
    </message>
    <message>
        <source>Key fingerprint and sheet SHA-256</source>
        <translation>Key fingerprint and sheet SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Domain id</source>
        <translation>Domain id</translation>
    </message>
    <message>
        <source>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank), the first {n} nominees</source>
        <translation>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank), the first {n} nominees</translation>
    </message>
    <message>
        <source>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank)</source>
        <translation>Rank ranges, one line per nominee as in the table (bar: 90% of resamples; dot: the official rank)</translation>
    </message>
    <message>
        <source>Official rank</source>
        <translation>Official rank</translation>
    </message>
    <message>
        <source>Adjusted rank</source>
        <translation>Adjusted rank</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>What it measures</translation>
    </message>
    <message>
        <source>CERTIFICATE OF EXCELLENCE</source>
        <translation>CERTIFICATE OF EXCELLENCE</translation>
    </message>
    <message>
        <source>is awarded to</source>
        <translation>is awarded to</translation>
    </message>
    <message>
        <source>Winner: {names} (tied)</source>
        <translation>Winner: {names} (tied)</translation>
    </message>
    <message>
        <source>Winner: {names}</source>
        <translation>Winner: {names}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>final report</source>
        <translation>final report</translation>
    </message>
    <message>
        <source>draft report</source>
        <translation>draft report</translation>
    </message>
    <message>
        <source>{place} place</source>
        <translation>{place} place</translation>
    </message>
    <message>
        <source>{place} place (tied)</source>
        <translation>{place} place (tied)</translation>
    </message>
    <message>
        <source>top quarter</source>
        <translation>top quarter</translation>
    </message>
    <message>
        <source>upper half</source>
        <translation>upper half</translation>
    </message>
    <message>
        <source>lower half</source>
        <translation>lower half</translation>
    </message>
    <message>
        <source>bottom quarter</source>
        <translation>bottom quarter</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>Each nominee's score is the average of the totals given by the judges who scored it.</source>
        <translation>Each nominee's score is the average of the totals given by the judges who scored it.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Each nominee's score is the middle value of the judges' totals, so a single very high or very low total cannot move it much.</source>
        <translation>Each nominee's score is the middle value of the judges' totals, so a single very high or very low total cannot move it much.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>A fifth of the judges' totals is set aside at each end (the total at the cut counts in part) and the rest averaged, so one extreme total cannot move the score much, whatever the number of judges.</source>
        <translation>A fifth of the judges' totals is set aside at each end (the total at the cut counts in part) and the rest averaged, so one extreme total cannot move the score much, whatever the number of judges.</translation>
    </message>
    <message>
        <source>Standardised (z-score)</source>
        <translation>Standardised (z-score)</translation>
    </message>
    <message>
        <source>Each judge's totals are first standardised, so that a strict judge and a generous judge weigh the same; the standardised scores are averaged and mapped back to the panel's 0-100 scale.</source>
        <translation>Each judge's totals are first standardised, so that a strict judge and a generous judge weigh the same; the standardised scores are averaged and mapped back to the panel's 0-100 scale.</translation>
    </message>
    <message>
        <source>Schulze ranking</source>
        <translation>Schulze ranking</translation>
    </message>
    <message>
        <source>Each judge's totals give a ranking of the nominees; the Schulze method combines these rankings by comparing every pair of nominees, and the score shown is a helper value for ordering.</source>
        <translation>Each judge's totals give a ranking of the nominees; the Schulze method combines these rankings by comparing every pair of nominees, and the score shown is a helper value for ordering.</translation>
    </message>
    <message>
        <source>Adjusted for judge severity</source>
        <translation>Adjusted for judge severity</translation>
    </message>
    <message>
        <source>A model fitted to all the scores separates each nominee's standing from each judge's strictness or generosity; the score is what a judge of average strictness would give, so a nominee does not gain from having avoided a strict judge.</source>
        <translation>A model fitted to all the scores separates each nominee's standing from each judge's strictness or generosity; the score is what a judge of average strictness would give, so a nominee does not gain from having avoided a strict judge.</translation>
    </message>
    <message>
        <source>{n} judge</source>
        <translation>{n} judge</translation>
    </message>
    <message>
        <source>{n} judges</source>
        <translation>{n} judges</translation>
    </message>
    <message>
        <source>Krippendorff's alpha (interval)</source>
        <translation>Krippendorff's alpha (interval)</translation>
    </message>
    <message>
        <source>agreement on the nominees' totals, allowing missing scores; ≥ 0.80 is reliable, ≥ 0.667 acceptable for tentative conclusions</source>
        <translation>agreement on the nominees' totals, allowing missing scores; ≥ 0.80 is reliable, ≥ 0.667 acceptable for tentative conclusions</translation>
    </message>
    <message>
        <source>absolute agreement of single judges (judges as a random sample), on every score given</source>
        <translation>absolute agreement of single judges (judges as a random sample), on every score given</translation>
    </message>
    <message>
        <source>absolute agreement of single judges (judges as a random sample), over nominees every judge scored</source>
        <translation>absolute agreement of single judges (judges as a random sample), over nominees every judge scored</translation>
    </message>
    <message>
        <source>consistency of single judges (same judges, strictness differences ignored)</source>
        <translation>consistency of single judges (same judges, strictness differences ignored)</translation>
    </message>
    <message>
        <source>reliability of the panel's average, which is what the ranking rests on</source>
        <translation>reliability of the panel's average, which is what the ranking rests on</translation>
    </message>
    <message>
        <source>Kendall's W</source>
        <translation>Kendall's W</translation>
    </message>
    <message>
        <source>agreement on the order of the nominees (0 none, 1 identical rankings)</source>
        <translation>agreement on the order of the nominees (0 none, 1 identical rankings)</translation>
    </message>
    <message>
        <source>{n} score sheet received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</source>
        <translation>{n} score sheet received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</translation>
    </message>
    <message>
        <source>{n} score sheets received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</source>
        <translation>{n} score sheets received; {valid} valid and counted. Sheets that failed verification are listed with the reason and contribute nothing.</translation>
    </message>
    <message>
        <source>some criteria not scored (missing, not zero)</source>
        <translation>some criteria not scored (missing, not zero)</translation>
    </message>
    <message>
        <source>scores for a conflicted nominee left out</source>
        <translation>scores for a conflicted nominee left out</translation>
    </message>
    <message>
        <source>formatting shows values other than the signed ones (those count)</source>
        <translation>formatting shows values other than the signed ones (those count)</translation>
    </message>
    <message>
        <source>another sheet of this judge with the same sequence and other values</source>
        <translation>another sheet of this judge with the same sequence and other values</translation>
    </message>
    <message>
        <source>roster not checked</source>
        <translation>roster not checked</translation>
    </message>
    <message>
        <source>Result hash (SHA-256 of the signed values)</source>
        <translation>Result hash (SHA-256 of the signed values)</translation>
    </message>
    <message>
        <source>Framework hash</source>
        <translation>Framework hash</translation>
    </message>
    <message>
        <source>Chair key fingerprint</source>
        <translation>Chair key fingerprint</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>agreement on the nominees' totals, allowing missing scores; ≥ {reliable} is reliable, ≥ {tentative} acceptable for tentative conclusions</source>
        <translation>agreement on the nominees' totals, allowing missing scores; ≥ {reliable} is reliable, ≥ {tentative} acceptable for tentative conclusions</translation>
    </message>
    <message>
        <source>Award categories</source>
        <translation>Award categories</translation>
    </message>
    <message>
        <source>Within this category (its own bootstrap over judges, same method and seed; "First" and "Ranks (90%)" are among its nominees): {figures}.</source>
        <translation>Within this category (its own bootstrap over judges, same method and seed; "First" and "Ranks (90%)" are among its nominees): {figures}.</translation>
    </message>
    <message>
        <source>How sure the category's ranking is could not be estimated: {why}.</source>
        <translation>How sure the category's ranking is could not be estimated: {why}.</translation>
    </message>
    <message>
        <source>{label} not computed ({why})</source>
        <translation>{label} not computed ({why})</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>too little data</source>
        <translation>too little data</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>bad signature</translation>
    </message>
    <message>
        <source>unknown judge</source>
        <translation>unknown judge</translation>
    </message>
    <message>
        <source>wrong panel</source>
        <translation>wrong panel</translation>
    </message>
    <message>
        <source>wrong framework</source>
        <translation>wrong framework</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Copies of your store, newest first. Restoring puts the chosen copy back; the current store is kept beside it (store-replaced-….sqlite), so nothing is thrown away.</source>
        <translation>Copies of your store, newest first. Restoring puts the chosen copy back; the current store is kept beside it (store-replaced-….sqlite), so nothing is thrown away.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Panels and scores</source>
        <translation>Panels and scores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>cannot be restored: {why}</source>
        <translation>cannot be restored: {why}</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>There are no backups in {folder} yet.</translation>
    </message>
    <message>
        <source>Put {name} back as your store? Your current store is kept beside it.</source>
        <translation>Put {name} back as your store? Your current store is kept beside it.</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>A justification is required for level {level}</source>
        <translation>A justification is required for level {level}</translation>
    </message>
    <message>
        <source>Declare conflict…</source>
        <translation>Declare conflict…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest for this nominee</source>
        <translation>Declare a conflict of interest for this nominee</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Your level for the criterion (scale {low}–{high})</source>
        <translation>Your level for the criterion (scale {low}–{high})</translation>
    </message>
    <message>
        <source>The domain's subtotal, from 0 to 100</source>
        <translation>The domain's subtotal, from 0 to 100</translation>
    </message>
    <message>
        <source>Justification required</source>
        <translation>Justification required</translation>
    </message>
    <message>
        <source>Comment (justification) for this criterion</source>
        <translation>Comment (justification) for this criterion</translation>
    </message>
    <message>
        <source>Justification for your level (Tab from the criteria; Ctrl+Enter for the next criterion)</source>
        <translation>Justification for your level (Tab from the criteria; Ctrl+Enter for the next criterion)</translation>
    </message>
    <message>
        <source>Domain subtotals and total</source>
        <translation>Domain subtotals and total</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>Scoring {name}</source>
        <translation>Scoring {name}</translation>
    </message>
    <message>
        <source>from the panel roster</source>
        <translation>from the panel roster</translation>
    </message>
    <message>
        <source>declared by you</source>
        <translation>declared by you</translation>
    </message>
    <message>
        <source>Recused — conflict of interest ({origin}): {reason}. Scoring is locked.</source>
        <translation>Recused — conflict of interest ({origin}): {reason}. Scoring is locked.</translation>
    </message>
    <message>
        <source>Withdraw conflict</source>
        <translation>Withdraw conflict</translation>
    </message>
    <message>
        <source>level {level}, {state}</source>
        <translation>level {level}, {state}</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>Recused: not scored ({count} criteria)</source>
        <translation>Recused: not scored ({count} criteria)</translation>
    </message>
    <message>
        <source>{value} / 100</source>
        <translation>{value} / 100</translation>
    </message>
    <message>
        <source>Total: {total} &amp;nbsp;·&amp;nbsp; {done}/{count} criteria complete</source>
        <translation>Total: {total} &amp;nbsp;·&amp;nbsp; {done}/{count} criteria complete</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <source>— ({done} of {count} criteria complete)</source>
        <translation>— ({done} of {count} criteria complete)</translation>
    </message>
    <message>
        <source>Not saved — see the status bar. Your choice is kept on screen; choose it again to retry.</source>
        <translation>Not saved — see the status bar. Your choice is kept on screen; choose it again to retry.</translation>
    </message>
    <message>
        <source>{name} is locked by a conflict of interest: nothing was changed.</source>
        <translation>{name} is locked by a conflict of interest: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Tampered</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Bad signature</translation>
    </message>
    <message>
        <source>Unknown judge</source>
        <translation>Unknown judge</translation>
    </message>
    <message>
        <source>Wrong panel</source>
        <translation>Wrong panel</translation>
    </message>
    <message>
        <source>Wrong framework</source>
        <translation>Wrong framework</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>The sheet will be verified when the merge runs.</source>
        <translation>The sheet will be verified when the merge runs.</translation>
    </message>
    <message>
        <source>The signature checks out and the judge is on the panel roster.</source>
        <translation>The signature checks out and the judge is on the panel roster.</translation>
    </message>
    <message>
        <source>Cells were changed after the judge signed the sheet; it is not used.</source>
        <translation>Cells were changed after the judge signed the sheet; it is not used.</translation>
    </message>
    <message>
        <source>The signature does not verify; the sheet is not used.</source>
        <translation>The signature does not verify; the sheet is not used.</translation>
    </message>
    <message>
        <source>Signed by a key that is not on the panel roster; not used.</source>
        <translation>Signed by a key that is not on the panel roster; not used.</translation>
    </message>
    <message>
        <source>The sheet belongs to another panel or round; not used.</source>
        <translation>The sheet belongs to another panel or round; not used.</translation>
    </message>
    <message>
        <source>The sheet was scored against another framework version; not used.</source>
        <translation>The sheet was scored against another framework version; not used.</translation>
    </message>
    <message>
        <source>A newer sheet from the same judge replaces this one.</source>
        <translation>A newer sheet from the same judge replaces this one.</translation>
    </message>
    <message>
        <source>Not a readable score sheet (corrupt, hostile or another kind of file).</source>
        <translation>Not a readable score sheet (corrupt, hostile or another kind of file).</translation>
    </message>
    <message>
        <source>incomplete: some criteria were left unscored</source>
        <translation>incomplete: some criteria were left unscored</translation>
    </message>
    <message>
        <source>scored a nominee the roster marks as a conflict (those scores are excluded)</source>
        <translation>scored a nominee the roster marks as a conflict (those scores are excluded)</translation>
    </message>
    <message>
        <source>displayed differently: number formats, invisible text or hidden rows/columns make the file show other values than the signed ones (the signed values are used)</source>
        <translation>displayed differently: number formats, invisible text or hidden rows/columns make the file show other values than the signed ones (the signed values are used)</translation>
    </message>
    <message>
        <source>the judge exported knowing that the sheet's edit history was altered</source>
        <translation>the judge exported knowing that the sheet's edit history was altered</translation>
    </message>
    <message>
        <source>the judge's key was not checked against a panel roster</source>
        <translation>the judge's key was not checked against a panel roster</translation>
    </message>
    <message>
        <source>another sheet from this judge has the same round and sequence but different signed values: ask the judge which one is right</source>
        <translation>another sheet from this judge has the same round and sequence but different signed values: ask the judge which one is right</translation>
    </message>
    <message>
        <source>1 changed cell: {cells}</source>
        <translation>1 changed cell: {cells}</translation>
    </message>
    <message>
        <source>{n} changed cells: {cells}</source>
        <translation>{n} changed cells: {cells}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{sheet}: row {row} ({ids}) missing</source>
        <translation>{sheet}: row {row} ({ids}) missing</translation>
    </message>
    <message>
        <source>{sheet}: rows {first}–{last} ({ids}) missing</source>
        <translation>{sheet}: rows {first}–{last} ({ids}) missing</translation>
    </message>
    <message>
        <source>{head}; the row below moved up</source>
        <translation>{head}; the row below moved up</translation>
    </message>
    <message>
        <source>{head}; the {n} rows below moved up</source>
        <translation>{head}; the {n} rows below moved up</translation>
    </message>
    <message>
        <source>{sheet}: an extra row at {row} ({ids})</source>
        <translation>{sheet}: an extra row at {row} ({ids})</translation>
    </message>
    <message>
        <source>{sheet}: {n} extra rows at {first}–{last} ({ids})</source>
        <translation>{sheet}: {n} extra rows at {first}–{last} ({ids})</translation>
    </message>
    <message>
        <source>{head}; the row below moved down</source>
        <translation>{head}; the row below moved down</translation>
    </message>
    <message>
        <source>{head}; the {n} rows below moved down</source>
        <translation>{head}; the {n} rows below moved down</translation>
    </message>
    <message>
        <source>{cell} (signed {signed}) is displayed with the number format {format}</source>
        <translation>{cell} (signed {signed}) is displayed with the number format {format}</translation>
    </message>
    <message>
        <source>{cell} (signed {signed}) cannot be seen: {why}</source>
        <translation>{cell} (signed {signed}) cannot be seen: {why}</translation>
    </message>
    <message>
        <source>{sheet}: hidden rows {items} and {n} more</source>
        <translation>{sheet}: hidden rows {items} and {n} more</translation>
    </message>
    <message>
        <source>{sheet}: hidden rows {items}</source>
        <translation>{sheet}: hidden rows {items}</translation>
    </message>
    <message>
        <source>{sheet}: hidden columns {items} and {n} more</source>
        <translation>{sheet}: hidden columns {items} and {n} more</translation>
    </message>
    <message>
        <source>{sheet}: hidden columns {items}</source>
        <translation>{sheet}: hidden columns {items}</translation>
    </message>
    <message>
        <source>{sheet}: conditional formatting on {range} can change how values look</source>
        <translation>{sheet}: conditional formatting on {range} can change how values look</translation>
    </message>
    <message>
        <source>{sheet}: conditional formatting can change how values look</source>
        <translation>{sheet}: conditional formatting can change how values look</translation>
    </message>
    <message>
        <source>{sheet}: zero values are set not to show</source>
        <translation>{sheet}: zero values are set not to show</translation>
    </message>
    <message>
        <source>{sheet}: {what} can hide or cover values</source>
        <translation>{sheet}: {what} can hide or cover values</translation>
    </message>
    <message>
        <source>The cell formats could not be checked: {reason}</source>
        <translation>The cell formats could not be checked: {reason}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>{cell}: signed {signed}, found {found}</source>
        <translation>{cell}: signed {signed}, found {found}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Judge: {name} &lt;{email}&gt;</source>
        <translation>Judge: {name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Panel: {title} ({id}), round {round}</source>
        <translation>Panel: {title} ({id}), round {round}</translation>
    </message>
    <message>
        <source>Sequence: {sequence} · exported {exported}</source>
        <translation>Sequence: {sequence} · exported {exported}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Displayed differently from what was signed:</source>
        <translation>Displayed differently from what was signed:</translation>
    </message>
    <message>
        <source>Changed cells ({n}):</source>
        <translation>Changed cells ({n}):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changed cells:</source>
        <translation>Changed cells:</translation>
    </message>
    <message>
        <source>… and {n} more (see the details pane)</source>
        <translation>… and {n} more (see the details pane)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>not assigned to you</source>
        <translation>not assigned to you</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>needs comment</source>
        <translation>needs comment</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>level {level}: {criterion}</source>
        <translation>level {level}: {criterion}</translation>
    </message>
    <message>
        <source>clear level: {criterion}</source>
        <translation>clear level: {criterion}</translation>
    </message>
    <message>
        <source>comment: {criterion}</source>
        <translation>comment: {criterion}</translation>
    </message>
    <message>
        <source>declare conflict ({nominee})</source>
        <translation>declare conflict ({nominee})</translation>
    </message>
    <message>
        <source>withdraw conflict ({nominee})</source>
        <translation>withdraw conflict ({nominee})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>One app for the whole awards panel:&lt;br&gt;• &lt;b&gt;Judge&lt;/b&gt;: read each nominee's dossier, score it on the framework and send the organizer your signed score sheet.&lt;br&gt;• &lt;b&gt;Chair&lt;/b&gt;: check every judge's sheet and combine them into the panel result (the Merge tab).&lt;br&gt;• &lt;b&gt;Organizer&lt;/b&gt;: build the signed panel package and print the final report (the Organizer tab).</source>
        <translation>One app for the whole awards panel:&lt;br&gt;• &lt;b&gt;Judge&lt;/b&gt;: read each nominee's dossier, score it on the framework and send the organizer your signed score sheet.&lt;br&gt;• &lt;b&gt;Chair&lt;/b&gt;: check every judge's sheet and combine them into the panel result (the Merge tab).&lt;br&gt;• &lt;b&gt;Organizer&lt;/b&gt;: build the signed panel package and print the final report (the Organizer tab).</translation>
    </message>
    <message>
        <source>The three roles</source>
        <translation>The three roles</translation>
    </message>
    <message>
        <source>Create my &amp;judge identity…</source>
        <translation>Create my &amp;judge identity…</translation>
    </message>
    <message>
        <source>Create my judge identity</source>
        <translation>Create my judge identity</translation>
    </message>
    <message>
        <source>Make the signing key that signs your score sheets (name, e-mail, passphrase). It never leaves this computer.</source>
        <translation>Make the signing key that signs your score sheets (name, e-mail, passphrase). It never leaves this computer.</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Your identity</translation>
    </message>
    <message>
        <source>&amp;Open a panel package…</source>
        <translation>&amp;Open a panel package…</translation>
    </message>
    <message>
        <source>Open panel package</source>
        <translation>Open panel package</translation>
    </message>
    <message>
        <source>Open the .zdxpanel file the organizer sent you; you can also drop it onto this window.</source>
        <translation>Open the .zdxpanel file the organizer sent you; you can also drop it onto this window.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>Try the demo panel</source>
        <translation>Try the demo panel</translation>
    </message>
    <message>
        <source>A complete fictional panel to practise on: nothing you do there is sent anywhere.</source>
        <translation>A complete fictional panel to practise on: nothing you do there is sent anywhere.</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: the app never uses the network. Files travel only when you send them yourself. Press F1 for the guide.</source>
        <translation>Nothing leaves this computer: the app never uses the network. Files travel only when you send them yourself. Press F1 for the guide.</translation>
    </message>
    <message>
        <source>Your data is kept in this folder: {path}</source>
        <translation>Your data is kept in this folder: {path}</translation>
    </message>
    <message>
        <source>Identity: {name} ({fingerprint})</source>
        <translation>Identity: {name} ({fingerprint})</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>listed by the organizer</source>
        <translation>listed by the organizer</translation>
    </message>
    <message>
        <source>this nominee is not assigned to you</source>
        <translation>this nominee is not assigned to you</translation>
    </message>
    <message>
        <source>Score only your assigned nominees; ask the organizer if you should score this one.</source>
        <translation>Score only your assigned nominees; ask the organizer if you should score this one.</translation>
    </message>
    <message>
        <source>this nominee is locked by a conflict of interest</source>
        <translation>this nominee is locked by a conflict of interest</translation>
    </message>
    <message>
        <source>Withdraw your declared conflict to score it.</source>
        <translation>Withdraw your declared conflict to score it.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>this conflict comes from the panel roster and cannot be withdrawn</source>
        <translation>this conflict comes from the panel roster and cannot be withdrawn</translation>
    </message>
    <message>
        <source>Ask the organizer if it is wrong.</source>
        <translation>Ask the organizer if it is wrong.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>All nominees</source>
        <translation>All nominees</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>Filter nominees (Ctrl+F)</source>
        <translation>Filter nominees (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter nominees by name</source>
        <translation>Filter nominees by name</translation>
    </message>
    <message>
        <source>Filter nominees by status</source>
        <translation>Filter nominees by status</translation>
    </message>
    <message>
        <source>Filter nominees by award category</source>
        <translation>Filter nominees by award category</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <source>Next &amp;unscored</source>
        <translation>Next &amp;unscored</translation>
    </message>
    <message>
        <source>Go to the next unscored criterion</source>
        <translation>Go to the next unscored criterion</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Everything is scored — nothing left to do.</source>
        <translation>Everything is scored — nothing left to do.</translation>
    </message>
    <message>
        <source>{done} of {n_nominees} done</source>
        <translation>{done} of {n_nominees} done</translation>
    </message>
    <message>
        <source>{n} assigned to you</source>
        <translation>{n} assigned to you</translation>
    </message>
    <message>
        <source>No judge identity on this computer yet: create one (File ▸ My identity) and send your judge card to the organizer, or the chair will reject your sheet.</source>
        <translation>No judge identity on this computer yet: create one (File ▸ My identity) and send your judge card to the organizer, or the chair will reject your sheet.</translation>
    </message>
    <message>
        <source>Your key ({fp}) is not on this panel's roster: the chair will reject your sheet. Send your judge card (File ▸ My identity) to the organizer.</source>
        <translation>Your key ({fp}) is not on this panel's roster: the chair will reject your sheet. Send your judge card (File ▸ My identity) to the organizer.</translation>
    </message>
    <message>
        <source>The organizer adds your card to the panel and sends you an updated package; open it here and your scores are kept. You can score meanwhile.</source>
        <translation>The organizer adds your card to the panel and sends you an updated package; open it here and your scores are kept. You can score meanwhile.</translation>
    </message>
    <message>
        <source>Roster warning</source>
        <translation>Roster warning</translation>
    </message>
    <message>
        <source>My identity…</source>
        <translation>My identity…</translation>
    </message>
    <message>
        <source>Create your identity or save your judge card to send to the organizer</source>
        <translation>Create your identity or save your judge card to send to the organizer</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>PDF preview</source>
        <translation>PDF preview</translation>
    </message>
</context>
<context>
    <name>dossier_view</name>
    <message>
        <source>This dossier has no narrative sections.</source>
        <translation>This dossier has no narrative sections.</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>signed by {judge} ({fingerprint}), who is not on this panel's roster</source>
        <translation>signed by {judge} ({fingerprint}), who is not on this panel's roster</translation>
    </message>
    <message>
        <source>made for panel '{panel}', not '{expected}'</source>
        <translation>made for panel '{panel}', not '{expected}'</translation>
    </message>
    <message>
        <source>made for round {round}; this package is round {panel_round} (open the newer panel package)</source>
        <translation>made for round {round}; this package is round {panel_round} (open the newer panel package)</translation>
    </message>
    <message>
        <source>scored against framework {framework} {version} ({hash}), not the panel's</source>
        <translation>scored against framework {framework} {version} ({hash}), not the panel's</translation>
    </message>
    <message>
        <source>names nominee '{nominee}', who is not on this panel</source>
        <translation>names nominee '{nominee}', who is not on this panel</translation>
    </message>
    <message>
        <source>scores criterion '{criterion}', not in the panel's framework</source>
        <translation>scores criterion '{criterion}', not in the panel's framework</translation>
    </message>
    <message>
        <source>level {level} for {nominee}/{criterion} is off the scale</source>
        <translation>level {level} for {nominee}/{criterion} is off the scale</translation>
    </message>
    <message>
        <source>scores {nominee}/{criterion} twice: the app never writes such a sheet. Do not use this file; ask the judge to export it again.</source>
        <translation>scores {nominee}/{criterion} twice: the app never writes such a sheet. Do not use this file; ask the judge to export it again.</translation>
    </message>
    <message>
        <source>the sheet names its judge '{name}', but this panel's roster names the holder of that key '{roster_name}'</source>
        <translation>the sheet names its judge '{name}', but this panel's roster names the holder of that key '{roster_name}'</translation>
    </message>
    <message>
        <source>{count} nominee name(s) differ from this panel package's (first: {first}): the sheet was made for another version of the panel</source>
        <translation>{count} nominee name(s) differ from this panel package's (first: {first}): the sheet was made for another version of the panel</translation>
    </message>
    <message>
        <source>{count} Summary figure(s) do not follow from the signed levels (first: {first}). Do not use this file; ask the judge to export it again.</source>
        <translation>{count} Summary figure(s) do not follow from the signed levels (first: {first}). Do not use this file; ask the judge to export it again.</translation>
    </message>
    <message>
        <source>from round {round}; the panel is in round {panel_round}</source>
        <translation>from round {round}; the panel is in round {panel_round}</translation>
    </message>
    <message>
        <source>export #{sequence}; a newer export (#{newer}) of this judge exists</source>
        <translation>export #{sequence}; a newer export (#{newer}) of this judge exists</translation>
    </message>
    <message>
        <source>The signature is valid and every cell matches what the judge signed.</source>
        <translation>The signature is valid and every cell matches what the judge signed.</translation>
    </message>
    <message>
        <source>The signature does not match the signed values: the file was altered or damaged. Ask the judge to export it again.</source>
        <translation>The signature does not match the signed values: the file was altered or damaged. Ask the judge to export it again.</translation>
    </message>
    <message>
        <source>{cells} and {n} more</source>
        <translation>{cells} and {n} more</translation>
    </message>
    <message>
        <source>{total} cell(s) differ from what {judge} signed: {cells}. Do not use this file; ask the judge to export it again.</source>
        <translation>{total} cell(s) differ from what {judge} signed: {cells}. Do not use this file; ask the judge to export it again.</translation>
    </message>
    <message>
        <source>The signature is valid and every cell matches what the judge signed, but the judge's key was not checked against a panel roster: pass --panel PANEL.zdxpanel to check it.</source>
        <translation>The signature is valid and every cell matches what the judge signed, but the judge's key was not checked against a panel roster: pass --panel PANEL.zdxpanel to check it.</translation>
    </message>
    <message>
        <source>font size {size}</source>
        <translation>font size {size}</translation>
    </message>
    <message>
        <source>symbol font {name}</source>
        <translation>symbol font {name}</translation>
    </message>
    <message>
        <source>text colour {colour} on background {background}</source>
        <translation>text colour {colour} on background {background}</translation>
    </message>
    <message>
        <source>default column width {width}</source>
        <translation>default column width {width}</translation>
    </message>
    <message>
        <source>merged cells {cells}</source>
        <translation>merged cells {cells}</translation>
    </message>
    <message>
        <source>a drawing or text box over the cells</source>
        <translation>a drawing or text box over the cells</translation>
    </message>
    <message>
        <source>duplicate of {file} (the same file given twice); counted once</source>
        <translation>duplicate of {file} (the same file given twice); counted once</translation>
    </message>
    <message>
        <source>duplicate of {file}. {message}</source>
        <translation>duplicate of {file}. {message}</translation>
    </message>
    <message>
        <source>duplicate of {file}.</source>
        <translation>duplicate of {file}.</translation>
    </message>
    <message>
        <source>superseded by {file} (round {round}, sequence {sequence}) from the same judge</source>
        <translation>superseded by {file} (round {round}, sequence {sequence}) from the same judge</translation>
    </message>
    <message>
        <source>a second copy of {file} (the same signed values); that copy is used</source>
        <translation>a second copy of {file} (the same signed values); that copy is used</translation>
    </message>
    <message>
        <source>a second copy of {file} (the same signed values); that copy is used because this one has warnings</source>
        <translation>a second copy of {file} (the same signed values); that copy is used because this one has warnings</translation>
    </message>
    <message>
        <source>{file} was exported later ({exported}, this one {this})</source>
        <translation>{file} was exported later ({exported}, this one {this})</translation>
    </message>
    <message>
        <source>both were exported at the same moment, so the choice is arbitrary</source>
        <translation>both were exported at the same moment, so the choice is arbitrary</translation>
    </message>
    <message>
        <source>NOT used: {file} has the same judge, round {round} and sequence {sequence} but DIFFERENT signed values; {why}. Ask the judge which sheet is right and to export it again</source>
        <translation>NOT used: {file} has the same judge, round {round} and sequence {sequence} but DIFFERENT signed values; {why}. Ask the judge which sheet is right and to export it again</translation>
    </message>
    <message>
        <source>because it was exported later</source>
        <translation>because it was exported later</translation>
    </message>
    <message>
        <source>arbitrarily (both were exported at the same moment)</source>
        <translation>arbitrarily (both were exported at the same moment)</translation>
    </message>
    <message>
        <source>used, but {others} from the same judge has the same round {round} and sequence {sequence} with DIFFERENT signed values; this one was chosen {chosen}. Ask the judge to confirm</source>
        <translation>used, but {others} from the same judge has the same round {round} and sequence {sequence} with DIFFERENT signed values; this one was chosen {chosen}. Ask the judge to confirm</translation>
    </message>
    <message>
        <source>the judges' totals span {spread} points, among the widest 10% in the panel</source>
        <translation>the judges' totals span {spread} points, among the widest 10% in the panel</translation>
    </message>
    <message>
        <source>levels range from {low} to {high}</source>
        <translation>levels range from {low} to {high}</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>good agreement</translation>
    </message>
    <message>
        <source>moderate agreement (tentative conclusions only)</source>
        <translation>moderate agreement (tentative conclusions only)</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>weak agreement</translation>
    </message>
    <message>
        <source>systematic disagreement</source>
        <translation>systematic disagreement</translation>
    </message>
    <message>
        <source>Agreement between judges cannot be measured: {why}.</source>
        <translation>Agreement between judges cannot be measured: {why}.</translation>
    </message>
    <message>
        <source>too few overlapping scores</source>
        <translation>too few overlapping scores</translation>
    </message>
    <message>
        <source>The judges' totals show {words} (alpha {alpha}).</source>
        <translation>The judges' totals show {words} (alpha {alpha}).</translation>
    </message>
    <message>
        <source>ICC cannot be computed: {why}.</source>
        <translation>ICC cannot be computed: {why}.</translation>
    </message>
    <message>
        <source>ICC(2,1) {icc21} and ICC(3,1) {icc31} (one judge), over {nominees} nominees and {judges} judges with every score they have; a large gap between them means judges differ mainly in severity.</source>
        <translation>ICC(2,1) {icc21} and ICC(3,1) {icc31} (one judge), over {nominees} nominees and {judges} judges with every score they have; a large gap between them means judges differ mainly in severity.</translation>
    </message>
    <message>
        <source>ICC(2,k) {icc2k}: the reliability of the panel average (about {k} judges per nominee), which is what the ranking rests on.</source>
        <translation>ICC(2,k) {icc2k}: the reliability of the panel average (about {k} judges per nominee), which is what the ranking rests on.</translation>
    </message>
    <message>
        <source>the judges largely agree on the order.</source>
        <translation>the judges largely agree on the order.</translation>
    </message>
    <message>
        <source>the judges agree on the order only in part.</source>
        <translation>the judges agree on the order only in part.</translation>
    </message>
    <message>
        <source>the judges order the nominees differently.</source>
        <translation>the judges order the nominees differently.</translation>
    </message>
    <message>
        <source>Kendall's W {w} (from the judges' pairwise rank correlations, as not every judge scored every nominee): {order}</source>
        <translation>Kendall's W {w} (from the judges' pairwise rank correlations, as not every judge scored every nominee): {order}</translation>
    </message>
    <message>
        <source>Kendall's W {w}: {order}</source>
        <translation>Kendall's W {w}: {order}</translation>
    </message>
    <message>
        <source>Kendall's W cannot be computed: {why}.</source>
        <translation>Kendall's W cannot be computed: {why}.</translation>
    </message>
    <message>
        <source>Judges disagree most on {domain} (mean alpha {alpha} over its criteria).</source>
        <translation>Judges disagree most on {domain} (mean alpha {alpha} over its criteria).</translation>
    </message>
    <message>
        <source>{judge} scores {points} points below the panel on average.</source>
        <translation>{judge} scores {points} points below the panel on average.</translation>
    </message>
    <message>
        <source>{judge} scores {points} points above the panel on average.</source>
        <translation>{judge} scores {points} points above the panel on average.</translation>
    </message>
    <message>
        <source>{judge}'s totals follow the rest of the panel weakly (correlation {r}).</source>
        <translation>{judge}'s totals follow the rest of the panel weakly (correlation {r}).</translation>
    </message>
    <message>
        <source>every total is the same (no variance), so there is nothing to measure agreement on</source>
        <translation>every total is the same (no variance), so there is nothing to measure agreement on</translation>
    </message>
    <message>
        <source>needs at least two judges who scored (found {n})</source>
        <translation>needs at least two judges who scored (found {n})</translation>
    </message>
    <message>
        <source>needs at least two nominees that were scored (found {n})</source>
        <translation>needs at least two nominees that were scored (found {n})</translation>
    </message>
    <message>
        <source>too few overlapping scores to separate nominees, judges and error (each nominee needs two or more judges, with judges in common)</source>
        <translation>too few overlapping scores to separate nominees, judges and error (each nominee needs two or more judges, with judges in common)</translation>
    </message>
    <message>
        <source>too few overlapping scores to separate nominees, judges and error</source>
        <translation>too few overlapping scores to separate nominees, judges and error</translation>
    </message>
    <message>
        <source>needs a nominee scored by at least two judges</source>
        <translation>needs a nominee scored by at least two judges</translation>
    </message>
    <message>
        <source>every judge gave all nominees the same total: there is no order to agree on</source>
        <translation>every judge gave all nominees the same total: there is no order to agree on</translation>
    </message>
    <message>
        <source>no two judges ranked two or more nominees in common (with different totals)</source>
        <translation>no two judges ranked two or more nominees in common (with different totals)</translation>
    </message>
    <message>
        <source>needs at least two judges who scored</source>
        <translation>needs at least two judges who scored</translation>
    </message>
    <message>
        <source>needs at least two nominees</source>
        <translation>needs at least two nominees</translation>
    </message>
    <message>
        <source>not computed for Schulze above {n} nominees (1,000 strongest-path computations)</source>
        <translation>not computed for Schulze above {n} nominees (1,000 strongest-path computations)</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated ({why}).</source>
        <translation>How sure the ranking is could not be estimated ({why}).</translation>
    </message>
    <message>
        <source>How sure the ranking is could not be estimated.</source>
        <translation>How sure the ranking is could not be estimated.</translation>
    </message>
    <message>
        <source>{name} ranks first in {pct}% of {n} resamples of the judges: the panel clearly tells the winner apart.</source>
        <translation>{name} ranks first in {pct}% of {n} resamples of the judges: the panel clearly tells the winner apart.</translation>
    </message>
    <message>
        <source>The panel cannot tell the winner apart with confidence: first place in resamples of the judges goes to {names}.</source>
        <translation>The panel cannot tell the winner apart with confidence: first place in resamples of the judges goes to {names}.</translation>
    </message>
    <message>
        <source>The panel cannot tell {names} apart: they share place {place}.</source>
        <translation>The panel cannot tell {names} apart: they share place {place}.</translation>
    </message>
    <message>
        <source>The panel cannot tell {names} apart: their 90% rank intervals overlap (places {low}-{high}).</source>
        <translation>The panel cannot tell {names} apart: their 90% rank intervals overlap (places {low}-{high}).</translation>
    </message>
    <message>
        <source>Clearly placed: {names}</source>
        <translation>Clearly placed: {names}</translation>
    </message>
    <message>
        <source>Clearly placed: {names}.</source>
        <translation>Clearly placed: {names}.</translation>
    </message>
    <message>
        <source>Every place in the top ten is clearly separated from the next.</source>
        <translation>Every place in the top ten is clearly separated from the next.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} and {last}</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It has the same first place.</source>
        <translation>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It has the same first place.</translation>
    </message>
    <message>
        <source>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It puts {adjusted} first instead of {official}.</source>
        <translation>Not every judge scored every nominee (recusals or assignments), so a plain average rewards whoever avoided the harsher judges; the adjusted ranking corrects for each judge's severity. It puts {adjusted} first instead of {official}.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Pseudo (testing)</source>
        <translation>Pseudo (testing)</translation>
    </message>
    <message>
        <source>— ({done} of {count})</source>
        <translation>— ({done} of {count})</translation>
    </message>
    <message>
        <source>Partial: {value} / 100 so far, from {done} of {count} criteria complete</source>
        <translation>Partial: {value} / 100 so far, from {done} of {count} criteria complete</translation>
    </message>
</context>
<context>
    <name>organizer_view</name>
    <message>
        <source>the id '{id}' is also used by '{folder}'</source>
        <translation>the id '{id}' is also used by '{folder}'</translation>
    </message>
    <message>
        <source>large attachment(s): {files}</source>
        <translation>large attachment(s): {files}</translation>
    </message>
    <message>
        <source>the nominees folder does not exist</source>
        <translation>the nominees folder does not exist</translation>
    </message>
    <message>
        <source>the folder has no nominee sub-folders</source>
        <translation>the folder has no nominee sub-folders</translation>
    </message>
    <message>
        <source>Make one sub-folder per nominee, each with a nominee.json.</source>
        <translation>Make one sub-folder per nominee, each with a nominee.json.</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Reading {name}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>passphrase_dialog</name>
    <message>
        <source>Passphrase for {name} &lt;{email}&gt;
({fingerprint}) to {purpose}:</source>
        <translation>Passphrase for {name} &lt;{email}&gt;
({fingerprint}) to {purpose}:</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <source>too many wrong passphrases</source>
        <translation>too many wrong passphrases</translation>
    </message>
    <message>
        <source>Check the passphrase and try again.</source>
        <translation>Check the passphrase and try again.</translation>
    </message>
</context>
</TS>
