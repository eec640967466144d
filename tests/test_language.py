"""Loaded, sensational, absolute, opinion and hedge flags: lexicon matching and scope."""

from __future__ import annotations

import pytest

from newsaudit.assessors.language import flag_language, load_lexicon, match_terms
from newsaudit.document import build_document
from newsaudit.findings import Paragraph, Structure

CATEGORIES = {"loaded", "sensational", "absolute", "opinion", "hedge"}


def _flags(text: str, structure: Structure | None = None) -> list[tuple[str, str]]:
    doc = build_document(text)
    return [(f.category, f.span.text) for f in flag_language(doc, structure or Structure())]


def _roles(text: str, *roles: str) -> tuple:
    doc = build_document(text)
    paragraphs = [Paragraph(span, role) for span, role in zip(doc.paragraphs, roles, strict=True)]
    return doc, Structure(paragraphs=paragraphs)


def test_lexicon_entries_are_well_formed() -> None:
    entries = load_lexicon()
    assert len(entries) > 150
    assert {e.category for e in entries} == CATEGORIES
    assert all(e.term == e.term.strip().lower() and e.subtype for e in entries)
    terms = [(e.term, e.pos) for e in entries]
    assert len(terms) == len(set(terms)), "duplicate lexicon rows"


def test_loaded_terms_match_inflections_and_phrases() -> None:
    flags = _flags("Troops slaughtered villagers in the killing fields. The massacres went on.")
    assert ("loaded", "slaughtered") in flags
    assert ("loaded", "killing fields") in flags
    assert ("loaded", "massacres") in flags


def test_sensational_absolute_and_exclamation() -> None:
    flags = _flags("Senator destroys reporter! Everyone knows he never lies. Shocking scenes.")
    assert ("sensational", "destroys") in flags
    assert ("exclamation", "!") in flags
    assert ("absolute", "Everyone") in flags
    assert ("absolute", "never") in flags
    assert ("sensational", "Shocking") in flags


def test_literal_destroyed_is_not_clickbait() -> None:
    flags = _flags("The bridge was destroyed by the flood.")
    assert not any(term == "destroyed" for _, term in flags)


def test_opinion_and_hedges() -> None:
    flags = _flags("I think the plan is shameful. It may fail, and the minister reportedly knew.")
    assert ("opinion", "I think") in flags
    assert ("opinion", "shameful") in flags
    assert ("hedge", "may") in flags
    assert ("hedge", "reportedly") in flags


def test_month_may_is_not_a_hedge() -> None:
    assert ("hedge", "May") not in _flags("The talks ended in May after the vote.")


def test_longest_match_wins() -> None:
    doc = build_document("He called it fake news again.")
    matches = match_terms(doc)
    assert [m.span.text for m in matches] == ["fake news"]


def test_headline_is_flagged_but_bio_and_credit_are_not() -> None:
    text = (
        "Shocking bloodbath in the capital\n\nPolice said two people were hurt.\n\n"
        "Jane Roe is a brilliant reporter who always files on time.\n\n"
        "Photos from Agency X, what a nightmare!"
    )
    doc, structure = _roles(text, "headline", "body", "author_bio", "credit")
    flags = [(f.category, f.span.text) for f in flag_language(doc, structure)]
    assert ("sensational", "Shocking") in flags
    assert ("loaded", "bloodbath") in flags
    assert all(f.span.end <= doc.paragraphs[1].end for f in flag_language(doc, structure))


def test_flags_are_sorted_and_spans_valid() -> None:
    doc = build_document("Never again! They always lie, and the regime's thugs know it!")
    flags = flag_language(doc, Structure())
    assert flags == sorted(flags, key=lambda f: (f.span.start, f.span.end))
    for flag in flags:
        assert doc.text[flag.span.start : flag.span.end] == flag.span.text
    assert sum(f.category == "exclamation" for f in flags) == 2


def test_clean_wire_sentence_has_no_flags() -> None:
    assert _flags("The central bank raised its main interest rate to 4.5% on Tuesday.") == []


@pytest.mark.shared
def test_seed_headline_and_body_loaded_terms(seed_text: str) -> None:
    doc = build_document(seed_text)
    headline = doc.paragraphs[0]
    structure = Structure(
        headline=headline,
        paragraphs=[Paragraph(headline, "headline")]
        + [Paragraph(p, "body") for p in doc.paragraphs[1:]],
    )
    loaded = [f for f in flag_language(doc, structure) if f.category == "loaded"]
    in_headline = [f.span.text for f in loaded if headline.contains(f.span)]
    assert "Killing Fields" in in_headline
    assert "murder" in [f.span.text for f in loaded]
