"""Shared by the quotes tests: extract a text's quotes, with or without the learned filter."""

from __future__ import annotations

from newsaudit.document import build_document
from newsaudit.extractors.quotes import extract_quotes, quotes_with_features
from newsaudit.findings import Quote, Structure


def quotes_of(text: str, structure: Structure | None = None) -> list[Quote]:
    """The quotes the pipeline keeps in ``text`` (no structure given: every paragraph counts)."""
    doc = build_document(text)
    return extract_quotes(doc, structure or Structure())


def only(quotes: list[Quote]) -> Quote:
    """The one quote found, or fail showing what was found instead."""
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


class CueStub:
    """A cue detector with fixed scores per token index, for tests of what follows it."""

    threshold = 0.5

    def __init__(self, scores: dict[int, float]) -> None:
        self._scores = scores

    def scores(self, doc, regions) -> dict[int, float]:
        return dict(self._scores)


def rule_quotes(text: str) -> list[Quote]:
    """Every rule candidate as a quote, before the learned filter decides which stay."""
    from newsaudit.extractors.quote_cues import load_cue_model
    from newsaudit.extractors.speaker_ranker import load_speaker_ranker

    doc = build_document(text)
    found = quotes_with_features(doc, Structure(), load_cue_model(), load_speaker_ranker())
    return [q for q, _ in found]


def rule_quote(text: str, cue: str) -> Quote:
    """The first rule candidate whose cue starts with ``cue`` ("wrote" finds "wrote:")."""
    return next(q for q in rule_quotes(text) if q.cue and q.cue.text.startswith(cue))
