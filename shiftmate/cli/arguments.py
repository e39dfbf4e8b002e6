"""Shared by the CLI modules: whole numbers within bounds, and text made safe for a terminal."""

from __future__ import annotations

import argparse
import re


def whole_number(minimum: int | None = None, maximum: int | None = None, *, what: str = "whole number"):
    """An argparse ``type`` accepting whole numbers in [minimum, maximum]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a {what}") from None
        if minimum is not None and maximum is not None and not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(f"'{text}' is not a {what} from {minimum} to {maximum}")
        if minimum is not None and value < minimum:
            raise argparse.ArgumentTypeError(f"'{text}' must be at least {minimum}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"'{text}' must be at most {maximum}")
        return value

    return parse


# Control characters (C0 but tab and newline, DEL, C1) and the Unicode bidirectional
# overrides: from imported or pack text they could retitle, clear or reorder the terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    # One form for all, \u001b: readable, and valid inside JSON, where json.dumps leaves DEL,
    # C1 and the bidi controls raw, so `--json` output still parses to the exact text.
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\u001b``), never sent raw.

    A line break stays a line break (and a Windows "\\r\\n" one too); a lone carriage return,
    which could overwrite what is already on the line, is escaped like the rest.
    """
    return _CONTROL.sub(_escape, text.replace("\r\n", "\n"))


class TerminalText:
    """A text stream that escapes control characters in everything written through it.

    The CLI prints what a person or a pack typed in many places; wrapping standard output
    and standard error once in ``main`` means no print can forget. JSON output is unchanged
    (json.dumps escapes control characters itself); bytes written to ``.buffer`` pass as
    they are (a PDF on standard output).
    """

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)
