"""Money and percentages written loosely (docs/quantities.md: money, percent, an exchange rate,
a range's ends, "and a half", an amount of money in vague multiples): sentences written for
these tests, with cases each rule must leave alone."""

from __future__ import annotations

from quantity_helpers import read, reading


def _one(text: str, fragment: str):
    return reading(read(text, "2005-01-10"), text, fragment)


def test_a_scale_letter_after_a_space_or_a_stray_point_is_the_fused_scale():
    text = "The sequel took $512 m (£270.1m) in a week, and the drama $21.4m (£11.m) in two."
    assert _one(text, "$512 m") == ("money", 512e6, "USD", None)
    assert _one(text, "£11.m") == ("money", 11e6, "GBP", None)
    assert _one(text, "$21.4m") == ("money", 21.4e6, "USD", None)


def test_a_space_after_a_thousands_comma_is_one_amount():
    text = "Homes earning more than $40, 000 (£20,000) own one."
    assert _one(text, "$40, 000") == ("money", 40000.0, "USD", None)
    listed = "Tickets cost $30, $45 and $60."
    assert _one(listed, "$30") == ("money", 30.0, "USD", None)


def test_vague_multiples_of_money_name_no_amount():
    assert _one("Prices run up to several hundred dollars.", "several hundred dollars") == (
        "money",
        None,
        "USD",
        None,
    )
    assert _one("She steered multi-billion dollar deals to them.", "multi-billion dollar") == (
        "money",
        None,
        "USD",
        None,
    )
    assert _one("It cost a million dollars.", "a million dollars") == ("money", 1e6, "USD", None)


def test_a_spelled_decimal_point_in_a_percentage():
    text = "Sales fell by only a one point three per cent margin."
    assert _one(text, "one point three per cent") == ("percent", 1.3, "%", None)
    rate = "The bank cut its rate by one percentage point."
    assert _one(rate, "one percentage point") == ("percent", 1.0, "percentage points", None)


def test_a_cent_and_a_half_is_one_and_a_half_cents():
    text = "The pound was almost a cent and a half weaker than before."
    found = read(text, "2005-01-10")
    assert reading(found, text, "a cent and a half") == ("money", 0.015, "USD", None)
    assert [q.kind for q in found] == ["money"]


def test_the_low_end_of_a_range_takes_the_high_ends_currency():
    text = "Most seats, priced at between 45.50 and 70 euro each, went quickly."
    assert _one(text, "45.50") == ("money", 45.5, "EUR", None)
    signed = "The plan aims to save between £150m and £200m a year."
    assert _one(signed, "£150m") == ("money", 150e6, "GBP", None)
    fused = "It lets anybody play games at 4k and 60fps."
    assert _one(fused, "4k") is None
    counted = "They expect between 40 and 70 people."
    assert _one(counted, "40")[:2] == ("count", 40.0)


def test_an_exchange_rate_quoted_against_a_currency():
    text = "The yen had strengthened to 104.25 against the dollar by noon."
    assert _one(text, "104.25") == ("money", 104.25, "JPY", None)
    us = "The yuan is kept close to a rate of 8.28 to the US dollar."
    assert _one(us, "8.28") == ("money", 8.28, "CNY", None)
    none = "The index rose to 104.25 by noon."
    assert _one(none, "104.25") == ("count", 104.25, None, None)


def test_vague_multiples_after_a_sum_are_money_in_its_currency():
    text = "In 2003, Britons spent £1,152m on games. This year they will spend millions on toys."
    assert _one(text, "millions") == ("money", None, "GBP", None)
    taxes = "The sale raised $1.7bn. Officials tried to recover billions in unpaid taxes."
    assert _one(taxes, "billions") == ("money", None, "USD", None)
    alone = "The firms will spend millions on toys."
    assert _one(alone, "millions") == ("count", None, None, None)
    plants = (
        "It paid $5m for it. Output may rise from eight million plants to hundreds of millions."
    )
    assert _one(plants, "hundreds of millions")[:3] == ("count", None, None)
