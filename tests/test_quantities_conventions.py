"""Quantities read by the labelling conventions of docs/quantities.md: ordinals, units of measure
as written, periods of the year, signed table cells, numbers inside names, relative dates."""

from __future__ import annotations

from newsaudit.document import build_document
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.structure import extract_structure
from newsaudit.findings import Quantity
from newsaudit.ingest import article_from_parts


def _read(text: str, when: str = "2024-05-15") -> list[Quantity]:
    doc = build_document(article_from_parts(text, None, date=when))
    return extract_quantities(doc, extract_structure(doc))


def _at(found: list[Quantity], text: str, fragment: str) -> Quantity | None:
    """The quantity covering ``fragment`` (its first occurrence in ``text``), if any."""
    start = text.index(fragment)
    end = start + len(fragment)
    hits = [q for q in found if q.span.start < end and start < q.span.end]
    return hits[0] if hits else None


def _reading(found, text, fragment):
    q = _at(found, text, fragment)
    return None if q is None else (q.kind, q.value, q.unit, q.resolved_date)


def test_ordinals_are_ordinals_without_a_unit():
    text = (
        "The wagon is the seventh model on the platform. He beat his 30th opponent and will add "
        "a fifth seat. At first nobody noticed; wait a second."
    )
    found = _read(text)
    assert _reading(found, text, "seventh") == ("ordinal", 7.0, None, None)
    assert _reading(found, text, "30th") == ("ordinal", 30.0, None, None)
    assert _reading(found, text, "fifth") == ("ordinal", 5.0, None, None)
    assert _at(found, text, "first") is None  # "at first"
    assert _reading(found, text, "a second") == ("measure", 1.0, "seconds", None)  # of time


def test_a_quarter_of_earnings_is_a_period_of_the_year_a_quarter_of_a_game_is_not():
    text = (
        "The retailer reported third-quarter earnings above estimates. "
        "Smith was fouled in the third quarter of the game. "
        "Sales should recover in the first half of 2025."
    )
    found = _read(text)
    assert _reading(found, text, "third-quarter") == ("date", None, None, "2024")
    assert _reading(found, text, "third quarter of the game") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "first half") == ("date", None, None, "2025")


def test_units_of_measure_as_written_and_hyphenated_sizes_in_the_plural():
    text = (
        "An 82 kWh battery gives 406 lb-ft of torque. It has 22-inch wheels, is 195-inches long, "
        "does 0-60 mph in 5.0 seconds and shoots 12-megapixel photos."
    )
    found = _read(text)
    assert _reading(found, text, "82 kWh") == ("measure", 82.0, "kWh", None)
    assert _reading(found, text, "406 lb-ft") == ("measure", 406.0, "lb-ft", None)
    assert _reading(found, text, "22-inch") == ("measure", 22.0, "inches", None)
    assert _reading(found, text, "195-inches") == ("measure", 195.0, "inches", None)
    assert _reading(found, text, "0-60 mph") == ("measure", 60.0, "mph", None)
    assert _reading(found, text, "12-megapixel") == ("measure", 12.0, "megapixels", None)


def test_signed_cells_of_a_table_keep_their_sign_and_count_no_bar():
    text = (
        "Shares fell.\n\n| HD | HOME DEPOT | 225.86 | -12.99 | -5.44% |\n\nAnalysts were shocked."
    )
    found = _read(text)
    assert _reading(found, text, "225.86") == ("count", 225.86, None, None)
    assert _reading(found, text, "-12.99") == ("count", -12.99, None, None)
    assert _reading(found, text, "-5.44%") == ("percent", -5.44, "%", None)
    cars = "Sales of 0-60 mph cars grew."  # the dash of a range is no minus sign
    assert _reading(_read(cars), cars, "0-60") == ("measure", 60.0, "mph", None)


def test_numbers_inside_names_are_not_amounts():
    text = (
        "The S&P 500 is up this year, and the firm's One Home Depot investments cost more. "
        "Police served Two Bartholomew County warrants. SHE HAS HELPED HER LOSE 25 POUNDS"
    )
    found = _read(text)
    assert _at(found, text, "500") is None
    assert _at(found, text, "One Home") is None
    assert _reading(found, text, "Two") == ("count", 2.0, "warrants", None)
    assert _at(found, text, "25 POUNDS") is not None


def test_a_number_fused_to_a_singular_noun_counts_nothing():
    text = "He hit a 3-pointer late. I think the one sign you can point to is defence."
    found = _read(text)
    assert _at(found, text, "3-pointer") is None
    assert _at(found, text, "one sign") is None


def test_counted_noun_drops_name_modifiers_and_keeps_hyphenated_words():
    text = "He has played 17 NBA seasons and has five triple-doubles this month."
    found = _read(text)
    assert _reading(found, text, "17 NBA") == ("count", 17.0, "seasons", None)
    assert _reading(found, text, "five") == ("count", 5.0, "triple-doubles", None)


def test_points_of_an_index_of_a_rate_and_of_a_game():
    text = (
        "The Dow index fell 200 points on Tuesday. The Fed cut its interest rate by a "
        "quarter-point. Davis scored 34 points."
    )
    found = _read(text)
    assert _reading(found, text, "200 points") == ("measure", 200.0, "points", None)
    assert _reading(found, text, "quarter-point") == (
        "percent",
        0.25,
        "percentage points",
        None,
    )
    assert _reading(found, text, "34 points") == ("count", 34.0, "points", None)


def test_relative_dates_resolve_against_the_article_or_the_date_before_them():
    text = (
        "Prices are down 10 percent from a year ago. Dealers last year sold more cars, up 4 "
        "percent from the previous year. The rate was 5.7 percent in October, down from 6.2 "
        "percent a year earlier. A year later he left. He leads the league this season, after "
        "a fight early last season. Sales in fiscal year 2023 grew, as did the period last year."
    )
    found = _read(text)  # dated 15 May 2024
    assert _reading(found, text, "a year ago") == ("date", None, None, "2023")
    assert _reading(found, text, "the previous year") == ("date", None, None, "2022")
    assert _reading(found, text, "a year earlier") == ("date", None, None, "2023")
    assert _reading(found, text, "A year later") == ("date", None, None, None)
    assert _reading(found, text, "this season") == ("date", None, None, "2024")
    assert _reading(found, text, "last season") == ("date", None, None, "2023")
    assert _reading(found, text, "fiscal year 2023") == ("date", None, None, "2023")
    assert _reading(found, text, "period last year")[3] == "2023"


def test_named_days_and_clock_readings_are_not_quantities():
    text = "Deals run until Black Friday. Posted 24 March 2004, 19:49 | Genesis"
    found = _read(text)
    assert _at(found, text, "Black Friday") is None
    assert _at(found, text, "19:49") is None


def test_index_and_list_names_after_a_proper_noun_are_not_amounts():
    text = "The Nikkei 225 rose to 23,303.32. In Paris 300 people marched."
    found = _read(text)
    assert _at(found, text, "225") is None
    assert _reading(found, text, "23,303.32") == ("count", 23303.32, None, None)  # index level
    assert _reading(found, text, "300") == ("count", 300.0, "people", None)


def test_an_exchange_rate_is_money_in_the_quoted_currency():
    text = "The yen was at 108.55 per dollar, while the euro bought $1.1050."
    found = _read(text)
    assert _reading(found, text, "108.55") == ("money", 108.55, "JPY", None)
    assert _reading(found, text, "$1.1050") == ("money", 1.105, "USD", None)


def test_more_units_as_written():
    text = "It gets 28 mpg from a 2.0-liter engine, tops 155 miles per hour, works at 75°F."
    found = _read(text)
    assert _reading(found, text, "28 mpg") == ("measure", 28.0, "mpg", None)
    assert _reading(found, text, "2.0-liter") == ("measure", 2.0, "liters", None)
    assert _reading(found, text, "155 miles") == ("measure", 155.0, "miles per hour", None)
    assert _reading(found, text, "75°F") == ("measure", 75.0, "°F", None)


def test_seasons_resolve_to_their_year_and_the_previous_week_to_the_date_before_it():
    text = (
        "The deal was struck in the spring. Farmers sow winter wheat. Shows resume in fall 2025. "
        "Sales fell on May 6 after they rose in the previous week. Sales rose over the last week."
    )
    found = _read(text)  # dated Wednesday 15 May 2024
    assert _reading(found, text, "the spring") == ("date", None, None, "2024")
    assert _at(found, text, "winter wheat") is None
    assert _reading(found, text, "fall 2025") == ("date", None, None, "2025")
    assert _reading(found, text, "the previous week") == ("date", None, None, "2024-W18")
    assert _reading(found, text, "over the last week") == ("time_window", None, "weeks", None)


def test_half_and_slashed_fractions_are_fractions_slashed_days_are_dates():
    text = "Half of Americans agree; 1/3 of members left on 11/20, open 24/7 since 3/15/2018."
    found = _read(text)
    assert _reading(found, text, "Half") == ("fraction", 0.5, "americans", None)
    assert _reading(found, text, "1/3") == ("fraction", 0.3333, "members", None)
    assert _reading(found, text, "11/20") == ("date", None, None, "2024-11-20")
    assert _at(found, text, "24/7") is None
    assert _reading(found, text, "3/15/2018") == ("date", None, None, "2018-03-15")


def test_a_number_after_an_article_is_that_number_and_a_year_end_is_the_year():
    text = "They plan a five year mission. Output reached 3 GW at the end of 2022."
    found = _read(text)
    assert _reading(found, text, "five year") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "2022") == ("date", None, None, "2022")


def test_a_month_with_last_year_is_that_month_of_last_year_and_weeks_ago_a_week():
    text = "Subsidies ended at the end of May last year. A week ago, the firm closed a plant."
    found = _read(text)  # dated Wednesday 15 May 2024
    assert _reading(found, text, "May last year") == ("date", None, None, "2023-05")
    assert _reading(found, text, "A week ago") == ("date", None, None, "2024-W19")


def test_a_weekday_followed_by_its_date_takes_that_date():
    text = "Tickets for the tour go on sale Friday, Dec. 6 at the box office."
    found = _read(text, "2024-11-20")
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-12-06")


def test_the_counted_noun_keeps_its_compounds_and_is_reached_through_a_second_number():
    text = (
        "Sixteen energy technology priorities were named. Water is two of three requirements "
        "for life. The team lost eight of their 10 games. Jones scored 20 of his season-high "
        "31 points."
    )
    found = _read(text)
    assert _reading(found, text, "Sixteen") == (
        "count", 16.0, "energy technology priorities", None
    )  # fmt: skip
    assert _reading(found, text, "two of") == ("count", 2.0, "requirements", None)
    assert _reading(found, text, "eight") == ("count", 8.0, "games", None)
    assert _reading(found, text, "20 of") == ("count", 20.0, "points", None)


def test_units_fused_to_the_number_and_floating_point_rates():
    text = "The console runs at 60fps on a 2.6GHz chip with 10.7 teraflop hardware."
    found = _read(text)
    assert _reading(found, text, "60fps") == ("measure", 60.0, "fps", None)
    assert _reading(found, text, "2.6GHz") == ("measure", 2.6, "GHz", None)
    assert _reading(found, text, "10.7") == ("measure", 10.7, "teraflop", None)


def test_formats_plays_sequels_and_named_ordinals_are_no_quantities():
    text = (
        "The game streams in 4K on the service. He scored on a two-on-one rush. Critics said "
        "Destiny 2 looks dated, and the plan is part of the Fourth Energy Technology Plan."
    )
    found = _read(text)
    assert _at(found, text, "4K") is None
    assert _at(found, text, "two-on") is None
    assert _at(found, text, "2 looks") is None
    assert _at(found, text, "Fourth") is None


def test_a_result_line_keeps_its_numbers():
    text = "Results on Tuesday: Eden Prairie 56, Minnetonka 49."
    found = _read(text)
    assert _at(found, text, "56") is not None
    assert _at(found, text, "49") is not None


def test_once_and_twice_count_times_but_not_in_idioms():
    text = (
        "Parise scored twice in the first period. He had scored just once in 10 games. "
        "Prices rose twice as fast. Once again, he once worked at a bank and left at once."
    )
    found = _read(text)
    assert _reading(found, text, "twice in") == ("count", 2.0, "times", None)
    assert _reading(found, text, "once in") == ("count", 1.0, "times", None)
    assert _at(found, text, "twice as") is None
    assert _at(found, text, "Once again") is None
    assert _at(found, text, "once worked") is None
    assert _at(found, text, "at once") is None


def test_a_number_set_off_by_commas_after_a_person_is_an_age():
    text = "Police arrested John Smith, 35, of Columbus on Tuesday."
    found = _read(text)
    assert _reading(found, text, "35") == ("measure", 35.0, "years", None)


def test_two_amounts_with_their_own_signs_are_two_readings():
    text = "Efficiency rose from 23% to 35%, and the value fell from $47 billion to $8 billion."
    found = _read(text)
    assert _reading(found, text, "23%") == ("percent", 23.0, "%", None)
    assert _reading(found, text, "35%") == ("percent", 35.0, "%", None)
    assert _reading(found, text, "$47 billion") == ("money", 47e9, "USD", None)
    assert _reading(found, text, "$8 billion") == ("money", 8e9, "USD", None)


def test_nights_are_counted_and_a_dotted_clock_reading_is_no_number():
    text = "One night after the loss, they rested. The show runs 9.30 A.M. to 7 P.M. daily."
    found = _read(text)
    assert _reading(found, text, "One night") == ("count", 1.0, "night", None)
    assert _at(found, text, "9.30") is None


def test_a_weekday_on_a_verbless_line_under_up_next_looks_ahead():
    text = (
        "Lakers beat Thunder\n\nThe Lakers won on Tuesday.\n\nUP NEXT\n\n"
        "Thunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Sunday.\n\n"
        "Scores: Minnesota at Chicago, Monday."
    )
    found = _read(text)  # dated Wednesday 15 May 2024
    assert _reading(found, text, "Friday") == ("date", None, None, "2024-05-17")
    assert _reading(found, text, "Sunday") == ("date", None, None, "2024-05-19")
    assert _reading(found, text, "Monday") == ("date", None, None, "2024-05-13")


def test_a_rank_is_an_ordinal_and_a_number_fused_to_a_counted_noun_is_no_second_reading():
    text = (
        "The No. 3 Trojans beat #12 Edina. Lee also set a school record with seven 3-pointers, "
        "breaking the mark of six set in 1998."
    )
    found = _read(text)
    assert _reading(found, text, "No. 3") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "12 Edina") == ("ordinal", 12.0, None, None)
    assert _reading(found, text, "seven") == ("count", 7.0, "3-pointers", None)
    assert len([q for q in found if q.span.start <= text.index("3-p") < q.span.end]) == 1


def test_pounds_of_a_thing_weigh_earlier_than_is_a_length_and_a_named_edition_no_ordinal():
    text = (
        "The rocket makes 8.8 million pounds of thrust; the club paid 50 million pounds. "
        "They land in 2024, four years earlier than planned. The first 3,500 First Edition "
        "models sold out."
    )
    found = _read(text)
    assert _reading(found, text, "8.8") == ("measure", 8.8e6, "pounds", None)
    assert _reading(found, text, "50 million") == ("money", 5e7, "GBP", None)
    assert _reading(found, text, "four years") == ("measure", 4.0, "years", None)
    assert not [q for q in found if q.kind == "ordinal" and text[q.span.start] == "F"]


def test_result_lines_tallies_and_race_times():
    text = (
        "Wayzata 4, Edina 2: Smith scored twice. Jones went 3-for-4 and hit 9-of-12 shots. "
        "Lee won the race in 1:45.32.\n\nSept. 5, Oct. 6: the dates are set."
    )
    found = _read(text)
    assert _reading(found, text, "4, Edina") == ("score", None, None, None)
    assert _reading(found, text, "2: Smith") == ("score", None, None, None)
    assert _reading(found, text, "3-for-4") == ("score", None, None, None)
    assert _reading(found, text, "9-of-12") == ("score", None, None, None)
    assert _at(found, text, "1:45.32") is None
    assert _reading(found, text, "Sept. 5")[0] == "date"
