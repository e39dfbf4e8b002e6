"""`shiftmate screenshot`: every screen of the window rendered to PNG, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from shiftmate.core.errors import BadInput
from shiftmate.core.storage.paths import DataLocation


def render_screenshots(
    location: DataLocation,
    outdir: Path,
    *,
    theme: str = "light",
    size: tuple[int, int] = (1100, 720),
    text_size: int = 100,
    language: str | None = None,
) -> list[Path]:
    """Render each screen on ``location``'s data to ``outdir/<screen>.png``; returns the files.

    ``theme`` is light, dark or high-contrast; ``text_size`` a percentage as in Settings ▸
    Appearance. Neither is remembered: the data folder's own choices stay as they were.
    ``language`` (``--lang``) overrides the one saved in Settings and the system's.
    """
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise BadInput(f"The screenshot folder {outdir} is a file, not a folder.")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"The screenshot folder {outdir} cannot be created: {exc.strerror}.") from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from shiftmate.app import build_main_window

    window, services = build_main_window(location, scheme=theme, language=language)
    window.context.appearance.set_text_size(text_size, remember=False)
    window.shift_companion.stand_down()
    try:
        services.open()
        services.wait_idle()
        window.resize(*size)
        window.show()
        written = []
        for key in window.screen_keys():
            screen = window.show_screen(key)
            states = [(key, None)] + list(getattr(screen, "screenshot_states", lambda: [])())
            for name, prepare in states:
                if prepare is not None:
                    prepare()
                finish_pending = getattr(screen, "finish_pending", lambda: None)  # made in steps
                finish_pending()  # what the screen still makes asks the database for its data…
                services.wait_idle()
                finish_pending()  # …and what arrived is filled in
                _settle()
                target = outdir / f"{name}.png"
                if not window.grab().save(str(target), "PNG"):
                    raise BadInput(f"Cannot write the screenshot {target}.")
                written.append(target)
        written += _render_extras(window, services, outdir)
        written += _render_journal_dialogs(window, services, outdir)
        return written
    finally:
        window.hide()
        services.close()
        window.deleteLater()


def _render_extras(window, services, outdir: Path) -> list[Path]:
    """Dialogs that no sidebar screen shows: the breathing reset, mid-exercise; the What to say card."""
    import datetime as dt

    from shiftmate.core.clock import FakeClock
    from shiftmate.ui.shifts.breathing_dialog import BreathingDialog

    clock = FakeClock("2026-06-01T09:00", "UTC")
    previous_clock, services.clock = services.clock, clock
    dialog = BreathingDialog(services, window)
    try:
        dialog.show()
        dialog.start(2)
        dialog.timer.stop()
        clock.set(clock.now() + dt.timedelta(seconds=18.5))  # breathing in, a little past halfway
        dialog.refresh()
        _settle()
        target = outdir / "breathing.png"
        if not dialog.grab().save(str(target), "PNG"):
            raise BadInput(f"Cannot write the screenshot {target}.")
        dialog.exercise = None  # a picture, not a session: nothing to log
    finally:
        dialog.hide()
        dialog.deleteLater()
        services.clock = previous_clock
    return [target, _render_card(window, services, outdir)]


def _render_card(window, services, outdir: Path) -> Path:
    """The What to say card, on its second step, as F3 opens it."""
    moment = window.context.part("moment")
    services.wait_idle()  # the card read ahead has arrived
    _settle()
    moment.open_card()
    card = moment.card_window
    try:
        card.go_to(1)
        _settle()
        target = outdir / "what-to-say.png"
        if not card.grab().save(str(target), "PNG"):
            raise BadInput(f"Cannot write the screenshot {target}.")
        return target
    finally:
        card.close()


def _render_journal_dialogs(window, services, outdir: Path) -> list[Path]:
    """The short reflection on the newest entry and the share preview of the newest one marked for
    a manager; nothing when the journal has none. They are only shown: nothing is saved."""
    from shiftmate.ui.journal.share_dialog import ShareDialog
    from shiftmate.ui.journal.short_reflect import ShortReflectionDialog

    def job(store):
        newest = store.db.execute("SELECT id FROM journal_entries ORDER BY sort_key DESC LIMIT 1").fetchone()
        marked = store.db.execute(
            "SELECT id FROM journal_entries WHERE manager_should_know = 1 ORDER BY sort_key DESC LIMIT 1").fetchone()
        return newest and newest[0], marked and marked[0]

    found: list = []
    services.run(job, found.append)
    services.wait_idle()
    _settle()
    newest, marked = found[0] if found else (None, None)
    written = []
    for name, entry_id, make in (
        ("short-reflection", newest, lambda i: ShortReflectionDialog(services, i, services.clock, window)),
        ("share-preview", marked, lambda i: ShareDialog(services, [i], window)),
    ):
        if entry_id is None:
            continue
        dialog = make(entry_id)
        try:
            dialog.show()
            services.wait_idle()
            _settle()
            target = outdir / f"{name}.png"
            if not dialog.grab().save(str(target), "PNG"):
                raise BadInput(f"Cannot write the screenshot {target}.")
            written.append(target)
        finally:
            dialog.hide()
            dialog.deleteLater()
    return written


def _settle() -> None:
    """Let layouts and deferred paints finish before grabbing."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        QCoreApplication.processEvents()
