"""The check that a data-thread job holds plain values only, never a widget or other Qt object.

Qt objects belong to the GUI thread; a job that reads one on the data thread reads a widget
mid-change (or after it is gone). DataService.run calls ``check_plain`` when
SHIFTMATE_STRICT_JOBS=1, which the test suite sets for itself and the processes it starts.
"""

from __future__ import annotations

import functools

import shiboken6


def check_plain(job) -> None:
    """Raise TypeError, naming what it holds, when ``job`` can reach a Qt object."""
    held = qt_objects_in(job)
    if held:
        raise TypeError(f"A data-thread job must get plain values, but {job!r} holds {held[0]}.")


def qt_objects_in(value, depth: int = 0, seen: set | None = None) -> list[str]:
    """What Qt objects ``value`` (a job) can reach: its bound self, closure, defaults, partials.

    Followed through nested functions and plain containers, a few levels deep; a Qt value
    type counts too, since core never needs one.
    """
    seen = set() if seen is None else seen
    if depth > 6 or id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, shiboken6.Shiboken.Object):
        return [f"a {type(value).__name__}"]
    inner: list = []
    if isinstance(value, functools.partial):
        inner = [value.func, *value.args, *value.keywords.values()]
    elif hasattr(value, "__self__"):  # a bound method, also of a Qt class
        inner = [value.__self__, getattr(value, "__func__", None)]
    elif hasattr(value, "__code__"):  # a function or lambda
        cells = [c.cell_contents for c in (value.__closure__ or ()) if _filled(c)]
        inner = [*cells, *(value.__defaults__ or ()), *(value.__kwdefaults__ or {}).values()]
    elif isinstance(value, (tuple, list, set, frozenset)):
        inner = list(value)
    elif isinstance(value, dict):
        inner = [*value.keys(), *value.values()]
    found: list[str] = []
    for item in inner:
        found += qt_objects_in(item, depth + 1, seen)
    return found


def _filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:  # a closure variable not assigned yet
        return False
    return True


def qt_owners_of(callback, depth: int = 0, seen: set | None = None) -> list:
    """The QObjects ``callback`` holds: its bound self, what its closure and partials hold.

    A callback is answered only while every one of them lives (``DataService``): a lambda
    over a view that was deleted meanwhile would otherwise run against a dead widget. Not
    followed into a QObject (a widget's children are its own business), nor deeper than a
    nested function or two, nor into lists or other containers.
    """
    from PySide6.QtCore import QObject

    seen = set() if seen is None else seen
    if depth > 3 or id(callback) in seen:
        return []
    seen.add(id(callback))
    if isinstance(callback, QObject):
        return [callback]
    if isinstance(callback, shiboken6.Shiboken.Object):
        return []  # a Qt value type, or a signal: nothing that can be deleted under us
    inner: list = []
    if isinstance(callback, functools.partial):
        inner = [callback.func, *callback.args, *callback.keywords.values()]
    elif hasattr(callback, "__self__"):
        inner = [callback.__self__, getattr(callback, "__func__", None)]
    elif hasattr(callback, "__code__"):
        inner = [c.cell_contents for c in (callback.__closure__ or ()) if _filled(c)]
        inner += [*(callback.__defaults__ or ()), *(callback.__kwdefaults__ or {}).values()]
    # Containers are not searched: a list a callback appends to may be long, and this runs
    # for every answer.
    found: list = []
    for item in inner:
        found += qt_owners_of(item, depth + 1, seen)
    return found
