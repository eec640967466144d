"""Quantities: the tense that points a day or month written without a year (docs/quantities.md,
the weekday and calendar-date rows and the row on participle clauses): a present passive is
no past tense, a bare participle takes its clause's tense, the present tense alone moves no
day on a year; a weekday before a courtesy title opens no name."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_present_passive_is_no_past_tense():
    text = "The party must hold on until the votes are tallied March 15, aides said."
    found = _read(text, when="2024-02-10")
    assert _reading(found, text, "March 15") == ("date", None, None, "2024-03-15")


def test_a_past_passive_still_points_back():
    text = "The final votes were tallied on March 15, aides said."
    found = _read(text, when="2024-02-10")
    assert _reading(found, text, "March 15") == ("date", None, None, "2023-03-15")


def test_a_bare_participle_takes_the_tense_of_its_clause():
    text = "Most of the adverts reserved in December are paid for by outside groups."
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "December") == ("date", None, None, "2024-12")


def test_a_month_under_a_past_verb_after_the_articles_month_is_last_years():
    text = "Most of the adverts ran in December, the trackers said."
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "December") == ("date", None, None, "2023-12")


def test_the_present_tense_alone_moves_no_day_on_a_year():
    text = "The timeline includes the April 5 attack on a convoy near the border."
    found = _read(text)
    assert _reading(found, text, "April 5") == ("date", None, None, "2024-04-05")


def test_a_future_verb_still_moves_a_past_day_on_a_year():
    text = "The two teams will meet again on April 5 in the capital."
    found = _read(text)
    assert _reading(found, text, "April 5") == ("date", None, None, "2025-04-05")


def test_a_weekday_before_a_courtesy_title_is_a_date():
    text = "During the hearing on Tuesday Mr Jones denied all of the claims."
    found = _read(text)
    assert _reading(found, text, "Tuesday") == ("date", None, None, "2024-05-14")


def test_a_weekday_opening_a_papers_name_stays_none():
    text = "The leak was reported by Sunday Telegraph journalist Robert Peston."
    found = _read(text)
    assert _reading(found, text, "Sunday") is None


def test_a_present_day_in_a_sentence_that_speaks_of_the_future_moves_on():
    text = "The band will tour for the first time in years and ends on October 10 in Houston."
    found = _read(text, when="2024-11-19")
    assert _reading(found, text, "October 10") == ("date", None, None, "2025-10-10")


def test_a_weekday_under_a_bare_participle_keeps_the_participles_past():
    text = "She will be charged over the crash related to the race Sunday evening."
    found = _read(text)
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-12")
