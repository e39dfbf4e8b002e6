"""One Insights section: a Qt Charts chart, the same numbers as a plain table, and a sentence.

Only the Insights screen imports this module, and only when it is first created, so Qt Charts
is never loaded for a worker who does not open Insights. The chart and the table are filled
from one ``SectionData``, so they can never disagree; a toggle swaps them for screen readers
and for anyone who wants exact numbers (Ctrl+T on the screen swaps every section at once).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.i18n import number
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import on_rescale
from shiftmate.ui.widgets.screen import plain_label, scale_font, scale_size

CHART_HEIGHT = 240


@dataclass
class SectionData:
    """What a section shows: categories along x, one or more named series, and table rows."""

    categories: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float | None]]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    reading: str = ""
    y_max: float | None = None  # a fixed scale (intensity 0-10, ratings 0-5), else from the data
    thin: bool = False  # too few points for a trend: the reading says so, and nothing is drawn

    @property
    def empty(self) -> bool:
        return not self.rows


def _dark(widget: QWidget) -> bool:
    return widget.palette().window().color().lightness() < 128


def cell_text(value) -> str:
    if value is None:
        return "—"  # no data: a dash, never a zero
    if isinstance(value, float):
        return number(value)  # "1,9" in Spanish
    return str(value)


class RowsModel(QAbstractTableModel):
    """A read-only table over plain Python rows.

    Deliberately not a QStandardItemModel rebuilt item by item: with PySide6 6.12 on Python
    3.11 each call into Qt that returns nothing drops one reference to Python's None, and
    rebuilding thousands of items on each reload of years of data crashed the interpreter
    ("deallocating None"). One reset per reload keeps the number of such calls small.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.numeric: list[list[bool]] = []

    def set_rows(self, headers: list[str], rows: list[list]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = [[cell_text(v) for v in row] for row in rows]
        self.numeric = [[isinstance(v, (int, float)) for v in row] for row in rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.TextAlignmentRole and self.numeric[index.row()][index.column()]:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt's name
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self.headers):
            return self.headers[section]
        return None


class HeatMap(QWidget):
    """Weekday x hour counts as shaded cells (Qt Charts has no heat map of its own)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[tuple[int, int], int] = {}
        self.day_names: list[str] = []
        scale_size(self, setMinimumHeight=CHART_HEIGHT)

    def set_counts(self, counts: dict[tuple[int, int], int], day_names: list[str]) -> None:
        self.counts, self.day_names = counts, day_names
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        text = self.palette().windowText().color()
        metrics = self.fontMetrics()
        left = max((metrics.horizontalAdvance(d) for d in self.day_names), default=0) + 12.0
        top, bottom = 8.0, metrics.height() + 6.0
        cell_w = max((self.width() - left - 8) / 24, 4)
        cell_h = max((self.height() - top - bottom) / 7, 4)
        peak = max(self.counts.values(), default=0)
        accent = self.palette().color(QPalette.Highlight)  # teal, or yellow in high contrast
        painter.setPen(text)
        for day in range(7):
            y = top + day * cell_h
            if day < len(self.day_names):
                painter.drawText(QRectF(0, y, left - 6, cell_h), Qt.AlignRight | Qt.AlignVCenter,
                                 self.day_names[day])
            for hour in range(24):
                count = self.counts.get((day, hour), 0)
                colour = QColor(accent)
                colour.setAlphaF(0.08 if not count else 0.25 + 0.75 * count / peak)
                painter.fillRect(QRectF(left + hour * cell_w + 1, y + 1, cell_w - 2, cell_h - 2), colour)
        for hour in range(0, 24, 3):
            painter.drawText(QRectF(left + hour * cell_w, top + 7 * cell_h + 2, cell_w * 3, bottom),
                             Qt.AlignLeft | Qt.AlignTop, f"{hour:02d}")
        painter.end()


def _refill_chart(section: "ChartSection") -> None:
    if not section.data.empty:
        section._fill_chart(section.data)


class ChartSection(QFrame):
    """A titled card: reading, chart or table, and the toggle between them."""

    def __init__(self, title: str, kind: str = "bar", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.kind = kind  # "bar", "stacked", "line" or "heat"
        self.data = SectionData()
        heading = plain_label(title, object_name="cardHeading")
        scale_font(heading, 1.15)
        self.reading = plain_label("", object_name="insightReading")
        self.toggle = QPushButton(self.tr("Show table"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Switch between the chart and a table of the same numbers"))
        self.toggle.toggled.connect(self._show_table)
        # Eight sections, eight toggles: each says which chart it turns into a table.
        set_accessible(self.toggle, self.tr("Show “%1” as a table").replace("%1", title),
                       self.tr("Pressed: the exact numbers as a table. Not pressed: the chart."))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.toggle)

        self.stack = QStackedWidget()
        if kind == "heat":
            self.chart_view = HeatMap()
            self.chart = None
        else:
            self.chart = QChart()
            self.chart.setMargins(QMargins(4, 4, 4, 4))
            self.chart.legend().setAlignment(Qt.AlignBottom)
            self.chart_view = QChartView(self.chart)
            self.chart_view.setRenderHint(QPainter.Antialiasing)
            scale_size(self.chart_view, setMinimumHeight=CHART_HEIGHT)
            self.chart_view.setFocusPolicy(Qt.NoFocus)
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        set_accessible(self.table, self.tr("%1, as a table").replace("%1", title))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        scale_size(self.table, setMinimumHeight=CHART_HEIGHT)
        # The chart itself is a picture: it carries the section's title, and its reading as
        # the description, so a screen reader passing by hears the point of it.
        set_accessible(self.chart_view, title)
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        self.extra = QVBoxLayout()  # room for a section's own lines (items left open)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.reading)
        layout.addWidget(self.stack)
        layout.addLayout(self.extra)
        if self.chart is not None:
            on_rescale(self, _refill_chart)  # axis and legend fonts follow the text size

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.toggle.setText(self.tr("Show chart") if on else self.tr("Show table"))

    def set_data(self, data: SectionData) -> None:
        self.data = data
        self.reading.setText(data.reading)
        self.chart_view.setAccessibleDescription(data.reading)
        self.table.setAccessibleDescription(data.reading)
        # No data, or too little for a trend: the sentence says so, and no chart (nor a table
        # of one or two rows) pretends otherwise.
        drawn = not data.empty and not data.thin
        self.stack.setVisible(drawn)
        self.toggle.setVisible(drawn)
        self.model.set_rows(data.headers, data.rows)
        if self.kind != "heat":
            self._fill_chart(data)

    def refill(self) -> None:
        """Draw the chart again, in the colours of the section's palette as it is now."""
        if self.chart is not None and not self.data.empty:
            self._fill_chart(self.data)
        self.chart_view.update()

    def set_heat(self, counts: dict[tuple[int, int], int], day_names: list[str]) -> None:
        self.chart_view.set_counts(counts, day_names)

    def _fill_chart(self, data: SectionData) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)  # hands the axis back to us: without this it lives for ever
            axis.deleteLater()
        theme = QChart.ChartThemeDark if _dark(self) else QChart.ChartThemeLight
        if chart.theme() != theme:  # re-theming is slow; the palette rarely changes
            chart.setTheme(theme)
            chart.setBackgroundVisible(False)
        chart.legend().setVisible(len(data.series) > 1)
        font = QFont(self.font())  # the chart themes pin their own small fonts; follow the text size
        chart.legend().setFont(font)
        if data.empty:
            return
        count = len(data.categories)
        if count <= 8:
            x_axis = QBarCategoryAxis()
            x_axis.append(data.categories)
        else:
            # Many weeks: a bar category axis would cut every label to "…", so label about
            # five of them at their own positions instead.
            x_axis = QCategoryAxis()
            x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPositionOnValue)
            x_axis.setRange(-0.5, count - 0.5)
            step = -(-count // 5)
            for index in range(0, count, step):
                x_axis.append(data.categories[index], index)
            x_axis.setGridLineVisible(False)
        chart.addAxis(x_axis, Qt.AlignBottom)
        x_axis.setLabelsFont(font)
        y_axis = QValueAxis()
        peak = max((v for _n, vals in data.series for v in vals if v is not None), default=1)
        if data.y_max is not None:
            y_axis.setRange(0, data.y_max)
            y_axis.setTickCount(6 if data.y_max == 10 else int(data.y_max) + 1)
        else:
            y_axis.setRange(0, max(peak * 1.1, 1))
            y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(y_axis, Qt.AlignLeft)
        y_axis.setLabelsFont(font)
        if self.kind == "line":
            for name, values in data.series:
                series = QLineSeries()
                series.setName(name)
                series.setPointsVisible(True)
                # A week without data is a gap, never a zero. One replace() call, not one
                # append() per point: fewer calls into Qt on the GUI thread.
                series.replace([QPointF(i, v) for i, v in enumerate(values) if v is not None])
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        else:
            bars = QStackedBarSeries() if self.kind == "stacked" else QBarSeries()
            for name, values in data.series:
                bar_set = QBarSet(name)
                bar_set.append([0.0 if v is None else float(v) for v in values])
                bars.append(bar_set)
            chart.addSeries(bars)
            for bar_set in bars.barSets():  # the dark theme's white outlines swamp thin bars
                bar_set.setBorderColor(bar_set.color())
            bars.attachAxis(x_axis)
            bars.attachAxis(y_axis)

    def chart_values(self) -> dict[str, dict[int, float]]:
        """The numbers the chart draws: per series, category index -> value (for tests)."""
        out: dict[str, dict[int, float]] = {}
        if self.chart is None:
            return out
        for series in self.chart.series():
            if isinstance(series, QAbstractBarSeries):
                for bar_set in series.barSets():
                    out[bar_set.label()] = {i: bar_set.at(i) for i in range(bar_set.count())}
            else:
                out[series.name()] = {int(p.x()): p.y() for p in series.points()}
        return out

    def table_values(self) -> list[list[str]]:
        model = self.model
        return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
                for r in range(model.rowCount())]
