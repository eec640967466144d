"""Kinds and values by docs/quantities.md: a currency's code before an amount, British names of
currencies, money that names no currency, ranks the parser runs into "number", a signed percent
the parser leaves untagged, a share at a sentence's end and a range of ages in one cardinal."""

from __future__ import annotations

from quantity_helpers import read, reading


def _one(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_a_currency_code_before_an_amount_names_its_money():
    text = "Entry to the chart costs RMB 70,000 a week, and a stand costs CHF 1,200."
    found = read(text)
    assert reading(found, text, "70,000") == ("money", 70000.0, "CNY", None)
    assert reading(found, text, "1,200") == ("money", 1200.0, "CHF", None)
    text = "The fund paid USD 5 million to its partners."
    assert _one(text, "5 million") == ("money", 5e6, "USD", None)


def test_capitals_that_spell_a_word_are_no_currency_code():
    text = "Our TOP 10 list ranks the shops."
    assert _one(text, "10") != ("money", 10.0, "TOP", None)
    assert (_one(text, "10") or ("none",))[0] != "money"


def test_british_names_of_currencies_name_money():
    text = "The Russian oil firm faces a 9bn rouble claim and paid 12.5bn roubles last year."
    found = read(text)
    assert reading(found, text, "9bn") == ("money", 9e9, "RUB", None)
    assert reading(found, text, "12.5bn") == ("money", 12.5e9, "RUB", None)


def test_an_amount_that_names_no_currency_is_a_count():
    text = "The plan has been popular, with more than 6 million signed up by March."
    assert _one(text, "6 million")[:3] == ("count", 6e6, None)


def test_money_named_by_a_currency_stays_money():
    text = "She was paid 400 dollars for the piece."
    assert _one(text, "400") == ("money", 400.0, "USD", None)


def test_the_parsers_number_word_and_rank_is_an_ordinal():
    text = "The comedy opened at number three in the charts and kept its number one spot."
    found = read(text)
    assert reading(found, text, "three") == ("ordinal", 3.0, None, None)
    assert reading(found, text, "one spot") == ("ordinal", 1.0, None, None)


def test_a_number_joined_to_a_rank_is_a_rank():
    text = "The two singers came in at number six and 9 respectively."
    found = read(text)
    assert reading(found, text, "six") == ("ordinal", 6.0, None, None)
    assert reading(found, text, "9") == ("ordinal", 9.0, None, None)


def test_a_number_joined_to_a_plain_number_is_no_rank():
    text = "He bought six and 9 apples."
    assert _one(text, "9")[0] == "count"


def test_a_signed_percent_the_parser_leaves_untagged_keeps_its_percent():
    text = "Like-for-like sales showed a growth rate of -0.3%, the same as in May."
    assert _one(text, "-0.3%") == ("percent", -0.3, "%", None)


def test_one_in_m_at_a_sentences_end_is_a_share():
    text = "The share of such e-mails is low, at one in 20. The study covered 900 people."
    found = read(text)
    assert reading(found, text, "one in 20") == ("fraction", 0.05, None, None)
    q = next(q for q in found if q.kind == "fraction")
    assert q.span.text == "one in 20"


def test_a_decimal_after_in_is_no_share():
    text = "He ran it 3 in 9.5 seconds."
    assert all(q.kind != "fraction" for q in read(text))


def test_a_range_of_ages_in_one_cardinal_gives_each_end_years():
    text = "The poll found 70% of 17 to 24-year-olds want a vote."
    found = read(text)
    assert reading(found, text, "17") == ("measure", 17.0, "years", None)
    assert reading(found, text, "24-year") == ("measure", 24.0, "years", None)


def test_a_range_of_counts_is_untouched():
    text = "The firm sold 20 to 30 cars."
    found = read(text)
    assert reading(found, text, "20") == ("count", 20.0, "cars", None)
