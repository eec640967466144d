"""Training the speaker ranker (`newsaudit.extractors.speaker_ranker`): LightGBM lambdarank on
the candidate heads of every rule quote that matches a gold attribution."""

from __future__ import annotations

from collections.abc import Iterable

from newsaudit.document import Document
from newsaudit.evaluation.quotes import gold_fragments, matched_gold, quote_fragments
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quote_marks import quoted_regions
from newsaudit.extractors.quotes import quotes_with_features, speaker_phrase
from newsaudit.extractors.speaker_ranker import NOBODY, SpeakerRanker, ranking_rows
from newsaudit.findings import Structure
from newsaudit.models.sparse_ranker import fit_sparse_ranker


def train_speaker_ranker(
    groups: list[tuple[list[list[str]], list[int]]],
    rounds: int = 75,
    learning_rate: float = 0.1,
    seed: int = 0,
) -> tuple[SpeakerRanker, dict]:
    """Fit lambdarank on groups of candidate rows, each with a 0/1 label per candidate."""
    fitted = fit_sparse_ranker(groups, rounds, learning_rate, seed=seed)
    stats = {
        "groups": len(groups),
        "candidates": sum(len(rows) for rows, _ in groups),
        "features": len(fitted.vocabulary),
        "rounds": rounds,
        "learning_rate": learning_rate,
    }
    return SpeakerRanker(fitted.vocabulary, fitted.booster, fitted.width), stats


def speaker_groups(
    examples: Iterable[tuple[str, Document, list[dict]]], cue_model
) -> list[tuple[list[list[str]], list[int]]]:
    """Training groups: the candidates of every rule quote that matches a gold attribution,
    labelled 1 where the candidate's phrase covers the gold source (or, for NOBODY, where the
    gold names none). Groups without a right candidate teach nothing and are left out."""
    groups = []
    for text, doc, gold in examples:
        regions = Regions(quoted_regions(doc.text, doc.paragraphs))
        quotes = [q for q, _ in quotes_with_features(doc, Structure(), cue_model)]
        for quote, j in zip(quotes, matched_gold(text, quotes, gold), strict=True):
            if j is None or quote.cue is None:
                continue
            source = quote.speaker.span
            found = ranking_rows(
                doc,
                (quote.cue.start, quote.cue.end),
                quote_fragments(quote, "content"),
                (source.start, source.end) if source is not None else None,
                regions,
            )
            if found is None:
                continue
            wanted = {i for a, b in gold_fragments(gold[j], "source") for i in range(a, b)}
            labels = []
            for head in found.heads:
                if head is NOBODY:
                    labels.append(int(not wanted))
                    continue
                start, end = speaker_phrase(head, found.cue)
                covered = len(wanted & set(range(start, end)))
                labels.append(int(bool(wanted) and covered * 2 >= len(wanted)))
            if any(labels):
                groups.append((found.rows, labels))
    return groups
