"""The learned quote boundaries: candidates, moving spans, training and the artifact."""

from __future__ import annotations

import pytest

from newsaudit.document import build_document
from newsaudit.extractors.quote_bounds import (
    BoundaryModel,
    candidates,
    move_boundaries,
    trimmed,
)
from newsaudit.findings import Quote, Speaker
from newsaudit.spans import make_span
from newsaudit.training.quote_bounds import boundary_groups, train_boundary_model


def _quote(text: str, source: str, cue: str, content: str) -> Quote:
    def span(part: str):
        start = text.index(part)
        return make_span(text, start, start + len(part))

    speaker = Speaker(source, None, "person", span(source))
    return Quote("indirect", span(content), span(cue), speaker)


def _gold(text: str, source: str, cue: str, content: str) -> dict:
    def piece(part: str) -> list[dict]:
        start = text.index(part)
        return [{"start": start, "end": start + len(part)}]

    return {"source": piece(source), "cue": piece(cue), "content": piece(content)}


def test_trimmed_drops_edge_punctuation_and_quote_marks() -> None:
    text = " “Hello, world.” "
    assert text[slice(*trimmed(text, 0, len(text)))] == "Hello, world"


def test_the_rules_boundary_comes_first_and_the_content_never_swallows_its_cue() -> None:
    text = "Mayor Ana Pires spoke at length about the new bridge on Monday."
    doc = build_document(text)
    quote = _quote(text, "Mayor Ana Pires", "spoke", "about the new bridge on Monday")
    start = candidates(doc, quote, "content", "start")
    assert start is not None
    words = [doc.doc[k].text for k in start.tokens]
    assert words[0] == "about"  # the rules' own boundary is candidate 0
    assert "the" in words  # a shorter content is a candidate
    assert "spoke" not in words and "Pires" not in words  # never across the cue or source
    end = candidates(doc, quote, "content", "end")
    assert end is not None
    assert doc.doc[end.tokens[0]].text == "Monday"
    assert "." not in [doc.doc[k].text for k in end.tokens]  # punctuation is no boundary


def test_a_candidate_never_crosses_a_paragraph_break() -> None:
    text = "Ana Pires said the bridge opens.\n\nA second paragraph follows here."
    doc = build_document(text)
    quote = _quote(text, "Ana Pires", "said", "the bridge opens")
    end = candidates(doc, quote, "content", "end")
    assert end is not None
    assert all(doc.doc[k].idx < text.index("\n") for k in end.tokens)


def test_a_cue_grown_into_its_content_cuts_the_content() -> None:
    text = "Ana Pires spoke about the new bridge."
    doc = build_document(text)
    quote = _quote(text, "Ana Pires", "spoke", "about the new bridge")
    about = next(t.i for t in doc.doc if t.text == "about")
    moved = move_boundaries(doc, quote, {("cue", "end"): about})
    assert moved.cue is not None and moved.cue.text == "spoke about"
    assert moved.content.text == "the new bridge"
    assert moved.speaker == quote.speaker


def test_the_model_learns_a_convention_and_applies_it_to_new_text() -> None:
    """Trained where the gold content leaves out the preposition the cue governs, it moves
    the content's start past it on sentences it never saw; where the rules were right it
    leaves them alone."""
    names = ["Ana Pires", "Tom Berg", "Lea Moss", "Rui Dias", "Eva Lind", "Max Roth"]
    topics = ["the bridge", "the new budget", "a school plan", "the flood", "our roads"]
    examples, quotes = [], {}
    for i, (name, topic) in enumerate((n, t) for n in names for t in topics):
        verb = ["spoke", "talked", "wrote"][i % 3]
        text = f"{name} {verb} about {topic} on Monday."
        doc = build_document(text)
        quotes[id(doc)] = [(_quote(text, name, verb, f"about {topic} on Monday"), "prep")]
        examples.append((text, doc, [_gold(text, name, verb, f"{topic} on Monday")]))
        plain = f"{name} said {topic} was fine."
        doc = build_document(plain)
        quotes[id(doc)] = [(_quote(plain, name, "said", f"{topic} was fine"), "ccomp")]
        examples.append((plain, doc, [_gold(plain, name, "said", f"{topic} was fine")]))
    groups = boundary_groups(examples, lambda doc: quotes[id(doc)], [("content", "start")])
    assert groups["content", "start"]
    model, stats = train_boundary_model(groups, rounds=30, min_count=1)
    assert stats["content/start"]["rules_wrong"] > 0
    loaded = BoundaryModel.from_json(model.to_json())
    new = "Ida Holm spoke about the harbour on Friday. Ida Holm said the harbour was fine."
    doc = build_document(new)
    moved, kept = loaded.refine(
        doc,
        [
            _quote(new, "Ida Holm", "spoke", "about the harbour on Friday"),
            _quote(new, "Ida Holm", "said", "the harbour was fine"),
        ],
    )
    assert moved.content.text == "the harbour on Friday"
    assert kept.content.text == "the harbour was fine"


def test_an_artifact_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError):
        BoundaryModel.from_json('{"format": "something-else"}')
