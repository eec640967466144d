"""The counted noun where the parse hangs the number on another word (docs/quantities.md, a
count of something named after it): a plural or a gerund compounded into the noun after it, a
participle standing for people after "of the", a verb the tagger calls a plural noun, the
ends of a range of counts, and the bare high end of "from N things to M"."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _unit(text: str, fragment: str, nth: int = 0) -> str | None:
    got = _reading(_read(text), text, fragment, nth)
    return None if got is None else got[2]


def test_a_plural_compounded_into_the_next_noun_counts_that_noun():
    text = "He has played in two singles matches and one singles rubber this year."
    assert _unit(text, "two") == "singles matches"
    assert _unit(text, "one") == "singles rubber"


def test_a_plural_before_a_singular_after_a_count_above_one_is_what_is_counted():
    text = "Getting into the top 10 free apps list costs a developer a fortune."
    assert _unit(text, "10") == "apps"


def test_a_plural_unit_of_time_before_a_noun_still_lasts():
    text = "The post asks for five years experience in sales."
    assert _reading(_read(text), text, "five") == ("measure", 5.0, "years", None)


def test_a_gerund_compounded_into_the_noun_stays_with_it():
    text = "Last year the lab caught only 90 phishing e-mails that tried to steal passwords."
    assert _unit(text, "90") == "phishing e-mails"
    text = "The company has two packaging sites in Kent."
    assert _unit(text, "two") == "packaging sites"


def test_a_participle_after_of_the_counts_the_people_it_stands_for():
    text = "The judge heard that all four of the accused had met in Leeds before the raid."
    assert _unit(text, "four") == "accused"


def test_a_verb_the_tagger_calls_a_plural_noun_is_no_counted_noun():
    text = "The hoax fooled thousands of others on the forum last week."
    assert _unit(text, "thousands") == "others"  # the labels read "others" as the noun
    text = (
        "Even though it slipped, the fact that it held above 50 shows continued growth in the "
        "sector."
    )
    assert _unit(text, "50") is None
    text = "The club sold 40 shirts on the first day."
    assert _unit(text, "40") == "shirts"


def test_each_end_of_a_dashed_range_counts_the_shared_noun():
    text = "There were roughly 10,000-20,000 untested rape kits in police stores."
    found = _read(text)
    assert _reading(found, text, "10,000") == ("count", 10000.0, "rape kits", None)
    assert _reading(found, text, "20,000") == ("count", 20000.0, "rape kits", None)
    text = "The set was won 6-3 in the end."
    assert _reading(_read(text), text, "6-3")[0] == "score"


def test_the_or_of_a_range_in_words_is_no_part_of_the_low_end():
    text = "By then we had roughly seven or eight new recruits in the squad."
    assert _unit(text, "seven") == "recruits"
    assert _unit(text, "eight") == "recruits"


def test_the_last_few_before_a_noun_the_tagger_calls_an_adjective_count_it():
    text = "Bookmakers stopped taking bets on the last two contestant evictions of the series."
    assert _unit(text, "two") == "contestant evictions"
    text = "They lost in the last 16 of the cup last season."
    assert _reading(_read(text), text, "16") == ("count", 16.0, None, None)


def test_the_bare_high_end_of_from_n_things_to_m_counts_the_same_things():
    text = (
        "The council backed the plan by 310 votes to 188, and membership grew from 9,000 "
        "members in 2010 to 14,000 in 2020."
    )
    found = _read(text)
    assert _reading(found, text, "188") == ("count", 188.0, "votes", None)
    assert _reading(found, text, "14,000") == ("count", 14000.0, "members", None)


def test_the_high_end_of_a_range_of_units_takes_no_counted_noun():
    text = "Prices climbed from 5 pounds to 7 over the year, and loads grew from 3 tons to 5."
    found = _read(text)
    assert _unit(text, "7") != "pounds"
    assert _reading(found, text, " 5.")[2] is None
