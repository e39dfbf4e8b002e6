"""The breathing reset: guided box breathing with a calm circle and a spoken-friendly countdown.

The dialog asks the clock how long it has run and ``BoxBreathing`` where that puts it, so a
timer only prompts a redraw; tests move a FakeClock and call ``refresh()``. Completing the
exercise is logged. ``open_breathing(parent, services)`` is the one way in (Today, the tray,
a reminder, and the journal after a capture).
"""

from __future__ import annotations


from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shiftmate.core.shifts.breathing import LENGTH_CHOICES, BoxBreathing, BreathingMoment, log_breathing
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import plain_label, scale_font
from shiftmate.ui.data import timers
from shiftmate.ui.data.timers import clock_of
from shiftmate.ui.data.changes import Changes

FRAME_MS = 50


class BreathingCircle(QWidget):
    """A circle that grows while breathing in, rests, shrinks while breathing out, rests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment: BreathingMoment | None = None
        self.setMinimumSize(160, 160)  # the circle gives way first when room is short
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def scale(self) -> float:
        m = self.moment
        if m is None or m.finished:
            return 0.55
        return {
            "in": 0.35 + 0.65 * m.progress,
            "hold-full": 1.0,
            "out": 1.0 - 0.65 * m.progress,
            "hold-empty": 0.35,
        }[m.phase]

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        side = min(self.width(), self.height()) - 8
        centre = self.rect().center()
        guide = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        highlight = self.palette().color(QPalette.Highlight)
        faint = QColor(highlight)
        faint.setAlpha(40)
        painter.setPen(Qt.NoPen)
        painter.setBrush(faint)
        painter.drawEllipse(guide)
        radius = side / 2 * self.scale()
        fill = QColor(highlight)
        fill.setAlpha(170)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        painter.end()


class BreathingDialog(QDialog):
    """Choose 1, 2 or 3 minutes, then breathe along; the text says what to do and how long."""

    completed = Signal(int)  # minutes, after the session is logged

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock_of(services)
        self.exercise: BoxBreathing | None = None
        self.started_at = None
        self.logged = False
        self.setWindowTitle(self.tr("Breathing reset"))
        self.setObjectName("breathingDialog")

        self.intro = plain_label(
            self.tr("Box breathing: in for 4, hold for 4, out for 4, hold for 4. Follow the circle.")
        )
        self.length_group = QButtonGroup(self)
        lengths = QHBoxLayout()
        names = {1: self.tr("1 minute"), 2: self.tr("2 minutes"), 3: self.tr("3 minutes")}
        for minutes in LENGTH_CHOICES:
            button = QRadioButton(names[minutes])
            self.length_group.addButton(button, minutes)
            lengths.addWidget(button)
        self.length_group.button(1).setChecked(True)
        lengths.addStretch(1)
        self.circle = BreathingCircle(self)
        self.phase_label = plain_label(self.tr("Ready when you are."), object_name="breathingPhase")
        self.phase_label.setAlignment(Qt.AlignHCenter)
        scale_font(self.phase_label, 1.6)
        self.phase_label.setAccessibleName(self.tr("Breathing instruction"))
        self.countdown_label = plain_label("", object_name="breathingCountdown")
        self.countdown_label.setAlignment(Qt.AlignHCenter)
        self.countdown_label.setAccessibleName(self.tr("Time left"))
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(lengths)
        layout.addWidget(self.circle, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.countdown_label)
        layout.addLayout(buttons)
        # An explicit minimum keeps the layout from resizing a shown window as texts change.
        scale_window(self, 420, 420, 420, 520)

        self.timer = timers.make_timer(self, FRAME_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self, minutes: int | None = None) -> None:
        minutes = minutes or self.length_group.checkedId()
        self.exercise = BoxBreathing(minutes)
        self.length_group.button(minutes).setChecked(True)
        self.started_at = self.clock.now()
        self.logged = False
        for button in self.length_group.buttons():
            button.setEnabled(False)
        self.start_button.setEnabled(False)
        self.close_button.setText(self.tr("&Stop"))
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        if self.exercise is None:
            return
        elapsed = (self.clock.now() - self.started_at).total_seconds()
        moment = self.exercise.at(elapsed)
        self.circle.moment = moment
        self.circle.update()
        if moment.finished:
            self.timer.stop()
            self.phase_label.setText(self.tr("Well done. Notice how you feel now."))
            self.countdown_label.setText(self.tr("Finished"))
            self.close_button.setText(self.tr("&Close"))
            self._log(completed=True)
            return
        words = {
            "in": self.tr("Breathe in… %1"),
            "hold-full": self.tr("Hold… %1"),
            "out": self.tr("Breathe out… %1"),
            "hold-empty": self.tr("Hold… %1"),
        }[moment.phase].replace("%1", str(moment.phase_left))
        if words != self.phase_label.text():  # screen readers hear changes, not frames
            self.phase_label.setText(words)
        left = self.tr("%1:%2 left").replace("%1", str(moment.total_left // 60)).replace(
            "%2", f"{moment.total_left % 60:02d}"
        )
        if left != self.countdown_label.text():
            self.countdown_label.setText(left)

    def _log(self, *, completed: bool) -> None:
        if self.logged or self.exercise is None:
            return
        self.logged = True
        clock, started, minutes = self.clock, self.started_at, self.exercise.minutes

        def done(_id) -> None:
            if completed:
                self.completed.emit(minutes)

        self.services.write(
            lambda s: log_breathing(s, clock, started_at=started, minutes=minutes, completed=completed),
            Changes.BREATHING, done,
        )

    def done(self, result: int) -> None:  # every way of closing ends here
        self.timer.stop()
        if self.exercise is not None and not self.logged:
            self._log(completed=False)
        super().done(result)


def open_breathing(parent: QWidget | None, services, minutes: int | None = None) -> BreathingDialog:
    """Show the breathing reset (non-modal) and return it; starts at once when ``minutes`` is given."""
    dialog = BreathingDialog(services, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    if minutes:
        dialog.start(minutes)
    return dialog
