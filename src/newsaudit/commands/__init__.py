"""CLI command areas; each module registers its sub-commands (see newsaudit.cli)."""

from __future__ import annotations

import argparse


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    """Options that change how each article is analysed, shared by analyze and analyze-batch."""
    parser.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help="largest article in characters (default: $NEWSAUDIT_MAX_CHARS or 1000000)",
    )
    parser.add_argument(
        "--no-stance",
        dest="stance",
        action="store_false",
        help="skip the learned headline stance (about 10%% faster)",
    )
