"""Importing a roster file: read it whole (.ics or CSV), then change the table in one transaction.

Limits come first: a file over ``MAX_FILE_BYTES``, binary or not text is refused before any
parsing. Every refusal is one sentence (BadInput) and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock
from shiftmate.core.errors import BadInput
from shiftmate.core.shifts.roster import MAX_FILE_BYTES, ImportResult, ReadRoster, apply_roster, import_window

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store


def read_roster_file(path: Path, clock: Clock) -> ReadRoster:
    """Read an .ics or .csv file into planned shifts; BadInput (one sentence) for a bad file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadInput(f"There is no file {path}.") from None
    except OSError as exc:
        raise BadInput(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if not path.is_file():
        raise BadInput(f"{path} is not a file.")
    if size > MAX_FILE_BYTES:
        raise BadInput(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; a roster is much smaller.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if b"\x00" in data:
        raise BadInput(f"{path.name} is not a text file; export your roster as .ics or .csv.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{path.name} is not UTF-8 text; export your roster as .ics or .csv.") from None
    now, zone = clock.now(), clock.zone_name()
    start, end = import_window(now)
    if text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        from shiftmate.core.shifts.roster_ics import read_ics

        return read_ics(text, zone, start, end)
    if path.suffix.lower() == ".csv":
        from shiftmate.core.shifts.roster_csv import read_csv

        return read_csv(text, zone, start, end)
    raise BadInput(f"{path.name} is not an iCalendar (.ics) file or a CSV with date, start, end, role.")


def import_roster(store: Store, clock: Clock, path: Path) -> ImportResult:
    """Import ``path``; the table changes in one transaction, or not at all."""
    path = Path(path)
    read = read_roster_file(path, clock)
    return apply_roster(store, clock, path.name, read)
