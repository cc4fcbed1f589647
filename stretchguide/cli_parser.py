"""The command line's grammar, apart from the commands themselves.

Kept in its own module so that the bare ``stretchguide`` (what the desktop entry runs) opens the
app without importing argparse at all; every other form is parsed here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from typing import NoReturn

from stretchguide import __version__
from stretchguide.core.languages import LANGUAGES
from stretchguide.exit_codes import EXIT_USAGE

Command = Callable[[argparse.Namespace], int]

LANG_HELP = (
    f"coach in this language: {', '.join(f'{c} ({n})' for c, n in LANGUAGES.items())}; "
    "by default your setting, else the system's language"
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, as for every other mistake."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser(commands: Mapping[str, Command]) -> argparse.ArgumentParser:
    """The parser; each sub-command's ``func`` default is its entry in ``commands``."""
    parser = _Parser(
        prog="stretchguide",
        description="A spoken, hands-free coach for lower back and glute stretching.",
    )
    parser.add_argument("--version", action="version", version=f"stretchguide {__version__}")
    parser.add_argument("--lang", metavar="CODE", help=LANG_HELP)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    p = sub.add_parser("routines", help="list the routines")
    p.add_argument("--json", action="store_true", help="print JSON")
    _lang_here(p)
    p.set_defaults(func=commands["routines"])
    p = sub.add_parser("plan", help="print a routine's compiled timeline")
    p.add_argument("routine", help="a routine id, as listed by 'stretchguide routines'")
    p.add_argument("--json", action="store_true", help="print JSON")
    _lang_here(p)
    p.set_defaults(func=commands["plan"])
    p = sub.add_parser("validate", help="check routine files")
    p.add_argument("files", nargs="+", help="routine files (.toml)")
    p.set_defaults(func=commands["validate"])
    p = sub.add_parser("import", help="check a routine file and add it to your routines")
    p.add_argument("file", help="a routine file (.toml)")
    p.add_argument("--replace", action="store_true", help="replace your routine with the same id")
    p.set_defaults(func=commands["import"])
    p = sub.add_parser("history", help="print your streak, time per stretch and last sessions")
    p.add_argument("--csv", action="store_true", help="print every session as CSV (one row each)")
    p.add_argument(
        "--last", type=int, default=10, metavar="N", help="how many sessions to list (10)"
    )
    p.set_defaults(func=commands["history"])
    p = sub.add_parser("play", help="open the app straight into a routine's session")
    p.add_argument(
        "routine", nargs="?", help="a routine id (import a routine file first: import FILE)"
    )
    p.add_argument("--no-speech", action="store_true", help="a silent session")
    p.add_argument(
        "--voice", action="store_true", help="listen for spoken commands (pause, skip, ...)"
    )
    _lang_here(p)
    p.set_defaults(func=commands["play"])
    return parser


def _lang_here(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after the command too (``plan desk-break --lang de``); SUPPRESS keeps the
    sub-command from resetting a ``--lang`` given before it."""
    parser.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help=LANG_HELP)
