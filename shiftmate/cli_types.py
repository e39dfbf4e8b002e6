"""Argument types shared by the CLI modules: whole numbers within bounds, in one sentence."""

from __future__ import annotations

import argparse


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
