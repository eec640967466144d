"""Two days of one month joined by "and", "or" or a slash, each its own date; "since" a date
and "until" a month as the parse may hang them; a weekday beside a bracketed date."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_bare_day_after_a_month_and_day_takes_its_month():
    text = "The band plays Leeds on June 24 and 25 as part of its tour."
    found = _read(text, when="2024-03-10")
    assert _reading(found, text, "June 24") == ("date", None, None, "2024-06-24")
    assert _reading(found, text, "25") == ("date", None, None, "2024-06-25")


def test_a_bare_day_before_a_day_and_month_takes_its_month():
    text = "Records were played between 6 and 12 December. Tests were on 25 June, 2 and 9 July."
    found = _read(text, when="2025-01-10")
    assert _reading(found, text, "6") == ("date", None, None, "2024-12-06")
    assert _reading(found, text, "12 December") == ("date", None, None, "2024-12-12")
    assert _reading(found, text, ", 2 ") == ("date", None, None, "2024-07-02")
    assert _reading(found, text, "9 July") == ("date", None, None, "2024-07-09")


def test_days_joined_by_a_slash_or_or_and_a_year_after_the_pair():
    text = "Games fall on the weekend of 8/9 January. The vote is on 4 or 5 April, 2024."
    found = _read(text, when="2023-12-01")
    assert _reading(found, text, "8") == ("date", None, None, "2024-01-08")
    assert _reading(found, text, "4") == ("date", None, None, "2024-04-04")
    assert _reading(found, text, "5 April, 2024") == ("date", None, None, "2024-04-05")
    text = "It runs on May 24 and 25, 2019 in Rome."
    found = _read(text, when="2023-12-01")
    assert _reading(found, text, "May 24") == ("date", None, None, "2019-05-24")
    assert _reading(found, text, "25, 2019") == ("date", None, None, "2019-05-25")


def test_in_an_undated_article_the_pair_stays_unresolved():
    text = "The hearing is scheduled for February 16 and 17 in Houston."
    found = _read(text, when=None)
    assert _reading(found, text, "17") == ("date", None, None, None)


def test_a_number_after_a_day_that_counts_a_plural_noun_is_no_day():
    text = "On May 5 and 6 people were hurt. Rates rose on May 5 and 6% on May 9."
    found = _read(text, when="2024-06-10")
    assert _reading(found, text, "6 people") == ("count", 6.0, "people", None)
    assert _reading(found, text, "6%") == ("percent", 6.0, "%", None)


def test_a_date_after_since_is_behind_the_article():
    text = "She will take the stage after a run of good news since their Oct. 13 debate."
    found = _read(text, when="2015-11-13")
    assert _reading(found, text, "Oct. 13") == ("date", None, None, "2015-10-13")
    text = "She will travel to Iowa on Oct. 13 for the debate."
    found = _read(text, when="2015-11-13")
    assert _reading(found, text, "Oct. 13") == ("date", None, None, "2016-10-13")


def test_until_a_month_the_parse_makes_a_clause_subject_points_ahead():
    text = "He said on Friday that he may wait until February's primaries to decide who to back."
    found = _read(text, when="2015-12-20")
    assert _reading(found, text, "February") == ("date", None, None, "2016-02")
    text = "He waited until February's primaries to decide who to back."
    found = _read(text, when="2015-12-20")
    assert _reading(found, text, "February") == ("date", None, None, "2015-02")


def test_a_weekday_beside_a_bracketed_date_is_that_date():
    text = "At about 11 a.m. on Thursday (November 06, 2014), the post said he had died."
    found = _read(text, when=None)
    assert _reading(found, text, "Thursday") == ("date", None, None, "2014-11-06")
    text = "He spoke on Monday (and again on Tuesday)."
    found = _read(text, when="2019-11-27")
    assert _reading(found, text, "Monday") == ("date", None, None, "2019-11-25")


def test_the_first_units_of_a_written_year_are_a_duration_and_the_year():
    text = "He said sales in the first three months of 2005 would be flat."
    found = _read(text, when=None)
    assert _reading(found, text, "three months") == ("measure", 3.0, "months", None)
    assert _reading(found, text, "2005") == ("date", None, None, "2005")
    text = "In the first seven months of the year sales rose."
    found = _read(text, when="2005-09-01")
    assert _reading(found, text, "seven months") == ("measure", 7.0, "months", None)
