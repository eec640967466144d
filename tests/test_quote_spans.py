"""The learned span tagger: its window, gap filling, how tags move boundaries, and training."""

from __future__ import annotations

import pytest

from newsaudit.document import build_document
from newsaudit.extractors.quote_spans import (
    SpanTagger,
    apply_tags,
    fill_gaps,
    quote_roles,
    sequence_features,
    window,
)
from newsaudit.findings import Quote, Speaker
from newsaudit.spans import make_span
from newsaudit.training.quote_spans import train_span_tagger


def _span(text: str, piece: str):
    start = text.index(piece)
    return make_span(text, start, start + len(piece))


def _quote(text: str, source: str, cue: str, content: str) -> Quote:
    speaker = Speaker(source, None, "person", _span(text, source))
    return Quote("indirect", _span(text, content), _span(text, cue), speaker)


def _tags(tokens, pieces: dict[str, str], text: str) -> list[str]:
    """Tags for the tokens inside each named piece (S, C, T), O elsewhere."""
    out = ["O"] * len(tokens)
    for tag, piece in pieces.items():
        start = text.index(piece)
        for k, t in enumerate(tokens):
            if start <= t.idx < start + len(piece):
                out[k] = tag
    return out


def test_fill_gaps_joins_a_content_only_where_no_other_role_parts_it() -> None:
    assert fill_gaps(["T", "O", "T"]) == ["T", "T", "T"]
    assert fill_gaps(["T", "S", "C", "T"]) == ["T", "S", "C", "T"]
    assert fill_gaps(["T", "O", "C", "O", "T"]) == ["T", "O", "C", "O", "T"]
    assert fill_gaps(["O", "T", "O"]) == ["O", "T", "O"]


def test_window_covers_the_sentences_the_quote_touches() -> None:
    text = "The mayor spoke. Anna Berg has never said the bridge will open. Rain fell."
    doc = build_document(text)
    quote = _quote(text, "Anna Berg", "said", "the bridge will open")
    tokens = window(doc, quote_roles(quote))
    assert tokens.text == "Anna Berg has never said the bridge will open."


def test_tags_widen_the_cue_and_trim_the_content_where_they_touch_the_rules_spans() -> None:
    text = "Anna Berg has never said the bridge will open on time, Tom Ruiz said."
    doc = build_document(text)
    quote = _quote(text, "Anna Berg", "said", "the bridge will open on time")
    tokens = window(doc, quote_roles(quote))
    tags = _tags(
        tokens,
        {"S": "Anna Berg", "C": "has never said", "T": "the bridge will open", "O": "Tom"},
        text,
    )
    tags[[t.text for t in tokens].index("Ruiz")] = "T"  # a stray run, touching nothing
    out = apply_tags(text, quote, tokens, tags)
    assert out.cue.text == "has never said"
    assert out.content.text == "the bridge will open"
    assert out.content_fragments == []
    assert out.speaker.span.text == "Anna Berg"
    assert out.speaker.name == "Anna Berg"
    only_cue = apply_tags(text, quote, tokens, tags, roles_used="C")
    assert only_cue.content.text == "the bridge will open on time"


def test_a_tagger_learns_a_boundary_convention_and_round_trips() -> None:
    lines = [
        ("Anna Berg has said the bridge will open.", "has said"),
        ("Tom Ruiz had said the road will close.", "had said"),
        ("Lee Park has said the school will move.", "has said"),
    ] * 4
    features, tags = [], []
    for text, cue in lines:
        doc = build_document(text)
        quote = _quote(
            text, text.split(" has")[0].split(" had")[0], "said", text.split("said ")[1][:-1]
        )
        roles = quote_roles(quote)
        tokens = window(doc, roles)
        features.append(sequence_features(tokens, roles, "ccomp"))
        content = text.split("said ")[1][:-1]
        tags.append(_tags(tokens, {"S": text.split(" ha")[0], "C": cue, "T": content}, text))
    tagger, stats = train_span_tagger(features, tags, iterations=50, min_freq=1)
    assert stats["sequences"] == len(lines)
    loaded = SpanTagger.from_json(tagger.to_json())
    text = "Mia Cole has said the park will shut."
    doc = build_document(text)
    refined = loaded.refine(doc, _quote(text, "Mia Cole", "said", "the park will shut"), "ccomp")
    assert refined.cue.text == "has said"
    assert refined.content.text == "the park will shut"
    with pytest.raises(ValueError):
        SpanTagger.from_json('{"format": "something-else"}')


def test_kept_quotes_carry_the_filter_probability_as_confidence() -> None:
    from newsaudit.extractors.quote_filter import QuoteFilter
    from newsaudit.extractors.quotes import extract_quotes_with
    from newsaudit.findings import Structure

    doc = build_document("Mayor Anna Berg said the bridge will open in May.")
    sure = QuoteFilter({"rule=ccomp": 3.0}, -1.0, 0.35)
    [quote] = extract_quotes_with(doc, Structure(), None, sure)
    assert quote.confidence == pytest.approx(0.881, abs=0.001)  # sigmoid(3 - 1)
    assert extract_quotes_with(doc, Structure(), None, QuoteFilter({}, -1.0, 0.35)) == []
    [plain] = extract_quotes_with(doc, Structure(), None, None)
    assert plain.confidence is None
