"""Certificate templates: wording and layout in both languages, a logo, and bad templates
refused with a clear message before anything is printed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.factories import MERGE_FW as FW
from tests.factories import MERGE_PANEL as PANEL
from tests.factories import pile
from zerodx_desktop.core.errors import UserError
from zerodx_desktop.formats.pdf.certificate_template import (
    FORMAT,
    MAX_LOGO_BYTES,
    load_certificate_template,
)
from zerodx_desktop.formats.pdf.certificates import write_certificates
from zerodx_desktop.services.merge import combine


def _png(path: Path, size: tuple[int, int] = (120, 60)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (31, 78, 121)).save(path)
    return path


def _template(tmp_path: Path, **doc: object) -> Path:
    p = tmp_path / "certificate.json"
    p.write_text(json.dumps({"format": FORMAT, **doc}, ensure_ascii=False), encoding="utf-8")
    return p


def _text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_wording_layout_and_logo_in_both_languages(tmp_path):
    _png(tmp_path / "logo.png")
    template = load_certificate_template(_template(
        tmp_path, layout="modern", logo="logo.png",
        title={"en": "Award of Merit", "zh_CN": "优秀奖"},
        award_line="—", chair_line={"en": "Jury chair", "zh_CN": "评审团主席"},
        organizer_line={"en": "For the organizers", "zh_CN": "主办方代表"}))
    assert template.layout == "modern" and template.logo_size == (120, 60)
    result = combine(PANEL, FW, pile())
    result.chair = "Chris Chair"
    en, zh = tmp_path / "en.pdf", tmp_path / "zh.pdf"
    write_certificates(en, result, 1, template=template)
    write_certificates(zh, result, 1, template=template, lang="zh_CN")
    text = _text(en)
    assert "Award of Merit" in text and "CERTIFICATE OF EXCELLENCE" not in text
    assert "Jury chair: Chris Chair" in text and "For the organizers" in text
    text = _text(zh)
    assert "优秀奖" in text and "评审团主席：Chris Chair" in text and "主办方代表" in text
    images = subprocess.run(["pdfimages", "-list", str(en)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) >= 1  # the logo is on the page
    # without a template: the default wording
    write_certificates(en, result, 1)
    assert "CERTIFICATE OF EXCELLENCE" in _text(en)


@pytest.mark.parametrize(("doc", "message"), [
    ({"layout": "baroque"}, "unknown layout 'baroque'"),
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"title": {"fr": "Prix"}}, "unknown language 'fr'"),
    ({"title": ""}, "must hold 1 to 200 characters"),
    ({"title": 3}, "must be a text or a map"),
    ({"logo": "missing.png"}, "cannot read the logo"),
    ({"logo": "notes.txt"}, "not a PNG or JPEG image"),
    ({"logo": "broken.png"}, "cannot be read as an image"),
    ({"logo": "huge.png"}, "too large"),
    ({"logo": "wide.png"}, "at most 4000 × 4000"),
])
def test_bad_templates_are_refused(tmp_path, doc, message):
    (tmp_path / "notes.txt").write_text("not an image", encoding="utf-8")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    (tmp_path / "huge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_LOGO_BYTES)
    _png(tmp_path / "wide.png", (4100, 2))
    with pytest.raises(UserError, match=message):
        load_certificate_template(_template(tmp_path, **doc))


def test_not_a_template(tmp_path):
    p = tmp_path / "t.json"
    p.write_text('{"format": "zerodx-framework/1"}', encoding="utf-8")
    with pytest.raises(UserError, match="not a certificate template"):
        load_certificate_template(p)
    p.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="not JSON"):
        load_certificate_template(p)
