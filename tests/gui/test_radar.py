"""The merge view's radar: one axis per dimension, readable labels in the room it has on a
laptop (measured in the merge view: about 420x130 at 1024x700 and 540x130 at 1280x800)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.factories import SAMPLE_FRAMEWORK_FILE
from zerodx_desktop.ui.charts import PALETTE, DomainChart, Series, wrap_text


def _dimension_titles(lang: str) -> tuple[list[str], list[str]]:
    doc = json.loads(SAMPLE_FRAMEWORK_FILE.read_text(encoding="utf-8"))
    axes = [m["title"][lang] for d in doc["domains"] for m in d["dimensions"]]
    details = [f"{d['title'][lang]} › {m['title'][lang]}"
               for d in doc["domains"] for m in d["dimensions"]]
    return axes, details


def _chart(qtbot, lang: str) -> DomainChart:
    chart = DomainChart()
    qtbot.addWidget(chart)
    axes, details = _dimension_titles(lang)
    n = len(axes)
    chart.set_data(axes, [
        Series("青岛澜禾智造有限公司 (Lanhe Smart Manufacturing)",
               [50.0 + 5 * i for i in range(n)], PALETTE[0]),
        Series("Panel average", [70.0] * (n - 1) + [None], PALETTE[1])], details=details)
    return chart


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(420, 130), (540, 130), (420, 140), (360, 300), (700, 420)])
def test_every_dimension_label_is_whole_and_apart(qtbot, lang, size) -> None:
    chart = _chart(qtbot, lang)
    assert chart.kind == "radar" and len(chart.axes) == 8
    rect = QRectF(0, 0, *size)
    lay = chart.radar_layout(rect)
    assert len(lay.labels) == 8
    boxes = [lab.box for lab in lay.labels] + [lay.legend]
    for lab in lay.labels:
        assert not lab.elided, lab.lines  # every word of every label is shown
        assert rect.contains(lab.box), (lab.lines, lab.box)
    for k, a in enumerate(boxes):
        for b in boxes[k + 1:]:
            assert not a.intersects(b), (a, b)
    # the plot keeps clear of its labels and uses the height it has
    plot = QRectF(lay.centre.x() - lay.radius, lay.centre.y() - lay.radius,
                  2 * lay.radius, 2 * lay.radius)
    assert not any(plot.intersects(lab.box) for lab in lay.labels if lab.leader is not None)
    w, h = size
    if w >= 3 * h:  # a short, wide drill-down: the radar takes the whole height
        assert lay.radius >= (h - 8 - lay.legend.height()) / 2 - 0.5, lay.radius
    else:
        assert lay.radius >= 0.25 * min(w, h), lay.radius
    # the wrapped text is the label (nothing lost, nothing added)
    axes, _details = _dimension_titles(lang)
    def join(lines: list[str]) -> str:
        out = lines[0]
        for line in lines[1:]:
            out += ("" if lang == "zh" or out.endswith("-") else " ") + line
        return out

    assert [join(lab.lines) for lab in lay.labels] == axes
    assert not chart.render_image(QSize(*size)).isNull()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_full_text_and_values_are_the_tooltip(qtbot) -> None:
    chart = _chart(qtbot, "en")
    chart.resize(540, 140)
    chart.show()
    qtbot.waitExposed(chart)
    lay = chart.radar_layout(QRectF(chart.rect()))
    box = lay.labels[2].box
    text = chart.tooltip_at(box.center())
    assert text.splitlines() == [
        "Level of Organizational Autonomy › Micro-enterprises and the three rights",
        "青岛澜禾智造有限公司 (Lanhe Smart Manufacturing): 60.0", "Panel average: 70.0"]
    assert "n/a" in chart.tooltip_at(lay.labels[7].box.center())
    assert chart.accessibleDescription().startswith(
        "Level of Organizational Autonomy › Leadership: 青岛澜禾智造有限公司 (Lanhe Smart "
        "Manufacturing) 50.0, Panel average 70.0; ")
    # on the spoke itself, the nearest axis; far outside the plot, nothing
    end = lay.point(0, 8, 0.9)
    assert chart.tooltip_at(end).startswith("Level of Organizational Autonomy › Leadership")
    assert chart.tooltip_at(QPointF(1, 139)) == ""
    pos = box.center().toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QHelpEvent.Type.ToolTip, pos,
                                             chart.mapToGlobal(pos)))
    assert QToolTip.isVisible() and "three rights" in QToolTip.text()
    QToolTip.hideText()
    chart.close()


def test_wrap_text_breaks_words_and_chinese_and_elides_beyond_the_lines(qtbot) -> None:
    chart = DomainChart()
    qtbot.addWidget(chart)
    font = chart.font()
    lines, elided = wrap_text("Micro-enterprises and the three rights", font, 130, 3)
    assert not elided and len(lines) >= 2 and " ".join(lines).replace("- ", "-") == (
        "Micro-enterprises and the three rights")
    lines, elided = wrap_text("人单合一" * 12, font, 60, 2)
    assert elided and len(lines) == 2 and lines[-1].endswith("…")
    lines, elided = wrap_text("Leadership", font, 400, 3)
    assert lines == ["Leadership"] and not elided


def test_a_two_dimension_framework_draws_bars_with_the_dimension_names(qtbot) -> None:
    chart = DomainChart()
    qtbot.addWidget(chart)
    chart.set_data(["Leadership", "Ecosystem"], [Series("N", [80.0, 40.0])])
    assert chart.kind == "bars" and chart.tooltip_at(QPointF(10, 10)) == ""
    with pytest.raises(ValueError):
        chart.set_data(["A", "B", "C"], [Series("N", [1.0, 2.0, 3.0])], details=["a"])


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_merge_view_draws_one_axis_per_dimension(qtbot, merge_view) -> None:
    """A merged result on the sample framework: the drill-down's radar has the eight
    dimensions, every label whole and inside the chart, at the Merge tab's room in a
    1024x700 and a 1280x800 window; its figures are the panel's per dimension."""
    import dataclasses
    import random

    from tests.factories import make_result
    from zerodx_desktop.services.profile import dimension_profile

    doc = json.loads(SAMPLE_FRAMEWORK_FILE.read_text(encoding="utf-8"))
    crits = [c["id"] for d in doc["domains"] for m in d["dimensions"] for c in m["criteria"]]
    base = make_result(5)
    rnd = random.Random(3)
    levels = {(f"j{j}", r.nominee_id, c): rnd.randint(1, 5)
              for j in range(3) for r in base.ranking for c in crits}
    result = dataclasses.replace(base, panel_doc={"framework": doc}, levels=levels)
    view = merge_view
    view.result = result  # the chair controller holds it; the view shows it
    view._set_result(result)
    view.open_nominee(result.ranking[0].nominee_id)
    axes, _details = _dimension_titles("en")
    assert view.chart.kind == "radar" and view.chart.axes == axes
    profile = dimension_profile(result)
    assert profile is not None
    mine = profile.of(result.ranking[0].nominee_id)
    assert all(v is not None for v in mine)
    for size in ((990, 640), (1240, 700)):  # the Merge tab's room in those windows
        view.resize(*size)
        QApplication.processEvents()
        chart = view.chart
        rect = QRectF(chart.rect())
        assert chart.height() >= 125, chart.size()
        lay = chart.radar_layout(rect)
        assert all(not lab.elided and rect.contains(lab.box) for lab in lay.labels)
        assert lay.radius >= 45, (size, lay.radius)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_merge_computes_the_profile_in_its_worker_and_the_view_never_again(
        qtbot, merge_view, merge_pile, monkeypatch) -> None:
    """The radar's dimension profile (~0.5 s for 1,000 nominees) is computed once, in the
    merge's worker; showing nominee after nominee does not compute it on the UI thread."""
    import threading

    from tests.gui.merge_fixtures import merged_view
    from zerodx_desktop.services import profile as profile_service

    real = profile_service.dimension_profile
    calls: list[threading.Thread] = []

    def counted(result):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread())
        return real(result)

    monkeypatch.setattr(profile_service, "dimension_profile", counted)
    view = merge_view
    merged_view(qtbot, view, merge_pile)
    assert len(calls) == 1 and calls[0] is not threading.main_thread()
    result = view.result
    assert result is not None and len(result.ranking) >= 2
    profile = view.chair.dimension_profile()
    assert profile is not None  # the result keeps its levels: one axis per dimension
    titles = [a.title.get("en") for a in profile.axes]
    for row in result.ranking:
        view.open_nominee(row.nominee_id)
        QApplication.processEvents()
        assert view.chart.axes == titles
    assert len(calls) == 1  # the view used the worker's profile for every nominee
    last = result.ranking[-1].nominee_id
    assert view.chart._series[0].values == list(profile.of(last))
