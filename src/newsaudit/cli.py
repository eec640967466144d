"""The `newsaudit` command line: a thin shell over the Python API.

Each feature area registers its own sub-commands from ``newsaudit.commands.<area>``, so this
file stays small and heavy libraries are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from newsaudit import __version__
from newsaudit.errors import NewsauditError

COMMAND_MODULES = (
    "newsaudit.commands.analyze",
    "newsaudit.commands.batch",
    "newsaudit.commands.quotes",
    "newsaudit.commands.headline",
    "newsaudit.commands.checkworthy",
    "newsaudit.commands.quantities",
    "newsaudit.commands.terms",
    "newsaudit.commands.corpus",
    "newsaudit.commands.serve",
)
GROUPS = {
    "train": "train a model and write its artifact",
    "eval": "evaluate a capability on a labelled data set",
    "corpus": "store a corpus and trace text reuse across it",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsaudit", description="Take news articles apart, with evidence."
    )
    parser.add_argument("--version", action="version", version=f"newsaudit {__version__}")
    root = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    groups: dict[str, argparse._SubParsersAction] = {"": root}
    for name, help_text in GROUPS.items():
        group = root.add_parser(name, help=help_text, description=help_text)
        groups[name] = group.add_subparsers(dest="subcommand", metavar="WHAT", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(groups)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; user errors become one line on stderr and a non-zero exit."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except NewsauditError as error:
        print(f"newsaudit: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsaudit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug of ours: still one line, unless asked for more
        if os.environ.get("NEWSAUDIT_DEBUG"):
            raise
        print(
            f"newsaudit: internal error: {type(error).__name__}: {error} "
            "(set NEWSAUDIT_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
