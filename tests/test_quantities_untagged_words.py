"""Quantities in words the parse leaves untagged or hangs elsewhere: "once or twice", a number
word standing alone as an answer, "another million", "a couple", slashed fractions opening a
list line and time units written with no count."""

from __future__ import annotations

from quantity_helpers import at as _at
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_once_before_or_twice_counts_times_whatever_the_parse_hangs_it_on():
    text = "They meet once or twice a week at the library. Once the doors close, he once said."
    found = _read(text)
    assert _reading(found, text, "once or") == ("count", 1.0, "times", None)
    assert _reading(found, text, "twice") == ("count", 2.0, "times", None)
    assert _at(found, text, "Once the") is None
    assert _at(found, text, "once said") is None


def test_a_number_word_alone_as_an_answer_counts_nothing_named():
    text = (
        'Asked whether the plan had any chance, the minister shook his head. "Absolutely not. '
        'Zero." How many complaints did they get? Zero.'
    )
    found = _read(text)
    assert _reading(found, text, "Zero") == ("count", 0.0, None, None)
    assert _reading(found, text, "Zero", 1) == ("count", 0.0, None, None)


def test_a_scale_word_counted_by_another_is_that_many_with_its_noun_if_any():
    text = (
        "The agency says it has moved upwards of another million. Organisers hope another "
        "thousand volunteers will join."
    )
    found = _read(text)
    assert _reading(found, text, "another million") == ("count", 1e6, None, None)
    assert _at(found, text, "another million").approximate  # "upwards of"
    assert _reading(found, text, "another thousand")[:3] == ("count", 1e3, "volunteers")


def test_a_couple_counts_two_of_the_noun_after_it_and_the_couple_is_a_noun():
    text = (
        "A couple of people are coming to dinner. She played a couple songs, then met with a "
        "couple at the cafe. We waited a couple of weeks. The couple married in June."
    )
    found = _read(text)
    assert _reading(found, text, "A couple") == ("count", 2.0, "people", None)
    assert _reading(found, text, "a couple songs") == ("count", 2.0, "songs", None)
    assert _reading(found, text, "a couple at") == ("count", 2.0, None, None)
    assert _reading(found, text, "a couple of weeks") == ("measure", 2.0, "weeks", None)
    assert _at(found, text, "The couple") is None


def test_a_slashed_fraction_opening_a_list_line_reads_as_it_does_mid_sentence():
    text = (
        "Ingredients\n- 2/3 cup (160 g) peanut butter\n- 1/2 tsp vanilla extract\n"
        "- 1/2 onion, diced\n\nSteps\n1. Stir in 1/2 cup of sugar.\n2. Bake for 20 min."
    )
    found = _read(text)
    assert _reading(found, text, "2/3 cup") == ("measure", 0.6667, "cup", None)
    assert _reading(found, text, "160 g") == ("measure", 160.0, "g", None)
    assert _reading(found, text, "1/2 tsp") == ("measure", 0.5, "tsp", None)
    assert _reading(found, text, "1/2 onion") == ("fraction", 0.5, "onion", None)
    assert _reading(found, text, "1/2 cup") == ("measure", 0.5, "cup", None)
    assert _at(found, text, "1.") is None
    assert _at(found, text, "2.") is None


def test_a_slashed_fraction_inside_a_quantity_entity_is_a_fraction_of_the_unit():
    text = "It rained 3/4 inch on Monday, then 2-1/2 inches, and 5-10 inches fell upstate."
    found = _read(text)
    assert _reading(found, text, "3/4 inch") == ("measure", 0.75, "inch", None)
    assert _reading(found, text, "2-1/2 inches") == ("measure", 2.5, "inches", None)
    assert _reading(found, text, "5-") == ("measure", 5.0, "inches", None)
    assert _reading(found, text, "10 inches") == ("measure", 10.0, "inches", None)


def test_a_plural_time_unit_with_no_count_is_a_vague_duration():
    text = (
        "The town has been divided for so many decades. Hours later, she woke. The storm hit "
        "just minutes after the photo was taken. The shop sits mere minutes down the road. Stir "
        "the mix for another few minutes. Two days later, she left."
    )
    found = _read(text)
    assert _reading(found, text, "decades") == ("measure", None, "decades", None)
    assert _reading(found, text, "Hours") == ("measure", None, "hours", None)
    assert _reading(found, text, "minutes after") == ("measure", None, "minutes", None)
    assert _reading(found, text, "minutes down") == ("measure", None, "minutes", None)
    assert _reading(found, text, "few minutes") == ("measure", None, "minutes", None)
    # N units early or late (docs): a count of two days or more later is a measure
    assert _reading(found, text, "Two days later") == ("measure", 2.0, "days", None)


def test_the_minutes_of_a_meeting_and_a_programme_named_by_a_unit_are_no_duration():
    text = (
        "The clerk read the minutes of the meeting aloud. He appeared on 60 Minutes last year "
        "and spoke for 90 minutes of the hearing. Minutes after the vote, they left."
    )
    found = _read(text)
    assert _at(found, text, "minutes of the meeting") is None
    assert _at(found, text, "60 Minutes") is None
    assert _reading(found, text, "90 minutes") == ("measure", 90.0, "minutes", None)
    assert _reading(found, text, "Minutes after") == ("measure", None, "minutes", None)
