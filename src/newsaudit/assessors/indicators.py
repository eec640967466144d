"""Indicators (placeholder)."""

from __future__ import annotations


def compute_indicators(doc, structure, quotes, sources, claims, quantities, language, headline):  # noqa: ANN001, ANN201
    return []
