"""The built-in checklists in the window's language, without changing what is stored.

The database keeps the built-in pack's English words, exactly as shipped, and runs copy them.
Where they are shown, any text that is still word for word a built-in one is swapped for its
translation (``core.i18n.builtin_text``); a title or item the worker rewrote is no longer a
built-in text and shows as typed, in any language. Items from a manager's pack are never
translated. Nothing here writes: switching the language back shows the English again, and a
half-done run keeps its own copied items.
"""

from __future__ import annotations

from dataclasses import replace

from shiftmate.core.checklists.runs import ChecklistHistory, ChecklistRun
from shiftmate.core.checklists.library import BUILTIN_PACK_ID, Checklist
from shiftmate.core.i18n import builtin_text


def _from_other_pack(origin_pack: str | None) -> bool:
    return origin_pack is not None and origin_pack != BUILTIN_PACK_ID


def shown_checklist(checklist: Checklist) -> Checklist:
    """``checklist`` with its built-in words in the window's language (for showing only)."""
    if _from_other_pack(checklist.origin_pack):
        return checklist
    sections = tuple(
        replace(
            section,
            title=builtin_text(section.title),
            items=tuple(
                item if _from_other_pack(item.origin_pack)
                else replace(item, text=builtin_text(item.text), help=builtin_text(item.help))
                for item in section.items
            ),
        )
        for section in checklist.sections
    )
    return replace(checklist, title=builtin_text(checklist.title), sections=sections)


def shown_title(title: str, origin_pack: str | None = None) -> str:
    """A checklist's title in the window's language when it is still the built-in one."""
    return title if _from_other_pack(origin_pack) else builtin_text(title)


def shown_run(run: ChecklistRun) -> ChecklistRun:
    """A run's copied items with built-in words in the window's language (for showing only)."""
    items = tuple(
        replace(
            item,
            section_title=builtin_text(item.section_title),
            text=builtin_text(item.text),
            help=builtin_text(item.help),
        )
        for item in run.items
    )
    return replace(run, title=builtin_text(run.title), items=items)


def shown_history(history: ChecklistHistory) -> ChecklistHistory:
    """History with the texts of the items most often left open in the window's language."""
    return replace(
        history,
        most_often_open=[(key, builtin_text(text), times) for key, text, times in history.most_often_open],
    )
