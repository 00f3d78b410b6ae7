"""Argument types shared by the subcommands."""

from __future__ import annotations

import argparse


def whole_number(text: str) -> int:
    """An ``argparse`` type: a non-negative integer, with a message saying what was wrong."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value
