"""`shiftmate pack …`: validate, show, import, list, remove and export checklist packs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shiftmate.core.errors import BadInput
from shiftmate.core.i18n import counted
from shiftmate.core.storage.paths import DataLocation


def add_commands(commands) -> None:
    pack = commands.add_parser(
        "pack", help="validate, import, list, remove and export checklist packs",
        description="Checklist packs: .shiftpack.toml files a manager hands out.",
    )
    sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    validate = sub.add_parser(
        "validate", help="check pack files without importing them",
        description="Check pack files. Exit 0 with one line per file; exit 2 with one line "
        "per problem (file, line, field path and what is wrong).",
    )
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path)
    validate.add_argument("--strict", action="store_true",
                          help="treat warnings (unknown keys) as errors: for a manager's checks "
                          "before a rollout")
    validate.set_defaults(handler=_validate)

    show = sub.add_parser(
        "show", help="show what a pack file holds, without importing it",
        description="Show a pack file's checklists, contacts, phrases and policy (nothing is imported).",
    )
    show.add_argument("file", metavar="FILE", type=Path)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    importing = sub.add_parser("import", help="import a pack (shows it and asks first)")
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument("--yes", action="store_true", help="import without asking")
    importing.set_defaults(handler=_import)

    listing = sub.add_parser("list", help="list installed packs")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    remove = sub.add_parser("remove", help="remove a pack and hide its checklists (history stays)")
    remove.add_argument("pack_id", metavar="PACK_ID")
    remove.add_argument("--yes", action="store_true", help="remove without asking")
    remove.set_defaults(handler=_remove)

    export = sub.add_parser("export", help="write checklists to a pack file")
    export.add_argument("checklists", metavar="CHECKLIST_ID", nargs="+")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export.add_argument("--id", dest="pack_id", metavar="ID", required=True)
    export.add_argument("--title", metavar="T", required=True)
    export.add_argument("--organization", metavar="O", default="")
    export.add_argument("--version", dest="pack_version", metavar="N", type=int,
                        help="pack version (default: one more than the last export of this id)")
    export.add_argument("--lock", action="store_true", help="lock every item for the workers")
    export.add_argument("--no-store-info", dest="store_info", action="store_false",
                        help="leave out the installed packs' contacts, phrases and policy")
    export.set_defaults(handler=_export)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _summary(pack) -> str:
    organization = f" by {pack.organization}" if pack.organization else ""
    return (f"{pack.source}: '{_one_line(pack.title)}'{organization}, version {pack.version}, "
            f"{counted(len(pack.checklists), 'checklist', 'checklists')}, {counted(pack.item_count, 'item', 'items')}"
            + _store_info_counts(pack))


def _store_info_counts(pack) -> str:
    """", 2 contacts, 3 phrases, a policy" for a pack with store information, else ""."""
    parts = [counted(len(pack.contacts), "contact", "contacts")] if pack.contacts else []
    if pack.phrases:
        parts.append(counted(len(pack.phrases), "phrase", "phrases"))
    if pack.policy:
        parts.append("a policy")
    return "".join(f", {part}" for part in parts)


def _details(pack) -> list[str]:
    """Everything a pack brings, one line each, for ``pack import`` and ``pack show``."""
    lines = [f"  {_one_line(c.title)} ({counted(c.item_count, 'item', 'items')}, {c.when})" for c in pack.checklists]
    if pack.contacts:
        lines.append("Who to call:")
        lines += [f"  {_one_line(c.name)}: {_one_line(c.how)}" + (f" (when: {_one_line(c.when)})" if c.when else "")
                  for c in pack.contacts]
    if pack.phrases:
        lines.append("Lines for the 'What to say' card:")
        lines += [f"  [{p.step}] {_one_line(p.text)}" for p in pack.phrases]
    if pack.policy:
        lines.append(f"Policy: {_one_line(pack.policy.line)}")
        lines += [f"  exception: {_one_line(e)}" for e in pack.policy.exceptions]
    return lines


def pack_as_json(pack) -> dict:
    """The ``pack show --json`` shape (stable; documented in the README)."""
    return {
        "file": pack.source, "schema": pack.schema, "id": pack.id, "version": pack.version,
        "title": pack.title, "organization": pack.organization,
        "checklists": [{"id": c.key, "title": c.title, "when": c.when, "items": c.item_count}
                       for c in pack.checklists],
        "contacts": [{"name": c.name, "how": c.how, "when": c.when} for c in pack.contacts],
        "phrases": [{"step": p.step, "text": p.text} for p in pack.phrases],
        "policy": ({"line": pack.policy.line, "exceptions": list(pack.policy.exceptions)}
                   if pack.policy else None),
        "warnings": list(pack.warnings),
    }


def _show(args, location: DataLocation) -> int:
    from shiftmate.core.packs.format import load_pack

    pack = load_pack(args.file)
    if args.json:
        print(json.dumps(pack_as_json(pack), indent=2, ensure_ascii=False))
        return 0
    for warning in pack.warnings:
        print(f"warning: {_one_line(warning)}", file=sys.stderr)
    print(_summary(pack))
    for line in _details(pack):
        print(line)
    return 0


def _validate(args, location: DataLocation) -> int:
    from shiftmate.core.packs.format import PackInvalid, load_pack

    failed = False
    for path in args.files:
        try:
            pack = load_pack(path)
        except PackInvalid as exc:
            failed = True
            for problem in exc.problems:
                print(_one_line(str(problem)), file=sys.stderr)
            continue
        for warning in pack.warnings:
            print(f"{'error' if args.strict else 'warning'}: {_one_line(warning)}", file=sys.stderr)
        if args.strict and pack.warnings:
            failed = True  # a key this ShiftMate ignores is likely a typo the rollout would carry
            continue
        print(_summary(pack))
    return 2 if failed else 0


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise BadInput("Not asking without a terminal; add --yes to go ahead.")
    return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}


def _import(args, location: DataLocation) -> int:
    from shiftmate.core.packs.install import import_pack
    from shiftmate.core.packs.format import load_pack
    from shiftmate.core.storage.store import Store

    pack = load_pack(args.file)
    print(_summary(pack))
    for line in _details(pack):
        print(line)
    if not args.yes and not _confirm("Import this pack?"):
        print("Nothing imported.")
        return 0
    with Store.open(location) as store:
        result = import_pack(store, pack)
    print(result.sentence)
    return 0


def _list(args, location: DataLocation) -> int:
    from shiftmate.core.packs.install import installed_packs
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        packs = installed_packs(store)
    if args.json:
        print(json.dumps([p.to_dict() for p in packs], indent=2, ensure_ascii=False))
        return 0
    if not packs:
        print("No packs installed.")
    for p in packs:
        organization = f" by {_one_line(p.organization)}" if p.organization else ""
        print(f"{p.id:<24} v{p.version:<4} {p.source_kind:<10} '{_one_line(p.title)}'{organization}: "
              + (", ".join(_one_line(t) for t in p.checklists) or "no checklists"))
    return 0


def _remove(args, location: DataLocation) -> int:
    from shiftmate.core.packs.install import installed_pack, remove_pack
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        pack = installed_pack(store, args.pack_id)
        if not args.yes and not _confirm(
                f"Remove '{_one_line(pack.title)}' and its {counted(len(pack.checklists), 'checklist', 'checklists')}?"):
            print("Nothing removed.")
            return 0
        removed = remove_pack(store, args.pack_id)
    print(f"Removed '{_one_line(removed.title)}' ({removed.id}); the history of its checklists stays.")
    return 0


def _export(args, location: DataLocation) -> int:
    from shiftmate.core.packs.export import export_pack_to_file
    from shiftmate.core.storage.store import Store

    with Store.open(location) as store:
        pack = export_pack_to_file(
            store, args.checklists, args.output, pack_id=args.pack_id, title=args.title,
            organization=args.organization, version=args.pack_version, lock=args.lock,
            store_info=args.store_info)
    print(f"Wrote {args.output}: '{_one_line(pack.title)}' version {pack.version}, "
          f"{counted(len(pack.checklists), 'checklist', 'checklists')}, {counted(pack.item_count, 'item', 'items')}"
          f"{_store_info_counts(pack)}.")
    return 0
