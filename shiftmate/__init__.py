"""ShiftMate: a private desktop companion for people who serve customers for a living."""

__version__ = "0.1.0"
APP_NAME = "ShiftMate"
