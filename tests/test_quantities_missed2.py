"""Readings by docs/quantities.md of spans the rules missed: an ordinal fused by a hyphen to the
noun it ranks, "second" as a place rather than the unit of time, a rank written "number N" after
a verb or a preposition, and the last few left in a contest."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_ordinal_fused_to_a_noun_ranks_it():
    text = (
        "The striker fought back into first-team contention. Its third-generation phones sold "
        "well, and the club won the first-leg match before meeting the fifth-seed Ana Cruz."
    )
    found = _read(text)
    assert _reading(found, text, "first-team") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "third-generation") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "first-leg") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "fifth-seed") == ("ordinal", 5.0, None, None)


def test_an_ordinal_in_a_set_term_ranks_nothing():
    text = (
        "The shop sells second-hand bikes to first-time riders, ships them first-class and "
        "lets third-party dealers list them."
    )
    found = _read(text)
    for fragment in ("second-hand", "first-time", "first-class", "third-party"):
        assert _reading(found, text, fragment) is None, fragment


def test_second_owned_or_definite_is_a_place():
    text = (
        "Lopez curled in his second before the break. She took two sets, the second of which "
        "went to a tie-break. The mayor polled a weak second to Garcia in the east."
    )
    found = _read(text)
    assert _reading(found, text, "second") == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "second", 1) == ("ordinal", 2.0, None, None)
    assert _reading(found, text, "second", 2) == ("ordinal", 2.0, None, None)


def test_second_of_time_stays_no_ordinal():
    text = "Hold on a second to check the gate. It took him a second to react."
    found = _read(text)
    assert _reading(found, text, "second") is None
    assert _reading(found, text, "second", 1) is None


def test_number_n_after_a_verb_or_preposition_is_a_rank():
    text = (
        "The band's new record went to number one in Ireland. Their first single entered the "
        "charts at number 14, and the singer is ranked number two in the poll."
    )
    found = _read(text)
    assert _reading(found, text, "number one") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "number 14") == ("ordinal", 14.0, None, None)
    assert _reading(found, text, "number two") == ("ordinal", 2.0, None, None)


def test_number_as_a_verb_or_downing_street_is_no_rank():
    text = "The marchers were expected to number 400. The minister returned to number 10 late."
    found = _read(text)
    assert _reading(found, text, "400") == ("count", 400.0, None, None)
    assert _reading(found, text, "10") != ("ordinal", 10.0, None, None)


def test_the_last_few_left_in_a_contest_are_a_count():
    text = (
        "Leeds reached the last 16 of the competition, and the holders are through to the last "
        "eight. Rain fell in the last 15 minutes of the game."
    )
    found = _read(text)
    assert _reading(found, text, "16") == ("count", 16.0, None, None)
    assert _reading(found, text, "eight") == ("count", 8.0, None, None)
    assert _reading(found, text, "15 minutes") == ("measure", 15.0, "minutes", None)


def test_the_last_one_is_a_pronoun():
    text = "She will campaign before the vote, the final one of the spring."
    found = _read(text)
    assert _reading(found, text, "one") is None
