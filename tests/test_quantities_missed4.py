"""Readings by docs/quantities.md of spans the rules missed: an age after a name and "then",
"one of the top three players" (one of the M things) where the parser tags no entity, "first"
after a determiner or a possessive, and "second only to" (a place)."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_age_after_a_name_and_then():
    text = (
        "Mr. Carter, then 41, said he was told to hire an older aide than Ms. Lowell, then 29. "
        "But she stayed."
    )
    found = _read(text)
    assert _reading(found, text, "41") == ("measure", 41.0, "years", None)
    assert _reading(found, text, "29") == ("measure", 29.0, "years", None)


def test_then_after_no_person_is_no_age():
    text = "The club scored 20 goals, then 35. Its revenue, then 12 million, grew."
    found = _read(text)
    assert _reading(found, text, "35") != ("measure", 35.0, "years", None)
    assert _reading(found, text, "12 million") != ("measure", 12.0, "years", None)


def test_one_of_the_top_few_counts_one_of_the_noun():
    text = (
        "She lost, though she felt she was level the whole time against one of the top four "
        "grass-courters in the sport. It is one of the world's top 20 wine exporters."
    )
    found = _read(text)
    assert _reading(found, text, "one") == ("count", 1.0, "grass-courters", None)
    assert _reading(found, text, "one", 1) == ("count", 1.0, "wine exporters", None)


def test_one_of_with_no_number_stays_the_pronoun():
    text = "It was one of those nights. She is one of the best."
    found = _read(text)
    assert _reading(found, text, "one") is None
    assert _reading(found, text, "one", 1) is None


def test_first_after_a_possessive_ranks_even_when_tagged_an_adverb():
    text = "In 1982 the band had disco's first hit with a song about trains."
    found = _read(text)
    assert _reading(found, text, "first") == ("ordinal", 1.0, None, None)


def test_first_as_an_adverb_still_reads_nothing():
    text = "The leak was first reported in May. He first came to notice in 2001."
    found = _read(text)
    assert _reading(found, text, "first") is None
    assert _reading(found, text, "first", 1) is None


def test_second_only_to_is_a_place():
    text = "The party spent £1.2m on leaflets - second only to the Greens' £2.1m."
    found = _read(text)
    assert _reading(found, text, "second") == ("ordinal", 2.0, None, None)


def test_a_second_only_to_a_verb_is_time():
    text = "He paused for a second only to see the door close."
    found = _read(text)
    assert _reading(found, text, "second") != ("ordinal", 2.0, None, None)


def test_one_of_a_race_by_its_distance_counts_nothing():
    text = (
        "The Welsh runner has been in great form in recent weeks and will go in as one of the "
        "800 metres favourites."
    )
    found = _read(text)
    assert _reading(found, text, "one") is None
