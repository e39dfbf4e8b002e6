"""Tick boxes and radio buttons grow with the text size, from the stylesheet, not from Python.

The style once answered Qt's pixelMetric in Python to size them; Qt asks that question a few
thousand times while a screen is built, and the crossings into Python were a fifth of a
first open. The size now comes from the stylesheet, at every text size and in every theme.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton, QVBoxLayout, QWidget

from shiftmate.ui.look.appearance import Appearance
from shiftmate.ui.look.theme import FocusRingStyle


def test_the_style_answers_no_metric_in_python():
    assert "pixelMetric" not in FocusRingStyle.__dict__


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("percent", [100, 200])
def test_a_boxs_indicator_is_14_px_times_the_text_size(window, qtbot, scheme, percent):
    appearance: Appearance = window.context.appearance
    appearance.set_theme_choice(scheme, remember=False)
    appearance.set_text_size(percent, remember=False)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    box, radio = QCheckBox("Water bottle filled"), QRadioButton("Once")
    layout.addWidget(box)
    layout.addWidget(radio)
    page.show()
    qtbot.waitExposed(page)
    # High contrast draws its own 2 px border around the 14 px box (at 100 %).
    border = 2 * max(2, round(2 * percent / 100)) if scheme == "high-contrast" else 0
    for widget, element in ((box, QStyle.SE_CheckBoxIndicator), (radio, QStyle.SE_RadioButtonIndicator)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        rect = widget.style().subElementRect(element, option, widget)
        assert (rect.width(), rect.height()) == (round(14 * percent / 100) + border,) * 2, (scheme, type(widget).__name__)
