"""Dates the small model leaves untagged: "that day" and its kin, "next fiscal year", and the
season "fall" after "this", "last" or "next" (docs/quantities.md: a relative date, a date
relative to another, a season)."""

from __future__ import annotations

from quantity_helpers import at, read


def _date(text: str, fragment: str) -> str | None:
    found = read(text)
    q = at(found, text, fragment)
    assert q is not None and q.kind == "date", (fragment, q)
    return q.resolved_date


def test_that_unit_takes_the_date_named_before_it() -> None:
    text = "The shop opened on 3 March 2021 and sold out that day.\n"
    assert _date(text, "that day") == "2021-03-03"
    text = "The board met in June 2019 and voted later that month.\n"
    assert _date(text, "that month") == "2019-06"


def test_that_unit_without_a_date_before_is_unresolved() -> None:
    text = "Nobody in the village forgot what happened that day.\n"
    assert _date(text, "that day") is None


def test_next_fiscal_year_steps_as_next_year() -> None:
    text = "The ministry expects the deficit to shrink next fiscal year.\n"
    assert _date(text, "next fiscal year") == "2025"


def test_fall_as_a_season() -> None:
    text = "The museum will reopen its east wing next fall.\n"
    assert _date(text, "next fall") == "2025"


def test_fall_as_a_decline_is_no_date() -> None:
    text = "Analysts are bracing for the next fall of the index.\n"
    q = at(read(text), text, "fall")
    assert q is None or q.kind != "date"
