"""The opened ShiftMate database: the one object the UI and the CLI talk to.

Everything that reads or writes user data goes through a ``Store``; widgets never run SQL.
A ``Store`` is used from one thread at a time (the UI gives it a thread of its own). It is a
context manager: ``with Store.open(location) as store:`` closes it however the block ends.
"""

from __future__ import annotations

import datetime as dt

from shiftmate.core.clock import SystemClock, to_iso
from shiftmate.core.storage.database import HealthCheck, SqlDatabase, open_database, quick_check
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.schema import MIGRATION_SET, MIGRATIONS_TABLE, schema_version

TYPE_CHECKING = False  # see core.clock: typing is not imported at run time
if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

    from shiftmate.core.clock import Clock
    from shiftmate.core.storage.settings import Setting

# Tables that hold bookkeeping or shipped content rather than anything a person entered;
# checklist tables count only for rows the worker made (no origin pack).
_BOOKKEEPING_TABLES = {
    MIGRATIONS_TABLE, "settings", "packs",
    "checklists", "checklist_sections", "checklist_items",
}
_USER_MADE_CHECKLIST_ROWS = (
    "SELECT (SELECT count(*) FROM checklists WHERE origin_pack IS NULL)"
    " + (SELECT count(*) FROM checklist_items WHERE origin_pack IS NULL)"
)


class Store:
    """ShiftMate's data, opened from one data folder.

    ``clock`` stamps what the store and the features' writes record (``updated_at``,
    ``installed_at`` …) unless a caller passes its own.
    """

    def __init__(self, db: SqlDatabase, location: DataLocation, clock: Clock | None = None) -> None:
        self.db = db
        self.location = location
        self.clock = clock or SystemClock()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @classmethod
    def open(
        cls,
        location: DataLocation,
        *,
        migrations: Migrations | None = None,
        passphrase: str | None = None,
        read_only: bool = False,
        now: dt.datetime | None = None,
        clock: Clock | None = None,
    ) -> "Store":
        """Open ``location``'s database; a protected one needs ``passphrase`` (or the CLI's source).

        ``read_only`` (commands that only read): see ``open_database``; such a store cannot
        write, and installs nothing. Wrong passphrases count towards the wait of
        ``core.privacy.unlock_limit`` (``now`` is when this try happens; the window passes its clock's).
        ``clock`` stamps the store's writes (the real clock when none is given).
        """
        import contextlib

        from shiftmate.core.storage.encryption import is_protected
        from shiftmate.core.storage.write_lock import WriteGuard, hold

        clock = clock or SystemClock()
        now = now or clock.now()
        tries = contextlib.nullcontext()
        if is_protected(location.database):
            from shiftmate.core.privacy import unlock_limit

            tries = unlock_limit.attempt(location, now)
        # Held while opening: a conversion cannot swap the file between the look at its
        # marker, the connection and the identity the guard remembers.
        with tries, hold(location.database, exclusive=False):
            db = open_database(location, migrations=migrations, passphrase=passphrase,
                               read_only=read_only, now=now)
            db.guard = WriteGuard(location.database)
            store = cls(db, location, clock)
            if read_only and db.execute("PRAGMA query_only").fetchone()[0]:
                return store
            try:
                store._install_shipped_content()
            except BaseException:
                store.close()
                raise
        store._finish_interrupted_work()
        return store

    def _finish_interrupted_work(self) -> None:
        """Remove or encrypt what a killed backup or conversion left behind, on every start.

        A partial ``*.converting`` copy, or backups a kill just after ``passphrase set`` left
        in plaintext. Looking costs a directory listing; the work is done only when nobody
        else is writing (it needs the write lock to itself) and never fails the open: what
        is left is shown in Settings ▸ Privacy until it is fixed.
        """
        from shiftmate.core.storage.encryption import plaintext_copies, work_leftovers

        if not work_leftovers(self.location) and not (
            self.passphrase is not None and plaintext_copies(self.location)
        ):
            return
        from shiftmate.core.errors import ShiftMateError
        from shiftmate.core.storage.backup_files import finish_leftovers
        from shiftmate.core.storage.write_lock import hold_if_free

        try:
            with hold_if_free(self.location.database) as free:
                if free:
                    finish_leftovers(self.location, self.passphrase)
        except (ShiftMateError, OSError):
            pass

    def replaced(self) -> bool:
        """True when a conversion (here or in another process) swapped the file since opening."""
        guard = self.db.guard
        return guard is not None and guard.replaced()

    def _install_shipped_content(self) -> None:
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'packs'").fetchone():
            from shiftmate.core.packs.builtin_version import builtin_pack_due

            if builtin_pack_due(self.db):  # asked without importing the installer: nearly always no
                from shiftmate.core.packs.install import ensure_builtin_pack

                ensure_builtin_pack(self)

    def close(self) -> None:
        self.db.close()

    @property
    def passphrase(self) -> str | None:
        """The key this database was opened with (None when it is not protected)."""
        return getattr(self.db, "passphrase", None)

    # -- facts about the file -------------------------------------------------------
    def schema_version(self) -> int:
        return schema_version(self.db)

    def quick_check(self) -> HealthCheck:
        return quick_check(self.db)

    def row_counts(self) -> dict[str, int]:
        """Rows per ordinary table, in name order (search indexes are left out)."""
        rows = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
        counts = {}
        for name, _sql in rows:
            if name in virtual or any(name.startswith(v + "_") for v in virtual):
                continue
            counts[name] = self.db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
        return counts

    def holds_user_data(self) -> bool:
        """True once anything a person entered is stored."""
        counts = self.row_counts()
        for name, count in counts.items():
            if name not in _BOOKKEEPING_TABLES and count:
                return True
        if "checklists" in counts:
            return self.db.execute(_USER_MADE_CHECKLIST_ROWS).fetchone()[0] > 0
        return False

    # -- settings -------------------------------------------------------------------
    def read(self, setting: Setting):
        """``setting``'s value, typed; its default when none is stored or the stored text no
        longer reads (see ``core.storage.settings``)."""
        return setting.load(self.get_setting(setting.key))

    def write(self, setting: Setting, value) -> None:
        """Keep ``value`` for ``setting`` (BadInput, and nothing written, for a value it does not take)."""
        self.set_setting(setting.key, setting.dump(value))

    # The stored text under a key: what ``read`` and ``write`` use, and tests that check the rows
    # themselves. Features go through their declared settings instead.
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["settings"].upsert(
                {"key": key, "value": value, "updated_at": to_iso(self.clock.now())}, pk="key"
            )


__all__ = ["Store", "MIGRATION_SET"]
