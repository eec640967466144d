"""Readings by docs/quantities.md of spans the rules missed: ordinal words past "twelfth" and
with their tens ("twenty-first"), "first" after "that" (not "at first"), ordinals inside a date
entity that reads no date, and "couple of" units with a word before "couple"."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_ordinal_words_past_twelfth_and_with_tens_rank():
    text = (
        "The strike is now in its fourteenth day. She marked her twenty-first birthday at the "
        "club's ninetieth anniversary."
    )
    found = _read(text)
    assert _reading(found, text, "fourteenth") == ("ordinal", 14.0, None, None)
    assert _reading(found, text, "twenty-first") == ("ordinal", 21.0, None, None)
    assert _reading(found, text, "ninetieth") == ("ordinal", 90.0, None, None)


def test_first_after_that_ranks_but_at_first_does_not():
    text = "Recalling that first concert in Leeds, he laughed. At first nobody came."
    found = _read(text)
    assert _reading(found, text, "first") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "first", 1) is None


def test_an_ordinal_inside_a_date_entity_that_reads_no_date_ranks():
    text = (
        "The mill was built towards the end of the 18th century. The two seeds are ranked "
        "between the 40th and 70th in the world."
    )
    found = _read(text)
    assert _reading(found, text, "18th") == ("ordinal", 18.0, None, None)
    assert _reading(found, text, "40th") == ("ordinal", 40.0, None, None)
    assert _reading(found, text, "70th") == ("ordinal", 70.0, None, None)


def test_a_date_entity_with_an_ordinal_keeps_its_date():
    text = "Profits rose in the first half of 2021 and the shop shut on the Fourth of July."
    found = _read(text)
    assert _reading(found, text, "first half of 2021")[0] == "date"
    assert _reading(found, text, "Fourth of July")[0] == "date"


def test_couple_of_units_after_a_word_is_two_units():
    text = (
        "He has had a rough couple of seasons but a quiet couple of weeks helped. "
        '"It is huge couple of days for us," she said. A couple of years ago it shut.'
    )
    found = _read(text)
    assert _reading(found, text, "couple of weeks") == ("measure", 2.0, "weeks", None)
    assert _reading(found, text, "couple of days") == ("measure", 2.0, "days", None)
    assert _reading(found, text, "couple of years")[0] == "date"


def test_an_ordinal_opening_a_sentence_as_the_head_of_a_name_is_none():
    text = (
        "The studios were named. Twentieth Century Fox is still to decide. Fifth place went to Lee."
    )
    found = _read(text)
    assert _reading(found, text, "Twentieth") is None
    assert _reading(found, text, "Fifth") == ("ordinal", 5.0, None, None)
