"""More readings by docs/quantities.md, each from a case the dev6 sample showed: numbers inside
names and titles, ordinals that rank nothing, kitchen units as written, dates in noun phrases."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_ordinal_opening_a_sentence_before_a_comma_orders_points_and_ranks_nothing():
    text = (
        "The council gave two reasons. First, the road floods every spring. Second, the bridge "
        "is too narrow for buses. The second bridge opened in the third week of May."
    )
    found = _read(text)
    assert _reading(found, text, "First,") is None
    assert _reading(found, text, "Second,") is None
    assert _reading(found, text, "second bridge") == ("ordinal", 2.0, None, None)


def test_an_ordinal_fused_to_a_noun_names_a_kind_unless_the_noun_is_a_part_of_a_contest():
    text = (
        "Most third-party sellers ship by first-class mail. Her first-period goal sealed a "
        "third-place finish for the second-largest club."
    )
    found = _read(text)
    assert _reading(found, text, "third-party") is None
    assert _reading(found, text, "first-class") is None
    assert _reading(found, text, "first-period") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "third-place") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "second-largest") == ("ordinal", 2.0, None, None)


def test_a_number_fused_to_a_lone_capital_letter_names_a_kind():
    text = "The lab bought 3-D printers and two scanners for its 2-D images."
    found = _read(text)
    assert _reading(found, text, "3-D") is None
    assert _reading(found, text, "2-D") is None
    assert _reading(found, text, "two scanners") == ("count", 2.0, "scanners", None)


def test_next_month_after_for_without_an_article_is_a_date_not_a_window():
    text = (
        "The review is scheduled for next month. Prices rose over the next month, and "
        "turnout fell in last year's vote."
    )
    found = _read(text)
    assert _reading(found, text, "next month.") == ("date", None, None, "2024-06")
    assert _reading(found, text, "over the next month") == ("time_window", None, "months", None)
    assert _reading(found, text, "last year") == ("date", None, None, "2023")


def test_a_relative_date_in_the_possessive_resolves_as_without_it():
    text = "Sales beat last month's total by a wide margin."
    found = _read(text)
    assert _reading(found, text, "last month") == ("date", None, None, "2024-04")


def test_a_version_after_a_name_is_no_amount_but_a_decimal_before_a_plural_counts():
    text = (
        "See the notes for Python 3.6 before you upgrade. "
        "Against Boston, James scored 27.5 points a game. The poll had Joe Biden 51.3 and "
        "Donald Trump 46.8 among voters."
    )
    found = _read(text)
    assert _reading(found, text, "3.6") is None
    assert _reading(found, text, "27.5") == ("count", 27.5, "points", None)
    assert _reading(found, text, "51.3")[:2] == ("count", 51.3)  # a person has no versions


def test_a_number_opening_a_quoted_title_is_a_name():
    text = (
        "The war film \u201c1917,\u201d won in January. She played the \u20182019 Harbour Jazz "
        "Festival\u2019 in 2019. He wrote: \u201c2018 was a hard year for 40 workers.\u201d"
    )
    found = _read(text)
    assert _reading(found, text, "1917") is None
    assert _reading(found, text, "2019 Harbour") is None
    assert _reading(found, text, "in 2019") == ("date", None, None, "2019")
    assert _reading(found, text, "2018 was") == ("date", None, None, "2018")


def test_a_capitalised_number_word_inside_a_proper_name_is_part_of_the_name():
    text = (
        "Engineers inspected the Three Gorges Dam and the Five-hundred-meter Aperture Spherical "
        "Radio Telescope. Three inspectors walked five hundred meters along the three gates."
    )
    found = _read(text)
    assert _reading(found, text, "Three Gorges") is None
    assert _reading(found, text, "Five-hundred-meter") is None
    assert _reading(found, text, "Three inspectors") == ("count", 3.0, "inspectors", None)
    assert _reading(found, text, "five hundred meters") == ("measure", 500.0, "meters", None)


def test_a_weekday_describing_a_noun_points_back_whatever_the_tense_of_the_clause():
    # 2024-05-15 is a Wednesday: the Saturday before is the 11th, the one after the 18th
    text = (
        "Saturday night's winners are in the gallery. "
        "The final will be played on Saturday. The forecast for Sunday is rain. "
        "Talks resume on Saturday."
    )
    found = _read(text)
    assert _reading(found, text, "Saturday night") == ("date", None, None, "2024-05-11")
    assert _reading(found, text, "Saturday. The") == ("date", None, None, "2024-05-18")
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-19")
    last = text.rindex("Saturday")
    hits = [q for q in found if q.span.start <= last < q.span.end]
    assert [(q.kind, q.resolved_date) for q in hits] == [("date", "2024-05-18")]


def test_kitchen_units_as_written_with_their_period_and_fraction_signs():
    text = (
        "Whisk 8 oz. cream cheese with 1 Tbsp. honey, ½ cup oats and 1½ cups milk. "
        "Top with 1 cup zucchini noodles and 5 g of salt."
    )
    found = _read(text)
    assert _reading(found, text, "8 oz.") == ("measure", 8.0, "oz.", None)
    assert _reading(found, text, "1 Tbsp.") == ("measure", 1.0, "Tbsp.", None)
    assert _reading(found, text, "½ cup") == ("measure", 0.5, "cup", None)
    assert _reading(found, text, "1½ cups") == ("measure", 1.5, "cups", None)
    assert _reading(found, text, "1 cup zucchini") == ("measure", 1.0, "cup", None)
    assert _reading(found, text, "5 g") == ("measure", 5.0, "g", None)


def test_a_fraction_sign_alone_is_a_number_and_one_after_digits_keeps_their_reading():
    text = "The plant closed 2½ years ago. He paid ¾ of the fine, about $1½ million."
    found = _read(text)
    assert _reading(found, text, "2½ years ago") == ("date", None, None, "2022")
    assert _reading(found, text, "¾") == ("fraction", 0.75, "fine", None)
    assert _reading(found, text, "$1½") == ("money", 1.5e6, "USD", None)


def test_a_plural_scale_after_a_number_still_multiplies_it():
    text = "Over 1.1 billions works were shared by millions of people."
    found = _read(text)
    assert _reading(found, text, "1.1 billions") == ("count", 1.1e9, "works", None)
    assert _reading(found, text, "millions")[:2] == ("count", None)


def test_a_line_that_is_a_word_and_a_number_is_a_heading_the_number_labels():
    text = (
        "Step 2\n\nStir in 3 eggs and bake for 2 hours.\n\nStep 3\n\nServe 4 people.\n\n"
        "Goals 12\n\nAssists 4"
    )
    found = _read(text)
    assert _reading(found, text, "12")[:2] == ("count", 12.0)
    assert _reading(found, text, "2\n") is None
    assert _reading(found, text, "3\n") is None
    assert _reading(found, text, "3 eggs") == ("count", 3.0, "eggs", None)
    assert _reading(found, text, "4 people") == ("count", 4.0, "people", None)


def test_a_weekday_before_a_month_and_day_is_that_day():
    text = "Tickets, which go on sale Monday, Aug. 5 online, cost $20. The band played on Friday."
    found = _read(text)
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-08-05")
    assert _reading(found, text, "on Friday.") == ("date", None, None, "2024-05-10")


def test_a_weekday_beside_a_month_and_day_settles_the_year():
    text = "SPRING TOUR\nTHURSDAY APRIL 2 Harbour Hall, Perth\nFRIDAY APRIL 17 The Mill, Hobart"
    found = _read(text, when="2020-02-20")
    assert _reading(found, text, "THURSDAY")[3] == "2020-04-02"  # a Thursday in 2020
    assert _reading(found, text, "FRIDAY")[3] == "2020-04-17"  # a Friday in 2020, not 2019
    text = "Tickets for the show on Saturday, Jan. 13 sold out within an hour."
    found = _read(text, when="2024-01-03")
    assert _reading(found, text, "Jan. 13")[3] == "2024-01-13"  # past tense, but a Saturday


def test_each_end_of_a_range_of_counts_counts_the_noun():
    text = "The plan would send 60 to 100 trucks a day. Workers won the vote 6-3."
    found = _read(text)
    assert _reading(found, text, "60 ") == ("count", 60.0, "trucks", None)
    assert _reading(found, text, "100 trucks") == ("count", 100.0, "trucks", None)
    assert _reading(found, text, "6-3")[0] == "score"


def test_a_number_fused_to_the_first_noun_of_a_compound_counts_nothing():
    text = "The boats run on two-stroke engines. Three plague masks were sold."
    found = _read(text)
    assert _reading(found, text, "two-stroke") is None  # as "a four-door car" (docs)
    assert _reading(found, text, "Three plague") == ("count", 3.0, "plague masks", None)
