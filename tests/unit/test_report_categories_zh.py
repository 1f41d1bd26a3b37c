"""The report of a panel with award categories, printed in Chinese: the section title, each
category's title and its reliability sentence, and the sheets' statuses all come from the
catalogue (context ``Report``; the engine's reasons from ``engine``), none in English."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from tests.factories import make_result
from zerodx_desktop import catalogue
from zerodx_desktop.core.messages import Message, render
from zerodx_desktop.core.result import CategoryStats, PanelResult, Reliability
from zerodx_desktop.formats.pdf.report import write_report

TWO_JUDGES = Message("needs at least two judges who scored (found {n})", n=1)
NO_BOOTSTRAP = Message("needs at least two judges who scored")


def _flat(path: Path) -> str:
    """The PDF's text without spaces or line breaks (wrapping moves them)."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return "".join(out.split())


def _flat_text(text: str) -> str:
    return "".join(text.split())


def _result() -> PanelResult:
    base = make_result(6)
    ids = [r.nominee_id for r in base.ranking]
    ind = ids[::2]
    doc = {"categories": [{"id": "ind", "title": "Individual", "title_zh": "个人奖"},
                          {"id": "org", "title": "Organisation", "title_zh": ""}],
           "nominees": [{"id": n, "category": "ind" if n in ind else "org"} for n in ids]}
    stats = {
        "ind": CategoryStats(
            p_first={n: 1.0 / len(ind) for n in ind},
            rank_interval={n: (1, len(ind)) for n in ind},
            reliability=Reliability(icc_2_1=0.612, icc_2_k=0.874,
                                    krippendorff_alpha_interval=0.705, kendall_w=None,
                                    reasons={"kendall_w": str(TWO_JUDGES)})),
        "org": CategoryStats(bootstrap_note=str(NO_BOOTSTRAP)),
    }
    return dataclasses.replace(base, panel_doc=doc, category_stats=stats,
                               bootstrap_resamples=1000)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    result = _result()
    folder = tmp_path_factory.mktemp("categories")
    texts = {}
    for lang in ("en", "zh_CN"):
        path = folder / f"{lang}.pdf"
        write_report(path, result, lang=lang)
        texts[lang] = _flat(path)
    return texts


def test_the_english_report_says_the_categories_in_english(printed) -> None:
    text = printed["en"]
    assert "Awardcategories" in text
    assert "Withinthiscategory(itsownbootstrap" in text
    assert "ICC(2,1)0.61" in text and "ICC(2,k)0.87" in text
    assert "Krippendorff'salpha(interval)0.70" in text or \
        "Krippendorff’salpha(interval)0.70" in text
    assert _flat_text(f"Kendall's W not computed ({TWO_JUDGES})") in text.replace("’", "'")
    assert _flat_text(f"could not be estimated: {NO_BOOTSTRAP}.") in text
    assert "Individual" in text and "Organisation" in text
    assert "个人奖" not in text
    assert "tampered" in text  # a sheet's status, as its code


def test_the_chinese_report_says_the_categories_in_chinese(printed) -> None:
    text = printed["zh_CN"]
    report = catalogue.translations(catalogue.REPORT, "zh_CN")
    engine = catalogue.translations(catalogue.ENGINE, "zh_CN")

    def zh(source: str) -> str:
        said = report.get(source)
        assert said and said != source, f"no Chinese for {source!r}"
        return said

    for english in ("Award categories", "Within this category", "not computed",
                    "could not be estimated", "too little data"):
        assert _flat_text(english) not in text, english
    assert _flat_text(zh("Award categories")) in text
    opening = zh("Within this category (its own bootstrap over judges, same method and seed; "
                 "\"First\" and \"Ranks (90%)\" are among its nominees): {figures}.")
    assert _flat_text(opening.split("{figures}")[0]) in text
    reason = render(TWO_JUDGES, lambda i: engine.get(i, i))
    assert reason != str(TWO_JUDGES)
    missing = zh("{label} not computed ({why})").format(label=zh("Kendall's W"), why=reason)
    assert _flat_text(missing) in text
    assert _flat_text(zh("Krippendorff's alpha (interval)") + " 0.70") in text
    note = render(NO_BOOTSTRAP, lambda i: engine.get(i, i))
    assert note != str(NO_BOOTSTRAP)
    assert _flat_text(zh("How sure the category's ranking is could not be estimated: {why}.")
                      .format(why=note)) in text
    # the category's own Chinese title where the panel gives one, else its title
    assert "个人奖" in text and "Organisation" in text
    # the sheets' statuses, from the catalogue too
    assert zh("tampered") in text and zh("valid") in text
    assert "tampered" not in text
