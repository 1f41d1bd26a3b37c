"""One Chinese word for a judge and one for a nominee, in the app and on the printed pages:
judge 评委, nominee 候选者 (提名者 reads as "the one who nominates", which the nominations
feature also needs; 评审 is the act of judging and the stem of 评审组 panel, 评审框架
framework, 评审指标 criterion). The framework's levels too: domain 领域, dimension 维度,
criterion 评审指标, framework 评审框架 (the pages said 维度 for a domain, which the app calls a
dimension)."""

from __future__ import annotations

import re

import pytest

from zerodx_desktop import catalogue as cat

# 评审 stays only as the act of judging or the stem of these compounds
JUDGE_AS_PERSON = re.compile(
    r"(?<!公正)评审(?!组|框架|指标|包|结果|设计|会议|轮次|工具|结束|小组|团)")


def _catalogues() -> dict[str, dict[str, str]]:
    """The Chinese catalogue (resources/translations/zerodx_zh_CN.ts) by audience: the app's
    own contexts, the engine's sentences, the printed pages."""
    contexts, _plurals = cat._read("zh_CN")
    app: dict[str, str] = {}
    for name, entries in contexts.items():
        if name not in (cat.ENGINE, cat.REPORT):
            app.update(entries)
    report = dict(cat.translations(cat.REPORT, "zh_CN"))
    return {"app": app, "engine": dict(cat.translations(cat.ENGINE, "zh_CN")),
            "report": report, "pdf": report}


@pytest.mark.parametrize("name", ["app", "engine", "report"])
def test_one_word_for_a_judge_and_one_for_a_nominee(name: str) -> None:
    catalogue = _catalogues()[name]
    bad = [(k[:50], v[:60]) for k, v in catalogue.items()
           if "提名者" in v or JUDGE_AS_PERSON.search(v)]
    assert bad == []


def test_the_app_and_the_pages_say_the_same_words() -> None:
    cats = _catalogues()
    app, pdf = cats["app"], cats["pdf"]
    for key in ("Judge", "Judges", "Nominee", "Nominees"):
        assert app[key] == pdf[key], key  # the column the app shows is the one printed
    assert app["Judge"] == "评委" and app["Nominee"] == "候选者"
    # the words are used: a sentence about judges and nominees on each side
    for catalogue in (app, cats["engine"], cats["report"]):
        values = " ".join(catalogue.values())
        assert values.count("评委") > 5 and values.count("候选者") > 5


@pytest.mark.parametrize("name", ["report", "pdf"])
def test_the_pages_name_the_framework_s_levels_as_the_app(name: str) -> None:
    catalogue = _catalogues()[name]
    bad = [(k[:50], v[:60]) for k, v in catalogue.items()
           if any(word in v for word in ("评估标准", "评估框架", "子维度"))]
    assert bad == []
    app = _catalogues()["app"]
    for key in ("Criterion", "Criteria", "Framework"):
        if key in catalogue:
            assert catalogue[key] == app[key], key
    pdf = _catalogues()["pdf"]
    assert pdf["Domain"] == "领域" and pdf["Dimensions"] == "维度"
