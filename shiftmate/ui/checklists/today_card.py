"""The checklist card on Today: start and end the shift with its checklists."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from shiftmate.ui.widgets.screen import listen, plain_label, scale_font, subscribe
from shiftmate.ui.data.changes import Changes


class ChecklistCard(QFrame):
    """Today's pre- and post-shift checklists, opened again when a shift starts and ends."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = services = context.services
        self.has_data = False  # True once the first answer from the database is shown
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        heading = plain_label(self.tr("Checklists"))
        scale_font(heading, 1.15)
        self.status = plain_label("", object_name="emptyBody")
        self.start_button = QPushButton(self.tr("Pre-shift chec&klist"))
        self.end_button = QPushButton(self.tr("Post-shift checkl&ist"))
        self.start_button.clicked.connect(lambda: self.open_checklist("before-shift"))
        self.end_button.clicked.connect(lambda: self.open_checklist("after-shift"))
        # Starting the shift offers the pre-shift checklist, ending it the post-shift one.
        listen(self, context.shift_started, lambda _id: self.open_checklist("before-shift"))
        listen(self, context.shift_ended, lambda _id: self.open_checklist("after-shift"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        subscribe(self, services, Changes.CHECKLISTS, lambda _changes: self.refresh())
        listen(self, services.opened, lambda _info: self.refresh())
        if services.is_open:
            self.refresh()

    def open_checklist(self, when: str) -> None:
        """The Checklists screen, with today's run for ``when`` started or resumed."""
        screen = self.context.show_screen("checklists")
        if screen is not None:
            screen.start_for(when)

    def refresh(self) -> None:
        clock = self.services.clock

        def job(store):
            from shiftmate.core.checklists.runs import ChecklistRuns
            from shiftmate.core.checklists.library import ChecklistLibrary

            library, runs = ChecklistLibrary(store), ChecklistRuns(store, clock)
            out = []
            for when in ("before-shift", "after-shift"):
                key = library.key_for_when(when)
                run_id = runs.open_run_id(key) if key else None
                out.append(runs.get(run_id) if run_id else None)
            return out

        self.services.run(job, self._show)

    def _show(self, runs) -> None:
        from shiftmate.core.checklists.words import shown_title  # loaded by the data thread by now

        self.has_data = True
        before, after = runs
        if before is None and after is None:
            self.status.setText(self.tr("Start with the pre-shift checklist: two minutes to arrive ready."))
            return
        parts = []
        for run in (before, after):
            if run is not None:
                parts.append(self.tr("%1: %2 of %3 answered")
                             .replace("%1", shown_title(run.title))
                             .replace("%2", str(run.answered_count))
                             .replace("%3", str(len(run.answerable))))
        self.status.setText(" · ".join(parts))
