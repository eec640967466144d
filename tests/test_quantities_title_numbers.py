"""Numbers of names (docs/quantities.md, "What is not a quantity": a model number or product, a
number inside a name): a number opening a title in running text, a block of a street, a model
counted by the number before it, and short numbers listed with a product's number."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_number_opening_a_title_in_running_text_is_a_name():
    text = (
        "She kept a copy of 42 Rules Every Gardener Should Follow beside the kettle. The "
        "biography, Four Sisters Who Ran the Mill, was reprinted last spring."
    )
    found = _read(text)
    assert _reading(found, text, "42") is None
    assert _reading(found, text, "Four") is None


def test_a_title_case_headline_and_plain_counts_keep_their_numbers():
    headline = "5 Reasons You Should Visit Leeds"
    assert _reading(_read(headline), headline, "5") == ("count", 5.0, "reasons", None)
    text = "The coach picked three All Blacks players for the tour. In 2015 The Times moved."
    found = _read(text)
    assert _reading(found, text, "three") == ("count", 3.0, "players", None)
    assert _reading(found, text, "2015") == ("date", None, None, "2015")


def test_the_block_of_a_street_is_an_address():
    text = (
        "Officers were sent to the 4200 block of North Harlem Avenue at noon, and the "
        "marchers walked 12 blocks to the park."
    )
    found = _read(text)
    assert _reading(found, text, "4200") is None
    assert _reading(found, text, "12 blocks") == ("count", 12.0, "blocks", None)


def test_a_counted_model_keeps_the_count_on_its_number():
    text = "The airline leases five Embraer 190s and two Saab 340Bs from a bank in Dublin."
    found = _read(text)
    assert _reading(found, text, "190s") is None
    assert _reading(found, text, "340Bs") is None
    assert _reading(found, text, "five")[:2] == ("count", 5.0)
    assert _reading(found, text, "two")[:2] == ("count", 2.0)


def test_a_count_of_a_plural_with_digits_that_names_no_model_keeps_its_span():
    text = "The striker has scored 14 goals in four top-10s this season."
    found = _read(text)
    assert _reading(found, text, "14 goals") == ("count", 14.0, "goals", None)


def test_short_numbers_listed_with_a_products_number_are_names():
    text = (
        "Reviewers compared the iPad 9 and 10 Pro over a week. The case fits an iPad (8, 9, "
        "or 10 Pro) and holds an iPhone 7 Plus as well."
    )
    found = _read(text)
    assert _reading(found, text, "10 Pro") is None
    assert _reading(found, text, "8,") is None
    assert _reading(found, text, "9,") is None
    assert _reading(found, text, "10 Pro", 1) is None
    assert _reading(found, text, "7 Plus") is None


def test_numbers_listed_with_counts_keep_their_counts():
    text = "The iPad 9 and 10 other tablets sold well, and buyers paid 5, 6 or 7 dollars."
    found = _read(text)
    assert _reading(found, text, "10 other tablets") == ("count", 10.0, "tablets", None)
    assert _reading(found, text, "5,") == ("money", 5.0, "USD", None)


def test_a_product_number_inside_the_parsers_candidate_and_a_code_after_a_count():
    text = "I now carry an iPhone 7 Plus... and wade through five 2D side-scrolling levels."
    found = _read(text)
    assert _reading(found, text, "7 Plus") is None
    assert _reading(found, text, "five") == ("count", 5.0, "levels", None)
