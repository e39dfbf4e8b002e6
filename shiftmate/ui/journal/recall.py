"""One past good moment, shown where it helps: on Today before a shift, in a small note after
a hard moment is noted, and at the top of After my shift.

Recalling one's own helpful acts before work reduced the customer mistreatment service workers
experienced that day, and through it their rumination that evening (Academy of Management
Journal, doi 10.5465/amj.2016.0448); ``core.journal.recall`` picks which moment. Each place shows it as
plain text with its date; "Another" steps to the next one, "Not now" hides it (on Today, until
the next day).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from shiftmate.core.journal.recall import GoodMoment
from shiftmate.core.journal.words import local_when
from shiftmate.ui.data.changes import Changes
from shiftmate.ui.look.language import local_date_text
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import scale_window
from shiftmate.ui.widgets.screen import listen, plain_label, scale_font, subscribe, user_label

MAX_SHOWN = 400  # characters of the moment's words; the whole entry is in the journal


class GoodMomentView(QWidget):
    """A good moment's words, its date (and who), with "Another" and "Not now"."""

    another_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent=None, *, heading: bool = True) -> None:
        super().__init__(parent)
        self.moment: GoodMoment | None = None
        self.heading = plain_label(self.tr("One of your good moments"), object_name="cardHeading")
        scale_font(self.heading, 1.2)
        self.words = user_label("")
        self.when = plain_label("", object_name="emptyBody")
        self.another_button = QPushButton(self.tr("&Another"))
        self.another_button.setToolTip(self.tr("Show a different good moment"))
        self.another_button.clicked.connect(self.another_requested)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.clicked.connect(self.dismissed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addWidget(self.when)
        layout.addLayout(buttons)
        if not heading:  # only once it has a parent: a parentless label shown is a window
            self.heading.hide()

    def show_moment(self, moment: GoodMoment) -> None:
        self.moment = moment
        text = " ".join(moment.text.split())
        shown = text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…"
        self.words.setText(self.tr("“%1”").replace("%1", shown))  # the worker's own words, quoted
        day = local_date_text(local_when(moment.occurred_at, moment.tz), "ddd d MMM yyyy")
        when = self.tr("On %1").replace("%1", day)
        if moment.who:
            when = self.tr("On %1, with %2").replace("%1", day).replace("%2", moment.who)
        self.when.setText(when)
        self.another_button.setVisible(moment.choices > 1)
        set_accessible(self.words, self.tr("A good moment of yours"), when)

    def text(self) -> str:
        """What a person reads, in order (for tests and screen readers)."""
        return "\n".join(label.text() for label in (self.heading, self.words, self.when) if label.isVisibleTo(self))


class GoodMomentNote(QDialog):
    """The small note after a hard moment is saved: one of the worker's good moments.

    Shown without taking the keyboard, so the window the person came from keeps it.
    """

    another_requested = Signal(int)  # how many to skip

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.skip = 0
        self.setWindowTitle(self.tr("Saved. One good moment, too"))
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        intro = plain_label(self.tr("Your hard moment is saved. Here is one of your good moments, to keep beside it."))
        self.view = GoodMomentView(self)
        self.view.another_requested.connect(self._another)
        self.view.dismissed.connect(self.close)
        self.view.dismiss_button.setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        scale_window(self, 380, 200)

    def _another(self) -> None:
        self.skip += 1
        self.another_requested.emit(self.skip)

    def show_moment(self, moment: GoodMoment) -> None:
        self.view.show_moment(moment)
        self.show()


def _no_shift_running(store) -> bool:
    return store.db.execute("SELECT 1 FROM shifts WHERE ended_at IS NULL LIMIT 1").fetchone() is None


def _after_shift_checklist(key: str):
    def applies(store) -> bool:
        found = store.db.execute("SELECT when_ FROM checklists WHERE key = ?", [key]).fetchone()
        return bool(found) and found[0] == "after-shift"

    return applies


class GoodMomentPanel(QFrame):
    """A framed good moment that reads its own: for ``place``, shown while ``applies(store)``.

    ``applies`` is a plain function of the store (no widget), run on the data thread.
    """

    refreshed = Signal(bool)  # whether a moment is showing

    def __init__(self, services, place: str, parent=None, *, applies=None) -> None:
        super().__init__(parent)
        self.services = services
        self.place = place
        self.applies = applies
        self.skip = 0
        self.dismissed_on: str | None = None  # the local day "Not now" was chosen
        self.has_data = False
        self.blocked = False  # the last answer: hidden because ``applies`` said no (a shift is on)
        self._generation = 0
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        self.view = GoodMomentView(self)
        self.view.another_requested.connect(self._another)
        self.view.dismissed.connect(self._dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.view)
        self.hide()

    def _today(self) -> str:
        from shiftmate.core.clock import local_day

        clock = self.services.clock
        return local_day(clock.now(), clock.zone_name()).isoformat()

    def refresh(self) -> None:
        if not self.services.is_open:
            return
        self._generation += 1
        generation, clock, place, skip, applies = self._generation, self.services.clock, self.place, self.skip, self.applies

        def job(store):
            from shiftmate.core.journal.recall import recall_good_moment

            if applies is not None and not applies(store):
                return None, True
            return recall_good_moment(store, clock, place, skip), False

        self.services.run(job, lambda found: self._show(generation, *found), lambda _sentence: None)

    def _show(self, generation: int, moment: GoodMoment | None, blocked: bool = False) -> None:
        if generation != self._generation:
            return
        self.has_data = True
        self.blocked = blocked
        showing = moment is not None and self.dismissed_on != self._today()
        if moment is not None:
            self.view.show_moment(moment)
        self.setVisible(showing)
        self.refreshed.emit(showing)

    def _another(self) -> None:
        self.skip += 1
        self.refresh()
        self.view.another_button.setFocus()

    def _dismiss(self) -> None:
        self.dismissed_on = self._today()
        self.hide()
        self.refreshed.emit(False)


class GoodMomentCard(GoodMomentPanel):
    """Today's card before a shift: one of the worker's good moments (hidden during a shift)."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context.services, "today", parent, applies=_no_shift_running)
        note = plain_label(
            self.tr("Remembering a time you helped someone, before a shift, can make rude customers weigh less."),
            object_name="emptyBody")
        self.layout().addWidget(note)
        listen(self, self.services.opened, lambda _info: self.refresh())
        subscribe(self, self.services, Changes.JOURNAL | Changes.SHIFTS, self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        # During a shift the card is hidden whatever the journal holds: a moment noted then
        # needs no query here (only the shift's end brings the card back).
        if self.blocked and not changes & Changes.SHIFTS:
            return
        self.refresh()


class AfterShiftGoodMoment(GoodMomentPanel):
    """At the top of After my shift (any checklist meant for after the shift)."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, "after_shift", parent)
        self.view.heading.setText(self.tr("Before you go: one of your good moments"))

    def follow(self, checklist_key: str | None) -> None:
        """Show a moment when ``checklist_key`` is an after-shift checklist, else nothing."""
        if not checklist_key:
            self.hide()
            return
        self.applies = _after_shift_checklist(checklist_key)
        self.refresh()
