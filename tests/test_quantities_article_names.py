"""Numbers that name rather than count (docs/quantities.md, "What is not a quantity"), known
from elsewhere in the article: digits the parse shows to be a name's number in one sentence
are that name where it misses it in another; and a title that right single quotes open and
close ("a number that opens a quoted title")."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_name_number_the_parse_shows_once_names_the_same_digits_after_the_same_word():
    text = (
        "The Commodore 64, launched in 1982, was a hit. Commodore 64 enthusiasts have "
        "written emulators for it."
    )
    found = _read(text)
    assert _reading(found, text, "64 enthusiasts") is None
    assert _reading(found, text, "1982") == ("date", None, None, "1982")


def test_a_model_the_parser_names_by_its_digits_is_that_model_elsewhere():
    text = (
        "A virus locks many of the 7610's functions. Owners of 7610 phones were caught out, "
        "and 7610 owners were angry."
    )
    found = _read(text)
    assert _reading(found, text, "7610 phones") is None
    assert _reading(found, text, "7610 owners") is None


def test_digits_compounded_into_a_name_elsewhere_name_it_before_a_plural():
    text = (
        "He listened to the station 6 Music every day. 6 Music listeners were told of the change."
    )
    found = _read(text)
    assert _reading(found, text, "6 Music listeners") is None


def test_the_same_digits_in_another_shape_keep_their_reading():
    text = (
        "Route 66 is long. The road has 66 exits. The firm cut 500 jobs. The Fortune 500 list "
        "grew. The Commodore 64 was sold for 64 dollars."
    )
    found = _read(text)
    assert _reading(found, text, "66 exits") == ("count", 66.0, "exits", None)
    assert _reading(found, text, "500 jobs") == ("count", 500.0, "jobs", None)
    assert _reading(found, text, "64 dollars") == ("money", 64.0, "USD", None)


def test_a_title_opened_and_closed_by_right_single_quotes_is_a_name():
    text = (
        "The film \u201913 Hours\u2019 opened this week and ran for 13 hours on one screen. "
        "He played for the club in \u201913 and \u201914."
    )
    found = _read(text)
    assert _reading(found, text, "13 Hours") is None
    assert _reading(found, text, "13 hours") == ("measure", 13.0, "hours", None)
    assert _reading(found, text, "13 and") is not None


def test_digits_between_two_singular_nouns_label_the_noun_before():
    text = (
        "He had stage 4 colon cancer which he battled. He gave the dog 2 bones. The team 5 "
        "minutes later scored."
    )
    found = _read(text)
    assert _reading(found, text, "4 colon") is None
    assert _reading(found, text, "2 bones") == ("count", 2.0, "bones", None)
    assert _reading(found, text, "5 minutes") == ("measure", 5.0, "minutes", None)
