"""CLI commands for this area (placeholder until the area lands)."""

from __future__ import annotations


def register(groups: dict) -> None:
    """Add this area's sub-commands to the parser groups ('' is the top level)."""
