"""The cases docs/quantities.md settled after the mixed3 sample ("Cases settled after the
mixed3 sample"): windows of recent units and N units ahead, ranks written with "No." or
"number", a pair or a trio of something, one number in another, and a round or a break of a
match named by a fraction. Each with sentences the rule must leave alone."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_recent_units_are_a_window_back_with_no_count():
    text = (
        "Prices have risen sharply in recent years, officials said. In recent weeks the team "
        "lost four games, and over the most recent months it lost more."
    )
    found = _read(text)
    assert _reading(found, text, "recent years") == ("time_window", None, "years", None)
    assert _reading(found, text, "recent weeks") == ("time_window", None, "weeks", None)
    assert _reading(found, text, "recent months") == ("time_window", None, "months", None)


def test_the_recent_past_as_an_adjective_of_a_thing_is_no_window():
    text = "The recent report on the floods was published by the council."
    assert _reading(_read(text), text, "recent report") is None


def test_n_units_ahead_in_a_clause_about_the_future_are_a_window():
    text = (
        "The bridge will be finished in five years, the minister said. The cup is to be held "
        "in two weeks. The licence expires in 30 days. The firm plans to open a plant in "
        "three years."
    )
    found = _read(text)
    assert _reading(found, text, "five years") == ("time_window", 5.0, "years", None)
    assert _reading(found, text, "two weeks") == ("time_window", 2.0, "weeks", None)
    assert _reading(found, text, "30 days") == ("time_window", 30.0, "days", None)
    assert _reading(found, text, "three years") == ("time_window", 3.0, "years", None)


def test_n_units_in_the_past_or_on_a_noun_last():
    text = (
        "It was the club's first win in two years. Sales rose 5% in four years. "
        "The plant has closed in nine months."
    )
    found = _read(text)
    assert _reading(found, text, "two years") == ("measure", 2.0, "years", None)
    assert _reading(found, text, "four years") == ("measure", 4.0, "years", None)
    assert _reading(found, text, "nine months") == ("measure", 9.0, "months", None)


def test_a_rank_after_no_or_number_is_an_ordinal():
    text = (
        "She is the world number one and he is the No. 3 seed in Paris. The song hit "
        "No. 1 in the charts. The number two official resigned. He was the No. 10 seed."
    )
    found = _read(text)
    assert _reading(found, text, "number one") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "3 seed") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "No. 1") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "number two") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "No. 10") == ("ordinal", 10.0, None, None)


def test_a_numbered_work_or_the_office_at_no_10_is_no_rank():
    text = "The orchestra played Symphony No. 5 again. No 10 said the plan was sound."
    found = _read(text)
    assert _reading(found, text, "5 again") is None
    assert _reading(found, text, "10 said") is None


def test_a_number_of_things_is_not_a_rank():
    text = "The number of voters rose to 40,000 and a number 7 bus was late."
    found = _read(text)
    assert _reading(found, text, "40,000") == ("count", 40000.0, None, None)


def test_a_pair_or_a_trio_of_things_counts_them():
    text = "She bought a pair of shoes, and a trio of wins followed for the club."
    found = _read(text)
    assert _reading(found, text, "pair") == ("count", 2.0, "shoes", None)
    assert _reading(found, text, "trio") == ("count", 3.0, "wins", None)


def test_the_pair_as_two_people_counts_nothing():
    text = "The pair were arrested on Friday. He wore a pair at the party."
    found = _read(text)
    assert _reading(found, text, "pair were") is None
    assert _reading(found, text, "a pair at") is None


def test_one_number_in_another_is_a_share_of_the_noun():
    text = (
        "One in five renters say they cannot pay, and three out of four doctors agree. "
        "Only 1 in 10 said yes."
    )
    found = _read(text)
    assert _reading(found, text, "One in five") == ("fraction", 0.2, "renters", None)
    assert _reading(found, text, "three out of four") == ("fraction", 0.75, "doctors", None)
    assert _reading(found, text, "1 in 10") == ("fraction", 0.1, None, None)


def test_a_number_in_a_span_of_time_or_a_larger_first_number_is_no_share():
    text = "Output rose 3 in 5 years at the plant. The side won 10 in 4 matches."
    found = _read(text)
    assert _reading(found, text, "5 years") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "10 in 4") != ("fraction", 2.5, "matches", None)
    assert _reading(found, text, "4 matches") == ("count", 4.0, "matches", None)


def test_a_round_or_a_break_named_by_a_fraction_is_no_quantity():
    text = (
        "They lost in the quarter-final after leading at half-time, and the semi-finals "
        "were moved to half term. He left at half time."
    )
    found = _read(text)
    assert _reading(found, text, "quarter") is None
    assert _reading(found, text, "half-time") is None
    assert _reading(found, text, "semi") is None
    assert _reading(found, text, "half term") is None
    assert _reading(found, text, "half time") is None


def test_a_quarter_or_half_of_a_year_or_a_thing_is_still_read():
    text = "Sales fell in the third quarter of 2015. Half the money went to the schools."
    found = _read(text)
    assert _reading(found, text, "third quarter") == ("date", None, None, "2015")
    assert _reading(found, text, "Half the money") == ("fraction", 0.5, "money", None)


def test_no_one_the_number_itself_and_a_shirt_number_are_no_rank():
    text = (
        "No one was injured in the blast. The number eight is associated with luck. He took "
        "over the number 10 shirt. The case is known as No. 14-981 in the court."
    )
    found = _read(text)
    assert _reading(found, text, "one was") is None
    assert _reading(found, text, "eight") == ("count", 8.0, None, None)
    assert _reading(found, text, "10 shirt") is None
    assert _reading(found, text, "14-981") != ("ordinal", 14.0, None, None)


def test_units_after_in_that_a_past_infinitive_or_a_particle_governs_last():
    text = (
        "She broke it again to win the title in 7.58 seconds. She was good enough to romp "
        "through the contest in exactly an hour. They want to squeeze in two extra minutes "
        "of ads. They plan to reach Mars in a five year timescale."
    )
    found = _read(text)
    assert _reading(found, text, "7.58 seconds") == ("measure", 7.58, "seconds", None)
    assert _reading(found, text, "an hour") == ("measure", 1.0, "hours", None)
    assert _reading(found, text, "two extra minutes") == ("measure", 2.0, "minutes", None)
    assert _reading(found, text, "five year") == ("measure", 5.0, "years", None)


def test_a_year_or_a_slashed_name_after_in_is_no_share():
    text = "Japanese films rose to 310 in 2004. IBM ends support for OS/2 in 2006."
    found = _read(text)
    assert _reading(found, text, "310") == ("count", 310.0, None, None)
    assert _reading(found, text, "2004") == ("date", None, None, "2004")
    assert _reading(found, text, "2006") == ("date", None, None, "2006")
