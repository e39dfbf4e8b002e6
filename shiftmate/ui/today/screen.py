"""The Today screen: where a shift starts and ends, and hard moments are noted.

Each feature contributes a card (a QWidget) through ``add_card``; until one does, an honest
empty state explains what will be here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.screen import Screen


class TodayScreen(Screen):
    """The first screen a worker sees: today's shift at a glance."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.set_title(self.tr("Today"))
        self.empty_state = self.show_empty(
            self.tr("Your shift starts here"),
            self.tr(
                "Soon this page will hold your shift: the pre-shift checklist, the next break and a quick way to note a hard moment. Nothing to do here yet."
            ),
        )
        self._card_area = QWidget()
        self._cards = QVBoxLayout(self._card_area)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(14)
        self._cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self._card_area)
        set_accessible(scroll, self.tr("Today's cards"), self.tr("Page Up and Page Down scroll the cards."))
        self._scroll = scroll
        self.content.addWidget(scroll, 1)
        scroll.hide()
        from shiftmate.ui.checklists.today_card import ChecklistCard
        from shiftmate.ui.journal.today_card import JournalCard
        from shiftmate.ui.shifts.today_card import ShiftCard

        self.shift_card = ShiftCard(services)
        self.checklist_card = ChecklistCard(services, self._open_checklist)
        self.journal_card = JournalCard(services)
        from shiftmate.ui.insights.today_card import WeeklySummaryCard

        self.summary_card = WeeklySummaryCard(services)
        for card in (self.shift_card, self.summary_card, self.checklist_card, self.journal_card):
            self.add_card(card)
        # Starting the shift offers the pre-shift checklist, ending it the post-shift one.
        self.shift_card.shift_started.connect(lambda _id: self._open_checklist("before-shift"))
        self.shift_card.shift_ended.connect(lambda _id: self._open_checklist("after-shift"))

    @property
    def has_data(self) -> bool:
        """True once every card that reads the database has shown its first answer."""
        return all(getattr(card, "has_data", True) for card in self._all_cards())

    def _all_cards(self) -> list[QWidget]:
        return [self._cards.itemAt(i).widget() for i in range(self._cards.count() - 1)]

    def _open_checklist(self, when: str) -> None:
        window = self.window()
        if hasattr(window, "open_checklist"):
            window.open_checklist(when)

    def add_card(self, card: QWidget) -> None:
        """Place a feature's card on Today, in the order cards are added."""
        self._cards.insertWidget(self._cards.count() - 1, card)
        self.empty_state.hide()
        self._scroll.show()
