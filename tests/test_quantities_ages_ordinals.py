"""Readings by docs/quantities.md of ages ("at the age of 73", "only 25", "everyone over 21",
"aged nine to 11"), ordinals with a thousands separator ("the 1,000th"), and multiples and vague
counts."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _age(value: float) -> tuple:
    return ("measure", value, "years", None)


def test_the_number_after_the_age_of_is_an_age():
    text = "The painter died in 2004 at the age of 81. At the age of 30 she moved to Leeds."
    found = _read(text)
    assert _reading(found, text, "81") == _age(81.0)
    assert _reading(found, text, "30") == _age(30.0)
    assert _reading(found, text, "2004") == ("date", None, None, "2004")


def test_a_number_set_off_by_commas_as_the_apposition_of_a_common_noun_is_an_age():
    text = "The club bid £2m for the Scotland winger, 27, on Monday. It sold 27, 28 and 29 units."
    found = _read(text)
    assert _reading(found, text, "27,") == _age(27.0)
    assert _reading(found, text, "28") != _age(28.0)  # a list of numbers is no apposition


def test_a_bare_number_that_is_what_a_person_is_is_an_age_after_only_or_and():
    text = "She is a fine striker and only 22. The shares were only 22 pence on Friday."
    found = _read(text)
    assert _reading(found, text, "22") == _age(22.0)
    assert _reading(found, text, "22", 1) != _age(22.0)


def test_a_bare_number_a_person_did_something_at_is_an_age():
    text = "He became a head teacher at 29. The index closed at 29 on Friday."
    found = _read(text)
    assert _reading(found, text, "29") == _age(29.0)
    assert _reading(found, text, "29", 1) == ("count", 29.0, None, None)  # no person's


def test_a_number_after_over_or_under_that_bounds_people_is_an_age():
    text = "Everyone over 18 may vote, and we were all under 18 then. Sales were over 18 units."
    found = _read(text)
    assert _reading(found, text, "18") == _age(18.0)
    assert _reading(found, text, "18", 1) == _age(18.0)
    assert _reading(found, text, "18", 2) == ("count", 18.0, "units", None)


def test_a_number_fused_after_under_or_over_is_an_age_band():
    text = "She won the under-seven prize and the under-12 title. He set up a two-seat firm."
    found = _read(text)
    assert _reading(found, text, "seven") == _age(7.0)
    assert _reading(found, text, "12") == _age(12.0)
    assert _reading(found, text, "two") is None  # no band: a number fused to a noun


def test_each_end_of_a_range_after_aged_is_an_age():
    text = "Pupils aged six to 10 took part. Sales rose from six to 10 in the spring."
    found = _read(text)
    assert _reading(found, text, "six") == _age(6.0)
    assert _reading(found, text, "10") == _age(10.0)
    assert _reading(found, text, "six", 1) != _age(6.0)


def test_an_ordinal_with_a_thousands_separator_is_an_ordinal():
    text = "It was the 1,000th film of the festival, and its 2,001st ticket was sold by the 21st."
    found = _read(text)
    assert _reading(found, text, "1,000th") == ("ordinal", 1000.0, None, None)
    assert _reading(found, text, "2,001st") == ("ordinal", 2001.0, None, None)
    assert _reading(found, text, "21st") == ("ordinal", 21.0, None, None)


def test_a_number_of_and_a_bunch_of_are_vague_counts_but_the_number_of_is_not():
    text = "She met a number of voters and a bunch of donors. The number of voters rose."
    found = _read(text)
    assert _reading(found, text, "a number") == ("count", None, "voters", None)
    assert _reading(found, text, "a bunch") == ("count", None, "donors", None)
    assert _reading(found, text, "The number") is None


def test_a_number_of_time_units_is_a_vague_duration():
    text = "The plant has been closed for a number of years."
    assert _reading(_read(text), text, "number") == ("measure", None, "years", None)


def test_hundreds_of_thousands_after_the_or_with_hyphens_is_a_vague_count():
    text = "He spoke of the hundreds of thousands of soldiers and hundreds-of-thousands of sailors."
    found = _read(text)
    assert _reading(found, text, "hundreds") == ("count", None, "soldiers", None)
    assert _reading(found, text, "hundreds", 1) == ("count", None, "sailors", None)


def test_an_ordinal_before_a_number_that_stands_alone_picks_the_counted_ones():
    text = "The first three at the trials qualified. She was the first one to finish."
    found = _read(text)
    assert _reading(found, text, "first three") == ("count", 3.0, None, None)
    assert _reading(found, text, "first", 1) == ("ordinal", 1.0, None, None)  # "one": a pronoun


def test_a_half_or_quarter_of_growth_or_of_millions_is_a_period_of_the_year():
    text = (
        "Growth slowed in the second half. The bank took a $40m hit in the third quarter. "
        "Sales in the first half of the year rose. He scored in the third quarter."
    )
    found = _read(text)
    assert _reading(found, text, "second half") == ("date", None, None, "2024")
    assert _reading(found, text, "third quarter") == ("date", None, None, "2024")
    assert _reading(found, text, "first half") == ("date", None, None, "2024")
    assert _reading(found, text, "third quarter", 1) == ("ordinal", 3.0, None, None)


def test_a_half_of_a_game_the_parser_runs_into_a_long_date_is_an_ordinal():
    text = "We did not play well in the first half against England, the coach said."
    assert _reading(_read(text), text, "first") == ("ordinal", 1.0, None, None)


def test_an_age_when_the_verb_takes_its_subject_from_the_verb_before():
    text = "She rose fast, becoming the youngest mayor at 31. Stocks rose, closing at 31."
    found = _read(text)
    assert _reading(found, text, "31") == _age(31.0)
    assert _reading(found, text, "31", 1) == ("count", 31.0, None, None)


def test_who_is_a_persons_subject_and_a_comma_left_out_before_of_keeps_the_age():
    text = "The lock, who is 34 at the end of May, stays. Jo Smith, 41 of Leeds, was fined."
    found = _read(text)
    assert _reading(found, text, "34") == _age(34.0)
    assert _reading(found, text, "41") == _age(41.0)
    text = "The plan, which is 30 pages long, failed."
    assert _reading(_read(text), text, "30") == ("count", 30.0, "pages", None)


def test_an_ordinal_ranking_a_noun_in_a_date_the_parser_ran_on_is_an_ordinal():
    text = "It is the third year in a row the prize went abroad. The trial opened in March 2020."
    found = _read(text)
    assert _reading(found, text, "third") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "March 2020") == ("date", None, None, "2020-03")


def test_the_low_end_of_a_suspended_range_takes_the_high_ends_time_unit():
    text = "The prize is for five- to seven-year-olds and the course for two and three-year-olds."
    found = _read(text)
    assert _reading(found, text, "five") == _age(5.0)
    assert _reading(found, text, "seven") == _age(7.0)
    assert _reading(found, text, "two") == _age(2.0)
    text = "They sold two or three cars and a three-year lease."
    assert _reading(_read(text), text, "two") == ("count", 2.0, "cars", None)
