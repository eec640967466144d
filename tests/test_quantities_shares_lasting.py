"""Kinds and values by docs/quantities.md: "a third" as a share or a place, the verb "last"
before a duration, one unit of time before a possessive, and the word "minus"."""

from __future__ import annotations

from quantity_helpers import read, reading


def _one(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_a_third_that_is_sized_is_a_fraction():
    text = "Nearly a third say they will move, and rents rose by a third over the decade."
    found = read(text)
    assert reading(found, text, "a third")[:3] == ("fraction", 0.3333, None)
    assert reading(found, text, "a third", 1)[:3] == ("fraction", 0.3333, None)
    text = "The agency has a third more houses on its books than its rival."
    assert _one(text, "a third")[:3] == ("fraction", 0.3333, "houses")
    text = "The report said only a third of pupils walk to school."
    assert _one(text, "a third")[:3] == ("fraction", 0.3333, "pupils")


def test_a_share_the_parser_leaves_without_its_article():
    text = "Most people shop online, a survey says.\n\nA quarter of rural shoppers never do."
    assert _one(text, "quarter")[:2] == ("fraction", 0.25)


def test_a_third_that_picks_one_of_a_series_is_an_ordinal():
    text = "Costa headed in a second, and Hughes slid in a third, before the break."
    assert _one(text, "third")[:2] == ("ordinal", 3.0)
    text = "He was beaten again, a third in as many weeks, his coach said."
    assert _one(text, "third")[:2] == ("ordinal", 3.0)
    text = "Half of the tenants will move to a new block and a third is to join the city scheme."
    assert _one(text, "third")[:2] == ("ordinal", 3.0)


def test_shares_already_read_stay_fractions():
    text = "A third of voters stayed home, and turnout was cut by a third. He won a third term."
    found = read(text)
    assert reading(found, text, "A third")[:3] == ("fraction", 0.3333, "voters")
    assert reading(found, text, "by a third")[:3] == ("fraction", 0.3333, None)
    assert reading(found, text, "third term")[:2] == ("ordinal", 3.0)


def test_the_verb_last_before_a_count_of_units_is_a_duration():
    text = "The hearing is expected to last six weeks, and each battery will last 12 hours."
    found = read(text)
    assert reading(found, text, "six weeks") == ("measure", 6.0, "weeks", None)
    assert reading(found, text, "12 hours") == ("measure", 12.0, "hours", None)


def test_the_adjective_last_keeps_its_window():
    text = "Prices have risen in the last two weeks, and over the last 24 hours it snowed."
    found = read(text)
    assert reading(found, text, "two weeks")[:3] == ("time_window", 2.0, "weeks")
    assert reading(found, text, "24 hours")[:3] == ("time_window", 24.0, "hours")


def test_one_unit_of_time_before_a_possessive_lasts_one_unit():
    text = "The winner gets a year's supply of bread. A month's rent was owed."
    found = read(text)
    assert reading(found, text, "a year") == ("measure", 1.0, "years", None)
    assert reading(found, text, "A month") == ("measure", 1.0, "months", None)
    text = "It was the year's best album."
    assert (_one(text, "year") or (None, None))[1] is None


def test_the_word_minus_before_a_number_is_its_sign():
    text = "The balance was plus 4, against minus 12 in the last survey."
    assert _one(text, "minus 12")[:2] == ("count", -12.0)
    text = "The tank is kept at minus 40 degrees."
    assert _one(text, "minus 40")[:2] == ("measure", -40.0)


def test_minus_in_a_margin_or_a_pair_of_shares_is_no_sign():
    text = "The poll has a margin of error of plus or minus three percent."
    assert _one(text, "three percent")[:2] == ("percent", 3.0)
    text = "Her 58%-31% lead held."
    assert _one(text, "31%")[:2] == ("percent", 31.0)
