"""Ranks, scores and ordinals the stage missed or misread (docs/quantities.md: a rank written
with "number" or "No.", a score or tally, a dash pair that reports a result, an ordinal, a
period of a game), with the cases each rule must leave alone."""

from __future__ import annotations

from quantity_helpers import read, reading


def test_a_rank_after_a_nationality_a_fused_no_or_a_lower_case_no_is_an_ordinal():
    text = (
        "Spanish number one Rosa Vidal will lead the team. The Dutch number two will not travel. "
        "Critics called it their No.1 headache. Shoppers want a no. 1 rated blender. "
        "It was the number one selling novel of the spring."
    )
    found = read(text)
    assert reading(found, text, "number one") == ("ordinal", 1.0, None, None)
    assert reading(found, text, "number two") == ("ordinal", 2.0, None, None)
    assert reading(found, text, "No.1") == ("ordinal", 1.0, None, None)
    assert reading(found, text, "no. 1") == ("ordinal", 1.0, None, None)
    assert reading(found, text, "number one", 1) == ("ordinal", 1.0, None, None)


def test_a_rank_the_parser_runs_into_a_date_keeps_the_date_after_it():
    text = (
        "The thriller was at number four this week. Her debut single reached number six last "
        "March. The sitcom came in at Number 37 in the poll."
    )
    found = read(text, "2024-05-15")
    assert reading(found, text, "number four") == ("ordinal", 4.0, None, None)
    assert reading(found, text, "this week")[0] == "date"
    assert reading(found, text, "number six") == ("ordinal", 6.0, None, None)
    assert reading(found, text, "last March") == ("date", None, None, "2024-03")
    assert reading(found, text, "Number 37") == ("ordinal", 37.0, None, None)


def test_what_a_rank_rule_must_leave_alone():
    text = (
        "She said no. 12 others agreed with her. A Number 10 aide declined to comment. "
        "The number seven is lucky in many places."
    )
    found = read(text)
    assert reading(found, text, "12 others")[0] == "count"
    assert reading(found, text, "10") is None
    assert reading(found, text, "seven")[0] != "ordinal"


def test_a_pair_before_a_result_noun_or_a_standing_is_a_score():
    text = (
        "The winger missed the 21-13 loss to Leicester. From 1-3 down, the visitors fought back "
        "to win the match. By a 5-to-4 vote, the justices struck the law down; a 2-to-1 "
        "majority of the panel agreed."
    )
    found = read(text)
    assert reading(found, text, "21-13")[0] == "score"
    assert reading(found, text, "1-3")[0] == "score"
    assert reading(found, text, "5-to-4")[0] == "score"
    assert reading(found, text, "2-to-1")[0] == "score"


def test_a_rising_pair_between_two_sides_on_a_scores_page_is_a_score():
    text = "Rovers 1-4 Albion\n\nAlbion won easily, having led 3-0 at the break."
    found = read(text)
    assert reading(found, text, "1-4")[0] == "score"


def test_pairs_joined_by_to_that_report_no_result_are_no_score():
    text = (
        "Bookmakers put the odds at 3-to-1 against. The senator's 61-to-37 percent win was "
        "large. The firm booked a loss on 2-3 of its 12 shops. Lions 3-7 Tigers is a "
        "children's book."
    )
    found = read(text)
    assert (reading(found, text, "3-to-1") or ("none",))[0] != "score"
    assert reading(found, text, "61") == ("percent", 61.0, "%", None)
    assert reading(found, text, "37 percent") == ("percent", 37.0, "%", None)
    assert (reading(found, text, "2-3") or ("none",))[0] != "score"
    assert (reading(found, text, "3-7") or ("none",))[0] != "score"


def test_an_ordinal_fused_to_a_part_of_a_game_reads_the_whole_compound():
    text = (
        "The hosts scored two second-half tries to win. He came on as a second- half "
        "replacement. She lost her temper in one first-set outburst."
    )
    found = read(text)
    spans = {q.span.text: (q.kind, q.value) for q in found}
    assert spans["second-half"] == ("ordinal", 2.0)
    assert spans["second- half"] == ("ordinal", 2.0)
    assert spans["first-set"] == ("ordinal", 1.0)


def test_a_digit_ordinal_ranking_a_unit_of_time_in_a_row_is_an_ordinal():
    text = "Exports grew for the 14th month in a row. Prices fell for the third year in a row."
    found = read(text)
    assert reading(found, text, "14th") == ("ordinal", 14.0, None, None)
    assert reading(found, text, "third") == ("ordinal", 3.0, None, None)


def test_a_second_a_verb_takes_as_one_more_thing_is_an_ordinal_but_a_moment_is_not():
    text = (
        "Lopez headed the opener and then added a second with a low drive. The shop sells one "
        "kettle for $20 and a second with a timer for $35. Hold on a second, she said. It took "
        "a second to load. Give me a second."
    )
    found = read(text)
    assert reading(found, text, "second") == ("ordinal", 2.0, None, None)
    assert reading(found, text, "second", 1) == ("ordinal", 2.0, None, None)
    assert reading(found, text, "second", 2) is None
    assert reading(found, text, "second", 3) is None
    assert reading(found, text, "second", 4) is None


def test_at_first_of_a_series_ranks_but_at_first_alone_does_not():
    text = "The rivals clashed at first of four debates. At first nobody listened."
    found = read(text)
    assert reading(found, text, "first") == ("ordinal", 1.0, None, None)
    assert reading(found, text, "first", 1) is None
