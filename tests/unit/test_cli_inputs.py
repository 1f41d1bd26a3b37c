"""`zerodx` given the wrong input: a folder for a file, a file for a folder, one kind of file
for another, a demo folder that already exists. Each is refused with exit 1 (2 for a usage
error), a message naming the file and saying what to give, and never a traceback."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from zerodx_desktop import cli
from zerodx_desktop.core.errors import PackageError, UserError
from zerodx_desktop.formats.limits import (
    require_file,
    sniff_bytes,
    sniff_file,
    wrong_kind_error,
    zip_kind,
)
from zerodx_desktop.services import demo as demo_svc
from zerodx_desktop.services.demo import DEMO_PASSPHRASE, build_demo

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORK = ROOT / "data" / "frameworks" / "rendanheyi-sample.json"
NOMINEES = ROOT / "data" / "demo" / "nominees"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One complete demo, built into a folder that exists and is empty (allowed)."""
    out = tmp_path_factory.mktemp("demo") / "demo"
    out.mkdir()
    build_demo(out)
    return out


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    return code, captured.out, captured.err


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- demo --out ------------------------------------------------------------------------

def test_the_demo_is_complete_and_leaves_no_temporary_folder(demo: Path) -> None:
    assert (demo / "panel.zdxpanel").is_file() and (demo / "report.pdf").is_file()
    assert len(list((demo / "sheets").glob("*.xlsx"))) == 5
    assert [p.name for p in demo.parent.iterdir()] == ["demo"]


def test_a_second_demo_in_the_same_folder_is_refused_and_changes_nothing(
        demo: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    before = _digest(demo)
    code, _out, err = run(capsys, "demo", "--out", demo)
    assert code == 1
    assert str(demo) in err and "not empty" in err and "new folder name" in err
    assert "nothing was changed" not in err
    assert _digest(demo) == before
    assert [p.name for p in demo.parent.iterdir()] == ["demo"]  # no partial folder left
    # the demo still works: its sheets verify against its package, and merge
    sheet = next((demo / "sheets").glob("*.xlsx"))
    code, out, _err = run(capsys, "--home", tmp_path / "h", "verify", sheet,
                          "--panel", demo / "panel.zdxpanel")
    assert code == 0 and ": valid" in out
    code, _out, err = run(capsys, "--home", tmp_path / "h", "merge", "--panel",
                          demo / "panel.zdxpanel", "--out", tmp_path / "r.xlsx",
                          *sorted((demo / "sheets").glob("*.xlsx")))
    assert code == 0, err


def test_demo_into_a_file_is_refused_without_writing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("keep me")
    code, _out, err = run(capsys, "demo", "--out", afile)
    assert code == 1 and str(afile) in err and "this is a file" in err
    code, _out, err = run(capsys, "demo", "--out", afile / "demo")
    assert code == 1 and str(afile) in err and "this is a file" in err
    assert afile.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_demo_that_fails_half_way_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(work: Path) -> list[str]:
        (work / "panel.zdxpanel").write_bytes(b"half")
        raise UserError("disk full", where=str(work))

    monkeypatch.setattr(demo_svc, "_build_demo_in", boom)
    with pytest.raises(UserError, match="disk full"):
        build_demo(tmp_path / "demo")
    assert list(tmp_path.iterdir()) == []


def test_a_demo_into_an_empty_folder_given_as_dot_or_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def tiny(work: Path) -> list[str]:  # the folder handling, not the whole demo
        (work / "panel.zdxpanel").write_bytes(b"ok")
        return []

    monkeypatch.setattr(demo_svc, "_build_demo_in", tiny)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    build_demo(Path("."))  # an empty current folder is a fine target
    assert [p.name for p in here.iterdir()] == ["panel.zdxpanel"]
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    build_demo(link)  # written through the link, which stays a link
    assert link.is_symlink() and (real / "panel.zdxpanel").read_bytes() == b"ok"


def test_a_failed_demo_into_a_given_empty_folder_empties_it_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(work: Path) -> list[str]:
        (work / "judges").mkdir()
        (work / "judges" / "x").write_bytes(b"half")
        raise UserError("disk full", where=str(work))

    monkeypatch.setattr(demo_svc, "_build_demo_in", boom)
    given = tmp_path / "given"
    given.mkdir()
    with pytest.raises(UserError, match="disk full"):
        build_demo(given)
    assert given.is_dir() and list(given.iterdir()) == []


def test_verify_refuses_a_pipe_instead_of_waiting_on_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "sheet.xlsx"
    os.mkfifo(pipe)
    code, _out, err = run(capsys, "verify", pipe)  # used to block forever
    assert code == 1 and str(pipe) in err and "not a regular file" in err


# --- a folder where a file is expected ---------------------------------------------------

FOLDER_CASES = {
    "panel open": lambda d, x: ["panel", "open", x],
    "verify": lambda d, x: ["verify", x],
    "verify --panel": lambda d, x: ["verify", d / "sheets" / "amara-okafor.xlsx",
                                    "--panel", x],
    "merge --panel": lambda d, x: ["merge", "--panel", x, "--out", x.parent / "r.xlsx",
                                   d / "sheets" / "amara-okafor.xlsx"],
    "merge sheets": lambda d, x: ["merge", "--panel", d / "panel.zdxpanel", "--out",
                                  x.parent / "r.xlsx", d / "sheets" / "amara-okafor.xlsx", x],
    "report": lambda d, x: ["report", x, "--out", x.parent / "r.pdf"],
    "score --csv": lambda d, x: ["score", "--csv", x],
    "framework import": lambda d, x: ["framework", "import", x, "--out", x.parent / "f.json"],
    "framework template --from": lambda d, x: ["framework", "template", "--from", x,
                                               "--out", x.parent / "t.xlsx"],
    "panel build --framework": lambda d, x: [
        "panel", "build", "--title", "T", "--framework", x, "--nominees", NOMINEES,
        "--judge", d / "judges" / "amara-okafor" / "judge.zdxjudge",
        "--out", x.parent / "p.zdxpanel"],
    "panel build --judge": lambda d, x: [
        "panel", "build", "--title", "T", "--framework", FRAMEWORK, "--nominees", NOMINEES,
        "--judge", x, "--out", x.parent / "p.zdxpanel"],
}


@pytest.mark.parametrize("case", sorted(FOLDER_CASES))
def test_a_folder_given_for_a_file_is_named_as_a_folder(
        case: str, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "some-folder"
    folder.mkdir()
    home = tmp_path / "home"
    code, _out, err = run(capsys, "--home", home, *FOLDER_CASES[case](demo, folder))
    assert code == 1, err
    assert str(folder) in err and "folder" in err
    assert "no such file" not in err and "Is a directory" not in err
    assert "file itself" in err or "Give the sheets inside it" in err  # what to give
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "p.zdxpanel").exists()


def test_the_readers_the_app_shares_raise_a_user_error_for_a_folder(tmp_path: Path) -> None:
    """Organizer → Print report… and File → Open go through these: the UI shows a UserError
    in a message box, anything else is a crash."""
    from zerodx_desktop.formats.package import read_panel_package
    from zerodx_desktop.formats.result_verify import read_result_workbook
    from zerodx_desktop.formats.score_sheet_verify import verify_score_sheet

    with pytest.raises(UserError, match="this is a folder") as exc:
        read_result_workbook(tmp_path)
    assert exc.value.where == str(tmp_path) and "Choose the file itself" in exc.value.message
    with pytest.raises(PackageError, match="this is a folder"):
        read_panel_package(tmp_path)
    verdict = verify_score_sheet(tmp_path)
    assert verdict.status == "unreadable" and "this is a folder" in verdict.message


# --- one kind of file given for another ------------------------------------------------

def test_verify_a_panel_package_says_what_it_is_and_what_to_give(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = demo / "panel.zdxpanel"
    code, out, _err = run(capsys, "--home", tmp_path, "verify", package)
    assert code == 1
    assert "unreadable" in out and "_rels" not in out
    assert "this is a panel package (.zdxpanel), not a spreadsheet (.xlsx)" in out
    assert "--panel" in out and str(package) in out
    code, out, _err = run(capsys, "--home", tmp_path, "verify", package, "--json")
    doc = json.loads(out)
    assert code == 1 and doc["status"] == "unreadable"


def test_report_of_a_panel_package_or_a_pdf_is_named(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for given, kind in ((demo / "panel.zdxpanel", "a panel package (.zdxpanel)"),
                        (demo / "report.pdf", "a PDF document")):
        code, _out, err = run(capsys, "report", given, "--out", tmp_path / "r.pdf")
        assert code == 1
        assert f"{given}: this is {kind}, not a spreadsheet (.xlsx)" in err
        assert "InvalidFileException" not in err and "not a zip" not in err
        assert "result.xlsx" in err  # what to give instead
    assert not (tmp_path / "r.pdf").exists()


def test_a_spreadsheet_as_framework_points_to_framework_import(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = demo / "result.xlsx"
    card = demo / "judges" / "amara-okafor" / "judge.zdxjudge"
    build = ["--home", demo / "organizer", "panel", "build", "--title", "T",
             "--nominees", NOMINEES, "--judge", card, "--out", tmp_path / "p.zdxpanel"]
    code, _out, err = run(capsys, *build, "--framework", result)
    assert code == 1 and f"{result}: this is a spreadsheet (.xlsx), not a framework" in err
    assert "zerodx framework import" in err and "UTF-8" not in err
    code, _out, err = run(capsys, "framework", "template", "--from", result,
                          "--out", tmp_path / "t.xlsx")
    assert code == 1 and "not a framework file" in err and "framework import" in err
    code, _out, err = run(capsys, *build, "--framework", card)
    assert code == 1 and "this is a judge card (a .zdxjudge JSON file), not a framework file" in err
    assert not (tmp_path / "p.zdxpanel").exists() and not (tmp_path / "t.xlsx").exists()


def test_panel_build_names_a_file_given_as_nominees_folder_and_a_wrong_judge_card(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZERODX_PASSPHRASE", DEMO_PASSPHRASE)
    card = demo / "judges" / "amara-okafor" / "judge.zdxjudge"
    build = ["--home", demo / "organizer", "panel", "build", "--title", "T",
             "--framework", FRAMEWORK, "--out", tmp_path / "p.zdxpanel"]
    code, _out, err = run(capsys, *build, "--nominees", card, "--judge", card)
    assert code == 1
    assert f"{card}: this is a judge card (a .zdxjudge JSON file), not the nominees folder" in err
    assert "does not exist" not in err and "one sub-folder per nominee" in err
    code, _out, err = run(capsys, *build, "--nominees", NOMINEES, "--judge", FRAMEWORK)
    assert code == 1 and "not a judge card" in err and "zerodx identity card" in err
    code, _out, err = run(capsys, *build, "--nominees", NOMINEES, "--judge",
                          demo / "panel.zdxpanel")
    assert code == 1 and "this is a panel package (.zdxpanel), not a judge card" in err
    assert not (tmp_path / "p.zdxpanel").exists()


def test_score_csv_given_a_spreadsheet_or_pdf_says_save_as_csv(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for given, kind in ((demo / "result.xlsx", "a spreadsheet (.xlsx)"),
                        (demo / "report.pdf", "a PDF document")):
        code, _out, err = run(capsys, "--home", tmp_path, "score", "--csv", given)
        assert code == 1 and f"{given}: this is {kind}, not a CSV file" in err
        assert "CSV UTF-8" in err


def test_framework_import_of_a_framework_json_says_it_is_usable_as_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "framework", "import", FRAMEWORK,
                          "--out", tmp_path / "f.json")
    assert code == 1 and "this is a framework file (.json), not a spreadsheet" in err
    assert "--framework" in err and not (tmp_path / "f.json").exists()


# --- messages with a next step ----------------------------------------------------------

def test_wrong_panel_says_what_to_do(demo: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZERODX_PASSPHRASE", DEMO_PASSPHRASE)
    other = tmp_path / "other.zdxpanel"
    code, _out, err = run(capsys, "--home", demo / "organizer", "panel", "build",
                          "--title", "Another panel", "--framework", FRAMEWORK,
                          "--nominees", NOMINEES, "--judge",
                          demo / "judges" / "amara-okafor" / "judge.zdxjudge", "--out", other)
    assert code == 0, err
    code, out, _err = run(capsys, "--home", tmp_path / "h", "verify",
                          demo / "sheets" / "amara-okafor.xlsx", "--panel", other)
    assert code == 1 and "wrong_panel" in out
    assert "What to do:" in out and "--panel" in out and "export their sheet" in out


def test_an_unknown_criterion_suggests_the_close_ids(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = demo / "judges" / "amara-okafor"
    code, _out, err = run(capsys, "--home", home, "score", "n-001",
                          "autonomy.leadership.decision-right", "3")
    assert code == 1 and "no criterion 'autonomy.leadership.decision-right'" in err
    assert "Did you mean 'autonomy.leadership.decision-rights'" in err
    code, _out, err = run(capsys, "--home", home, "score", "n-001", "nope", "3")
    assert code == 1 and "no criterion 'nope'" in err
    assert "Did you mean" not in err and "framework file" in err


def test_round_zero_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["panel", "build", "--round", "0", "--title", "T", "--framework", str(FRAMEWORK),
            "--nominees", str(NOMINEES), "--judge", "x.zdxjudge",
            "--out", str(tmp_path / "p.zdxpanel")]
    with pytest.raises(SystemExit) as exc:  # argparse's usage exit, like any other
        cli.main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == cli.EXIT_USAGE == 2
    assert "usage:" in err and "round must be 1 or more" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        cli.main([*argv[:3], "two", *argv[4:]])
    assert exc.value.code == 2 and "'two' is not a whole number" in capsys.readouterr().err


def test_verify_without_a_panel_says_it_in_one_sentence(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--home", tmp_path / "empty", "verify",
                          demo / "sheets" / "amara-okafor.xlsx")
    assert code == 0 and ": valid" in out
    assert out.count("The signature is valid") == 1
    assert "not checked against a panel roster: pass --panel" in out


# --- the shared sniffing helper ----------------------------------------------------------

def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in names:
            zf.writestr(n, "x")
    return buf.getvalue()


def test_sniff_bytes_knows_the_usual_files() -> None:
    assert sniff_bytes(b"PK\x03\x04rest") == "zip"
    assert sniff_bytes(b"PK\x05\x06" + bytes(18)) == "zip"
    assert sniff_bytes(b"%PDF-1.7\n") == "pdf"
    assert sniff_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "ole"
    assert sniff_bytes(b'\xef\xbb\xbf\n  {"format": "zerodx-framework/1"}') == "framework"
    assert sniff_bytes(b'{"format": "zerodx-judge/1", "name": "A"}') == "judge_card"
    assert sniff_bytes(b'{"a": 1}') == "json"
    assert sniff_bytes("nominee_id,criterion_id\nn-1,c,3,é".encode()) == "text"
    assert sniff_bytes("é".encode()[:1] + b"") == "text"  # a character cut by the sample
    assert sniff_bytes(b"\x00\x01\x02\xff\xfe binary") == "other"
    assert sniff_bytes(b"") == "empty"
    # binary that happens to start with "{" is not JSON (random bytes did that in one CI run)
    assert sniff_bytes(b"{\x9c\x00\xff\x13garbage") == "other"
    assert sniff_bytes(b"{\x01\x02}") == "other"
    # Chinese text with full-width or no-break spaces is still text
    assert sniff_bytes('{"title": "评审\u3000框架\u00a0"}'.encode()) == "json"


def test_zip_kind_and_sniff_file(tmp_path: Path) -> None:
    assert zip_kind(["panel.json", "panel.sig", "files/ab"]) == "zdxpanel"
    assert zip_kind(["[Content_Types].xml", "xl/workbook.xml"]) == "xlsx"
    assert zip_kind(["[Content_Types].xml", "word/document.xml"]) == "office"
    assert zip_kind(["mimetype", "content.xml", "styles.xml"]) == "ods"
    assert zip_kind(["a.txt"]) == "zip"
    (tmp_path / "p.zdxpanel").write_bytes(_zip(["panel.json", "panel.sig"]))
    (tmp_path / "s.xlsx").write_bytes(_zip(["[Content_Types].xml", "xl/workbook.xml"]))
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 cut short")
    (tmp_path / "empty.csv").write_bytes(b"")
    assert sniff_file(tmp_path / "p.zdxpanel") == "zdxpanel"
    assert sniff_file(tmp_path / "s.xlsx") == "xlsx"
    assert sniff_file(tmp_path / "broken.xlsx") == "zip"  # damage is the reader's to report
    assert sniff_file(tmp_path / "empty.csv") == "empty"
    assert sniff_file(tmp_path) == "folder"
    assert sniff_file(tmp_path / "missing") == "missing"


def test_require_file_and_wrong_kind_error(tmp_path: Path) -> None:
    (tmp_path / "s.xlsx").write_bytes(_zip(["[Content_Types].xml", "xl/workbook.xml"]))
    with pytest.raises(UserError, match="no such file") as exc:
        require_file(tmp_path / "nope.json", "framework file", expect="framework")
    assert exc.value.where == str(tmp_path / "nope.json")
    with pytest.raises(UserError, match="this is a folder, not a judge card"):
        require_file(tmp_path, "judge card", expect="judge_card")
    with pytest.raises(UserError, match="not a framework file") as exc:
        require_file(tmp_path / "s.xlsx", "framework file", expect="framework")
    assert "framework import" in (exc.value.hint or "")
    # a damaged file of the right kind is left for its reader to describe
    (tmp_path / "odd.json").write_bytes(b"\x00\x01 not json")
    assert require_file(tmp_path / "odd.json", "framework file", expect="framework")
    err = wrong_kind_error("x.pdf", "pdf", "zdxpanel", error=PackageError)
    assert isinstance(err, PackageError) and err.where == "x.pdf"
    assert "this is a PDF document, not a panel package (.zdxpanel)" in err.message


def test_a_text_file_given_as_a_spreadsheet_or_a_folder_for_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_file = tmp_path / "scores.xlsx"
    csv_file.write_text("nominee_id,criterion_id,level,comment\n", encoding="utf-8")
    code, _out, err = run(capsys, "report", csv_file, "--out", tmp_path / "r.pdf")
    assert code == 1 and f"{csv_file}: this is a text file, not a spreadsheet (.xlsx)" in err
    assert "damaged" not in err
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    code, _out, err = run(capsys, "--home", tmp_path / "h", "export", "--out", folder)
    assert code == 1 and f"{folder}: this is a folder, not a name for the score sheet" in err
    assert "Give a file name" in err
    # a folder without the suffix is still named as a folder, with a name inside it offered
    plain = tmp_path / "results"
    plain.mkdir()
    code, _out, err = run(capsys, "--home", tmp_path / "h", "export", "--out", plain)
    assert code == 1 and f"{plain}: this is a folder, not a name for the score sheet" in err
    assert str(plain / "name.xlsx") in err and "must end in" not in err


def test_reading_a_judge_card_from_a_folder_or_a_pipe_is_a_plain_error(tmp_path: Path) -> None:
    from zerodx_desktop.formats.signing import read_judge_card

    folder = tmp_path / "card.zdxjudge"
    folder.mkdir()
    with pytest.raises(UserError, match="folder") as info:
        read_judge_card(folder)
    assert "Is a directory" not in str(info.value)
    pipe = tmp_path / "pipe.zdxjudge"
    os.mkfifo(pipe)
    with pytest.raises(UserError, match="not a regular file"):
        read_judge_card(pipe)  # the app's organizer view reads cards: it must never wait
