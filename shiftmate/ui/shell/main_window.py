"""The main window: a sidebar of screens, a problem banner, and remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pathlib import Path

from shiftmate import APP_NAME
from shiftmate.core.storage.paths import tighten_file
from shiftmate.ui import registry
from shiftmate.ui.context import WindowContext
from shiftmate.ui.data.service import DataService
from shiftmate.ui.widgets.accessibility import set_accessible
from shiftmate.ui.widgets.scaling import on_rescale, px
from shiftmate.ui.widgets.screen import let_go, plain_label, scale_font
from shiftmate.ui.widgets.tooltips import plain_tip

DEFAULT_SIZE = QSize(1100, 720)


def _fit_sidebar(sidebar: QListWidget) -> None:
    """The sidebar is as wide as its longest screen name (translated, at this text size)."""
    sidebar.ensurePolished()  # its font comes from the stylesheet
    metrics = sidebar.fontMetrics()
    longest = max((metrics.horizontalAdvance(sidebar.item(i).text()) for i in range(sidebar.count())), default=0)
    sidebar.setFixedWidth(max(px(150), longest + px(2 * 14 + 2 * 6 + 2 * 2 + 16)))


class MainWindow(QMainWindow):
    """Hosts the screens; creates each the first time it is shown.

    What it is made of comes from ``shiftmate.ui.registry``: the screens of the sidebar and
    the window's parts, each handed ``self.context``.
    """

    screen_shown = Signal(str)

    def __init__(self, services: DataService, ui_state: QSettings, parent=None, *, appearance=None,
                 restart=None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui_state = ui_state
        self.hide_on_close = False  # set when a tray icon can bring the window back
        self._screens: dict[str, QWidget] = {}
        self._screen_rows = registry.entries(registry.SCREEN)
        self.context = WindowContext(services, self, appearance=appearance, restart=restart)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 440)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QFrame.NoFrame)
        set_accessible(self.sidebar, self.tr("Screens"),
                       self.tr("Up and down arrows choose a screen; Ctrl+1 to Ctrl+6 from anywhere."))
        scale_font(self.sidebar, 1.1)
        self.stack = QStackedWidget()
        for index, spec in enumerate(self._screen_rows):
            title = QCoreApplication.translate("Screens", spec.title)
            item = QListWidgetItem(title)
            item.setData(Qt.UserRole, spec.key)
            item.setToolTip(plain_tip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
            action = QAction(self.tr("Show %1").replace("%1", title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setShortcutContext(Qt.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_screen(key))
            self.addAction(action)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self.quit_action = QAction(self.tr("Quit"), self)
        # Ctrl+Q everywhere: the platform's own Quit keys are none on Windows and offscreen.
        quit_keys = QKeySequence.keyBindings(QKeySequence.Quit)
        ctrl_q = QKeySequence("Ctrl+Q")
        self.quit_action.setShortcuts([ctrl_q, *[k for k in quit_keys if k != ctrl_q]])
        # Ctrl+Q also quits from the capture and reflection windows, not only from this one.
        self.quit_action.setShortcutContext(Qt.ApplicationShortcut)
        self.quit_action.triggered.connect(self.quit_app)
        self.addAction(self.quit_action)

        app_title = QLabel(APP_NAME)
        app_title.setObjectName("appTitle")
        scale_font(app_title, 1.3)
        on_rescale(self.sidebar, _fit_sidebar)  # as wide as the longest screen name
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 1, 0)  # leaves the panel's border visible
        side_layout.setSpacing(0)
        side_layout.addWidget(app_title)
        side_layout.addWidget(self.sidebar, 1)
        side.setObjectName("sidebarPanel")
        side.setAttribute(Qt.WA_StyledBackground, True)

        # A problem no screen said itself (the database, a reminder tick); the person can
        # dismiss it once read, or it would sit above every screen until the next start.
        self.problem_banner = plain_label(object_name="problemBanner")
        self.dismiss_problem_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_problem_button.setToolTip(self.tr("Hide this message"))
        self.dismiss_problem_button.clicked.connect(self.dismiss_problem)
        self.problem_bar = QWidget()
        bar_layout = QHBoxLayout(self.problem_bar)
        bar_layout.setContentsMargins(8, 8, 8, 0)
        bar_layout.addWidget(self.problem_banner, 1)
        bar_layout.addWidget(self.dismiss_problem_button, 0, Qt.AlignVCenter)
        self.problem_bar.hide()
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(0)
        main_layout.addWidget(self.problem_bar)
        main_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        services.failed.connect(self.show_problem)
        # Another process (the command line) may have written meanwhile: a new screen shows it.
        self.screen_shown.connect(lambda _key: services.check_outside_changes())
        services.opened.connect(lambda _info: self.dismiss_problem())
        self.make_parts(registry.NOW)  # the journal's Ctrl+N
        # The screen shown first is made before the parts below, so that its first queries
        # are queued first when the database opens: they are what the person sees.
        self._restore_state()
        self.make_parts(registry.SOON)

    # -- the window's parts (registry.PART rows) ------------------------------------------
    def make_parts(self, when: str) -> None:
        """Make the parts of the registry due at ``when`` (``READY``: by the app, once painted)."""
        for row in registry.entries(registry.PART, when):
            self.context.make_part(row)

    # The parts every caller used to find as attributes of the window.
    journal = property(lambda self: self.context.part("journal"))
    shift_companion = property(lambda self: self.context.part("shift_companion"))
    packs = property(lambda self: self.context.part("packs"))
    lock = property(lambda self: self.context.part("lock"))
    recovery = property(lambda self: self.context.part("recovery"))
    shortcuts_action = property(lambda self: self.context.part("shortcuts").action)
    shortcuts_sheet = property(lambda self: self.context.part("shortcuts").sheet)

    # -- screens --------------------------------------------------------------------
    def screen_keys(self) -> list[str]:
        return [spec.key for spec in self._screen_rows]

    def current_screen_key(self) -> str:
        return self._screen_rows[self.sidebar.currentRow()].key

    def screen_widget(self, key: str) -> QWidget:
        """The screen for ``key``, created now if it has not been shown before."""
        if key not in self._screens:
            index = self.screen_keys().index(key)
            widget = registry.load(self._screen_rows[index])(self.context)
            placeholder = self.stack.widget(index)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, widget)
            self._screens[key] = widget
        return self._screens[key]

    def show_screen(self, key: str) -> QWidget:
        index = self.screen_keys().index(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # lands in _on_row_changed
        else:
            self._on_row_changed(index)
        return self._screens[key]

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._screen_rows[row].key
        widget = self.screen_widget(key)
        self.stack.setCurrentWidget(widget)
        self.screen_shown.emit(key)

    def forget_screens(self) -> None:
        """Throw away every screen made so far (on lock), so no view keeps data in memory.

        Each is first cut from the services' signals: the next ``opened`` (unlocking) must
        not reach a view whose widgets are already deleted.
        """
        for key, widget in list(self._screens.items()):
            let_go(widget)
            index = self.stack.indexOf(widget)
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._screens.clear()

    def open_checklist(self, when: str) -> None:
        """Show the Checklists screen with today's run for ``when`` started or resumed."""
        self.show_screen("checklists").start_for(when)

    # -- problems -------------------------------------------------------------------
    def show_problem(self, sentence: str) -> None:
        self.problem_banner.setText(sentence)
        self.problem_bar.show()

    def dismiss_problem(self) -> None:
        self.problem_bar.hide()
        self.problem_banner.clear()

    # -- a pack file dropped on the window --------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.packs.dropped_pack_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self.packs.dropped_pack_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.show_screen("checklists")
        self.packs.import_file(paths[0], self)

    # -- bringing to the front ------------------------------------------------------
    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowMinimized | Qt.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- remembered state -----------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.ui_state.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._place_for_first_start()
        last = self.ui_state.value("window/screen", "today")
        self.show_screen(last if last in self.screen_keys() else "today")

    def _place_for_first_start(self) -> None:
        """DEFAULT_SIZE, shrunk to fit small screens, centred on the primary screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(DEFAULT_SIZE)
            return
        available = screen.availableGeometry()
        size = DEFAULT_SIZE.boundedTo(QSize(int(available.width() * 0.9), int(available.height() * 0.9)))
        self.resize(size)
        self.move(available.center() - self.rect().center())

    def save_state(self) -> None:
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.setValue("window/screen", self.current_screen_key())
        self.ui_state.sync()
        tighten_file(Path(self.ui_state.fileName()))

    def quit_app(self) -> None:
        """Quit for real (Ctrl+Q, the tray's Quit, SIGTERM, SIGINT); closing the window only hides it.

        What the journal's windows hold is queued as drafts first, without asking (a logout
        does not wait for an answer), before the database closes on ``aboutToQuit``. The
        loop then ends with ``exit()``: ``quit()`` first asks every window to close, and this
        one refuses while a tray can bring it back, which silently cancelled the quit.
        """
        journal = self.context.part("journal")
        if journal is not None:
            journal.keep_drafts()
        QCoreApplication.exit(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.hide_on_close:
            self.hide()
            event.ignore()
            return
        event.accept()
