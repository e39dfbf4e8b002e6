"""The journal's ways in: Ctrl+N anywhere (Ctrl+Shift+N for a good moment), the Today card,
the tray, and drafts after a crash.

One ``JournalActions`` per window (its part "journal" in the registry) opens the capture
and reflection windows, so the Journal screen, the Today card and the tray all share them.
After a capture is saved it emits ``breathing_offered(entry_id)``, on itself and on the
window's context, where the breaks feature connects its one-minute breathing reset (an
offer, never forced). Until then nothing is connected and nothing is shown. After a hard
moment it also brings back one of the worker's past good moments, in a small note that takes
no focus (``recall_shown``; see ``core.journal.recall`` for why).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from shiftmate.core.clock import Clock
from shiftmate.ui.data.service import LOCKED, DataService


class JournalActions(QObject):
    """Opens the capture and reflection windows; the window's part "journal" (one per window)."""

    capture_saved = Signal(int)
    breathing_offered = Signal(int)  # also told to the context, where the breaks feature listens
    reflection_opened = Signal(object)  # the ReflectionDialog, e.g. for tests and screenshots
    short_reflection_opened = Signal(object)  # the ShortReflectionDialog
    share_opened = Signal(object)  # the ShareDialog
    capture_opened = Signal(object)
    recall_shown = Signal(object)  # the GoodMomentNote shown after a hard moment was saved

    def __init__(self, context) -> None:
        window = context.window
        super().__init__(window or context)
        self.context = context
        self.services: DataService = context.services
        self.window = window
        self._clock: Clock | None = None  # a test may pin one; otherwise the services' clock
        self.capture = None
        self.recall_note = None
        self.reflections: dict[int, object] = {}
        self.short_reflections: dict[int, object] = {}
        self.drafts_checked = False
        self.breathing_offered.connect(context.breathing_offered)
        self.services.opened.connect(self._offer_kept_drafts)
        if window is not None:  # Ctrl+N: note a hard moment, from anywhere in ShiftMate
            new = QAction(QCoreApplication.translate("JournalActions", "Note a hard moment…"), window)
            new.setShortcut(QKeySequence.New)
            new.setShortcutContext(Qt.ApplicationShortcut)
            new.triggered.connect(self.open_capture)
            window.addAction(new)
            self.new_action = new
            good = QAction(QCoreApplication.translate("JournalActions", "Note a good moment…"), window)
            good.setShortcut(QKeySequence("Ctrl+Shift+N"))
            good.setShortcutContext(Qt.ApplicationShortcut)
            good.triggered.connect(self.open_good_capture)
            window.addAction(good)
            self.new_good_action = good
        if self.services.info is not None:
            self._offer_kept_drafts()

    @property
    def clock(self) -> Clock:
        return self._clock or self.context.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock

    # -- capture --------------------------------------------------------------------
    def open_capture(self, kind: str = "hard") -> None:
        """The capture window, on a hard moment (or ``kind`` "good"); one at a time."""
        from shiftmate.ui.journal.capture import CaptureWindow

        kind = kind if kind in ("hard", "good") else "hard"  # a button's clicked(bool) is no kind
        if self.capture is not None and self.capture.isVisible():
            if not self.capture.has_words():
                self.capture.set_kind(kind)
            self._raise(self.capture)
            return
        capture = CaptureWindow(self.services, self.clock, self.window, kind=kind)
        capture.setAttribute(Qt.WA_DeleteOnClose)
        capture.saved.connect(self.capture_saved)
        capture.recalled.connect(self._show_recall)
        capture.breathing_offered.connect(self.breathing_offered)
        capture.destroyed.connect(lambda *_: setattr(self, "capture", None))
        came_from = QApplication.focusWidget()
        capture.finished.connect(lambda *_: QTimer.singleShot(0, lambda: self._give_focus_back(came_from)))
        self.capture = capture
        capture.show()
        capture.activateWindow()
        self.capture_opened.emit(capture)

    def open_good_capture(self) -> None:
        self.open_capture("good")

    def recall_after_hard_moment(self, skip: int = 0) -> None:
        """Another past good moment for the note ("Another"); the first comes with the capture's save."""
        clock = self.clock

        def job(store):
            from shiftmate.core.journal.recall import recall_good_moment

            return recall_good_moment(store, clock, "after_capture", skip)

        self.services.run(job, self._show_recall, lambda _sentence: None)

    def _show_recall(self, moment) -> None:
        import shiboken6

        if moment is None:
            return
        from shiftmate.ui.journal.recall import GoodMomentNote

        note = self.recall_note
        if note is None or not shiboken6.isValid(note):
            note = GoodMomentNote(self.window)
            note.setAttribute(Qt.WA_DeleteOnClose)
            note.another_requested.connect(self.recall_after_hard_moment)
            self.recall_note = note
        note.show_moment(moment)
        self.recall_shown.emit(note)

    # -- reflection -----------------------------------------------------------------
    def open_reflection(self, entry_id: int, carried: dict | None = None):
        """The full reflection; ``carried`` holds answers brought from the short one."""
        from shiftmate.ui.journal.reflect import ReflectionDialog

        open_one = self.reflections.get(entry_id)
        if open_one is not None:
            self._raise(open_one)
            return open_one
        dialog = ReflectionDialog(self.services, entry_id, self.clock, self.window, carried=carried)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.reflections.pop(entry_id, None))
        dialog.share_requested.connect(lambda entry: self.open_share([entry.id], entries=[entry]))
        self.reflections[entry_id] = dialog
        dialog.show()
        dialog.activateWindow()
        self.reflection_opened.emit(dialog)
        return dialog

    def open_short_reflection(self, entry_id: int):
        """The four questions for a break; its "Full reflection…" carries them into the full form."""
        from shiftmate.ui.journal.short_reflect import ShortReflectionDialog

        if entry_id in self.reflections:  # the full form is open already: that one, then
            return self.open_reflection(entry_id)
        open_one = self.short_reflections.get(entry_id)
        if open_one is not None:
            self._raise(open_one)
            return open_one
        dialog = ShortReflectionDialog(self.services, entry_id, self.clock, self.window)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.short_reflections.pop(entry_id, None))
        dialog.full_requested.connect(self.open_reflection)
        self.short_reflections[entry_id] = dialog
        dialog.show()
        dialog.activateWindow()
        self.short_reflection_opened.emit(dialog)
        return dialog

    def open_share(self, entry_ids: list[int], entries=None):
        """Share with my manager: the preview of a summary of ``entry_ids``."""
        from shiftmate.ui.journal.share_dialog import ShareDialog

        dialog = ShareDialog(self.services, entry_ids, self.window, entries=entries)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()
        self.share_opened.emit(dialog)
        return dialog

    def _offer_kept_drafts(self, *_info) -> None:
        """On start, bring back what was being written (after a crash, or kept on purpose).

        The capture comes back with its words (it reads its own draft), and the newest
        reflection with a draft beside it.
        """
        if self.drafts_checked:
            return
        self.drafts_checked = True

        def reopen(drafts) -> None:
            from shiftmate.core.journal.drafts import CAPTURE_DRAFT_KEY

            reflections = [d for d in drafts if d.entry_id is not None]
            if reflections:
                self.open_reflection(reflections[0].entry_id)
            if any(d.key == CAPTURE_DRAFT_KEY for d in drafts):
                self.open_capture()

        def job(store):
            from shiftmate.core.journal.drafts import list_drafts

            return list_drafts(store)

        self.services.run(job, reopen, lambda _sentence: None)

    def keep_drafts(self) -> None:
        """Put what is being written on disk now (before locking or quitting closes the database)."""
        if self.capture is not None:
            self.capture.save_draft_now()
        for dialog in self.reflections.values():
            dialog.save_draft_now()
        for dialog in self.short_reflections.values():
            dialog.save_draft_now()

    def _give_focus_back(self, came_from) -> None:
        """Focus goes back where it was before the capture, never to wherever Qt picks.

        Left to Qt, it landed on the next button in the window, such as "On break", where the
        next Space started a break. Gone or hidden since, the sidebar takes it instead.
        """
        import shiboken6

        window = self.window
        if (window is None or not shiboken6.isValid(window) or not window.isVisible()
                or self.services.state == LOCKED):
            return  # hidden to the tray, or the lock screen has the keyboard
        if (came_from is None or not shiboken6.isValid(came_from) or came_from.window() is not window
                or not came_from.isVisible() or not came_from.isEnabled()):
            came_from = window.sidebar
        window.activateWindow()
        if came_from is not None:
            came_from.setFocus(Qt.OtherFocusReason)

    @staticmethod
    def _raise(widget) -> None:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise, and says so
            widget.raise_()
        widget.activateWindow()
