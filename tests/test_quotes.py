"""Quotes end to end: excluded paragraphs, the seed article, and every span matching the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsaudit.document import build_document
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.findings import Paragraph, Quote, Structure
from newsaudit.spans import Span


def test_excluded_paragraphs_yield_no_quotes() -> None:
    text = (
        "The mayor said the road was closed.\n\n"
        "Anna Berg writes about cities and said she loves maps."
    )
    doc = build_document(text)
    bio = Structure(
        paragraphs=[
            Paragraph(doc.paragraphs[0], "body"),
            Paragraph(doc.paragraphs[1], "author_bio"),
        ]
    )
    quotes = extract_quotes(doc, bio)
    assert [q.content.text for q in quotes] == ["the road was closed"]
    unmarked = extract_quotes(doc, Structure())
    assert "she loves maps" in [q.content.text for q in unmarked]
    assert any(doc.paragraphs[1].overlaps(q.content) for q in unmarked)


@pytest.fixture(scope="module")
def seed_quotes(seed_text: str) -> tuple[list[Quote], object]:
    doc = build_document(seed_text)
    return extract_quotes(doc, Structure()), doc


def _by_speaker(quotes: list[Quote], name: str) -> list[Quote]:
    return [q for q in quotes if q.speaker.name == name]


def test_seed_direct_quotes(seed_quotes) -> None:
    quotes, _ = seed_quotes
    power = [q for q in _by_speaker(quotes, "Samantha Power") if q.kind == "direct"]
    johnson = [q for q in _by_speaker(quotes, "Boris Johnson") if q.kind == "direct"]
    assert len(power) == 1 and len(johnson) == 1
    assert power[0].content.text.startswith("“It is your noose")
    assert power[0].content.text.endswith("shame you?”")
    assert power[0].speaker.role == "the United States’ UN Ambassador"
    assert johnson[0].content.text.startswith("“I have information from Aleppo today")
    assert johnson[0].speaker.role == "U.K. Foreign Secretary"


def test_seed_reported_statements(seed_quotes) -> None:
    quotes, _ = seed_quotes
    reuters = _by_speaker(quotes, "Syrian rebel officials and witnesses")
    assert reuters and reuters[0].via == ["Reuters"] and reuters[0].speaker.type == "unnamed"
    assert reuters[0].content.text == "Government forces resumed shelling early on Wednesday"
    ministry = _by_speaker(quotes, "Russia’s defense ministry")
    assert len(ministry) == 3
    assert all(q.speaker.type == "government" for q in ministry)
    vias = [q.via for q in ministry]
    assert ["Russia’s Interfax news agency"] in vias
    assert any(v and "Interfax" in v[0] for v in vias if v != ["Russia’s Interfax news agency"])
    assert any(q.speaker.span.text == "The defense ministry" for q in ministry)
    rebels = _by_speaker(quotes, "Officials with Aleppo-based rebel groups")
    assert rebels and rebels[0].cue.text == "accused"
    orient = [q for q in quotes if q.via == ["Orient TV"]]
    assert orient and orient[0].speaker.span.text == "its correspondent"
    assert orient[0].content.text == "the plan may be delayed until Thursday"
    un = _by_speaker(quotes, "The UN and others")
    assert un and un[0].cue.text == "have voiced"  # PolNeAR's cue holds its auxiliary


def test_seed_author_bio_yields_no_quotes_once_marked(seed_text: str) -> None:
    doc = build_document(seed_text)
    bio = doc.paragraphs[-1]
    assert bio.text.startswith("Jim Williams is")
    structure = Structure(
        paragraphs=[Paragraph(p, "author_bio" if p == bio else "body") for p in doc.paragraphs]
    )
    quotes = extract_quotes(doc, structure)
    assert quotes and all(not bio.overlaps(q.content) for q in quotes)


SPEAKERS = ["Mayor Anna Berg", "the ministry", "Witnesses", "She", "Tom Reyes of Acme Corp"]


CLAUSES = ["the bridge will open", "prices fell", "nobody was hurt in the blast"]


TEMPLATES = [
    "{s} said {c}.",
    "“{c},” {s} said.",
    "{c}, {s} told Reuters.",
    "According to {s}, {c}.",
    '{s} said: "{c}."',
    "{s} accused the council of ignoring {c}.",
]


def _check_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(TEMPLATES), st.sampled_from(SPEAKERS), st.sampled_from(CLAUSES)),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([" ", "\n\n"]),
)
def test_every_span_matches_the_text(parts, separator: str) -> None:
    text = separator.join(t.format(s=s, c=c) for t, s, c in parts)
    doc = build_document(text)
    for quote in extract_quotes(doc, Structure()):
        for span in [quote.content, quote.cue, quote.speaker.span, *quote.content_fragments]:
            _check_span(doc.text, span)
        assert quote.content.end > quote.content.start
