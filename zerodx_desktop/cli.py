"""The `zerodx` command line: the scripting surface for judges, chairs and organizers.

Exit codes: 0 ok, 1 verification failed or input rejected (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zerodx_desktop import __version__
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.panel import METHODS, Method
from zerodx_desktop.core.passphrase import PASSPHRASE_MIN_LENGTH
from zerodx_desktop.core.sheet import Warning_
from zerodx_desktop.paths import resolve_home

if TYPE_CHECKING:
    from zerodx_desktop.services.identity import Identity

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    env = os.environ.get("ZERODX_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("a passphrase is needed", where="ZERODX_PASSPHRASE",
                        hint="Set ZERODX_PASSPHRASE or run in a terminal to be asked.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UserError("the two passphrases differ", where="passphrase")
    return first


def _print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _unlock(home: Path) -> Identity:
    from zerodx_desktop.services.identity import unlock

    return unlock(home, _passphrase())


def _optional_identity(home: Path) -> Identity | None:
    from zerodx_desktop.services.identity import has_identity

    if not has_identity(home):
        return None
    return _unlock(home)


def _output(path: str, suffix: str, *, inputs: Sequence[str | Path] = (),
            what: str = "output") -> Path:
    """Check an output path before any work: right kind of name, existing folder, and not
    one of the command's own inputs (nothing gets overwritten by mistake)."""
    out = Path(path)
    if out.exists() and out.is_dir():  # before the suffix: "results/" is a folder, not a name
        raise UserError(f"this is a folder, not a name for the {what} file", where=str(out),
                        hint=f"Give a file name, e.g. {out / ('name' + suffix)}.")
    if out.suffix.lower() != suffix:
        raise UserError(f"the {what} file must end in {suffix}", where=str(out),
                        hint=f"Choose a name like {out.stem or 'result'}{suffix}.")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder does not exist", where=str(folder),
                        hint="Create the folder first or choose another one.")
    for given in inputs:
        try:
            same = Path(given).exists() and out.exists() and out.samefile(given)
        except OSError:
            same = False
        if same:
            raise UserError(f"the {what} would overwrite one of the input files",
                            where=str(out), hint="Choose another file name.")
    return out


def _round_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the round must be 1 or more (the first round is 1)")
    return value


def _input(path: str | Path, what: str, expect: str | None = None,
           hint: str | None = None) -> Path:
    """An input file checked before any work (and before the passphrase is asked): it
    exists, is a file and not a folder, and is not recognisably another kind of file."""
    from zerodx_desktop.services.files import require_file

    return require_file(path, what, expect=expect, hint=hint)


def _present(path: str, what: str, folder_hint: str | None = None) -> None:
    """Refuse a missing file or a folder before any work; anything else that is a file
    goes to its reader, which gives it a status (a score sheet that is not one is
    ``unreadable``)."""
    from zerodx_desktop.services.files import sniff_file

    found = sniff_file(path)
    if found == "folder":
        raise UserError(f"this is a folder, not a {what}", where=path,
                        hint=folder_hint or "Choose the file itself, not a folder.")
    if found == "missing":
        raise UserError(f"no such file (the {what} was not found)", where=path,
                        hint="Check the file name and the folder.")
    if found == "special":  # a pipe or a device: reading it could wait forever
        raise UserError(f"this is not a regular file, not a {what}", where=path,
                        hint="Choose the file itself.")


SHIFTED_CELLS_SHOWN = 20  # verify's text lists this many cells when rows moved (--json: all)

# What to do next, by a score sheet's status (the status line says what is wrong).
NEXT_STEP = {
    "tampered": "Cells were changed after the judge signed: ask the judge to export the "
                "sheet again; the changed cells are listed below.",
    "unknown_judge": "Check the sheet against the right panel package (--panel); if the "
                     "judge belongs on this panel, the organizer adds their judge card and "
                     "sends a new package.",
    "wrong_panel": "Check the sheet with the package of the panel it names (--panel "
                   "PANEL.zdxpanel), or ask the judge to open this panel's package and "
                   "export their sheet from it.",
    "wrong_framework": "Ask the judge to open the current panel package and export the "
                       "sheet again.",
    "superseded": "This judge has a newer sheet: use that one.",
}


# A sheet whose signed values themselves do not fit (nothing was changed after signing).
SIGNED_MISFIT = ("The judge signed values that do not fit this panel or their own levels (listed "
                 "below): ask the judge to export the sheet again from the app.")


def _next_step(verdict: Any) -> str | None:
    if verdict.mismatches and not verdict.changed_cells:
        return SIGNED_MISFIT
    return NEXT_STEP.get(str(verdict.status))


def _positive_or_zero(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _text(value: str | None) -> str:
    """A cell's value for the terminal: one line (a sheet's text cannot fake more output
    lines), cut to 200 characters; ``--json`` has the values whole."""
    from zerodx_desktop.services.sheets import printable_line

    return "(empty)" if value in (None, "") else printable_line(str(value))


# --- commands ---------------------------------------------------------------------------

def cmd_identity(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import identity as svc

    if args.identity_cmd == "new":
        pub = svc.create_identity(home, args.name, args.email, _passphrase(confirm=True))
        print(f"Created identity for {pub.name} <{pub.email}>\nFingerprint: {pub.fingerprint}")
    elif args.identity_cmd == "show":
        pub = svc.show_identity(home)
        if args.json:
            _print_json({"name": pub.name, "email": pub.email, "fingerprint": pub.fingerprint})
        else:
            print(f"{pub.name} <{pub.email}>\nFingerprint: {pub.fingerprint}")
    elif args.identity_cmd == "card":
        pub = svc.export_card(home, _output(args.out, ".zdxjudge", what="judge card"))
        print(f"Wrote judge card {args.out} ({pub.fingerprint})")
    elif args.identity_cmd == "passphrase":
        from zerodx_desktop.services.identity import change_passphrase

        old = _passphrase("Current passphrase: ")
        new = os.environ.get("ZERODX_NEW_PASSPHRASE") or getpass.getpass("New passphrase: ")
        if len(new) < PASSPHRASE_MIN_LENGTH:
            raise UserError("the new passphrase is too short "
                            f"(at least {PASSPHRASE_MIN_LENGTH} characters)")
        change_passphrase(home, old, new)
        print("Passphrase changed.")
    return EXIT_OK


def cmd_panel(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import panels as svc

    if args.panel_cmd == "build" and (args.from_result or args.previous
                                      or args.shortlist is not None):
        return _build_next_round(args, home)
    if args.panel_cmd == "build":
        missing = [o for o, v in (("--title", args.title), ("--framework", args.framework),
                                  ("--nominees", args.nominees), ("--judge", args.judge))
                   if not v]
        if missing:
            raise UsageError("panel build needs " + ", ".join(missing)
                             + " (or --from-result, --previous and --shortlist for the next "
                               "round)", parser=args.parser)
        if args.judges_per_nominee is not None and args.assign:
            raise UsageError("give either --judges-per-nominee or --assign, not both",
                             parser=args.parser)
        out = _output(args.out, ".zdxpanel", what="panel package",
                      inputs=[args.framework, *args.judge])
        if args.assign:
            _input(args.assign, "assignment CSV", "csv")
        lifted = _lifted(args.lift_conflict or [])
        _input(args.framework, "framework file", "framework")
        for card in args.judge:
            _input(card, "judge card", "judge_card")
        for card in args.chair or []:
            _input(card, "chair's card", "judge_card")
        organizer = _unlock(home)
        pkg = svc.build_panel(organizer=organizer, title=args.title,
                              framework_path=Path(args.framework),
                              nominees_dir=Path(args.nominees), judge_cards=args.judge,
                              conflicts=args.conflict or [], method=args.method,
                              round_=args.round, out=out, panel_id=args.panel_id,
                              chair_cards=args.chair or [], home=home,
                              judges_per_nominee=args.judges_per_nominee, seed=args.seed,
                              assign_csv=Path(args.assign) if args.assign else None,
                              nominations_dir=(Path(args.nominations) if args.nominations
                                               else None), lifted=lifted)
        chairs = "".join(f", {c.name} ({c.fingerprint})" for c in pkg.panel.chairs)
        print(f"Wrote {args.out}: panel {pkg.panel.id}, round {pkg.panel.round}, "
              f"{len(pkg.panel.nominees)} nominees, {len(pkg.panel.judges)} judges; "
              f"signed by {organizer.fingerprint}; chairs: {organizer.name} (organizer)"
              f"{chairs}")
        _say_programme(pkg.panel)
    elif args.panel_cmd == "show":
        _input(args.file, "panel package", "zdxpanel")
        from zerodx_desktop.services.programme import panel_show

        doc = panel_show(home, Path(args.file))
        if args.json:
            doc.pop("nominations", None)  # the contract's keys; nominations are in the text
            _print_json(doc)
        else:
            _print_show(doc)
    elif args.panel_cmd == "open":
        _input(args.file, "panel package", "zdxpanel")
        pkg = svc.open_package(home, Path(args.file), organizer=args.organizer)
        panel_id = pkg.panel.id
        signer = pkg.signer.fingerprint if pkg.signer else "unsigned"
        print(f"Opened panel {panel_id} ({pkg.panel.title}, round {pkg.panel.round}): "
              f"{len(pkg.panel.nominees)} nominees. Signed by "
              f"{pkg.signer.name if pkg.signer else '?'} ({signer}).")
        warning = svc.roster_warning(home, pkg.panel)
        if warning:
            print(f"zerodx: warning: {warning}", file=sys.stderr)
    elif args.panel_cmd == "status":
        doc = svc.panel_status(home)
        from zerodx_desktop.services.recovery import audit_breaks

        breaks = audit_breaks(home)  # checked on open: a break is said, reading goes on
        if breaks:
            print("zerodx: warning: your edit history (audit chain) was changed outside the "
                  "app:\n  " + "\n  ".join(breaks[:10]) + "\nRestore a backup (zerodx "
                  "restore --list); export refuses without --accept-audit-break.",
                  file=sys.stderr)
        if args.json:
            _print_json(doc)
        else:
            p = doc["panel"]
            # "done" is the count the app shows: a level and any required justification
            missing = doc["scored"] - doc["done"]
            print(f"{p['title']} ({p['id']}, round {p['round']}): "
                  f"{doc['done']}/{doc['total']} criteria done"
                  + (f" ({missing} scored but missing a required justification)"
                     if missing else "")
                  + f", {doc['complete']} nominees complete, {doc['recused']} recused"
                  + (f"; {doc['assigned']} assigned to you (the others are not yours to "
                     "score)" if doc.get("assigned") is not None else ""))
            for n in doc["nominees"]:
                print(f"  {n['id']:<16} {n['done']:>4}/{n['total']:<4} {n['status']:<12} "
                      f"{n['name']}")
    return EXIT_OK


def _lifted(specs: Sequence[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        nominee, sep, reason = spec.partition(":")
        if not sep or not nominee.strip() or not reason.strip():
            raise UserError(f"'{spec}' is not NOMINEE_ID:REASON", where="--lift-conflict",
                            hint='Example: --lift-conflict n-007:"met once at a conference"')
        out[nominee.strip()] = reason.strip()
    return out


def _say_programme(panel: Any) -> None:
    if panel.categories:
        print("Categories: " + ", ".join(
            f"{c.title} ({sum(1 for n in panel.nominees if n.category == c.id)})"
            for c in panel.categories))
    amap = panel.assignment_map()
    if amap is not None:
        loads: dict[str, int] = {}
        for fps in amap.values():
            for fp in fps:
                loads[fp] = loads.get(fp, 0) + 1
        per = sorted({len(v) for v in amap.values()})
        print(f"Assignments: {'/'.join(map(str, per))} judges per nominee; loads "
              + ", ".join(f"{j.name} {loads.get(j.fingerprint, 0)}" for j in panel.judges))
    for m in panel.nominations:
        who = panel.judge_by_fingerprint(m.fingerprint)
        state = (f"conflict lifted: {m.conflict_lifted}" if m.conflict_lifted
                 else "conflicted with it")
        print(f"Nomination: {m.nominee_id} by {who.name if who else m.fingerprint} "
              f"({m.relationship}); {state}")


def _print_show(doc: dict[str, Any]) -> None:
    print(f"{doc['title']} ({doc['id']}, round {doc['round']})")
    org = doc["organizer"]
    if org:
        print(f"Organizer: {org['name']} <{org['email']}> {org['fingerprint']}")
    for c in doc["chairs"]:
        print(f"Chair: {c['name']} <{c['email']}> {c['fingerprint']}")
    names = {j["fingerprint"]: j["name"] for j in doc["judges"]}
    print(f"Judges ({len(doc['judges'])}):")
    for j in doc["judges"]:
        print(f"  {j['name']} <{j['email']}> {j['fingerprint']}")
    titles = {c["id"]: c["title"] for c in doc["categories"]}
    if doc["categories"]:
        print("Categories: " + ", ".join(f"{c['title']} [{c['id']}]"
                                         for c in doc["categories"]))
    print(f"Nominees ({len(doc['nominees'])}):")
    amap = doc["assignments"]
    for n in doc["nominees"]:
        cat = f" [{titles.get(n['category'], n['category'])}]" if n["category"] else ""
        judges = ("" if amap is None else
                  " — " + (", ".join(names.get(fp, fp) for fp in amap.get(n["id"], []))
                           or "no judge"))
        print(f"  {n['id']:<16} {n['name']}{cat}{judges}")
    if amap is None:
        print("Assignments: every judge scores every nominee")
    print(f"Conflicts ({len(doc['conflicts'])}):")
    for c in doc["conflicts"]:
        print(f"  {names.get(c['fingerprint'], c['fingerprint'])} × {c['nominee_id']}: "
              f"{c['reason']}")
    for m in doc.get("nominations", []):
        lifted = f"; conflict lifted: {m['conflict_lifted']}" if m["conflict_lifted"] else ""
        print(f"Nominated: {m['nominee_id']} by {names.get(m['fingerprint'], m['fingerprint'])}"
              f" ({m['relationship']}){lifted}")


def _build_next_round(args: argparse.Namespace, home: Path) -> int:
    if not (args.from_result and args.previous and args.shortlist is not None):
        raise UsageError("the next round needs --from-result RESULT.xlsx, --previous "
                         "FILE.zdxpanel and --shortlist N", parser=args.parser)
    if args.title or args.framework or args.nominees or args.assign or args.nominations:
        raise UsageError("the next round takes its title, framework and nominees from "
                         "--previous; leave out --title, --framework, --nominees, --assign "
                         "and --nominations", parser=args.parser)
    out = _output(args.out, ".zdxpanel", what="panel package",
                  inputs=[args.from_result, args.previous])
    _input(args.from_result, "result workbook")
    _input(args.previous, "panel package", "zdxpanel")
    from zerodx_desktop.services.programme import build_next_round

    organizer = _unlock(home)
    done = build_next_round(home=home, organizer=organizer, result=Path(args.from_result),
                            previous=Path(args.previous), shortlist_n=args.shortlist,
                            per_category=args.per_category, out=out,
                            judges_per_nominee=args.judges_per_nominee, seed=args.seed,
                            judge_cards=[Path(c) for c in args.judge or []])
    p = done.package.panel
    print(f"Wrote {args.out}: panel {p.id}, round {p.round}, {len(p.nominees)} nominees "
          f"shortlisted ({', '.join(done.kept)}), {len(p.judges)} judges.")
    for where in done.ties:
        print(f"Ties at the cut ({where}): every nominee tied at place {args.shortlist} is "
              "included, so the shortlist is longer than " + str(args.shortlist) + ".")
    _say_programme(p)
    return EXIT_OK


def cmd_nominate(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services.programme import nominate

    out = _output(args.out, ".zdxnom", what="nomination")
    if not Path(args.nominee_dir).is_dir():
        raise UserError("the nominee folder does not exist", where=args.nominee_dir,
                        hint="Give the folder holding nominee.json and its files.")
    nominee = nominate(home, Path(args.nominee_dir), args.relationship, out, _unlock(home))
    print(f"Wrote {args.out}: your signed nomination of {nominee.name} ({nominee.id}). "
          "Send it to the organizer.")
    return EXIT_OK


def cmd_score(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import scoring

    if args.csv:
        if args.nominee or args.criterion or args.level:
            raise UsageError("give either --csv FILE or NOMINEE_ID CRITERION_ID LEVEL, "
                             "not both", parser=args.parser)
        done = scoring.score_csv(home, Path(args.csv))
        cleared = f"; {done.cleared} cleared (empty level)" if done.cleared else ""
        print(f"Saved {done.saved} scores from {args.csv}{cleared}.")
        if done.missing_justifications:
            print(f"zerodx: warning: {len(done.missing_justifications)} level(s) need a "
                  f"justification in the comment column: "
                  f"{', '.join(done.missing_justifications[:5])}"
                  + (" …" if len(done.missing_justifications) > 5 else ""), file=sys.stderr)
        return EXIT_OK
    if not (args.nominee and args.criterion and args.level is not None):
        raise UsageError("score needs NOMINEE_ID CRITERION_ID LEVEL (or --csv FILE)",
                         parser=args.parser)
    level = scoring.parse_level(args.level, "LEVEL")
    for warning in scoring.score_one(home, args.nominee, args.criterion, level, args.comment):
        print(f"zerodx: warning: {warning}", file=sys.stderr)
    print("Saved." if level is not None else "Score removed.")
    return EXIT_OK


def cmd_conflict(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import scoring

    if args.withdraw:
        scoring.withdraw_conflict(home, args.nominee)
        print(f"Withdrew your conflict for {args.nominee}; you can score it again.")
        return EXIT_OK
    if not args.reason:
        raise UsageError("conflict needs --reason TEXT (or --withdraw)", parser=args.parser)
    scoring.declare_conflict(home, args.nominee, args.reason)
    print(f"Declared a conflict for {args.nominee}; its scores are excluded.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services.export import export_sheet
    from zerodx_desktop.services.panels import panel_status

    out = _output(args.out, ".xlsx", what="score sheet")
    done = export_sheet(home, _unlock(home), out, include_history=args.include_history,
                        accept_audit_break=args.accept_audit_break)
    if done.audit_broken:
        print(f"zerodx: warning: exported over a broken audit chain ({len(done.audit_broken)} "
              "problem(s)); the sheet tells the chair so (warning audit_broken).",
              file=sys.stderr)
    print(f"Wrote signed score sheet {done.path} (sequence {done.sequence}, "
          f"{done.scored}/{done.total} criteria scored)\nSHA-256: {done.sha256}")
    missing = sum(n["missing_comments"] for n in panel_status(home)["nominees"])
    if done.scored < done.total or missing:
        print(f"zerodx: warning: incomplete sheet: {done.total - done.scored} criteria "
              f"unscored, {missing} required justification(s) missing; the chair will see "
              "it as incomplete ('zerodx panel status' lists them).", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import recovery

    if args.list:
        if args.backup:
            raise UsageError("give either --list or BACKUP, not both", parser=args.parser)
        found = recovery.list_backups(home)
        if not found:
            print(f"No backups in {home / 'backups'}.")
            return EXIT_OK
        print(f"Backups in {home / 'backups'} (newest first):")
        for b in found:
            state = "ok" if b.good else f"NOT RESTORABLE: {b.problem}"
            print(f"  {b.path.name}  {b.modified} UTC  {recovery.describe(b)}  [{state}]")
        return EXIT_OK
    recovery.refuse_if_open_elsewhere(home)
    done = recovery.restore_backup(home, args.backup)
    print(f"Restored {done.restored.path.name} ({done.restored.modified} UTC, "
          f"{recovery.describe(done.restored)}).")
    for kept in done.kept:
        print(f"  the previous store file is kept as {kept}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services.results import is_result_workbook
    from zerodx_desktop.services.sheets import (
        display_note_text,
        mismatch_text,
        row_change_text,
        verify_sheet,
    )

    _present(args.file, "score sheet")  # missing or a folder: no verdict to print
    package = _input(args.panel, "panel package", "zdxpanel") if args.panel else None
    verdict = verify_sheet(home, Path(args.file), package=package, organizer=args.organizer)
    if verdict.status == "unreadable" and is_result_workbook(Path(args.file)):
        return _verify_result(args, home, package)
    if args.json:
        doc = verdict.to_json()
        doc["file"] = args.file
        _print_json(doc)
    else:
        c = verdict.content
        print(f"{args.file}: {verdict.status}")
        if c:
            print(f"  judge {c.judge_name} ({c.fingerprint}), panel {c.panel_id}, "
                  f"round {c.round}, sequence {c.sequence}")
        for rc in verdict.row_changes:  # rows deleted or inserted: said first, plainly
            print(f"  {row_change_text(rc)}")
        if verdict.message:
            print(f"  {verdict.message}")
        if _next_step(verdict):
            print(f"  What to do: {_next_step(verdict)}")
        for w in verdict.warnings:
            print(f"  warning: {w}")
            if w == Warning_.DISPLAY_ALTERED:
                print("    the file displays some signed values differently (number formats, "
                      "invisible text, hidden rows or columns); a reader of the file may be "
                      "misled. The signed values are the ones used:")
                for note in verdict.display_altered:
                    print(f"    - {display_note_text(note)}")
                more = verdict.display_altered_total - len(verdict.display_altered)
                if more > 0:
                    print(f"    - and {more} more")
        cells = verdict.changed_cells
        if verdict.row_changes and len(cells) > SHIFTED_CELLS_SHOWN:
            # rows deleted or inserted: the cells below moved, and the lines above said so
            cells = cells[:SHIFTED_CELLS_SHOWN]
        for cell in cells:
            print(f"  {cell.cell}: signed {_text(cell.signed)}, found {_text(cell.found)}")
        if len(cells) < len(verdict.changed_cells):
            print(f"  … and {len(verdict.changed_cells) - len(cells)} more changed cells, "
                  "moved with the rows above (every one: --json)")
        for m in verdict.mismatches:
            print(f"  {mismatch_text(m)}")
    return EXIT_OK if verdict.usable else EXIT_REJECTED


def _verify_result(args: argparse.Namespace, home: Path, package: Path | None) -> int:
    """`verify` given a result workbook: the chair's signature, the signer against the
    panel's chairs, and the cells."""
    from zerodx_desktop.services.results import RESULT_NEXT_STEP, check_result

    check = check_result(home, Path(args.file), package=package, organizer=args.organizer)
    if args.json:
        doc = check.to_json()
        doc["file"] = args.file
        _print_json(doc)
    else:
        print(f"{args.file}: result workbook, {check.status}"
              + (f" (signed by {check.signer or '?'}, {check.fingerprint})"
                 if check.fingerprint else ""))
        if check.reason:
            print(f"  Not valid: {check.reason}.")
        if check.status in RESULT_NEXT_STEP:
            print(f"  What to do: {RESULT_NEXT_STEP[check.status]}")
        for cell in check.changed:
            print(f"  {cell.cell}: signed {_text(cell.signed)}, found {_text(cell.found)}")
    return EXIT_OK if check.valid else EXIT_REJECTED


def _print_rejected(verdicts: Sequence[Any], total: int) -> None:
    """On stderr: each rejected sheet with its status, why, what to do, and its changed cells
    as nominee id / criterion id / signed / found (and the values that do not fit)."""
    from zerodx_desktop.services.sheets import mismatch_text

    if not verdicts:
        return
    print(f"zerodx: {len(verdicts)} of {total} score sheet(s) rejected:", file=sys.stderr)
    for v in verdicts:
        print(f"  {v.file}: {v.status}" + (f" — {v.message}" if v.message else ""),
              file=sys.stderr)
        if _next_step(v):
            print(f"    What to do: {_next_step(v)}", file=sys.stderr)
        for c in v.changed_cells:
            about = f"{c.nominee_id} / {c.criterion_id or '-'}: " if c.nominee_id else ""
            print(f"    {c.cell}  {about}signed {_text(c.signed)}, found {_text(c.found)}",
                  file=sys.stderr)
        for m in v.mismatches:
            print(f"    {mismatch_text(m)}", file=sys.stderr)


def cmd_merge(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.core.combine import NoValidSheet
    from zerodx_desktop.services.merge import merge, merge_to_json, rejected_verdicts

    inputs = [args.panel, *args.sheets]
    _input(args.panel, "panel package", "zdxpanel")
    for sheet in args.sheets:
        _present(sheet, "score sheet",
                 folder_hint=f"Give the sheets inside it: {Path(sheet) / '*.xlsx'}")
    out = _output(args.out, ".xlsx", inputs=inputs, what="result workbook")
    pdf = _output(args.pdf, ".pdf", inputs=inputs, what="report") if args.pdf else None
    decisions = []
    if args.decisions:
        from zerodx_desktop.services.meeting import read_decisions_csv

        decisions = read_decisions_csv(_input(args.decisions, "decisions CSV file", "csv"))
    identity = _optional_identity(home)
    try:
        outcome = merge(Path(args.panel), [Path(s) for s in args.sheets], method=args.method,
                        home=home, organizer=args.organizer, decisions=decisions)
    except NoValidSheet as exc:
        _print_rejected(exc.verdicts, len(exc.verdicts))
        if args.json:
            _print_json({"error": exc.what, "sheets": [
                {"file": v.file, "judge": v.content.judge_name if v.content else None,
                 "fingerprint": v.content.fingerprint if v.content else None,
                 "status": str(v.status), "warnings": list(v.warnings)}
                for v in exc.verdicts]})
        raise
    from zerodx_desktop.services.results import write_result

    write_result(out, outcome.result, identity)
    notes = [f"Wrote result workbook {args.out} "
             + (f"(signed by {identity.fingerprint})" if identity else
                "(UNSIGNED: this home has no identity)")]
    if pdf is not None:
        from zerodx_desktop.services.reports import print_report

        # the same rule as `report`: final only from a valid result, else a draft
        done = print_report(home, out, pdf, organizer=args.organizer,
                            draft_when_not_valid=True)
        notes.append(f"Wrote report {args.pdf}" + (
            f" as a DRAFT (every page marked DRAFT — NOT VERIFIED): the result is "
            f"{done.check.status} ({done.check.reason})" if done.draft else ""))
    rejected = rejected_verdicts(outcome.verdicts)
    rejected_ids = {id(v) for v in rejected}
    if args.json:
        _print_json(merge_to_json(outcome))
        for note in notes:
            print(note, file=sys.stderr)
    else:
        for note in notes:
            print(note)
        for v in outcome.verdicts:
            print(f"  {v.status:<15} {v.file}" + (f" — {v.message}" if v.message else ""))
            if _next_step(v) and id(v) not in rejected_ids:
                print(f"  {'':<15} What to do: {_next_step(v)}")
        for row in outcome.result.ranking:
            rank = f"={row.rank}" if row.tied else str(row.rank)
            score = "—" if row.score is None else f"{row.score:.2f}"
            print(f"  {rank:>4}  {score:>6}  {row.nominee}")
        for d in outcome.result.decisions:
            print(f"  Decision ({d.category}): {d.nominee_id}"
                  + (" (overrides the ranking)" if d.overrides_ranking else "")
                  + (f" — {d.rationale}" if d.rationale else ""))
    if rejected:
        _print_rejected(rejected, len(outcome.verdicts))
        print(f"zerodx: {args.out} was written without the rejected sheet(s); exit status 1 "
              "so that a script stops before the report", file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def cmd_report(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services.reports import certificates_path, print_report

    path = _input(args.result, "result workbook", "xlsx",
                  hint="Give the result workbook (result.xlsx) that 'zerodx merge' wrote.")
    package = _input(args.panel, "panel package", "zdxpanel") if args.panel else None
    out = _output(args.out, ".pdf", inputs=[path], what="report")
    cert = certificates_path(out)
    if args.certificates:
        _output(str(cert), ".pdf", inputs=[path], what="certificates")
    done = print_report(home, path, out, package=package, organizer=args.organizer,
                        draft=args.draft, certificates=args.certificates,
                        certificates_out=cert if args.certificates else None,
                        include_comments=args.comments,
                        feedback_dir=Path(args.feedback) if args.feedback else None,
                        exclude_comments=args.exclude_comment or (), rank_band=args.rank_band,
                        lang=args.lang,
                        certificate_template=(_input(args.certificate_template,
                                                     "certificate template", "json")
                                              if args.certificate_template else None))
    kind = "DRAFT report (every page marked DRAFT — NOT VERIFIED)" if done.draft else "report"
    print(f"Wrote {kind} {out}" + (f"; signed by {done.check.signer} "
                                  f"({done.check.fingerprint})" if done.check.valid else ""))
    if args.certificates:
        print(f"Wrote {done.certificate_count} {'DRAFT ' if done.draft else ''}certificate(s) "
              f"(top {args.certificates}"
              + (", ties included" if done.certificate_count > args.certificates else "")
              + f") {cert}")
    if args.feedback:
        print(f"Wrote {len(done.letters)} {'DRAFT ' if done.draft else ''}feedback letter(s) "
              f"in {args.feedback}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services.demo import build_demo

    summary = build_demo(Path(args.out))
    for line in summary:
        print(line)
    return EXIT_OK


def cmd_framework(args: argparse.Namespace, home: Path) -> int:
    from zerodx_desktop.services import frameworks as svc

    if args.framework_cmd == "template":
        source = Path(args.from_) if args.from_ else None
        out = svc.export_template(Path(args.out), source)
        print(f"Wrote framework template {out}" + (f" from {source}" if source else
                                                   " (example rows to overwrite)"))
    elif args.framework_cmd == "import":
        _input(args.xlsx, "framework template", "xlsx",
               hint="Give the filled-in framework template (.xlsx) from 'zerodx framework "
                    "template'.")
        fw = svc.import_framework(Path(args.xlsx), Path(args.out))
        print(f"Wrote {args.out}: framework {fw.id} {fw.version}, {len(fw.domains)} domains, "
              f"{len(fw.criteria())} criteria, scale {fw.scale.min}-{fw.scale.max}; {fw.hash}")
    return EXIT_OK


def _recover_identity(home: Path) -> None:
    """A half-made identity (a kill or a full disk during `identity new`) is tidied first."""
    from zerodx_desktop.services.recovery import recover_identity

    try:
        said = recover_identity(home)
    except OSError:
        return  # a read-only home: nothing can be tidied, and reading still works
    if said:
        print(f"zerodx: {said}", file=sys.stderr)


class UsageError(Exception):
    """A command line that cannot work as typed: exit 2 with that command's usage."""

    def __init__(self, message: str, parser: argparse.ArgumentParser | None = None) -> None:
        super().__init__(message)
        self.parser = parser


class _Parser(argparse.ArgumentParser):
    # why the ignore below: argparse declares error() -> NoReturn; ours exits via self.exit
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


HOME_HELP = "the data folder (default: $ZERODX_HOME or the user data folder)"

# What each aggregation method does, for 'zerodx merge --help' (core/aggregate.py has the
# exact rules). A method without a line here is still listed.
METHOD_HELP: dict[str, str] = {
    Method.MEAN: "the mean of the judges' totals",
    Method.MEDIAN: "the median of the judges' totals (one extreme judge moves it little)",
    Method.TRIMMED: "set aside 20 % of the judges' totals at each end (the total at the cut "
                    "counts in part) and average the rest; changes smoothly with the number of "
                    "judges",
    Method.ZSCORE: "each judge's totals standardised by that judge's own mean and spread "
                   "(removes leniency and severity), averaged, and mapped back to 0-100",
    Method.SCHULZE: "each judge's totals rank the nominees; the Schulze method combines the "
                    "rankings by strongest paths (Schulze 2011): a winner set and an order with "
                    "ties; the score is how many nominees rank below it",
    Method.ADJUSTED: "least squares on every score given: total = panel mean + nominee effect + "
                     "judge severity; the score is panel mean + nominee effect (for recusals and "
                     "assignments, where a plain mean rewards whoever avoided the harsh judges)",
    # a new method in core.panel.METHODS gets its line here (a test asks for one)
}


def _methods_epilog() -> str:
    import textwrap

    width = max(len(m) for m in METHODS)
    lines = [textwrap.fill(METHOD_HELP.get(m, "(see the README)"), 78,
                           initial_indent=f"  {m:<{width}}  ",
                           subsequent_indent=" " * (width + 4)) for m in METHODS]
    return "aggregation methods (--method):\n" + "\n".join(lines)


def _home_everywhere(parser: argparse.ArgumentParser) -> None:
    """Accept ``--home DIR`` after any sub-command too (docs/contract.md §4:
    ``zerodx merge --home DIR``). SUPPRESS as default: a sub-command without it keeps the
    value given before it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                sub.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                                 help=HOME_HELP)
                _home_everywhere(sub)


def _organizer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organizer", metavar="FINGERPRINT",
                        help="the organizer's key fingerprint (SHA256:...): the package must "
                             "be signed by it (default: the key this home pinned for the "
                             "panel when it first saw it)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="zerodx", description="ZeroDX Desktop on the command line: identities, "
                "panel packages, scoring, signed score sheets, merge and reports. "
                "Passphrases come from ZERODX_PASSPHRASE, else a prompt.")
    p.add_argument("--home", metavar="DIR", help=HOME_HELP)
    p.add_argument("--version", action="version", version=f"zerodx {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    ident = sub.add_parser("identity", help="your signing identity (new, show, card)")
    isub = ident.add_subparsers(dest="identity_cmd", metavar="ACTION", parser_class=_Parser)
    isub.required = True
    new = isub.add_parser("new", help="create this home's identity (Ed25519 key)")
    new.add_argument("--name", required=True, metavar="NAME",
                     help="your name as the panel will show it")
    new.add_argument("--email", required=True, metavar="EMAIL",
                     help="your e-mail address (shown on your judge card)")
    show = isub.add_parser("show", help="print name, e-mail and fingerprint")
    show.add_argument("--json", action="store_true",
                      help='print {"name", "email", "fingerprint"} as JSON')
    card = isub.add_parser("card", help="write the public judge card for the organizer")
    card.add_argument("--out", required=True, metavar="FILE.zdxjudge",
                      help="the judge card to write (public: send it to the organizer)")
    isub.add_parser("passphrase", help="change the passphrase (new one from "
                    "ZERODX_NEW_PASSPHRASE or a prompt)")

    panel = sub.add_parser("panel", help="build, open and inspect panel packages")
    psub = panel.add_subparsers(dest="panel_cmd", metavar="ACTION", parser_class=_Parser)
    psub.required = True
    build = psub.add_parser("build", help="build a signed panel package (organizer)")
    build.add_argument("--title", metavar="TITLE",
                       help="the panel's title, as judges and reports show it")
    build.add_argument("--framework", metavar="FILE.json",
                       help="the assessment framework (criteria, weights, scale)")
    build.add_argument("--nominees", metavar="DIR",
                       help="a folder with one sub-folder per nominee (nominee.json and "
                            "its attachment files; an optional categories.json lists the "
                            "award categories: id, title, title_zh)")
    build.add_argument("--judge", action="append", metavar="CARD.zdxjudge",
                       help="a judge's card; repeat for every judge on the panel (with "
                            "--from-result: new judges for the next round, else kept)")
    build.add_argument("--conflict", action="append", metavar="FINGERPRINT:NOMINEE_ID",
                       help="a known conflict of interest; repeat as needed")
    build.add_argument("--panel-id", metavar="ID",
                       help="the panel's id (default: from the title and your key, so a "
                            "later round keeps the same id)")
    build.add_argument("--method", default="mean", choices=METHODS, metavar="METHOD",
                       help="the official aggregation method: " + ", ".join(METHODS)
                            + " (default: mean; 'zerodx merge --help' explains them)")
    build.add_argument("--round", type=_round_number, default=1, metavar="N",
                       help="the judging round (a newer round of the same panel updates it)")
    build.add_argument("--out", required=True, metavar="FILE.zdxpanel",
                       help="the panel package to write (signed with this home's identity)")
    build.add_argument("--chair", action="append", metavar="CARD.zdxjudge",
                       help="a card of someone who may sign the panel's result (the "
                            "organizer always may); repeat for every chair")
    build.add_argument("--judges-per-nominee", type=int, metavar="K",
                       help="assign each nominee exactly K judges, balanced (loads differ by "
                            "at most one), never a conflicted judge (default: every judge "
                            "scores every nominee)")
    build.add_argument("--seed", type=int, default=0, metavar="N",
                       help="the seed of the automatic assignment (the same seed gives the "
                            "same assignment; default 0)")
    build.add_argument("--assign", metavar="FILE.csv",
                       help="the assignment as a UTF-8 CSV with a header nominee_id,judge "
                            "(the judge by fingerprint or e-mail), one row per pair")
    build.add_argument("--nominations", metavar="DIR",
                       help="a folder of judges' signed nominations (*.zdxnom): each nominee "
                            "is added and its nominating judge conflicted with it")
    build.add_argument("--lift-conflict", action="append", metavar="NOMINEE_ID:REASON",
                       help="let the judge who nominated NOMINEE_ID score it anyway; the "
                            "reason is recorded in the package")
    build.add_argument("--from-result", metavar="RESULT.xlsx",
                       help="build the next round from this signed result (with --previous "
                            "and --shortlist)")
    build.add_argument("--previous", metavar="FILE.zdxpanel",
                       help="the package of the round the result was merged for")
    build.add_argument("--shortlist", type=int, metavar="N",
                       help="keep the top N nominees of the result (ties at the cut are "
                            "included and said)")
    build.add_argument("--per-category", action="store_true",
                       help="keep the top N of each category")
    pshow = psub.add_parser("show", help="print what a panel package holds (roster, "
                            "categories, conflicts, assignments)")
    pshow.add_argument("file", metavar="FILE.zdxpanel", help="the panel package")
    pshow.add_argument("--json", action="store_true",
                       help="print it as JSON (id, title, round, organizer, chairs, judges, "
                            "nominees, categories, conflicts, assignments)")
    popen = psub.add_parser("open", help="verify a panel package and import it")
    popen.add_argument("file", metavar="FILE.zdxpanel",
                       help="the panel package the organizer sent")
    _organizer_option(popen)
    status = psub.add_parser("status", help="progress per nominee")
    status.add_argument("--json", action="store_true",
                        help="print the progress as JSON (per nominee: done, total, status)")

    score = sub.add_parser("score", help="score a criterion, or many from a CSV")
    score.add_argument("nominee", nargs="?", metavar="NOMINEE_ID",
                       help="the nominee's id (see 'zerodx panel status')")
    score.add_argument("criterion", nargs="?", metavar="CRITERION_ID",
                       help="the criterion's id in the framework")
    score.add_argument("level", nargs="?", metavar="LEVEL",
                       help="a whole number on the framework's scale; '' removes the score")
    score.add_argument("--comment", metavar="TEXT",
                       help="your justification (required for some levels)")
    score.set_defaults(parser=score)
    score.add_argument("--csv", metavar="FILE",
                       help="UTF-8 CSV with header nominee_id,criterion_id,level,comment")

    conflict = sub.add_parser("conflict", help="declare a conflict of interest")
    conflict.add_argument("nominee", metavar="NOMINEE_ID",
                          help="the nominee's id (see 'zerodx panel status')")
    conflict.add_argument("--reason", metavar="TEXT", help="why (required to declare)")
    conflict.add_argument("--withdraw", action="store_true",
                          help="withdraw a conflict you declared by mistake")
    conflict.set_defaults(parser=conflict)

    export = sub.add_parser("export", help="write your signed score sheet")
    export.add_argument("--out", required=True, metavar="FILE.xlsx",
                        help="the score sheet to write (send it to the chair)")
    export.add_argument("--include-history", action="store_true",
                        help="include your full edit history (old scores and comments); by "
                             "default the sheet carries only the audit chain's head hash "
                             "and counts")
    export.add_argument("--accept-audit-break", action="store_true",
                        help="export even though the store's edit history was changed outside "
                             "the app (the sheet then carries the warning audit_broken)")

    restore = sub.add_parser("restore", help="list the store's backups, or put one back (the "
                                             "current store is kept beside it)")
    restore.add_argument("--list", action="store_true",
                         help="list the backups with date, panel and number of scores")
    restore.add_argument("backup", nargs="?", metavar="BACKUP",
                         help="the backup file to restore (default: the newest good one)")
    restore.set_defaults(parser=restore)

    verify = sub.add_parser("verify", help="verify a score sheet or a result workbook")
    verify.add_argument("file", metavar="FILE.xlsx",
                        help="a judge's score sheet (or a result workbook)")
    verify.add_argument("--panel", metavar="FILE.zdxpanel",
                        help="check the judge, nominees and framework against this panel "
                             "package (default: this home's copy of the panel, if any)")
    _organizer_option(verify)
    verify.add_argument("--json", action="store_true",
                        help="print the verdict as JSON (status, warnings, changed_cells...)")

    merge = sub.add_parser(
        "merge", help="verify and merge judges' sheets (chair)",
        description="Verify every judge's score sheet against the panel package and merge\n"
                    "the valid ones into a result workbook. The result is written even when\n"
                    "sheets are rejected; then the exit status is 1 and each rejected sheet\n"
                    "is named on stderr with its changed cells.",
        epilog=_methods_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    merge.add_argument("--panel", required=True, metavar="FILE.zdxpanel",
                       help="the panel package the judges scored")
    merge.add_argument("--method", choices=METHODS, metavar="METHOD",
                       help="the aggregation method (default: the panel's): "
                            + ", ".join(METHODS) + "; see below")
    merge.add_argument("--out", required=True, metavar="RESULT.xlsx",
                       help="the result workbook to write (signed with this home's identity "
                            "when it has one)")
    merge.add_argument("--pdf", metavar="REPORT.pdf", help="also write the report PDF")
    _organizer_option(merge)
    merge.add_argument("--json", action="store_true",
                       help="print the result as JSON (panel, method, sheets, ranking, "
                            "reliability, disagreements)")
    merge.add_argument("--decisions", metavar="FILE.csv",
                       help="the meeting's decisions, signed into the result: a UTF-8 CSV "
                            "category,nominee_id,rationale ('overall' without categories); a "
                            "tie at the top or another nominee than the first place needs a "
                            "rationale")
    merge.add_argument("sheets", nargs="+", metavar="SHEET.xlsx",
                       help="the judges' score sheets")

    report = sub.add_parser("report", help="print the final report from a result workbook")
    report.add_argument("result", metavar="RESULT.xlsx",
                        help="the result workbook 'zerodx merge' wrote")
    report.add_argument("--out", required=True, metavar="REPORT.pdf",
                        help="the report PDF to write")
    report.add_argument("--certificates", type=_positive_or_zero, default=0, metavar="N",
                        help="also write certificates for the top N (REPORT-certificates.pdf)")
    report.add_argument("--comments", action="store_true",
                        help="include anonymised comments")
    report.add_argument("--panel", metavar="FILE.zdxpanel",
                        help="the panel's package: its organizer and chairs may sign the "
                             "result (default: what this home pinned for the panel)")
    _organizer_option(report)
    report.add_argument("--lang", choices=("en", "zh_CN"), default="en", metavar="LANG",
                        help="the language of the report, certificates and feedback letters: "
                             "en (default) or zh_CN (Simplified Chinese)")
    report.add_argument("--certificate-template", metavar="FILE.json",
                        help="the certificates' layout and wording (zerodx-certificate/1: "
                             "layout classic|modern, title, award_line, chair_line, "
                             "organizer_line in en and zh_CN, an optional PNG/JPEG logo)")
    report.add_argument("--feedback", metavar="DIR",
                        help="also write one feedback letter PDF per nominee into DIR: its "
                             "scores against the field, strongest and weakest criteria, the "
                             "judges' comments anonymised")
    report.add_argument("--exclude-comment", action="append",
                        metavar="NOMINEE_ID:CRITERION_ID:N",
                        help="leave this comment out of the feedback letters (N counts the "
                             "comments on that nominee and criterion from 1; repeatable)")
    report.add_argument("--rank-band", action="store_true",
                        help="print a rank band (top quarter, upper half, ...) in each "
                             "feedback letter (off by default)")
    report.add_argument("--draft", action="store_true",
                        help="print even a result that is not valid (unsigned, or not signed "
                             "by a chair), every page marked DRAFT — NOT VERIFIED")

    nom = sub.add_parser("nominate", help="sign a nomination of a nominee (a judge's "
                         ".zdxnom for the organizer)")
    nom.add_argument("nominee_dir", metavar="NOMINEE_DIR",
                     help="the nominee's folder (nominee.json and its attachment files)")
    nom.add_argument("--relationship", required=True, metavar="TEXT",
                     help="how you know the nominee (recorded and signed)")
    nom.add_argument("--out", required=True, metavar="FILE.zdxnom",
                     help="the nomination file to write")
    demo = sub.add_parser("demo", help="write a complete demo (panel, judges, sheets, result)")
    demo.add_argument("--out", required=True, metavar="DIR",
                      help="the folder to write the demo into (created when missing)")

    fwk = sub.add_parser("framework", help="framework spreadsheet template (export, import)")
    fsub = fwk.add_subparsers(dest="framework_cmd", metavar="ACTION", parser_class=_Parser)
    fsub.required = True
    ftpl = fsub.add_parser("template", help="write the .xlsx template (example rows, or a "
                                            "framework's rows with --from)")
    ftpl.add_argument("--out", required=True, metavar="FILE.xlsx",
                      help="the template to write")
    ftpl.add_argument("--from", dest="from_", metavar="FRAMEWORK.json",
                      help="fill the template with this framework's rows (to edit it)")
    fimp = fsub.add_parser("import", help="validate a filled template and write the "
                                          "framework file")
    fimp.add_argument("xlsx", metavar="FILE.xlsx", help="the filled-in framework template")
    fimp.add_argument("--out", required=True, metavar="FRAMEWORK.json",
                      help="the framework file to write")
    _home_everywhere(p)
    return p


COMMANDS = {"identity": cmd_identity, "panel": cmd_panel, "score": cmd_score,
            "conflict": cmd_conflict, "export": cmd_export, "verify": cmd_verify,
            "merge": cmd_merge, "report": cmd_report, "demo": cmd_demo,
            "framework": cmd_framework, "restore": cmd_restore, "nominate": cmd_nominate}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        home = resolve_home(args.home)
        _recover_identity(home)
        return COMMANDS[args.command](args, home)
    except UsageError as exc:
        (exc.parser or parser).print_usage(sys.stderr)
        print(f"zerodx: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"zerodx: {exc.message}", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        # the reader (e.g. `| head`) stopped early: not an error of ours, no traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REJECTED
    except KeyboardInterrupt:
        print("zerodx: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
