"""Periods of the year named by a word: a season after an article ("a mild winter"), a
quarter of the year ("this quarter"), a weekend ("last weekend"), "the end of the season", and
"the following evening" the parser leaves untagged."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_season_word_after_an_article_is_the_article_year():
    text = (
        "Forecasts of a cold winter lifted gas prices. The club wants a summer signing. "
        "The band had a busy summer."
    )
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "winter") == ("date", None, None, "2021")
    assert _reading(found, text, "summer", 0) == ("date", None, None, "2021")
    assert _reading(found, text, "summer", 1) == ("date", None, None, "2021")
    undated = _read(text, when=None)
    assert _reading(undated, text, "winter") == ("date", None, None, None)


def test_a_season_word_with_no_article_or_with_that_is_no_date_of_the_article():
    text = "In winter the roads close. That summer he left for good."
    found = _read(text, when="2021-09-10")
    assert _reading(found, text, "winter") is None
    assert _reading(found, text, "summer") in (None, ("date", None, None, None))


def test_a_quarter_of_the_year_named_by_a_word_is_its_year():
    text = (
        "Revenue for the quarter rose 8%. Margins will improve this quarter after a loss "
        "in the previous quarter."
    )
    found = _read(text, when="2022-01-20")
    assert _reading(found, text, "the quarter") == ("date", None, None, "2022")
    assert _reading(found, text, "this quarter") == ("date", None, None, "2022")
    assert _reading(found, text, "previous quarter") == ("date", None, None, "2021")
    undated = _read(text, when=None)
    assert _reading(undated, text, "this quarter") == ("date", None, None, None)


def test_a_weekend_before_or_after_the_article_is_its_iso_week():
    text = "The side lost at Leeds last weekend and hosts Derby next weekend."
    found = _read(text, when="2023-03-08")  # a Wednesday of ISO week 10
    assert _reading(found, text, "last weekend") == ("date", None, None, "2023-W09")
    assert _reading(found, text, "next weekend") == ("date", None, None, "2023-W11")


def test_the_end_or_start_of_the_season_is_this_season():
    text = "She will retire at the end of the season. The season's opening goal came late."
    found = _read(text, when="2018-04-02")
    assert _reading(found, text, "the end of the season") == ("date", None, None, "2018")
    undated = _read(text, when=None)
    assert _reading(undated, text, "the end of the season") == ("date", None, None, None)
    assert _reading(found, text, "The season's") is None


def test_the_following_evening_after_a_named_day_is_the_day_after():
    text = "The film opens on March 3 and is repeated the following evening."
    found = _read(text, when="2024-02-20")
    assert _reading(found, text, "following evening") == ("date", None, None, "2024-03-04")


def test_a_bare_participle_of_scheduling_looks_ahead():
    text = "Voters will decide on the levy, now set for March 9. The ferry sailed on Feb. 27."
    found = _read(text, when="2021-03-01")
    assert _reading(found, text, "March 9") == ("date", None, None, "2021-03-09")
    assert _reading(found, text, "Feb. 27") == ("date", None, None, "2021-02-27")


def test_a_verb_the_parse_takes_for_a_noun_lends_no_tense():
    text = (
        "Analysts have noted that \u201cin at least six columns in the Daily Post on Nov. 3, "
        "including the top column, the words \u201clie,\u201d \u201cfalse\u201d and "
        "\u201cuntrue\u201d appeared in headlines."
    )
    found = _read(text, when="2020-11-10")
    assert _reading(found, text, "Nov. 3") == ("date", None, None, "2020-11-03")


def test_a_set_that_is_a_noun_is_no_plan():
    text = "Crowds sang along during the trio\u2019s set Friday night (Oct. 4) at the old hall."
    found = _read(text, when="2019-10-07")
    assert _reading(found, text, "Oct. 4") == ("date", None, None, "2019-10-04")


def test_a_past_auxiliary_puts_a_weekday_in_the_past():
    text = (
        "The sheriff said deputies were patrolling the dunes Monday when the storm hit. "
        "Crews are clearing the road on Friday."
    )
    found = _read(text, when="2022-06-08")  # a Wednesday
    assert _reading(found, text, "Monday") == ("date", None, None, "2022-06-06")
    assert _reading(found, text, "Friday") == ("date", None, None, "2022-06-10")


def test_a_quarter_or_half_beside_money_or_growth_is_of_the_year():
    text = (
        "The recall cost the carmaker a $45m charge in the third quarter. Growth eased in the "
        "second half. She hit two threes in the fourth quarter."
    )
    found = _read(text, when="2015-11-02")
    assert _reading(found, text, "the third quarter") == ("date", None, None, "2015")
    assert _reading(found, text, "the second half") == ("date", None, None, "2015")
    assert _reading(found, text, "fourth") == ("ordinal", 4.0, None, None)


def test_the_last_weekend_of_an_event_is_no_weekend_before_the_article():
    text = "The prize is given on the last weekend of the fair."
    found = _read(text, when="2023-03-08")
    assert _reading(found, text, "last weekend") in (None, ("date", None, None, None))


def test_a_season_named_by_a_noun_opening_a_sentence_is_this_season():
    text = (
        "Storms are late this year. Hurricane season starts in June. "
        "The Premier League season is long."
    )
    found = _read(text, when="2019-05-02")
    assert _reading(found, text, "Hurricane season") == ("date", None, None, "2019")
    assert _reading(found, text, "League season") is None


def test_the_second_half_of_a_month_is_the_month_not_half_a_second():
    text = (
        "Sales fell in the second half of July. Prices rise in the first half of July. "
        "He paused for half a second."
    )
    found = _read(text, when="2016-05-10")
    assert _reading(found, text, "second half of July") == ("date", None, None, "2015-07")
    assert _reading(found, text, "first half of July") == ("date", None, None, "2016-07")
    assert _reading(found, text, "half a second") == ("measure", 0.5, "seconds", None)
