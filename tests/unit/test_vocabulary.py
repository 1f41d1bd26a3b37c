"""One vocabulary: each method, warning, nominee status, the passphrase minimum and the file
checksum are defined once, and every layer uses that one definition."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from zerodx_desktop import cli
from zerodx_desktop.core import aggregate, combine, panel
from zerodx_desktop.core.errors import IdentityError, PackageError, UserError
from zerodx_desktop.core.passphrase import PASSPHRASE_MIN_LENGTH
from zerodx_desktop.core.scoring import NomineeStatus
from zerodx_desktop.core.sheet import Warning_
from zerodx_desktop.file_hash import file_sha256
from zerodx_desktop.formats import package, result_workbook
from zerodx_desktop.formats.pdf.words import METHOD_WORDS, WARNING_WORDS
from zerodx_desktop.services import merge, sheets
from zerodx_desktop.services.identity import create_identity

ROOT = Path(__file__).resolve().parents[2]


def test_the_method_list_is_the_method_enum_everywhere() -> None:
    assert panel.METHODS == tuple(m.value for m in panel.Method)
    assert aggregate.METHODS is panel.METHODS
    assert result_workbook.METHODS is panel.METHODS
    assert package.METHODS is panel.METHODS
    for words in (aggregate.METHOD_LABELS, cli.METHOD_HELP, METHOD_WORDS):
        assert set(words) == set(panel.METHODS)
    assert result_workbook.score_header("schulze") == "Schulze wins"


def test_no_module_spells_the_method_list_out_again() -> None:
    spelled = re.compile(r'"mean",\s*"median",\s*"trimmed"')
    again = [str(p.relative_to(ROOT)) for p in (ROOT / "zerodx_desktop").rglob("*.py")
             if spelled.search(p.read_text("utf-8"))]
    assert again == []


def test_every_warning_is_one_enum_and_the_old_names_are_its_members() -> None:
    assert combine.SEQUENCE_CLASH is Warning_.SEQUENCE_CLASH
    assert sheets.ROSTER_NOT_CHECKED is Warning_.ROSTER_NOT_CHECKED
    assert set(WARNING_WORDS) <= {str(w) for w in Warning_}
    literals = re.compile(r'"(sequence_clash|roster_not_checked|conflict_scored|incomplete)"')
    outside = []
    for p in (ROOT / "zerodx_desktop").rglob("*.py"):
        for i, line in enumerate(p.read_text("utf-8").splitlines(), 1):
            if literals.search(line) and p.name != "sheet.py":
                outside.append(f"{p.relative_to(ROOT)}:{i}")
    assert outside == []


def test_nominee_status_ids_are_the_ones_status_reports() -> None:
    assert [s.value for s in NomineeStatus] == ["not_started", "in_progress", "complete",
                                               "recused", "not_assigned"]
    from zerodx_desktop.ui import workspace_session  # the old home still names it

    assert workspace_session.NomineeStatus is NomineeStatus


def test_the_passphrase_minimum_is_one_number(home: Path) -> None:
    with pytest.raises(IdentityError, match=f"at least {PASSPHRASE_MIN_LENGTH} characters"):
        create_identity(home, "Ada", "ada@example.org", "x" * (PASSPHRASE_MIN_LENGTH - 1),
                        rounds=1)
    # the app's texts spell the number out (they are translated): they must say this one
    dialog = (ROOT / "zerodx_desktop" / "ui" / "identity_dialog.py").read_text("utf-8")
    said = re.findall(r"at least (\d+) characters", dialog)
    assert said and set(said) == {str(PASSPHRASE_MIN_LENGTH)}
    for p in (ROOT / "zerodx_desktop").rglob("*.py"):
        assert not re.search(r"len\(\w+\) < 8\b", p.read_text("utf-8")), p


def test_file_sha256_hashes_in_blocks_and_names_an_unreadable_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 9000  # over one 1 MiB block
    f = tmp_path / "a.bin"
    f.write_bytes(data)
    assert file_sha256(f) == hashlib.sha256(data).hexdigest()
    assert file_sha256(str(f)) == hashlib.sha256(data).hexdigest()
    missing = tmp_path / "gone.xlsx"
    with pytest.raises(UserError, match="cannot read the file") as info:
        file_sha256(missing)
    assert info.value.where == str(missing)
    # each caller keeps its own policy on top of the one helper
    assert merge._sha256_or_empty(str(missing)) == ""
    with pytest.raises(PackageError, match="cannot read the package"):
        package._package_sha256(missing)


def test_no_module_keeps_its_own_file_hash() -> None:
    copies = [str(p.relative_to(ROOT)) for p in (ROOT / "zerodx_desktop").rglob("*.py")
              if "def _file_sha256" in p.read_text("utf-8")]
    assert copies == []
