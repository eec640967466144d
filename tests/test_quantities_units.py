"""Readings by docs/quantities.md of what a count counts around names and hyphens ("three
Tony Awards" counts awards, "12 Premier League appearances" appearances, "two million
re-issues" re-issues) and of a scale word after a vague word ("several hundred fans")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_scale_word_after_several_or_few_is_a_vague_count():
    text = "Several hundred fans waited outside, and a few dozen reporters came. Two hundred left."
    found = _read(text)
    assert _reading(found, text, "Several hundred") == ("count", None, "fans", None)
    assert _reading(found, text, "a few dozen") == ("count", None, "reporters", None)
    assert _reading(found, text, "Two hundred") == ("count", 200.0, None, None)


def test_a_capitalised_name_before_the_counted_noun_is_dropped_in_running_text():
    text = "The musical has won three Tony Awards since it opened, and four Marvel films were made."
    found = _read(text)
    assert _reading(found, text, "three") == ("count", 3.0, "awards", None)
    assert _reading(found, text, "four") == ("count", 4.0, "films", None)


def test_a_common_noun_compound_and_an_acronym_stay_with_the_counted_noun():
    text = "The firm sold three million music files and two DVD players to its nine film studios."
    found = _read(text)
    assert _reading(found, text, "three million") == ("count", 3e6, "music files", None)
    assert _reading(found, text, "two") == ("count", 2.0, "dvd players", None)
    assert _reading(found, text, "nine") == ("count", 9.0, "film studios", None)


def test_a_line_in_title_case_and_a_quoted_title_keep_their_capitalised_compounds():
    text = "Three Prison Guards Held\n\nIt opened with two \u201cLightning Talks\u201d on safety."
    found = _read(text)
    assert _reading(found, text, "Three") == ("count", 3.0, "prison guards", None)
    assert _reading(found, text, "two") == ("count", 2.0, "lightning talks", None)


def test_a_number_the_parse_hangs_on_a_name_counts_the_plural_after_it():
    text = "The striker has scored nine goals in 12 Premier League appearances this season."
    found = _read(text)
    assert _reading(found, text, "12") == ("count", 12.0, "appearances", None)
    assert _reading(found, text, "nine") == ("count", 9.0, "goals", None)


def test_a_noun_split_at_its_hyphens_is_counted_whole():
    text = "The label sold two million re-issues last year and opened one mini-store in Leeds."
    found = _read(text)
    assert _reading(found, text, "two million") == ("count", 2e6, "re-issues", None)
    assert _reading(found, text, "one") == ("count", 1.0, "mini-store", None)
    assert _reading(found, text, "last year") == ("date", None, None, "2023")
