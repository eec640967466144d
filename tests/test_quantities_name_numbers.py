"""Numbers that name or tell the time rather than count (`name_numbers`), by docs/quantities.md
("What is not a quantity", "Cases settled"): a capitalised number word inside running text, a
number inside a parsed name of a place, a number fused behind a word, a date word in capitals,
a match's elapsed minutes, a 24-hour time before a zone and a zone offset."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_capitalised_number_word_inside_a_sentence_is_a_name():
    text = (
        "The actor starred in Lock, Stock and Two Smoking Barrels before the war. She won "
        "for her role in Million Dollar Baby last year. The club sit just above the League "
        "Two relegation zone."
    )
    found = _read(text)
    assert _reading(found, text, "Two Smoking") is None
    assert _reading(found, text, "Million Dollar") is None
    assert _reading(found, text, "Two relegation") is None


def test_a_capitalised_number_word_opening_a_sentence_or_quote_still_counts():
    text = (
        'Two men were arrested on Friday. He said: "Three cars were burned in the street." '
        "The course teaches Likert's Four systems of management to new staff."
    )
    found = _read(text)
    assert _reading(found, text, "Four systems") == ("count", 4.0, "systems", None)
    assert _reading(found, text, "Two men") == ("count", 2.0, "men", None)
    assert _reading(found, text, "Three cars") == ("count", 3.0, "cars", None)


def test_a_number_inside_a_parsed_name_of_a_place_is_its_address():
    text = "He walked through the door of 10 Downing Street on Monday."
    assert _reading(_read(text), text, "10") is None


def test_a_number_before_a_capitalised_plural_still_counts():
    text = "Officials said 10 Chinese firms had signed the deal in Beijing."
    assert _reading(_read(text), text, "10") == ("count", 10.0, "firms", None)


def test_a_number_fused_behind_a_word_counts_no_noun():
    text = "He is a top-five player in the world and won a best-of-seven series."
    found = _read(text)
    assert _reading(found, text, "five") is None
    assert _reading(found, text, "seven") is None


def test_a_compound_number_word_and_a_year_after_a_prefix_keep_their_readings():
    text = (
        "He has scored twenty-five goals this season, twice the pre-2008 record, and won "
        "the under-seven prize."
    )
    found = _read(text)
    assert _reading(found, text, "seven") == ("measure", 7.0, "years", None)
    assert _reading(found, text, "twenty-five") == ("count", 25.0, "goals", None)
    assert _reading(found, text, "2008")[0] == "date"


def test_a_date_word_in_capitals_inside_running_text_is_a_programme():
    text = "The singer later told TODAY that she was fine, and will be published today."
    found = _read(text)
    assert _reading(found, text, "TODAY") is None
    assert _reading(found, text, "today") == ("date", None, None, "2024-05-15")


def test_a_match_minute_after_on_is_a_moment_not_a_duration():
    text = "Henry broke through on 17 minutes but shot wide. Fans waited for 20 minutes outside."
    found = _read(text)
    assert _reading(found, text, "17 minutes") is None
    assert _reading(found, text, "20 minutes") == ("measure", 20.0, "minutes", None)


def test_a_24_hour_time_before_a_zone_is_a_clock_reading():
    text = "The shop closed at 1900 GMT on Friday. The house was built in 1900 by a farmer."
    found = _read(text)
    assert _reading(found, text, "1900 GMT") is None
    assert _reading(found, text, "1900 by") == ("date", None, None, "1900")


def test_a_zone_offset_after_a_clock_is_part_of_it():
    text = "The post was updated at 04:28:40 -0500 and the index fell -500 points later."
    found = _read(text)
    assert _reading(found, text, "-0500") is None


def test_a_currency_word_capitalised_after_digits_names_a_rapper():
    text = (
        "US rapper 50 Cent topped the chart. The bar sells drinks for 50 cents to students. "
        "The bike was tested by our reviewer at a price of 49.95 Euro in the shop."
    )
    found = _read(text)
    assert _reading(found, text, "49.95") is not None
    assert _reading(found, text, "50 Cent") is None
    assert _reading(found, text, "50 cents") == ("money", 0.5, "USD", None)


def test_a_number_between_a_name_and_a_singular_noun_is_the_names():
    text = (
        "They drew with the South African Super 12 side The Cats on Friday. Officials in "
        "Paris 10 km away said the fire was out. Voters gave Biden 51 percent in the state."
    )
    found = _read(text)
    assert _reading(found, text, "12") is None
    stats = "Scoring: Mika Sorensen 2 goals, 1 assist; Dale Price 1 goal, 2 assists."
    assert _reading(_read(stats), stats, "1 goal") == ("count", 1.0, "goal", None)
    assert _reading(found, text, "10 km") == ("measure", 10.0, "km", None)
    assert _reading(found, text, "51 percent") == ("percent", 51.0, "%", None)


def test_a_number_before_a_book_and_its_chapter_and_verse_is_the_books():
    text = "Some churches read 1 Corinthians 6:1 as a ban on lawsuits between 2 Christians."
    found = _read(text)
    assert _reading(found, text, "1 Corinthians") is None
    assert _reading(found, text, "2 Christians") is not None


def test_a_programme_named_by_a_number_and_a_time_unit_in_quotes_is_no_duration():
    text = "She spoke last October on CBS' ''60 Minutes.'' The talk ran for 60 minutes in all."
    found = _read(text)
    assert _reading(found, text, "60 Minutes") is None
    assert _reading(found, text, "60 minutes") == ("measure", 60.0, "minutes", None)
