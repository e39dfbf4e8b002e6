"""The Insights screen: figures that show whether the habits help.

The figures come from ``core.insights.figures`` on the data thread; this screen only turns them into
charts, tables and sentences. Qt Charts is imported with ``insights_charts`` when the screen
is first created (the main window creates screens lazily), never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from shiftmate.core.errors import BadInput
from shiftmate.core.insights.figures import DEFAULT_PERIOD, Insights, compute_insights
from shiftmate.core.insights.readings import readings, too_thin
from shiftmate.core.i18n import builtin_text, number
from shiftmate.core.journal.entries import channel_label
from shiftmate.ui.widgets.accessibility import announce, set_accessible
from shiftmate.ui.widgets.flow_layout import FlowLayout, labelled
from shiftmate.ui.look.language import local_date_text
from shiftmate.ui.widgets.screen import Screen, listen, plain_label, subscribe, user_label
from shiftmate.ui.data.changes import Changes

# Translated when the selector is filled (QT_TRANSLATE_NOOP marks them for the tools).
# For the shortcuts sheet.
INSIGHTS_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsSheet", "Ctrl+T"),
     QT_TRANSLATE_NOOP("ShortcutsSheet", "Every chart as a table, or back")),
)
PERIODS = (
    ("4w", QT_TRANSLATE_NOOP("InsightsScreen", "Last 4 weeks")),
    ("3m", QT_TRANSLATE_NOOP("InsightsScreen", "Last 3 months")),
    ("12m", QT_TRANSLATE_NOOP("InsightsScreen", "Last 12 months")),
)


# What the figures are worked out from (not drafts, not backup files; a clock tick is no change).
FIGURES_FROM = Changes.STORED & ~Changes.DRAFTS


def _r(value):
    """One decimal, the same in chart and table."""
    return None if value is None else round(float(value), 1)


def week_label(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, Qt.ISODate), "d MMM")


class InsightsScreen(Screen):
    """Charts and plain tables over the worker's own data, for a chosen period."""

    loaded = Signal(str)  # the period key, once its figures are on screen
    exported = Signal(str)  # the path of a file just written

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        services = self.services
        self.set_title(self.tr("Insights"))
        self.insights: Insights | None = None
        self._period_text = ""
        self._generation = 0
        self._build_steps: list = []  # making the chart sections, before any filling
        self._steps: list = []
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._next_step)
        self._dirty = True
        # Tests replace this with a function returning a path (or "" for cancel).
        self.ask_export_path = self._ask_export_path

        self.period_box = QComboBox()
        for key, label in PERIODS:
            self.period_box.addItem(self.tr(label), key)
        set_accessible(self.period_box, self.tr("Period"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_box)
        self.period_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_png = QPushButton(self.tr("Export PN&G…"))
        self.export_png.clicked.connect(lambda: self.export("png"))
        self.export_pdf = QPushButton(self.tr("Export P&DF…"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        # One switch for every section: a screen reader gets all the numbers in one press.
        self.tables_button = QPushButton(self.tr("All as &tables"))
        self.tables_button.setCheckable(True)
        self.tables_button.setToolTip(self.tr("Show every chart as a table of its numbers (Ctrl+T)"))
        self.tables_button.toggled.connect(self.show_tables)
        tables_action = QAction(self.tr("Show all as tables"), self)
        tables_action.setShortcut(QKeySequence("Ctrl+T"))
        tables_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        tables_action.triggered.connect(self.tables_button.toggle)
        self.addAction(tables_action)
        self.status = plain_label("", object_name="emptyBody")
        # Where the last export went: its own line, which a reload (every data change
        # reloads) leaves alone, unlike the status line above it.
        self.saved = plain_label("")
        self.saved.hide()
        bar = FlowLayout()  # wraps at large text sizes instead of cutting words off
        bar.addWidget(labelled(period_label, self.period_box))
        bar.addWidget(self.tables_button)
        bar.addWidget(self.export_png)
        bar.addWidget(self.export_pdf)
        self.content.addLayout(bar)
        self.content.addWidget(self.status)
        self.content.addWidget(self.saved)

        section_specs = [
            ("reflection", self.tr("Does reflecting help?"), "line"),
            ("interactions", self.tr("Difficult interactions per week"), "stacked"),
            ("heatmap", self.tr("When they happen"), "heat"),
            ("good_moments", self.tr("Good moments per week"), "bar"),
            ("tags", self.tr("Top tags and their intensity"), "bar"),
            ("checklist", self.tr("Pre-shift checklist"), "bar"),
            ("breaks", self.tr("Breaks and reminders"), "bar"),
            ("shifts", self.tr("Hours per week"), "bar"),
            ("ratings", self.tr("Arriving and day ratings"), "line"),
        ]
        self.sections: dict = {}  # key -> ChartSection, made one per event-loop turn (below)
        self.page = QWidget()
        self._grid = QGridLayout(self.page)
        self._grid.setContentsMargins(0, 0, 6, 0)
        self._grid.setSpacing(14)
        self._grid.setRowStretch(len(section_specs) // 2 + 1, 1)
        self.open_items_heading = plain_label(self.tr("Most often left open"), object_name="cardHeading")
        self._open_item_labels: list[QLabel] = []
        # A chart section takes ~15 ms to make (Qt Charts itself ~20 ms to load with the
        # first): made one per turn of the event loop while the figures are worked out on the
        # data thread, so opening the screen never stalls the window for all eight at once.
        self._build_steps = [lambda spec=spec, index=index: self._add_section(index, *spec)
                             for index, spec in enumerate(section_specs)]
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.page)
        set_accessible(scroll, self.tr("Insights page"),
                       self.tr("Page Up and Page Down scroll; Tab goes from chart to chart."))
        self.content.addWidget(scroll, 1)
        self.scroll = scroll
        # Until figures arrive, and whenever the period holds no data at all, one honest
        # empty state instead of eight empty cards.
        self.empty_state = self.show_empty(
            self.tr("Nothing to show yet"),
            self.tr(
                "After a few shifts and journal entries, this page will show whether reflecting lowers how intense hard moments feel."
            ),
        )
        scroll.hide()
        self._step_timer.start()
        subscribe(self, services, FIGURES_FROM, self._data_changed)
        listen(self, services.opened, self._on_opened)
        if services.is_open:
            self.reload()

    def _add_section(self, index: int, key: str, title: str, kind: str) -> None:
        from shiftmate.ui.insights.charts import ChartSection

        section = ChartSection(title, kind)
        self.sections[key] = section
        self._grid.addWidget(section, index // 2, index % 2)
        if key == "checklist":
            section.extra.addWidget(self.open_items_heading)
        if self.tables_button.isChecked():  # "All as tables" chosen before this one was made
            section.toggle.setChecked(True)

    def show_tables(self, on: bool) -> None:
        """Every section as its table (on) or its chart (off)."""
        for section in self.sections.values():
            section.toggle.setChecked(on)
        if self.tables_button.isChecked() != on:
            self.tables_button.setChecked(on)

    # -- loading ------------------------------------------------------------------------
    @property
    def period(self) -> str:
        return self.period_box.currentData() or DEFAULT_PERIOD

    def set_period(self, key: str) -> None:
        index = self.period_box.findData(key)
        if index < 0:
            raise BadInput(f"The period is 4w, 3m or 12m, not '{key}'.")
        self.period_box.setCurrentIndex(index)

    def _data_changed(self, _changes: Changes) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty and self.services.is_open:
            self.reload()

    def _on_opened(self, _info: dict) -> None:
        self.reload()

    def reload(self) -> None:
        """Compute the chosen period's figures on the data thread, then show them."""
        if not self.services.is_open:
            return
        self._dirty = False
        self._generation += 1
        generation, period, clock = self._generation, self.period, self.services.clock
        self.status.setText(self.tr("Working out your figures…"))

        def done(result: Insights) -> None:
            if generation == self._generation:  # a newer request replaces an older answer
                self.show_insights(result)

        self.services.run(lambda store: compute_insights(store, clock, period), done, self._failed)

    def _failed(self, sentence: str) -> None:
        self.status.setText(sentence)

    # -- showing ------------------------------------------------------------------------
    def show_insights(self, ins: Insights) -> None:
        words = readings(ins)
        weeks = ins.period.weeks
        labels = [week_label(w) for w in weeks]
        plan: dict = {}
        from shiftmate.ui.insights.charts import SectionData

        refl = {w.week: w for w in ins.reflection}
        plan["reflection"] = (SectionData(
            labels,
            [(self.tr("Before"), [_r(refl[w].before) if w in refl else None for w in weeks]),
             (self.tr("After"), [_r(refl[w].after) if w in refl else None for w in weeks])],
            [self.tr("Week"), self.tr("Entries"), self.tr("Before"), self.tr("After")],
            [[week_label(w.week), w.entries, _r(w.before), _r(w.after)] for w in ins.reflection],
            words["reflection"], y_max=10))

        channels = sorted({c.channel for c in ins.interactions})
        counts = {(c.week, c.channel): c.count for c in ins.interactions}
        names = [channel_label(c) if c else self.tr("No channel") for c in channels]
        busy_weeks = sorted({c.week for c in ins.interactions})
        plan["interactions"] = (SectionData(
            labels,
            [(name, [counts.get((w, c), 0) for w in weeks]) for name, c in zip(names, channels)],
            [self.tr("Week")] + names,
            [[week_label(w)] + [counts.get((w, c), 0) for c in channels] for w in busy_weeks],
            words["interactions"]))

        # Thank-yous, praise and wins: counted here, never among the difficult interactions.
        good = {w.week: w.count for w in ins.good_moments}
        plan["good_moments"] = (SectionData(
            labels,
            [(self.tr("Good moments"), [good.get(w, 0) for w in weeks])],
            [self.tr("Week"), self.tr("Good moments")],
            [[week_label(w.week), w.count] for w in ins.good_moments],
            words["good_moments"]))

        days = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]
        plan["heatmap"] = (SectionData(
            [], [], [self.tr("Weekday"), self.tr("Hour"), self.tr("Entries")],
            [[days[c.weekday], f"{c.hour:02d}:00", c.count] for c in ins.heatmap], words["heatmap"]))
        heat = {(c.weekday, c.hour): c.count for c in ins.heatmap}

        plan["tags"] = (SectionData(
            [t.tag for t in ins.tags],
            [(self.tr("Before"), [_r(t.before) for t in ins.tags]),
             (self.tr("After"), [_r(t.after) for t in ins.tags])],
            [self.tr("Tag"), self.tr("Entries"), self.tr("Before"), self.tr("After"),
             self.tr("First half"), self.tr("Second half")],
            [[t.tag, t.entries, _r(t.before), _r(t.after), _r(t.first_half), _r(t.second_half)]
             for t in ins.tags],
            words["tags"], y_max=10))

        runs = {w.week: w for w in ins.checklist_weeks}
        plan["checklist"] = (SectionData(
            labels,
            [(self.tr("Days run"), [runs[w].days_run if w in runs else 0 for w in weeks]),
             (self.tr("Days complete"), [runs[w].days_complete if w in runs else 0 for w in weeks])],
            [self.tr("Week"), self.tr("Days run"), self.tr("Days complete")],
            [[week_label(w.week), w.days_run, w.days_complete] for w in ins.checklist_weeks],
            words["checklist"]))

        brk = {w.week: w for w in ins.breaks}
        plan["breaks"] = (SectionData(
            labels,
            [(self.tr("Breaks taken"), [brk[w].breaks_taken if w in brk else 0 for w in weeks]),
             (self.tr("Deadlines met"), [brk[w].deadlines_met if w in brk else 0 for w in weeks]),
             (self.tr("Deadlines missed"), [brk[w].deadlines_missed if w in brk else 0 for w in weeks])],
            [self.tr("Week"), self.tr("Breaks taken"), self.tr("Deadlines met"), self.tr("Deadlines missed"),
             self.tr("Water and stretch done"), self.tr("Reminders")],
            [[week_label(w.week), w.breaks_taken, w.deadlines_met, w.deadlines_missed, w.care_done,
              w.care_total] for w in ins.breaks],
            words["breaks"]))

        shifts = {w.week: w for w in ins.shifts}
        plan["shifts"] = (SectionData(
            labels,
            [(self.tr("Hours"), [_r(shifts[w].hours) if w in shifts else 0 for w in weeks])],
            [self.tr("Week"), self.tr("Shifts"), self.tr("Hours")],
            [[week_label(w.week), w.shifts, _r(w.hours)] for w in ins.shifts],
            words["shifts"]))

        arriving = {a.week: a for a in ins.arriving}
        rated = sorted(set(arriving) | {w.week for w in ins.shifts if w.day_rating is not None})
        plan["ratings"] = (SectionData(
            labels,
            [(self.tr("Arriving"), [_r(arriving[w].arriving) if w in arriving else None for w in weeks]),
             (self.tr("Day rating"), [_r(shifts[w].day_rating) if w in shifts else None for w in weeks])],
            [self.tr("Week"), self.tr("Arriving"), self.tr("Day rating")],
            [[week_label(w), _r(arriving[w].arriving) if w in arriving else None,
              _r(shifts[w].day_rating) if w in shifts else None] for w in rated],
            self._ratings_reading(ins), y_max=5))
        for key in too_thin(ins):
            plan[key].thin = True
        # One section per turn of the event loop: no single long stall on the GUI thread. The
        # page is shown first, with its sections as they were, and then filled one by one:
        # laying out and painting eight filled charts at once took longer than all the rest.
        steps = []
        if any(not data.empty for data in plan.values()) and self.scroll.isHidden():
            steps.append(self._reveal_page)
        steps += [lambda key=key, data=data: self.sections[key].set_data(data) for key, data in plan.items()]
        steps.append(lambda: self.sections["heatmap"].set_heat(heat, days))
        steps.append(lambda: self._show_open_items(ins))
        steps.append(lambda: self._finish(ins, plan))
        self._steps = steps
        self._step_timer.start()

    def _reveal_page(self) -> None:
        self.empty_state.hide()
        self.scroll.show()

    def _next_step(self) -> None:
        queue = self._build_steps or self._steps
        if not queue:
            self._step_timer.stop()
            return
        queue.pop(0)()

    def finish_pending(self) -> None:
        """Apply whatever is still queued at once (for `shiftmate screenshot` and exports)."""
        while self._build_steps or self._steps:
            (self._build_steps or self._steps).pop(0)()
        self._step_timer.stop()

    def _finish(self, ins: Insights, plan: dict) -> None:
        self.insights = ins
        has_data = any(not data.empty for data in plan.values())
        self.scroll.setVisible(has_data)
        self.empty_state.setVisible(not has_data)
        for button in (self.tables_button, self.export_png, self.export_pdf):
            button.setEnabled(has_data)
        first, last = ins.period.first_day, ins.period.last_day
        self._period_text = (self.tr("%1 to %2").replace("%1", local_date_text(first, "dd MMM yyyy"))
                             .replace("%2", local_date_text(last, "dd MMM yyyy")))
        self.status.setText(self._period_text)
        self.loaded.emit(ins.period.key)

    def _ratings_reading(self, ins: Insights) -> str:
        arriving = [a for a in ins.arriving]
        days = [w for w in ins.shifts if w.day_rating is not None]
        if not arriving and not days:
            return self.tr("Rate how you arrive and how the day went to see them here.")
        parts = []
        if arriving:
            total = sum(a.ratings for a in arriving)
            avg = sum(a.arriving * a.ratings for a in arriving) / total
            parts.append(self.tr("You arrived at %1 out of 5 on average").replace("%1", number(avg)))
        if days:
            total = sum(w.day_ratings for w in days)
            avg = sum(w.day_rating * w.day_ratings for w in days) / total
            parts.append(self.tr("days went %1 out of 5").replace("%1", number(avg)))
        return "; ".join(parts) + "."

    def _show_open_items(self, ins: Insights) -> None:
        layout = self.sections["checklist"].extra
        for label in self._open_item_labels:
            layout.removeWidget(label)
            label.deleteLater()
        self._open_item_labels = []
        self.open_items_heading.setVisible(bool(ins.left_open))
        for item in ins.left_open:
            # The item text was written by a pack or the worker: shown as typed (built-in
            # words in the window's language).
            label = user_label(f"{builtin_text(item.text)}  ({item.times}×)")
            layout.addWidget(label)
            self._open_item_labels.append(label)

    # -- export -------------------------------------------------------------------------
    def _ask_export_path(self, kind: str) -> str:
        filters = {"png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Insights"),
                                              str(Path.home() / f"shiftmate-insights.{kind}"), filters[kind])
        return path

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the Insights page as a PNG image or a PDF document."""
        path = self.ask_export_path(kind)
        self.finish_pending()
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        from shiftmate.ui.insights.export import export_sections_pdf, export_widget

        try:
            if kind == "pdf":
                export_sections_pdf(list(self.sections.values()), target, title=self.tr("ShiftMate Insights"),
                                    period=self._period_text)
            else:
                export_widget(self.page, target)
        except BadInput as exc:
            self._say_saved(exc.sentence)
            return None
        self._say_saved(self.tr("Saved to %1").replace("%1", str(target)))
        self.exported.emit(str(target))
        return target

    def _say_saved(self, sentence: str) -> None:
        """Say how the export went under the buttons, and to a screen reader."""
        self.saved.setText(sentence)
        self.saved.show()
        announce(self.saved, sentence)

    def screenshot_states(self):
        """Extra views for `shiftmate screenshot`; they only read, never write."""
        def tables() -> None:
            for section in self.sections.values():
                section.toggle.setChecked(True)

        def twelve_months() -> None:
            for section in self.sections.values():
                section.toggle.setChecked(False)
            self.set_period("12m")

        return [("insights-tables", tables), ("insights-12m", twelve_months)]
