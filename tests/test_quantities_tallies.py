"""Scores and tallies (`tallies`): a dash pair is a result when its sentence speaks of a game
or a vote, when it stands in a run of pairs, or, when it does not rise, when the parse, a side's
name or the rest of the page says so; ranges, days and hours never are."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

SCORE = ("score", None, None, None)


def test_set_scores_separated_by_spaces_or_brackets_are_a_run_of_scores():
    text = (
        "Moreau saw off the Danish qualifier 6-3 6-2 in under an hour. The champion took "
        "her title 2-6 6-3 6-0. Ortiz edged Park 6-4 7-6 (7-4) in the heat."
    )
    found = _read(text)
    for pair in ("6-3 ", "6-2", "2-6", "6-0", "6-4", "7-6", "7-4"):
        assert _reading(found, text, pair) == SCORE, pair
    assert _reading(found, text, "6-3", nth=1) == SCORE


def test_a_run_of_rising_pairs_is_brackets_not_scores():
    text = "The survey split voters into brackets of 18-24, 25-34 and 35-44 for the report."
    found = _read(text)
    assert not any(q.kind == "score" for q in found)


def test_a_pair_that_does_not_rise_is_a_result_as_a_verbs_complement_or_after_a_side():
    text = (
        "In the studio, the panel of viewers went 14-3 in favour of the mayor. "
        "A late header made it 2-0 before the break. Wales thrashed Italy 38-8 in Rome."
    )
    found = _read(text)
    assert _reading(found, text, "14-3") == SCORE
    assert _reading(found, text, "2-0") == SCORE
    assert _reading(found, text, "38-8") == SCORE


def test_a_page_that_reports_a_score_makes_its_lone_falling_pairs_scores():
    text = (
        "Leeds beat Hull 3-1 on Sunday. Hull were level from 3-3 in the second half, and "
        "from 40-0 up the keeper lost his nerve."
    )
    found = _read(text)
    assert _reading(found, text, "3-1") == SCORE
    assert _reading(found, text, "3-3") == SCORE
    assert _reading(found, text, "40-0") == SCORE


def test_no_score_where_the_page_reports_none_nor_for_ranges_days_and_hours():
    text = "The ferry office keeps a staff of 10-12 clerks and is open 9-5 on weekdays."
    found = _read(text)
    assert not any(q.kind == "score" for q in found)  # no game or vote on the page
    text = (
        "Leeds beat Hull 3-1 on Sunday. The squad meets again on 4-6 March, trains 2-3 hours "
        "a day and opens the gym 9-5."
    )
    found = _read(text)
    assert _reading(found, text, "3-1") == SCORE
    assert _reading(found, text, "4-6 March")[0] == "date"
    assert _reading(found, text, "2-3 hours")[:3] == ("measure", 2.0, "hours")
    assert _reading(found, text, "9-5") is None or _reading(found, text, "9-5")[0] != "score"


def test_days_after_a_month_and_a_phone_numbers_groups_are_no_score():
    text = "The final will be played over March 4-6 in Leeds."
    found = _read(text)
    assert _reading(found, text, "March 4-6")[0] == "date"  # the match is days, not a result
    text = "Leeds beat Hull 3-1 on Sunday. For tickets call 0113 496 20-40 today."
    found = _read(text)
    assert _reading(found, text, "3-1") == SCORE
    assert _reading(found, text, "20-40") is None
