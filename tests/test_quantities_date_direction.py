"""Quantities: which way a weekday or a month written without a year points from a dated
article, when the clause's own tense does not say: a participle clause with no auxiliary,
"ahead of" and "until", and a weekday's own morning or night (docs/quantities.md)."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_participle_clause_takes_the_tense_of_the_verb_it_hangs_on():
    text = "The mayor said while touring the plant on Monday that jobs would stay."
    found = _read(text)  # a Wednesday
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-13")


def test_a_participle_describing_a_noun_takes_a_past_clause_tense():
    text = "The only team fielding a new goalkeeper Saturday was the visitors."
    found = _read(text)
    assert _reading(found, text, "Saturday") == ("date", None, None, "2024-05-11")


def test_a_participle_clause_takes_a_future_or_a_past_verb():
    text = (
        "The minister will meet farmers while visiting the region on Friday. "
        "She thanked staff while touring the site on Sunday."
    )
    found = _read(text)
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-17")
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-12")


def test_ahead_of_a_weekday_points_to_the_coming_one():
    text = "Officials spent the day printing ballots ahead of Monday's referendum."
    found = _read(text)
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-20")


def test_a_weekday_noun_not_after_ahead_of_still_points_back():
    text = "Officials counted ballots from Monday's referendum."
    found = _read(text)
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-13")


def test_until_or_ahead_of_a_month_in_a_present_or_future_clause_is_the_coming_one():
    text = "The council may delay the decision until February's budget meeting."
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "February") == ("date", None, None, "2025-02")


def test_until_a_month_in_a_past_clause_stays_in_the_year_behind():
    text = "The council delayed the decision until February's budget meeting."
    found = _read(text, when="2024-11-20")
    assert _reading(found, text, "February") == ("date", None, None, "2024-02")


def test_a_weekday_with_its_morning_takes_the_clause_tense():
    text = "The envoy is to address the assembly Thursday morning."
    found = _read(text)
    assert _reading(found, text, "Thursday") == ("date", None, None, "2024-05-16")


def test_a_weekday_night_that_describes_a_noun_still_points_back():
    text = "Friday night's arrests are the first this year."
    found = _read(text)
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-10")


def test_a_gerund_after_a_preposition_of_purpose_keeps_its_own_reading():
    text = "The chief was suspended for making bus fares free from Nov. 20 without a vote."
    found = _read(text, when="2023-11-07")
    assert _reading(found, text, "Nov. 20") == ("date", None, None, "2023-11-20")


def test_coming_off_an_event_puts_its_weekday_behind():
    text = "The team is coming off a heavy defeat Sunday night. The team is playing Sunday night."
    found = _read(text)
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-12")
    assert _reading(found, text, "Sunday", 1) == ("date", None, None, "2024-05-19")


def test_an_infinitive_under_a_past_verb_takes_its_tense():
    text = (
        "Eight men attempted to cross the border on Monday. "
        "She was the first to raise the issue on Tuesday night. "
        "Applicants were due to file their forms by March 15."
    )
    found = _read(text)  # a Wednesday
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-13")
    assert _reading(found, text, "Tuesday") == ("date", None, None, "2024-05-14")
    assert _reading(found, text, "March 15") == ("date", None, None, "2024-03-15")


def test_an_infinitive_of_a_plan_or_under_a_present_verb_still_looks_ahead():
    text = (
        "The minister was scheduled to address the assembly on Friday. "
        "He said he hoped to finish the work by Thursday. "
        "Schools plan to reopen on Monday."
    )
    found = _read(text)
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-17")
    assert _reading(found, text, "Thursday") == ("date", None, None, "2024-05-16")
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-20")


def test_until_a_month_under_a_past_auxiliary_stays_behind():
    text = "The campaign had been paying rent for the office until May."
    found = _read(text, when="2024-08-23")
    assert _reading(found, text, "May") == ("date", None, None, "2024-05")


def test_a_purpose_infinitive_under_a_past_verb_keeps_its_own_reading():
    text = "Officials said hackers leaked the files to sway the Nov. 8 election."
    found = _read(text, when="2024-07-31")
    assert _reading(found, text, "Nov. 8") == ("date", None, None, "2024-11-08")


def test_a_plan_set_in_the_present_perfect_stands_ahead():
    text = "A judge has set bail and a court appearance for Sept. 28."
    found = _read(text, when="2024-09-21")
    assert _reading(found, text, "Sept. 28") == ("date", None, None, "2024-09-28")


def test_this_weekend_in_the_past_tense_is_the_one_just_gone():
    text = "At a panel this weekend in Boston, the mayor told students to vote."
    found = _read(text, when="2016-09-21")  # a Wednesday
    assert _reading(found, text, "this weekend") == ("date", None, None, "2016-W37")
    text = "Protesters will march this weekend in Boston."
    found = _read(text, when="2016-09-21")
    assert _reading(found, text, "this weekend") == ("date", None, None, "2016-W38")
