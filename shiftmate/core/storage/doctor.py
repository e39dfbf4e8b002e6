"""`shiftmate doctor`: what a person (or a bug report) needs to know about their data."""

from __future__ import annotations

from shiftmate import __version__
from shiftmate.core.storage.database import sqlite_versions
from shiftmate.core.system.diagnostics import debug_facts
from shiftmate.core.storage.encryption import is_protected
from shiftmate.core.errors import DatabaseProblem
from shiftmate.core.storage.paths import DataLocation
from shiftmate.core.storage.schema import known_migration_count
from shiftmate.core.storage.store import Store


def doctor_report(location: DataLocation) -> dict:
    """Open the data folder's database and describe it; a broken file is reported, not raised.

    ``ok`` is False when the file cannot be opened or fails ``PRAGMA quick_check``.
    """
    versions = sqlite_versions()
    facts = debug_facts(location.root)  # the same facts as Settings ▸ About
    report = {
        "shiftmate_version": __version__,
        "python_version": facts["Python"],
        "qt_version": facts["Qt"],
        "pyside6_version": facts["PySide6"],
        "os": facts["OS"],
        "install_kind": facts["Installed as"],
        "log_dir": facts["Log folder"],
        "data_dir": str(location.root),
        "database": str(location.database),
        "schema_version": None,
        "schema_version_supported": known_migration_count(),
        "sqlite_version": versions["sqlite"],
        "sqlcipher_version": versions["sqlcipher"],
        "quick_check": None,
        "encrypted": is_protected(location.database),
        "tables": {},
        "ok": False,
        "problem": None,
    }
    try:
        store = Store.open(location)
    except DatabaseProblem as exc:
        report["quick_check"] = "failed"
        report["problem"] = exc.sentence
        return report
    with store:
        health = store.quick_check()
        report["schema_version"] = store.schema_version()
        report["quick_check"] = health.detail
        report["tables"] = store.row_counts()
        report["ok"] = health.ok
        if not health.ok:
            report["problem"] = f"The database {location.database} failed its check: {health.detail}."
    return report


def format_report(report: dict) -> str:
    """The report as aligned lines for a terminal."""
    lines = [
        ("ShiftMate", report["shiftmate_version"]),
        ("Python", report["python_version"]),
        ("Qt / PySide6", f"{report['qt_version']} / {report['pyside6_version']}"),
        ("System", report["os"]),
        ("Installed as", report["install_kind"]),
        ("Data folder", report["data_dir"]),
        ("Log folder", report["log_dir"]),
        ("Database", report["database"]),
        ("Schema version", f"{report['schema_version'] if report['schema_version'] is not None else '?'}"
         f" (this ShiftMate knows {report['schema_version_supported']})"),
        ("SQLite", report["sqlite_version"]),
        ("SQLCipher", report["sqlcipher_version"]),
        ("Encrypted", "yes" if report["encrypted"] else "no"),
        ("Quick check", report["quick_check"]),
    ]
    width = max(len(label) for label, _ in lines)
    out = [f"{label:<{width}}  {value}" for label, value in lines]
    if report["tables"]:
        out.append("Rows per table:")
        name_width = max(len(name) for name in report["tables"])
        out += [f"  {name:<{name_width}}  {count}" for name, count in report["tables"].items()]
    if report["problem"]:
        out.append(f"Problem: {report['problem']}")
    return "\n".join(out)
