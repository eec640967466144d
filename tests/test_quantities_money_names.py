"""Money by docs/quantities.md where the parser's entity and the amount meet badly, where a
currency is named in words, and where a number and a currency word make a name."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_entity_that_stops_at_the_sign_runs_on_to_the_amount():
    text = "It raised more than £1.34bn last year."
    found = _read(text)
    assert _reading(found, text, "£1.34bn") == ("money", 1.34e9, "GBP", None)
    q = next(q for q in found if q.kind == "money")
    assert q.span.text == "more than £1.34bn" and q.marker.text == "more than"


def test_an_entity_a_verb_runs_into_from_a_number_before_starts_at_the_amount():
    text = "The figures for 2003/4 are £35bn in total."
    q = next(q for q in _read(text) if q.kind == "money")
    assert (q.span.text, q.value, q.unit) == ("£35bn", 35e9, "GBP")


def test_a_range_of_signed_amounts_keeps_both_ends():
    text = "Damages were put at between $40 and $50bn by the court."
    found = _read(text)
    assert _reading(found, text, "$40") == ("money", 40e9, "USD", None)
    assert _reading(found, text, "$50bn") == ("money", 50e9, "USD", None)


def test_a_currency_named_in_words_is_money_in_that_currency():
    text = "Shares rose to 57.85 Swiss francs, and the fine was 5 million Swedish kronor."
    found = _read(text)
    assert _reading(found, text, "57.85 Swiss francs") == ("money", 57.85, "CHF", None)
    assert _reading(found, text, "5 million Swedish kronor") == ("money", 5e6, "SEK", None)


def test_a_currency_noun_no_other_currency_shares_names_it_alone():
    text = "The company paid 300 million kronor to settle."
    assert _reading(_read(text), text, "300 million kronor") == ("money", 3e8, "SEK", None)


def test_a_scale_fused_to_a_number_before_a_currency_noun_is_money_not_an_ordinal():
    text = "The resorts may lose 30bn baht in earnings."
    assert _reading(_read(text), text, "30bn baht") == ("money", 30e9, "THB", None)


def test_a_shared_currency_noun_takes_the_country_the_sentence_or_headline_names():
    text = "Officials in Sri Lanka said the banks hold 25bn rupees in loans."
    assert _reading(_read(text), text, "25bn rupees") == ("money", 25e9, "LKR", None)
    text = "Floods to hit Sri Lanka banks\n\nThe bank put its loss at 3bn rupees."
    assert _reading(_read(text), text, "3bn rupees") == ("money", 3e9, "LKR", None)
    text = "Iran plans a budget of 1,546 trillion rials for next year."
    assert _reading(_read(text), text, "1,546 trillion rials") == ("money", 1.546e15, "IRR", None)


def test_a_shared_currency_noun_with_no_country_named_takes_the_most_used_or_none():
    text = "He said the bank lost 3bn rupees and paid 20 dollars each."
    found = _read(text)
    assert _reading(found, text, "3bn rupees") == ("money", 3e9, "INR", None)
    assert _reading(found, text, "20 dollars") == ("money", 20.0, "USD", None)
    text = "The firm paid 5bn kroner for the stake."
    assert _reading(_read(text), text, "5bn kroner") == ("money", 5e9, None, None)


def test_a_currency_noun_that_is_an_english_word_names_no_money_alone():
    text = "The team won 3 real victories this season."
    assert _reading(_read(text), text, "3 real victories")[0] == "count"


def test_a_number_and_a_capitalised_currency_word_in_running_text_is_a_name():
    text = "Chart-topper 50 Cent, real name Curtis Jackson, said the feud was over."
    assert _reading(_read(text), text, "50 Cent") is None
    text = "A can of soda costs 50 cents in most shops."
    assert _reading(_read(text), text, "50 cents") == ("money", 0.5, "USD", None)
    text = "Stamps Now Cost 50 Cents"
    assert _reading(_read(text), text, "50 Cents") == ("money", 0.5, "USD", None)


def test_an_amount_with_no_currency_takes_that_of_the_amount_before_it_in_its_sentence():
    text = "Sales rose to $5bn (£3bn) from 4 billion a year earlier."
    found = _read(text)
    assert _reading(found, text, "4 billion") == ("money", 4e9, "USD", None)
    text = "Iran's president will raise spending to 1,546 trillion rials from 1,070 trillion."
    assert _reading(_read(text), text, "1,070 trillion") == ("money", 1.07e15, "IRR", None)


def test_an_amount_with_no_currency_takes_none_from_another_sentence():
    text = "The firm earned $5bn last year. Its rival made 3 billion."
    assert _reading(_read(text), text, "3 billion")[2] is None


def test_money_naming_no_currency_that_ends_in_a_unit_of_measure_is_a_measure():
    text = "The trade show stretches over more than 1.5 million square feet and runs on."
    assert _reading(_read(text), text, "1.5 million square feet") == (
        "measure",
        1.5e6,
        "square feet",
        None,
    )
    text = "The firm paid more than 5 million pounds to settle."
    assert _reading(_read(text), text, "5 million pounds") == ("money", 5e6, "GBP", None)
