"""Where the counted noun cannot lie (docs/quantities.md, a count of something named after it):
past a dash, in a relative date word, after "of" and a pronoun, or in a level the number is;
"N times" that multiplies or counts occasions; and the noun of "N of the M things" written with
a possessive or turned about ("Of the M things, N ...")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _got(text: str, fragment: str, nth: int = 0):
    return _reading(_read(text), text, fragment, nth)


def test_the_noun_before_a_dash_is_counted_not_the_list_after_it():
    text = "The group sold its four brands - Acme, Zeta and Omni - last spring."
    assert _got(text, "four") == ("count", 4.0, "brands", None)
    text = "The tour visits three cities-- Paris, Rome and Oslo."
    assert _got(text, "three") == ("count", 3.0, "cities", None)
    text = "Weak demand means one thing - lower prices, she said."
    assert _got(text, "one") == ("count", 1.0, "thing", None)


def test_a_hyphen_inside_a_word_is_no_dash():
    text = "He won the point with four serve-and-volley winners."
    assert _got(text, "four")[2] == "winners"


def test_a_relative_date_word_is_no_counted_noun():
    text = "We need to win two tomorrow if we want the title."
    assert _got(text, "two") == ("count", 2.0, None, None)
    assert _got(text, "tomorrow")[0] == "date"


def test_a_pronoun_after_of_leaves_the_count_without_a_noun():
    text = "About 9,000 people voted early, roughly 4,000 of them Democrats."
    assert _got(text, "4,000") == ("count", 4000.0, None, None)
    assert _got(text, "9,000")[2] == "people"


def test_a_level_the_number_is_counts_nothing():
    text = "Sales passed the 3 million mark and neared the 10 million barrier."
    assert _got(text, "3 million") == ("count", 3e6, None, None)
    assert _got(text, "10 million") == ("count", 1e7, None, None)
    text = "The game has 300 levels and one level left."
    assert _got(text, "300")[2] == "levels"


def test_times_before_a_comparative_or_an_amount_multiplies():
    text = "The new chip is up to 12 times more powerful than the last."
    assert _got(text, "12") == ("count", 12.0, None, None)
    text = "Tickets are three to four times more expensive than films."
    assert _got(text, "three") == ("count", 3.0, None, None)
    text = "His staff is several times the size of hers."
    assert _got(text, "several")[2] is None


def test_times_that_count_occasions_keep_times():
    text = "Seven times out of 10 the keeper guesses right."
    assert _got(text, "Seven") == ("count", 7.0, "times", None)
    assert _got(text, "10") == ("count", 10.0, None, None)
    text = "She has won the race five times this year."
    assert _got(text, "five") == ("count", 5.0, "times", None)


def test_n_of_a_possessive_counts_the_noun_owned():
    text = "Smith scored two of the Lions' six tries on Saturday."
    assert _got(text, "two") == ("count", 2.0, "tries", None)
    assert _got(text, "six") == ("count", 6.0, "tries", None)


def test_of_the_m_things_opening_the_sentence_gives_the_later_count_its_noun():
    text = "Of the 30 shops surveyed by the council, 18 reported falling sales."
    assert _got(text, "18") == ("count", 18.0, "shops", None)
    text = "Of the 30 shops, 18 reported falling sales."
    assert _got(text, "18") == ("count", 18.0, "shops", None)
    text = "Of course, 18 reported falling sales."
    assert _got(text, "18") == ("count", 18.0, None, None)


def test_those_or_these_before_a_noun_is_a_determiner_and_the_noun_is_counted():
    text = "He grabbed nine rebounds, with three of those boards on offence."
    assert _got(text, "three") == ("count", 3.0, "boards", None)
    text = "They want to admit hundreds of thousands of these same people."
    assert _got(text, "hundreds")[2] == "people"


def test_a_share_after_a_fronted_of_keeps_no_noun():
    text = "Of the 19 films in the running, more than half are from Europe."
    assert _got(text, "half") == ("fraction", 0.5, None, None)
