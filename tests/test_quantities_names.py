"""Set phrases and names the rules take for no quantity (`set_phrases`), each beside a case
that keeps its reading."""

from __future__ import annotations

from quantity_helpers import read, reading


def _reading(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_one_paired_with_the_other_is_the_idiom() -> None:
    text = "The votes lean to one side or the other, and buyers move from one shop to another."
    assert _reading(text, "one side") is None
    assert _reading(text, "one shop") is None


def test_one_without_a_pair_still_counts() -> None:
    text = "The knife was sharp on one side and dull on the other, and one man was hurt."
    assert _reading(text, "one side")[:2] == ("count", 1.0)
    assert _reading(text, "one man")[:2] == ("count", 1.0)


def test_on_the_one_hand_is_an_idiom_and_one_way_counts_a_way() -> None:
    text = "On the one hand, rents rose. Saving early is one way to cope, the adviser said."
    assert _reading(text, "one hand") is None
    assert _reading(text, "one way") == ("count", 1.0, "way", None)  # "one" before a singular
    # noun it counts (docs/quantities.md); "one way or another" stays the idiom


def test_one_way_or_another_stays_the_idiom() -> None:
    text = "The club will, one way or another, find a buyer; one way to start is a fair price."
    assert _reading(text, "one way") is None
    assert _reading(text, "one way", 1) == ("count", 1.0, "way", None)


def test_first_in_the_idiom_and_the_title() -> None:
    text = "Why did the council buy the land in the first place? The first lady met the mayor."
    assert _reading(text, "first place") is None
    assert _reading(text, "first lady") is None


def test_first_still_ranks() -> None:
    text = "The club sat in first place, and the first game of the tour was lost."
    assert _reading(text, "first place")[:2] == ("ordinal", 1.0)
    assert _reading(text, "first game")[:2] == ("ordinal", 1.0)


def test_capitalised_date_word_in_running_text_names_a_programme() -> None:
    text = "The minister told the Today programme that the plan was sound."
    assert _reading(text, "Today") is None


def test_date_word_opening_a_sentence_keeps_its_date() -> None:
    text = 'Today the council voted. "Today we are proud," the mayor said.'
    assert _reading(text, "Today")[0] == "date"
    assert _reading(text, "Today", 1)[0] == "date"


def test_day_in_slashes_before_a_noun_names_an_event() -> None:
    text = "The 9/11 attacks changed air travel, and a 9/11-style plot was foiled."
    assert _reading(text, "9/11") is None
    assert _reading(text, "9/11", 1) is None


def test_fraction_before_a_noun_stays_a_measure() -> None:
    text = "Stir in 3/4 cup of flour and bake."
    assert _reading(text, "3/4")[:2] == ("measure", 0.75)


def test_leading_zero_and_paired_clock_are_no_counts() -> None:
    text = "Schools stay open from 0800, and a curfew runs between 2200 and 0600 each night."
    assert _reading(text, "0800") is None
    assert _reading(text, "2200") is None


def test_short_year_and_plain_number_are_kept() -> None:
    text = "The 2010/11 season ended, and 2200 fans came to the final."
    assert _reading(text, "11 season")[0] == "date"
    assert _reading(text, "2200")[:2] == ("count", 2200.0)


def test_digits_opening_a_title_in_running_text() -> None:
    text = "Her new guide 52 Walks Every Hiker Should Take is on sale in shops this week."
    assert _reading(text, "52") is None


def test_digits_counting_capitalised_nouns_still_count() -> None:
    text = "Officials said 15 Marines were hurt in the training accident on the base."
    assert _reading(text, "15")[:2] == ("count", 15.0)


def test_vague_word_in_a_name_and_as_a_count() -> None:
    text = "Police stopped Christopher Few on Monday, and few people saw it."
    assert _reading(text, "Few") is None
    assert _reading(text, "few people")[0] == "count"


def test_emergency_number_dialled_or_before_calls() -> None:
    text = (
        "She called 911 at once, and neighbours made several 911 calls. He then called 112 people."
    )
    assert _reading(text, "911") is None
    assert _reading(text, "911", 1) is None
    assert _reading(text, "112 people")[:2] == ("count", 112.0)


def test_date_word_after_closing_punctuation_keeps_its_date() -> None:
    text = "The report was out in May. […] Last week the board met, and the Today show aired."
    assert _reading(text, "Last week")[0] == "date"
    assert _reading(text, "Today") is None
