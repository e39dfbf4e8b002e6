"""Refilling a chart lets go of its old axes (a 12-hour run found two leaked per refill)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from shiftmate.ui.insights.charts import ChartSection, SectionData


def _data(n: int) -> SectionData:
    return SectionData(categories=[f"w{i}" for i in range(n)], series=[("Moments", [float(i) for i in range(n)])],
                       headers=["Week", "Moments"], rows=[[f"w{i}", i] for i in range(n)])


def test_a_refilled_chart_deletes_the_axes_it_no_longer_shows(qtbot):
    for kind in ("bar", "line"):
        section = ChartSection("Moments", kind)
        qtbot.addWidget(section)
        section.set_data(_data(4))
        first_axes = section.chart.axes()
        assert len(first_axes) == 2
        for _ in range(3):
            section.set_data(_data(5))
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        assert len(section.chart.axes()) == 2
        assert not any(shiboken6.isValid(axis) for axis in first_axes), kind
