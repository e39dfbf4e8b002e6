"""CLI for privacy and data safety: `passphrase set|change|remove`, `backup`, `backups`, `restore`.

Where a passphrase comes from, for every command that opens a protected database:
``--passphrase-file FILE`` (anywhere on the command line), else ``SHIFTMATE_PASSPHRASE``,
else a prompt on the terminal (never echoed). A new passphrase for `passphrase change`
comes from ``--new-passphrase-file FILE``, ``SHIFTMATE_NEW_PASSPHRASE`` or a prompt.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import counted

PASSPHRASE_ENV = "SHIFTMATE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SHIFTMATE_NEW_PASSPHRASE"
_FILE_OPTIONS = ("--passphrase-file", "--new-passphrase-file")
_given_files: dict[str, str] = {}
_cache: dict[str, str] = {}


def take_passphrase_options(argv: list[str]) -> list[str]:
    """Pull ``--passphrase-file``/``--new-passphrase-file`` out of argv, wherever they stand.

    They apply to the whole run, so they may follow any command. The passphrase source of
    the core is installed here, once, for every command.
    """
    from shiftmate.core.storage.encryption import set_passphrase_source

    rest: list[str] = []
    _given_files.clear()
    _cache.clear()
    items = iter(argv)
    for item in items:
        name, eq, value = item.partition("=")
        if name in _FILE_OPTIONS:
            if not eq:
                value = next(items, None)
                if value is None:
                    raise BadInput(f"{name} needs a FILE.")
            _given_files[name] = value
        else:
            rest.append(item)
    set_passphrase_source(lambda: current_passphrase(required=False))
    return rest


def add_global_options(parser) -> None:
    """Document the options taken out by ``take_passphrase_options``."""
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase of protected data from FILE (also {PASSPHRASE_ENV})")
    parser.add_argument("--new-passphrase-file", metavar="FILE",
                        help=f"read the new passphrase for 'passphrase change' from FILE "
                        f"(also {NEW_PASSPHRASE_ENV})")


def _read_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"Cannot read the passphrase file {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    text = text.rstrip("\r\n")
    if not text:
        raise BadInput(f"The passphrase file {path} is empty.")
    return text


def _from(option: str, env: str, prompt: str, *, confirm: bool, required: bool) -> str | None:
    if option in _cache:
        return _cache[option]
    value = None
    if option in _given_files:
        value = _read_file(_given_files[option])
    elif os.environ.get(env):
        value = os.environ[env]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != value:
            raise BadInput("The two passphrases differ; nothing was changed.")
        if not value:
            raise BadInput("The passphrase must not be empty; nothing was changed.")
    elif required:
        raise BadInput(f"No passphrase given: use {option} FILE or {env}.")
    if value is not None:
        _cache[option] = value
    return value


def current_passphrase(*, required: bool = True, confirm: bool = False, prompt: str = "Passphrase: ") -> str | None:
    return _from("--passphrase-file", PASSPHRASE_ENV, prompt, confirm=confirm, required=required)


def new_passphrase() -> str:
    return _from("--new-passphrase-file", NEW_PASSPHRASE_ENV, "New passphrase: ",
                 confirm=True, required=True)


def _now() -> dt.datetime:
    from shiftmate.core.clock import SystemClock

    return SystemClock().now()


def add_commands(commands) -> None:
    passphrase = commands.add_parser(
        "passphrase", help="protect your data with a passphrase, change it or remove it",
        description="Encrypt the database and its backups with a passphrase (SQLCipher), "
        "change the passphrase, or remove it. There is no recovery without the passphrase.",
    )
    actions = passphrase.add_subparsers(dest="passphrase_action", metavar="ACTION", required=True)
    set_ = actions.add_parser("set", help="encrypt the data with a new passphrase")
    set_.add_argument("--plaintext-backups", choices=("encrypt", "remove"), default=None,
                      help="what to do with existing unencrypted backups (asked on a terminal; "
                      "default encrypt)")
    set_.set_defaults(handler=_cmd_set)
    actions.add_parser("change", help="re-encrypt with a new passphrase").set_defaults(handler=_cmd_change)
    actions.add_parser("remove", help="decrypt the data back to plain SQLite").set_defaults(handler=_cmd_remove)

    backup = commands.add_parser("backup", help="back up the database now",
                                 description="Back up the database now into backups/ or to FILE.")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="write the backup to FILE")
    backup.set_defaults(handler=_cmd_backup)

    backups = commands.add_parser("backups", help="list the backups, newest first")
    backups.add_argument("--json", action="store_true", help="print the list as JSON")
    backups.set_defaults(handler=_cmd_backups)

    restore = commands.add_parser(
        "restore", help="replace the database with a backup",
        description="Replace the database with FILE, after backing up the current file "
        "(or moving it aside as shiftmate.db.unreadable-<time> if it will not open).",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(handler=_cmd_restore)


def _ask_backups_choice(location) -> str:
    from shiftmate.core.privacy.passphrase import plaintext_backups

    count = len(plaintext_backups(location))
    if not count or not (sys.stdin and sys.stdin.isatty()):
        return "encrypt"
    answer = input(f"{count} existing backups are not encrypted. Encrypt them (e) or remove them (r)? [e] ")
    return "remove" if answer.strip().lower().startswith("r") else "encrypt"


def _cmd_set(args, location) -> int:
    from shiftmate.core.privacy.passphrase import NO_RECOVERY, protect

    location.ensure()
    if sys.stdin is not None and sys.stdin.isatty():
        print(NO_RECOVERY, file=sys.stderr)
    new = current_passphrase(confirm=True, prompt="New passphrase: ")
    choice = args.plaintext_backups or _ask_backups_choice(location)
    result = protect(location, new, now=_now(), plaintext_backups=choice)
    print(f"Your data in {location.root} is now encrypted ({counted(result['rows'], 'row', 'rows')}; "
          f"{counted(result['backups'], 'backup', 'backups')} {'removed' if choice == 'remove' else 'encrypted'}).")
    return 0


def _cmd_change(args, location) -> int:
    from shiftmate.core.privacy.passphrase import change

    old = current_passphrase(prompt="Current passphrase: ")
    _check_opens(location, old)
    result = change(location, old, new_passphrase(), now=_now())
    print(f"The passphrase is changed ({counted(result['backups'], 'backup', 'backups')} re-encrypted).")
    return 0


def _cmd_remove(args, location) -> int:
    from shiftmate.core.privacy.passphrase import remove

    old = current_passphrase(prompt="Current passphrase: ")
    result = remove(location, old, now=_now())
    print(f"Your data in {location.root} is no longer encrypted "
          f"({counted(result['backups'], 'backup', 'backups')} decrypted).")
    return 0


def _check_opens(location, passphrase: str) -> None:
    """Prove the current passphrase before asking for a new one."""
    from shiftmate.core.privacy import unlock_limit
    from shiftmate.core.storage.encryption import is_protected, open_keyed

    if is_protected(location.database):
        with unlock_limit.attempt(location, _now()):
            open_keyed(location.database, passphrase).close()


def _cmd_backup(args, location) -> int:
    from shiftmate.core.privacy.backups import back_up_now
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        path = back_up_now(store, now=_now(), target=args.output)
    print(path)
    return 0


def _cmd_backups(args, location) -> int:
    from shiftmate.core.privacy.backups import list_backups

    found = list_backups(location)
    if args.json:
        print(json.dumps([b.as_dict() for b in found], indent=2))
    elif not found:
        print(f"No backups yet in {location.backups}.")
    else:
        for b in found:
            lock = "encrypted" if b.encrypted else "plain"
            print(f"{b.made_at:%Y-%m-%d %H:%M} UTC  {b.reason:<18} {b.size:>10} bytes  {lock:<9}  {b.path}")
    return 0


def _cmd_restore(args, location) -> int:
    from shiftmate.core.privacy.backups import restore_backup
    from shiftmate.core.storage.encryption import is_protected, looks_encrypted

    needs_key = is_protected(location.database) or looks_encrypted(args.file)
    passphrase = current_passphrase() if needs_key else None
    result = restore_backup(location, args.file, passphrase, _now())
    kept = result["backup_of_current"] or result["moved_aside"]
    print(f"Restored {args.file}." + (f" The previous file is kept as {kept}." if kept else ""))
    return 0
