"""Work grows with the article, not with its square: an article dense with reporting cues.

These count comparisons instead of timing them (timings belong in benchmarks/, see
benchmarks/dense_quotes.py): pairwise checks between every two quotes, every two sentences or
a sentence and every quote were what made a 72,000-character article dense with "said" take
minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsaudit.extractors.quotes.nesting as quotes_module
from newsaudit.pipeline import analyze
from newsaudit.spans import Span

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dense_quotes import dense_text

CHECKS_PER_QUOTE = 20  # before the fix: ~900 per quote at this size, growing with the article


@pytest.mark.parametrize("shape", ["paragraphs", "lines", "one-paragraph"])
def test_pairwise_checks_stay_linear_in_the_quotes(
    monkeypatch: pytest.MonkeyPatch, shape: str
) -> None:
    calls = {"span": 0, "holds": 0}
    overlaps, contains, holds = Span.overlaps, Span.contains, quotes_module._holds

    def counted_overlaps(self: Span, other: Span) -> bool:
        calls["span"] += 1
        return overlaps(self, other)

    def counted_contains(self: Span, other: Span) -> bool:
        calls["span"] += 1
        return contains(self, other)

    def counted_holds(outer, inner) -> bool:
        calls["holds"] += 1
        return holds(outer, inner)

    monkeypatch.setattr(Span, "overlaps", counted_overlaps)
    monkeypatch.setattr(Span, "contains", counted_contains)
    monkeypatch.setattr(quotes_module, "_holds", counted_holds)
    report = analyze(dense_text(12_000, shape), stance=False)
    assert len(report.quotes) > 150  # the text is what the test is about: dense with cues
    assert calls["span"] + calls["holds"] <= CHECKS_PER_QUOTE * len(report.quotes), calls
