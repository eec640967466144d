"""Time measures and windows by docs/quantities.md: the first N units of time (a couple, a few,
a count a parser entity hid), a time unit between a number and a noun, a range whose unit only
its low end writes, N units from now, counts of time units the parser tags as cardinals, and
vague durations."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_the_first_couple_or_few_units_is_a_duration_not_a_rank():
    text = (
        "Most of the hostages fled in the first couple of days. "
        "Sales were weak in the first few months of the year. The first game was a draw."
    )
    found = _read(text)
    assert _reading(found, text, "first couple of days") == ("measure", 2.0, "days", None)
    assert _reading(found, text, "first few months") == ("measure", None, "months", None)
    assert _reading(found, text, "first game") == ("ordinal", 1.0, None, None)


def test_the_first_n_standing_alone_counts():
    text = "She ran the team for 12 seasons. She only won the first 10."
    found = _read(text)
    assert _reading(found, text, "first 10") == ("count", 10.0, None, None)


def test_a_count_of_units_after_another_ordinal_is_read():
    text = "We were slow early on, but in the second 20 minutes we played our best rugby."
    found = _read(text)
    assert _reading(found, text, "second") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "20 minutes") == ("measure", 20.0, "minutes", None)


def test_a_number_word_second_and_a_noun_measure_seconds():
    text = "After a two second pause, the alarm rang. They won two second places."
    found = _read(text)
    assert _reading(found, text, "two second pause") == ("measure", 2.0, "seconds", None)
    assert _reading(found, text, "second places") != ("measure", 2.0, "seconds", None)


def test_the_high_end_takes_the_low_ends_unit_and_kind():
    text = (
        "The ministers could be back within a year or two, a poll found. "
        "It took a day or two to recover. They sold a year or two fans."
    )
    found = _read(text)
    assert _reading(found, text, "two,") == ("time_window", 2.0, "years", None)
    assert _reading(found, text, "two to") == ("measure", 2.0, "days", None)
    assert _reading(found, text, "two fans") == ("count", 2.0, "fans", None)


def test_units_from_now_and_units_time_are_windows():
    text = (
        "Six months from now the workers will be out of a job. "
        "We are talking about eight months' time before he runs. "
        "After a month's time he left the club. She cried: In three days, let's win it!"
    )
    found = _read(text)
    assert _reading(found, text, "Six months") == ("time_window", 6.0, "months", None)
    assert _reading(found, text, "eight months") == ("time_window", 8.0, "months", None)
    assert _reading(found, text, "a month") == ("measure", 1.0, "months", None)
    assert _reading(found, text, "three days") == ("time_window", 3.0, "days", None)


def test_a_past_or_subordinate_verb_keeps_the_duration():
    text = "He helped them win in three days. The bridge was built in a month's time."
    found = _read(text)
    assert _reading(found, text, "three days") == ("measure", 3.0, "days", None)
    assert _reading(found, text, "a month") == ("measure", 1.0, "months", None)


def test_counts_of_units_the_parser_tags_as_cardinals_measure():
    text = (
        "He faces as many as five years more in prison. The gear saves at least 20 seconds per "
        "lap. There were only 10 more minutes of the debate."
    )
    found = _read(text)
    assert _reading(found, text, "five years") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "20 seconds") == ("measure", 20.0, "seconds", None)
    assert _reading(found, text, "10 more minutes") == ("measure", 10.0, "minutes", None)


def test_vague_durations_take_their_vague_word():
    text = (
        "The troops will stay for several more years. Sales rose after several disappointing "
        "years. The launch slipped by a matter of weeks. States limit the number of years a "
        "loss can be carried. They cut the number of zero-hours contracts."
    )
    found = _read(text)
    assert _reading(found, text, "several more") == ("measure", None, "years", None)
    assert _reading(found, text, "several disappointing") == ("measure", None, "years", None)
    assert _reading(found, text, "a matter of weeks") == ("measure", None, "weeks", None)
    assert _reading(found, text, "the number of years") is None
    assert _reading(found, text, "zero-hours") == ("measure", 0.0, "hours", None)
