"""Spans the doc reads as no quantity that the rules read as one: "50 Cent's" (a name), "one"
as the pronoun before a name opening a clause, "Day 1" (the day's label), "1 of 21" alone on
its line (a gallery's counter) and a digit ordinal opening a name whose capitalised words the
parser partly takes for common nouns; beside readings each must leave alone."""

from __future__ import annotations

from quantity_helpers import read, reading

CENT = "The singer is one of the members of 50 Cent's new group. The stamp cost 50 cents."


def test_a_currency_word_named_with_a_possessive_is_a_name() -> None:
    found = read(CENT)
    assert reading(found, CENT, "50 Cent's") is None
    assert reading(found, CENT, "50 cents") == ("money", 0.5, "USD", None)


PRONOUN = (
    "The ruling, read with one Harper wrote last year, was final. "
    "That match is one Morgan would love to see again. "
    "Only one Republican voted against the bill. "
    "After one Senator said no, the vote was delayed. "
    "He met one Apple engineer in the lobby."
)


def test_one_before_a_name_that_opens_a_clause_is_the_pronoun() -> None:
    found = read(PRONOUN)
    assert reading(found, PRONOUN, "one Harper") is None
    assert reading(found, PRONOUN, "one Morgan") is None


def test_one_before_a_name_keeps_its_count_as_a_subject() -> None:
    found = read(PRONOUN)
    assert reading(found, PRONOUN, "one Republican") == ("count", 1.0, "republican", None)
    assert reading(found, PRONOUN, "one Senator")[:2] == ("count", 1.0)
    assert reading(found, PRONOUN, "one Apple engineer")[:2] == ("count", 1.0)


DAYS = "Do not rush anything on Day 1 of the course.\n\nWeek 3 brought rain. It lasted 1 day."


def test_a_capitalised_day_before_its_number_labels_the_day() -> None:
    found = read(DAYS)
    assert reading(found, DAYS, "Day 1") is None
    assert reading(found, DAYS, "Week 3") is None
    assert reading(found, DAYS, "1 day") == ("measure", 1.0, "days", None)


GALLERY = "The mayor opened the bridge.\n1 of 14\nThe crowd cheered.\n3 of 4 judges agreed."


def test_a_place_of_a_total_alone_on_its_line_is_a_counter() -> None:
    found = read(GALLERY)
    assert reading(found, GALLERY, "1 of 14") is None
    assert reading(found, GALLERY, "14") is None
    assert reading(found, GALLERY, "4 judges") is not None


ORDINALS = (
    "The band said it was excited about its 60th Anniversary Tour, which opens in May. "
    "She won her 2nd Oscar at the ceremony. It was the 44th President Barack Obama."
)


def test_a_digit_ordinal_before_capitalised_words_ending_in_a_name_is_in_the_name() -> None:
    found = read(ORDINALS)
    assert reading(found, ORDINALS, "60th") is None
    assert reading(found, ORDINALS, "2nd") == ("ordinal", 2.0, None, None)
    assert reading(found, ORDINALS, "44th") == ("ordinal", 44.0, None, None)


FUSED = (
    "The tabloid ran “Old Palace to Be Turned into 4-Star Hotel,” among others. "
    "They booked a 4-star hotel. Team Signs Striker On 3-Year Deal"
)


def test_a_number_fused_to_a_capitalised_word_that_is_no_unit_counts_nothing() -> None:
    found = read(FUSED)
    assert reading(found, FUSED, "4-Star Hotel") is None
    assert reading(found, FUSED, "4-star hotel") is None
    assert reading(found, FUSED, "3-Year") == ("measure", 3.0, "years", None)


FIRST = (
    "The visitors were wronged twice. First Tom Baxter was ruled offside, then the kick failed. "
    "She came first in the sprint. First Minister Ann Brody spoke."
)


def test_first_opening_a_sentence_before_a_person_orders_events() -> None:
    found = read(FIRST)
    assert reading(found, FIRST, "First Tom") is None
    assert reading(found, FIRST, "first in") == ("ordinal", 1.0, None, None)


PAGES = "The 240 page coffee-table book comes with a poster. The shop logged 90,000 page views."


def test_a_number_on_a_noun_compounded_past_a_hyphenated_word_counts_nothing() -> None:
    found = read(PAGES)
    assert reading(found, PAGES, "240 page") is None
    assert reading(found, PAGES, "90,000 page views") == ("count", 90000.0, "page views", None)


def test_a_noun_opening_a_hyphenated_word_keeps_its_count() -> None:
    text = "Today, one micro-blog shared photos of the storm."
    assert reading(read(text), text, "one") == ("count", 1.0, "micro-blog", None)
