"""The Today screen: where a shift starts and ends, and hard moments are noted.

Each feature contributes a card: a row ``Entry(CARD, key, "module:Class")`` in
``shiftmate.ui.registry``, made as ``Class(context)`` in the table's order. Until there is
one, an honest empty state explains what will be here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from shiftmate.ui import registry
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.screen import Screen


class TodayScreen(Screen):
    """The first screen a worker sees: today's shift at a glance."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
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
        # The cards of the registry, top to bottom. They talk to each other through the
        # context (starting a shift opens the pre-shift checklist), never through this screen.
        self.cards: dict[str, QWidget] = {}
        for row in registry.entries(registry.CARD):
            self.cards[row.key] = registry.load(row)(self.context)
            self.add_card(self.cards[row.key])

    # The cards tests and the screenshot command used to reach as attributes.
    shift_card = property(lambda self: self.cards.get("shift"))
    summary_card = property(lambda self: self.cards.get("summary"))
    checklist_card = property(lambda self: self.cards.get("checklist"))
    journal_card = property(lambda self: self.cards.get("journal"))

    @property
    def has_data(self) -> bool:
        """True once every card that reads the database has shown its first answer."""
        return all(getattr(card, "has_data", True) for card in self._all_cards())

    def _all_cards(self) -> list[QWidget]:
        return [self._cards.itemAt(i).widget() for i in range(self._cards.count() - 1)]

    def add_card(self, card: QWidget) -> None:
        """Place a feature's card on Today, in the order cards are added."""
        self._cards.insertWidget(self._cards.count() - 1, card)
        self.empty_state.hide()
        self._scroll.show()
