"""A checklist's history: a calendar of days run, streaks, and the items most often left open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shiftmate.core.checklists.runs import ChecklistHistory, ChecklistRuns
from shiftmate.core.checklists.words import shown_history
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import on_rescale
from shiftmate.ui.widgets.screen import plain_label, scale_font, scale_size

# Day numbers are drawn on these: white on COMPLETE (5.0:1), dark on PARTIAL (7.1:1).
COMPLETE = QColor("#2e7d57")
PARTIAL = QColor("#d9a23a")
COMPLETE_TEXT = QColor("#ffffff")
PARTIAL_TEXT = QColor("#1d2125")


def _fit_calendar(calendar: QCalendarWidget) -> None:
    """Every week in view: Qt's size hint for a calendar leaves out its frame."""
    view = calendar.findChild(QAbstractItemView)
    calendar.ensurePolished()
    view.ensurePolished()
    calendar.setMinimumHeight(calendar.sizeHint().height() + 2 * view.frameWidth() + 2)


class HistoryCalendar(QCalendarWidget):
    """The calendar of days run, whose selected day keeps its green or amber.

    Qt paints the selected day in the selection colour over its own background, so today's
    "partial" (today is selected by default) vanished. A marked day that is selected keeps its
    colour and gets a ring in the selection colour instead.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.statuses: dict[QDate, str] = {}

    def paintCell(self, painter, rect, date) -> None:  # noqa: N802 - Qt's name
        status = self.statuses.get(date)
        if status is None or date != self.selectedDate():
            super().paintCell(painter, rect, date)
            return
        painter.save()
        painter.fillRect(rect, COMPLETE if status == "complete" else PARTIAL)
        painter.setPen(COMPLETE_TEXT if status == "complete" else PARTIAL_TEXT)
        painter.drawText(rect, Qt.AlignCenter, str(date.day()))
        ring = QPen(self.palette().color(QPalette.Highlight))
        width = max(2.0, rect.height() / 12)
        ring.setWidthF(width)
        painter.setPen(ring)
        painter.drawRect(QRectF(rect).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.restore()


class HistoryView(QWidget):
    """Loads a checklist's history on the data thread and shows it."""

    loaded = Signal(object)  # the ChecklistHistory now on screen

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.checklist_key: str | None = None
        self.history: ChecklistHistory | None = None
        self._marked: list[QDate] = []

        self.calendar = HistoryCalendar()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        # Today by the app's clock (the one the runs are dated by), not the system's.
        today = self._today()
        self.calendar.setMaximumDate(today.addYears(1))
        self.calendar.setSelectedDate(today)
        # Qt draws the days without a frame, so a focus border would not show: give it one.
        self.calendar.findChild(QAbstractItemView).setFrameShape(QFrame.StyledPanel)
        on_rescale(self.calendar, _fit_calendar)
        set_accessible(self.calendar, self.tr("Days you ran this checklist"),
                       self.tr("Green days were complete, amber days partial."))
        self.current_streak = QLabel("0")
        self.best_streak = QLabel("0")
        self.days_run = QLabel("0")
        for label in (self.current_streak, self.best_streak, self.days_run):
            scale_font(label, 1.6)
            label.setTextFormat(Qt.PlainText)
        figures = QGridLayout()
        for column, (value, caption) in enumerate([
            (self.current_streak, self.tr("current streak")),
            (self.best_streak, self.tr("best streak")),
            (self.days_run, self.tr("days run")),
        ]):
            figures.addWidget(value, 0, column, Qt.AlignHCenter)
            figures.addWidget(plain_label(caption, object_name="emptyBody", wrap=False), 1, column, Qt.AlignHCenter)
        self.legend = plain_label(
            self.tr("Green days were complete, amber days partial. Days off don't break a streak."),
            object_name="emptyBody",
        )
        self.open_title = plain_label(self.tr("Most often left open"))
        scale_font(self.open_title, 1.1)
        self.open_list = QListWidget()
        self.open_list.setWordWrap(True)  # long items wrap instead of running off the edge
        self.open_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.open_list.setResizeMode(QListWidget.Adjust)
        scale_size(self.open_list, setMaximumHeight=150)
        set_accessible(self.open_list, self.tr("Most often left open"))
        self.empty = plain_label(
            self.tr("No runs yet. Finish a checklist and your days will show up here."),
            object_name="emptyBody",
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(figures)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.open_title)
        layout.addWidget(self.open_list)

    def _today(self) -> QDate:
        from shiftmate.core.clock import local_day

        clock = self.services.clock
        day = local_day(clock.now(), clock.zone_name())
        return QDate(day.year, day.month, day.day)

    def show_checklist(self, key: str) -> None:
        self.checklist_key = key
        clock = self.services.clock
        self.services.run(lambda store: ChecklistRuns(store, clock).history(key), self._loaded)

    def refresh(self) -> None:
        if self.checklist_key:
            self.show_checklist(self.checklist_key)

    def _loaded(self, history: ChecklistHistory) -> None:
        history = shown_history(history)
        if history.checklist_key != self.checklist_key:
            return
        self.history = history
        for date in self._marked:
            self.calendar.setDateTextFormat(date, QTextCharFormat())
        self._marked = []
        self.calendar.statuses = {}
        for text, status in history.days.items():
            day = dt.date.fromisoformat(text)
            date = QDate(day.year, day.month, day.day)
            fmt = QTextCharFormat()
            fmt.setBackground(COMPLETE if status == "complete" else PARTIAL)
            fmt.setForeground(COMPLETE_TEXT if status == "complete" else PARTIAL_TEXT)
            fmt.setToolTip(self.tr("Complete") if status == "complete" else self.tr("Partial"))
            self.calendar.setDateTextFormat(date, fmt)
            self.calendar.statuses[date] = status
            self._marked.append(date)
        self.current_streak.setText(str(history.current_streak))
        self.best_streak.setText(str(history.best_streak))
        self.days_run.setText(str(len(history.days)))
        self.open_list.clear()
        for _key, text, times in history.most_often_open:
            item = QListWidgetItem(self.tr("%1 — left open %n times", "", times).replace("%1", text))
            self.open_list.addItem(item)
        has_runs = bool(history.days)
        self.empty.setVisible(not has_runs)
        self.open_title.setVisible(bool(history.most_often_open))
        self.open_list.setVisible(bool(history.most_often_open))
        self.loaded.emit(history)
