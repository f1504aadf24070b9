"""The library's commands: add, list, search, show, tag, rm, export, import, fetch.

(First cut: none registered yet; the store is being built separately.)
"""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    """Add the library's subcommands to the ``reader`` parser."""
