"""Drives the reminder scheduler from the window: one timer, the toast, the desktop, a sound.

A reminder that comes due while the window is hidden or minimised goes to the desktop: on
Linux its notification service (ui/shifts/desktop_notice.py, loaded then), elsewhere or
without one the tray's message; everywhere the window's urgency hint.

The timer only prompts ``tick()``; what is due is recomputed by the core from the wall clock,
so a missed timeout, a sleep or a clock change cannot make reminders drift or repeat. Tests
replace the clock (``services.clock``) and call ``tick()`` themselves.

A tick is not a data change: it is announced on ``ticked``. The same job reads the shift's
status, which ``status_read`` hands to the views that show it (``follow_status``), so the
views that show the time need no query of their own; the companion ticks again after every
change to shifts, breaks, reminders or settings.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from shiftmate.ui.data import timers
from shiftmate.ui.data.changes import Changes, Wrote
from shiftmate.ui.data.timers import clock_of

# The scheduler (core.shifts.reminders, core.shifts.records) is imported inside the jobs, on the data thread,
# and the toast is built when there is first something to show: neither is needed to paint.

TICK_MS = 20_000
# What the tick reads (the scheduler, the shift's status): after a change to any, tick again.
TICK_AFTER = Changes.SHIFTS | Changes.BREAKS | Changes.REMINDERS | Changes.SETTINGS
# Desktop notices are keyed by reminder id; a reminder before a planned shift has a negative
# one (minus the planned shift's id), so the notices of no reminder take the lowest keys a
# Qt int signal carries, two billion planned shifts away.
SUMMARY_KEY = -(2**31)  # the desktop notice of "while you were away"
LOCKED_KEY = SUMMARY_KEY + 1  # a reminder told while locked; the first tick after unlocking takes it back
FOLLOW_UP_KEY = SUMMARY_KEY + 2  # journal follow-ups due today (answered in the window)
NOTICE_SNOOZE = 10  # the notification's one snooze button


def make_desktop_notices(parent):
    """The desktop's notification service where there is one (Linux); None elsewhere (tests swap this)."""
    if not sys.platform.startswith("linux"):
        return None
    from shiftmate.ui.shifts.desktop_notice import DesktopNotices

    return DesktopNotices(parent)


def _read_sound(store) -> bool:
    from shiftmate.core.shifts.reminder_rules import SOUND

    return store.read(SOUND)


def ask_for_attention(window) -> None:
    """Where the window is minimised or behind others, the desktop marks it (the urgency hint,
    a flashing taskbar entry) until the person looks at it; the toast waits inside."""
    if window.isMinimized() or not window.isActiveWindow():
        QApplication.alert(window, 0)


class ShiftCompanion(QObject):
    """Owns the reminder timer and toast of one main window (its part "shift_companion")."""

    ticked = Signal(object)  # the core's TickResult, after the toast is updated
    status_read = Signal(object)  # the core's ShiftStatus, read with each tick (see follow_status)
    reminder_answered = Signal(int, str)  # event id, action
    follow_ups_shown = Signal(list)  # the journal's follow-ups that came due (core FollowUp), once a day
    follow_up_answered = Signal(int, str)  # entry id, "done" / "tomorrow"

    def __init__(self, context) -> None:
        window: QMainWindow = context.window
        services = context.services
        super().__init__(window)
        self.window = window
        self.context = context
        self.services = services
        self.tray = None
        self.sound = False
        self._ticking = False
        self._tick_again = False
        self._toast = None
        self._notices = None  # the desktop's notifications, the first time one is wanted
        self._notices_made = False
        self._reset_wanted = False  # a hard moment was logged: offer the breathing reset next tick
        window.centralWidget().installEventFilter(self)

        self.breathing_action = QAction(self.tr("Breathing reset"), window)
        self.breathing_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.breathing_action.triggered.connect(self.open_breathing)
        self.break_action = QAction(self.tr("On break"), window)
        self.break_action.triggered.connect(lambda: self.set_on_break(True))
        self.back_action = QAction(self.tr("Back from break"), window)
        self.back_action.triggered.connect(lambda: self.set_on_break(False))
        self.back_action.setVisible(False)
        window.addAction(self.breathing_action)

        self.timer = timers.make_timer(self, TICK_MS)
        self.timer.timeout.connect(self.tick)
        services.opened.connect(self._on_opened)
        services.changed.connect(self._on_changed)
        # After a capture, a breathing reset is offered as a reminder toast (never forced).
        context.breathing_offered.connect(self.offer_breathing_after_capture)

    def stand_down(self) -> None:
        """Never tick: for ``shiftmate screenshot``, whose pictures show screens, not a reminder
        that happened to be due, and which must not record reminders in the person's data."""
        self.timer.stop()
        self.services.opened.disconnect(self._on_opened)
        self.services.changed.disconnect(self._on_changed)

    @property
    def toast(self):
        """The reminder toast over the window, made the first time it is needed."""
        if self._toast is None:
            from shiftmate.ui.shifts.reminder_toast import ReminderToast

            self._toast = ReminderToast(self.window.centralWidget())
            self._toast.acted.connect(self.answer)
            self._toast.breathe_requested.connect(self._breathe_from_reminder)
            self._toast.follow_up_acted.connect(self.answer_follow_up)
            self._toast.before_shift_requested.connect(self._before_shift_from_reminder)
        return self._toast

    @property
    def desktop_notices(self):
        """The desktop's notification service (None where there is none), made when first needed."""
        if not self._notices_made:
            self._notices_made = True
            self._notices = make_desktop_notices(self)
            if self._notices is not None:
                self._notices.acted.connect(self._on_notice_acted)
        return self._notices

    # -- the tray, where there is one ----------------------------------------------------
    def attach_tray(self, tray) -> None:
        """Add On break / Back / Breathing to the tray menu and deliver reminders there too."""
        if tray is None or tray.icon is None:
            return
        self.tray = tray
        first = tray.menu.actions()[0] if tray.menu.actions() else None
        for action in (self.break_action, self.back_action, self.breathing_action):
            tray.menu.insertAction(first, action)
        tray.menu.insertSeparator(first)

    # -- ticking -------------------------------------------------------------------------
    def _on_opened(self, _info) -> None:
        self.services.run(_read_sound, self._set_sound)
        self.tick()
        self.timer.start()

    def _set_sound(self, on: bool) -> None:
        self.sound = on

    def _on_changed(self, changes: Changes, source) -> None:
        if source is self or not changes & TICK_AFTER:
            return  # a tick's own writes: what it read is already shown
        if changes & Changes.SETTINGS:
            self.services.run(_read_sound, self._set_sound)
        self.tick()

    @property
    def busy(self) -> bool:
        """True while a tick is on its way (tests wait for quiet before ticking themselves)."""
        return self._ticking

    def tick(self) -> None:
        """Ask the core what is due now; show it. Overlapping calls fold into one more tick."""
        if not self.services.is_open:
            return
        if self._ticking:
            self._tick_again = True
            return
        self._ticking = True
        clock = clock_of(self.services)
        reset, self._reset_wanted = self._reset_wanted, False

        def job(store):
            from shiftmate.core.shifts.reminders import queue_hard_moment_reset, tick, waiting_for_action
            from shiftmate.core.shifts.records import open_break
            from shiftmate.core.shifts.status import shift_status
            from shiftmate.core.journal.follow_ups import follow_ups_to_show

            from shiftmate.core.shifts.reminders import waiting_before_shift

            offered = reset and queue_hard_moment_reset(store, clock) is not None
            result = tick(store, clock)
            follow_ups = follow_ups_to_show(store, clock)  # due journal follow-ups, once a day each
            # Between shifts, the reminder before a planned one is what can wait for an answer.
            waiting = (waiting_for_action(store, result.shift.id) if result.shift
                       else waiting_before_shift(store, clock.now()))
            on_break = result.shift is not None and open_break(store) is not None
            # Reminders shown or offered are stored (Insights counts them); a quiet tick changed nothing.
            wrote = Changes.REMINDERS if offered or result.to_show or result.missed or follow_ups else Changes.NONE
            return Wrote((result, waiting, on_break, shift_status(store, clock), follow_ups), wrote)

        self.services.write(job, Changes.NONE, self._after_tick, self._tick_failed, source=self)

    def _tick_failed(self, sentence: str) -> None:
        self._ticking = False
        self.services.failed.emit(sentence)

    def _after_tick(self, answer) -> None:
        self._ticking = False
        result, waiting, on_break, status, follow_ups = answer
        if follow_ups:
            self.toast.add_follow_ups(follow_ups)
        if result.missed:
            self.toast.show_summary(result.missed)
        if waiting or self._toast is not None:
            self.toast.show_waiting(waiting)
        # The tray offers the one that applies: On break during a shift, Back while on one.
        self.break_action.setEnabled(result.shift is not None)
        self.break_action.setVisible(not on_break)
        self.back_action.setVisible(on_break)
        if self._notices is not None:  # answered elsewhere (the window, the command line): take it back
            self._notices.keep_only({event.id for event in waiting} | {SUMMARY_KEY, FOLLOW_UP_KEY})
        if result.to_show or result.missed:
            self._deliver_outside(result)
        elif follow_ups:
            self._deliver_follow_ups_outside(follow_ups)
        if follow_ups:
            self.follow_ups_shown.emit(follow_ups)
        self.status_read.emit(status)
        self.ticked.emit(result)
        if self._tick_again:
            self._tick_again = False
            self.tick()

    def _deliver_outside(self, result) -> None:
        """One notice, one sound and one call for attention per tick, however many came due.

        Out of sight (hidden in the tray, minimised) the notice goes to the desktop's
        notification service where there is one, with Done and Snooze; the tray's message is
        the fallback, and what a visible window gets, as before.
        """
        if self.sound:
            QApplication.beep()
        ask_for_attention(self.window)
        if result.missed:
            key, actions = SUMMARY_KEY, []
            summary = self.tr("ShiftMate")
            text = self.tr("While you were away, %1 reminders passed.").replace("%1", str(len(result.missed)))
        else:
            event = result.to_show[0]
            key, text, summary = event.id, event.message, _heading(event.kind)
            actions = [("done", QCoreApplication.translate("ReminderToast", "&Done").replace("&", "")),
                       (f"snooze-{NOTICE_SNOOZE}", QCoreApplication.translate("ReminderToast", "Snooze %1")
                        .replace("%1", str(NOTICE_SNOOZE)))]
        self._tell(key, summary, text, actions)

    def tell_outside(self, text: str) -> None:
        """A reminder the lock held (the data is closed, so no buttons): where the person is."""
        self._tell(LOCKED_KEY, self.tr("ShiftMate"), text, [])

    def _tell(self, key: int, summary: str, text: str, actions: list) -> None:
        out_of_sight = not self.window.isVisible() or self.window.isMinimized()
        notices = self.desktop_notices if out_of_sight else None
        if notices is None:
            self._tray_message(text)
        else:
            notices.show(key, summary, text, actions, lambda: self._tray_message(text))

    def _tray_message(self, text: str) -> None:
        if self.tray is not None and self.tray.icon is not None:
            self.tray.icon.showMessage(self.tr("ShiftMate"), text, QSystemTrayIcon.Information, 0)

    def _on_notice_acted(self, key: int, action: str) -> None:
        """A button on the desktop's notification: the same as the toast's."""
        if action == "done" and key != SUMMARY_KEY:
            self.answer(key, "done")
        elif action == f"snooze-{NOTICE_SNOOZE}" and key != SUMMARY_KEY:
            self.answer(key, "snooze", NOTICE_SNOOZE)
        elif action == "default":  # a click on the notification itself
            self.window.bring_to_front()

    def _reach_desktop(self, text: str) -> None:
        """A journal follow-up beyond the window: a sound, the urgency hint, and the desktop's
        notice (or the tray's message), as reminders get; it is answered in the window."""
        if self.sound:
            QApplication.beep()
        ask_for_attention(self.window)
        self._tell(FOLLOW_UP_KEY, self.tr("ShiftMate"), text, [])

    def _deliver_follow_ups_outside(self, follow_ups) -> None:
        """Follow-ups reach the desktop the way reminders do (``_reach_desktop``)."""
        if len(follow_ups) == 1:
            text = self.tr("Follow up today: %1").replace("%1", follow_ups[0].first_line)
        else:
            text = self.tr("%1 follow-ups are due today.").replace("%1", str(len(follow_ups)))
        self._reach_desktop(text)

    # -- acting --------------------------------------------------------------------------
    def answer_follow_up(self, entry_id: int, action: str) -> None:
        """Open the entry, Done (the follow-up is done) or Tomorrow (remind again the next day)."""
        if action == "open":
            journal = self.context.part("journal")
            if journal is not None:
                journal.open_reflection(entry_id)
            return
        clock = clock_of(self.services)

        def job(store):
            from shiftmate.core.journal.follow_ups import mark_follow_up_done, put_off_a_day

            if action == "done":
                return mark_follow_up_done(store, clock, entry_id)
            return put_off_a_day(store, clock, entry_id)

        def done(_answer) -> None:
            self.follow_up_answered.emit(entry_id, action)

        self.services.write(job, Changes.JOURNAL, done, self.services.failed.emit)

    def answer(self, event_id: int, action: str, minutes: int = 0) -> None:
        """Answer a reminder with one of ``reminders.actions_for(event)``, from wherever it is shown."""
        clock = clock_of(self.services)

        def done(_event) -> None:
            if self._notices is not None:
                self._notices.withdraw(event_id)  # answered in the window: off the desktop too
            self.reminder_answered.emit(event_id, action)

        def job(store):
            from shiftmate.core.shifts.reminders import act_on

            return act_on(store, clock, event_id, action, snooze_minutes=minutes)

        # The change re-ticks, which refreshes the toast; Start break also starts the break.
        changes = Changes.REMINDERS | (Changes.BREAKS if action == "start_break" else Changes.NONE)
        self.services.write(job, changes, done, self.services.failed.emit)

    def offer_breathing_after_capture(self, _entry_id: int) -> None:
        """After a hard moment is logged, offer (never force) the reset as a reminder toast.

        It is a reminder like the others, so it is stored, can be snoozed or skipped, and
        only exists during a shift (reminders count from the shift's start). It is queued by
        the next tick's own job, which then shows it: one job, not a write and a tick.
        """
        self._reset_wanted = True
        self.tick()

    def _breathe_from_reminder(self, event_id: int) -> None:
        self.answer(event_id, "done")
        self.open_breathing()

    def _before_shift_from_reminder(self, event_id: int) -> None:
        """The reminder before a planned shift: answered, and the Before my shift checklist opens."""
        self.answer(event_id, "done")
        screen = self.context.show_screen("checklists")
        if screen is not None:
            screen.start_for("before-shift")

    def open_breathing(self):
        from shiftmate.ui.shifts.breathing_dialog import open_breathing

        return open_breathing(self.window, self.services)

    def set_on_break(self, on_break: bool) -> None:
        clock = clock_of(self.services)

        def job(store):
            from shiftmate.core.shifts import records as shifts

            return shifts.start_break(store, clock) if on_break else shifts.end_break(store, clock)

        def done(brk) -> None:
            if not on_break:
                self.check_short_break(brk)

        self.services.write(job, Changes.BREAKS, done, self.services.failed.emit)

    def check_short_break(self, brk) -> None:
        """A break that just ended under a minute was likely a slip: ask whether to keep it."""
        from shiftmate.core.shifts.break_log import SHORT_BREAK

        if brk is None or brk.ended_at is None or brk.length() >= SHORT_BREAK:
            return

        def answered(keep: bool) -> None:
            if keep:
                return

            def job(store):
                from shiftmate.core.shifts.break_log import delete_break

                return delete_break(store, brk.id)

            self.services.write(job, Changes.BREAKS, None, self.services.failed.emit)

        self.ask_keep_short_break(brk, answered)

    def ask_keep_short_break(self, brk, answered) -> None:
        """Ask whether to keep a break under a minute; ``answered(keep)`` once the worker says.

        Discard is the default (Enter, Escape, closing the box): a break that short was
        nearly always a press of On break by mistake, and one kept by mistake would count
        towards nothing anyway. The box is window-modal and opened without a nested event
        loop, so reminders keep ticking behind it (``short_break_box``, for tests).
        """
        from PySide6.QtWidgets import QMessageBox

        seconds = int(brk.length().total_seconds())
        box = QMessageBox(QMessageBox.Question, self.tr("Keep this break?"),
                          self.tr("Keep this %1-second break?").replace("%1", str(seconds)),
                          QMessageBox.NoButton, self.window)
        box.setInformativeText(self.tr("Breaks under a minute are usually a slip; they count towards no deadline."))
        keep = box.addButton(self.tr("&Keep"), QMessageBox.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.RejectRole)
        box.setDefaultButton(discard)
        box.setEscapeButton(discard)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda _result: answered(box.clickedButton() is keep))
        self.short_break_box = box
        box.open()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if self._toast is not None and event.type() == QEvent.Resize and self._toast.isVisible():
            self._toast.place()
        return False


def _heading(kind: str) -> str:
    """The toast's heading for a reminder of ``kind`` (its translations are the toast's)."""
    source = {"deadline": "Break deadline", "breathing": "A moment for you",
              "before_shift": "Your shift is coming up"}.get(kind, "Reminder")
    return QCoreApplication.translate("ReminderToast", source)


def follow_status(view, show) -> bool:
    """Have ``show(status)`` called with each shift status the window's companion reads.

    Called on ``view``'s first answer; the companion is a part of the window's context. The
    connection goes with ``view`` on ``let_go``. False when there is no companion (outside a
    window): the caller tries again on its next answer.
    """
    from shiftmate.ui.widgets.screen import listen

    companion = view.context.part("shift_companion")
    if companion is None:
        return False
    listen(view, companion.status_read, show)
    return True
