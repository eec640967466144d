"""Quantities read by the labelling conventions of docs/quantities.md: ordinals, units of measure
as written, periods of the year, signed table cells, numbers inside names, relative dates."""

from __future__ import annotations

from quantity_helpers import at as _at
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

from newsaudit.extractors.quantities import parse_number


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
        "percent from the previous year. The rate was 5.7 percent in April, down from 6.2 "
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


def test_a_number_fused_to_its_unit_is_a_measure():
    text = "The drone films at 120fps, flies 8km on one charge and weighs under 2kg."
    found = _read(text)
    assert _reading(found, text, "120fps") == ("measure", 120.0, "fps", None)
    assert _reading(found, text, "8km") == ("measure", 8.0, "km", None)
    assert _reading(found, text, "2kg") == ("measure", 2.0, "kg", None)


def test_an_article_before_a_number_adds_nothing_and_numbers_side_by_side_are_two():
    text = "The agency launched a five year survey. Voters backed six of the seven 12 proposals."
    found = _read(text)
    assert _reading(found, text, "five year") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "12") == ("count", 12.0, "proposals", None)
    assert parse_number("nine 10") == 9.0
    assert parse_number("twenty five") == 25.0


def test_n_of_the_m_things_counts_the_things_however_far_they_are():
    text = (
        "Rain and warmth, two of three needs for growth, came late. "
        "Ruiz made 14 of his team's record-setting 40 baskets."
    )
    found = _read(text)
    assert _reading(found, text, "two") == ("count", 2.0, "needs", None)
    assert _reading(found, text, "14") == ("count", 14.0, "baskets", None)
    assert _reading(found, text, "40") == ("count", 40.0, "baskets", None)


def test_a_count_of_weeks_back_gives_a_week_as_a_count_of_years_gives_a_year():
    text = "Two weeks ago the mayor resigned. A year ago she had won. Three days ago he left."
    found = _read(text, when="2024-05-15")  # a Wednesday in ISO week 20
    assert _reading(found, text, "Two weeks ago") == ("date", None, None, "2024-W18")
    assert _reading(found, text, "A year ago") == ("date", None, None, "2023")
    assert _reading(found, text, "Three days ago") == ("date", None, None, "2024-05-12")


def test_the_end_of_a_year_is_that_year_and_a_month_of_last_year_is_in_last_year():
    text = (
        "The mill closed at the end of 2016. Prices peaked at the end of March last year "
        "and should settle by October next year."
    )
    found = _read(text, when="2024-05-15")
    assert _reading(found, text, "2016") == ("date", None, None, "2016")
    assert _reading(found, text, "March last year") == ("date", None, None, "2023-03")
    assert _reading(found, text, "October next year") == ("date", None, None, "2025-10")


def test_a_number_and_a_noun_the_parser_took_for_a_date_is_a_count():
    text = "The crew camped for 11 nights on the ridge and slept outdoors more than one night."
    found = _read(text)
    assert _reading(found, text, "11") == ("count", 11.0, "nights", None)
    assert _reading(found, text, "one") == ("count", 1.0, "night", None)


def test_a_number_the_parse_puts_in_the_name_before_it_is_no_quantity():
    text = (
        "Fans queued for Halo 3 at midnight while Apollo 11 flew on screen. "
        "The show sold out on May 5 and drew 300 people."
    )
    found = _read(text)
    assert _at(found, text, "3 at") is None
    assert _at(found, text, "11") is None
    assert _reading(found, text, "May 5") == ("date", None, None, "2024-05-05")
    assert _reading(found, text, "300") == ("count", 300.0, "people", None)


def test_a_comma_after_a_number_is_punctuation_not_part_of_it():
    text = "Critics rated it above Halo 3, but below its rivals. The list | 1,250, | was long."
    found = _read(text)
    assert _at(found, text, "3,") is None  # in the name, once the comma is off
    assert _at(found, text, "1,250").span.text == "1,250"


def test_a_number_fused_into_a_compound_that_counts_no_noun_is_no_quantity():
    text = "She finished the rush on a two-on-one late in the game."
    assert _at(_read(text), text, "two") is None


def test_a_k_that_counts_no_plural_noun_is_a_resolution_not_thousands():
    text = "The set shows 4K video, or 4K when it can. The appeal raised $50K from 3k donors."
    found = _read(text)
    assert _at(found, text, "4K video") is None
    assert _at(found, text, "4K when") is None
    assert _reading(found, text, "$50K") == ("money", 50000.0, "USD", None)
    assert _reading(found, text, "3k") == ("count", 3000.0, "donors", None)


def test_twice_and_once_after_its_verb_count_times():
    text = (
        "The striker netted twice before the break. She had voted once in a decade. "
        "Once the vote closes, he once said, the count starts at once."
    )
    found = _read(text)
    assert _reading(found, text, "twice") == ("count", 2.0, "times", None)
    assert _reading(found, text, "once in") == ("count", 1.0, "times", None)
    assert _at(found, text, "Once the") is None
    assert _at(found, text, "once said") is None
    assert _at(found, text, "once.") is None


def test_a_number_set_off_by_commas_after_a_name_is_an_age():
    text = "The winner, Dana Whitfield, 58, of Leeds, thanked Ramirez, 35, and the crowd."
    found = _read(text)
    assert _reading(found, text, "58") == ("measure", 58.0, "years", None)
    assert _reading(found, text, "35") == ("measure", 35.0, "years", None)


def test_a_capitalised_ordinal_inside_a_name_is_no_ordinal():
    text = (
        "The grant is part of the Fourth Energy Technology Roadmap, drafted on Fifth Avenue. "
        "It was the third such roadmap."
    )
    found = _read(text)
    assert _at(found, text, "Fourth") is None
    assert _at(found, text, "Fifth") is None
    assert _reading(found, text, "third") == ("ordinal", 3.0, None, None)


def test_a_counted_noun_keeps_a_chain_of_compounds():
    text = "Nine water treatment plants closed last winter."
    assert _reading(_read(text), text, "Nine") == ("count", 9.0, "water treatment plants", None)


def test_each_end_of_a_range_is_its_own_reading_with_the_shared_unit():
    text = "Turnout should climb from 41% to 58% and the fund may reach $2 to $4 billion."
    found = _read(text)
    assert _reading(found, text, "41%") == ("percent", 41.0, "%", None)
    assert _reading(found, text, "58%") == ("percent", 58.0, "%", None)
    assert _reading(found, text, "$2") == ("money", 2e9, "USD", None)
    assert _reading(found, text, "$4 billion") == ("money", 4e9, "USD", None)


def test_the_first_n_units_of_time_are_a_duration_not_a_window():
    text = "Exports for the first five months of the year fell. Over the first 48 hours, calm held."
    found = _read(text)
    assert _reading(found, text, "five months") == ("measure", 5.0, "months", None)
    assert _reading(found, text, "48 hours") == ("measure", 48.0, "hours", None)


def test_units_with_an_si_prefix_are_units_of_measure():
    text = "The server has 64 gigabytes of memory, 12 teraflop accelerators and a 3 kilowatt feed."
    found = _read(text)
    assert _reading(found, text, "64") == ("measure", 64.0, "gigabytes", None)
    assert _reading(found, text, "12") == ("measure", 12.0, "teraflop", None)


def test_each_end_of_a_range_of_durations_is_a_duration():
    text = "Let the dough rise for 6 to 8 hours before it is shaped."
    found = _read(text)
    assert _reading(found, text, "6") == ("measure", 6.0, "hours", None)
    assert _reading(found, text, "8 hours") == ("measure", 8.0, "hours", None)


def test_the_low_end_of_a_range_takes_the_unit_of_the_entity_after_it():
    text = "Warming must stay below 1.5 to 2 degrees Celsius; rents were 20.8 to 23.5 percent up."
    found = _read(text)
    assert _reading(found, text, "1.5") == ("measure", 1.5, "degrees Celsius", None)
    assert _reading(found, text, "2 degrees") == ("measure", 2.0, "degrees Celsius", None)
    assert _reading(found, text, "20.8") == ("percent", 20.8, "%", None)


def test_a_scale_word_is_part_of_a_measure_s_number_not_of_its_unit():
    text = "The reserve covers 13.1 million square kilometers of land."
    found = _read(text)
    assert _reading(found, text, "13.1") == ("measure", 13.1e6, "square kilometers", None)


def test_kitchen_units_and_grams_are_units_of_measure_and_so_is_a_fraction_of_one():
    text = "Melt 2 teaspoon butter, stir in half cup of stock and 1/4 tablespoon pepper; 9 g fat."
    found = _read(text)
    assert _reading(found, text, "2 teaspoon") == ("measure", 2.0, "teaspoon", None)
    assert _reading(found, text, "half cup") == ("measure", 0.5, "cups", None)
    assert _reading(found, text, "1/4") == ("measure", 0.25, "tablespoon", None)
    assert _reading(found, text, "9 g") == ("measure", 9.0, "g", None)


def test_a_time_unit_after_a_quantifier_and_no_number_is_a_vague_duration():
    text = (
        "We waited a few hours at the gate. Fossils show that herds roamed here for thousands "
        "of years. The climb ended up taking days."
    )
    found = _read(text)
    assert _reading(found, text, "few hours") == ("measure", None, "hours", None)
    assert _reading(found, text, "thousands of years") == ("measure", None, "years", None)
    assert _reading(found, text, "days") == ("measure", None, "days", None)


def test_a_fraction_is_of_the_noun_after_of_however_long_or_the_noun_half_stands_before():
    text = (
        "Half the money that reached the town was spent. They own at least a quarter of the "
        "total grazing land. A third of the voters stayed home."
    )
    found = _read(text)
    assert _reading(found, text, "Half") == ("fraction", 0.5, "money", None)
    assert _reading(found, text, "a quarter") == ("fraction", 0.25, "land", None)
    assert _reading(found, text, "A third") == ("fraction", 0.3333, "voters", None)


def test_a_multiple_is_a_ratio_that_counts_no_noun_but_a_frequency_counts_times():
    text = (
        "The new strain makes 18 times the amount of toxin, and cases rose threefold in a month. "
        "She has won five times this year."
    )
    found = _read(text)
    assert _reading(found, text, "18") == ("count", 18.0, None, None)
    assert _reading(found, text, "threefold") == ("count", 3.0, None, None)
    assert _reading(found, text, "five") == ("count", 5.0, "times", None)


def test_a_number_after_the_singular_noun_it_labels_is_no_count_and_after_age_is_an_age():
    text = (
        "Worms trigger so-called type 2 immune responses. The map is on page 12 of the report. "
        "The survey covered adults age 18 and older."
    )
    found = _read(text)
    assert _at(found, text, "2 immune") is None
    assert _at(found, text, "12 of") is None
    assert _reading(found, text, "18") == ("measure", 18.0, "years", None)


def test_a_relative_date_at_the_end_of_a_longer_date_entity_is_read_alone():
    text = "The mayor said in an interview last week that rents rose. Boats quit in May last year."
    found = _read(text)
    assert _reading(found, text, "last week") == ("date", None, None, "2024-W19")
    assert _reading(found, text, "May last year") == ("date", None, None, "2023-05")


def test_a_handful_of_things_is_a_vague_count_of_them():
    text = "Only a handful of rural clinics stayed open."
    found = _read(text)
    assert _reading(found, text, "handful") == ("count", None, "clinics", None)


def test_a_version_after_an_acronym_and_a_number_opening_a_name_are_no_counts():
    text = (
        "The report was published by +972 Magazine and others. The monitor has an HDMI 2.1 "
        "port. Two Bartholomew County deputies came."
    )
    found = _read(text)
    assert _at(found, text, "972") is None
    assert _at(found, text, "2.1") is None
    assert _reading(found, text, "Two") == ("count", 2.0, "deputies", None)


def test_an_abbreviated_time_unit_is_a_unit_as_written():
    text = "Prep takes 15 min and baking 2 hrs in all."
    found = _read(text)
    assert _reading(found, text, "15") == ("measure", 15.0, "min", None)
    assert _reading(found, text, "2 hrs") == ("measure", 2.0, "hrs", None)


def test_the_season_is_the_season_of_the_articles_year():
    text = (
        "The league is ready for a new season. Injuries piled up during the season. "
        "The season opener sold out, and a season-high 12 fans fainted."
    )
    found = _read(text)
    assert _reading(found, text, "a new season") == ("date", None, None, "2024")
    assert _reading(found, text, "the season") == ("date", None, None, "2024")
    assert _at(found, text, "The season opener") is None
    assert _at(found, text, "a season-high") is None


def test_a_bare_time_unit_after_a_preposition_is_a_vague_duration_even_untagged():
    text = "Herders have grazed these valleys for millennia."
    found = _read(text)
    assert _reading(found, text, "millennia") == ("measure", None, "millennia", None)


def test_a_number_after_a_name_is_part_of_it_where_the_parser_starts_a_sentence_inside():
    text = "News\n\nBattle Pass 6 in Star Arena brings with it a new hover bike."
    assert _at(_read(text), text, "6") is None


def test_a_whole_number_and_a_fraction_are_one_number():
    text = "The strike lasted 2 1/2 weeks. Fans had to wait 2½ hours. They hauled 1 1/4 tons."
    found = _read(text)
    assert _reading(found, text, "2 1/2") == ("measure", 2.5, "weeks", None)
    assert _reading(found, text, "2½") == ("measure", 2.5, "hours", None)
    assert _reading(found, text, "1 1/4") == ("measure", 1.25, "tons", None)


def test_a_spelled_fraction_stays_a_fraction_when_an_adverb_opens_its_entity():
    text = "Only one-fifth of the staff came."
    assert _reading(_read(text), text, "one-fifth") == ("fraction", 0.2, "staff", None)


def test_a_year_after_a_hyphenated_mid_is_that_year():
    text = "Fares rose in mid-2021 after the strike."
    assert _reading(_read(text), text, "mid-2021") == ("date", None, None, "2021")


def test_a_couple_is_two():
    text = "The ferry was out of service for a couple of weeks."
    assert _reading(_read(text), text, "a couple of weeks") == ("measure", 2.0, "weeks", None)


def test_a_month_in_the_past_tense_after_the_articles_month_is_last_years():
    text = "Exports fell sharply in September, the ministry said."
    assert _reading(_read(text), text, "September") == ("date", None, None, "2023-09")


def test_the_year_before_counts_from_the_date_the_sentence_named():
    text = "Imports in 2016 rose 3% from the year before. Wages fell from the year before."
    found = _read(text)
    assert _reading(found, text, "the year before") == ("date", None, None, "2015")
    assert _reading(found, text, "Wages fell from the year before")[3] is None


def test_once_before_a_noun_phrase_after_a_copula_means_formerly():
    text = "The mill, which was once a thriving employer, closed."
    assert _at(_read(text), text, "once") is None


def test_the_low_end_of_a_range_takes_the_scale_written_after_the_high_end():
    assert parse_number("350-375 million") == 350e6
    assert parse_number("$40-50 billion") == 40e9


def test_each_end_of_a_dashed_range_is_its_own_reading_but_a_range_from_zero_is_one():
    text = "Rest 40–75 minutes first; the plan costs $15-20 billion and does 0-60 mph quickly."
    found = _read(text)
    assert _reading(found, text, "40") == ("measure", 40.0, "minutes", None)
    assert _reading(found, text, "75") == ("measure", 75.0, "minutes", None)
    assert _reading(found, text, "$15") == ("money", 15e9, "USD", None)
    assert _reading(found, text, "20 billion") == ("money", 20e9, "USD", None)
    assert _reading(found, text, "0-60") == ("measure", 60.0, "mph", None)


def test_a_bare_number_that_counts_a_unit_of_time_is_a_duration():
    text = "Rest 40–75 minutes first."
    assert _reading(_read(text), text, "75") == ("measure", 75.0, "minutes", None)


def test_within_a_count_of_time_units_is_a_time_window():
    text = "The plan is to reach the coast within 20 years and to report within a week."
    found = _read(text)
    assert _reading(found, text, "20 years") == ("time_window", 20.0, "years", None)
    assert _reading(found, text, "a week") == ("time_window", 1.0, "weeks", None)


def test_one_of_without_a_number_is_the_pronoun_and_with_one_counts():
    text = "One of the officers left. She is one of 16 nurses on leave, one of those days."
    found = _read(text)
    assert _at(found, text, "One of") is None
    assert _reading(found, text, "one of 16") == ("count", 1.0, "nurses", None)
    assert _at(found, text, "one of those") is None


def test_first_as_an_adverb_is_no_ordinal_but_a_place_in_a_ranking_is():
    text = "The bill was first introduced in March. First of all, she finished first."
    found = _read(text)
    assert _at(found, text, "first introduced") is None
    assert _at(found, text, "First of all") is None
    assert _reading(found, text, "first.") == ("ordinal", 1.0, None, None)


def test_a_numbered_lines_marker_counts_nothing():
    text = "Steps to follow.\n\n1. Wash 3 leaves.\n\n2) Dry them."
    found = _read(text)
    assert _at(found, text, "1.") is None and _at(found, text, "2)") is None
    assert _reading(found, text, "3 leaves") == ("count", 3.0, "leaves", None)


def test_several_is_a_vague_count_of_its_noun():
    text = "Several manufacturers agreed after several hours."
    found = _read(text)
    several = _at(found, text, "Several manufacturers")
    assert several is not None and several.vague
    assert (several.kind, several.value, several.unit) == ("count", None, "manufacturers")
    assert _reading(found, text, "several hours")[:3] == ("measure", None, "hours")


def test_a_third_is_a_share_of_its_noun_or_of_nothing_named():
    text = "A third of voters stayed home, and turnout was cut by a third. He won a third term."
    found = _read(text)
    assert _reading(found, text, "A third") == ("fraction", 0.3333, "voters", None)
    assert _reading(found, text, "by a third")[:3] == ("fraction", 0.3333, None)
    assert _reading(found, text, "third term") == ("ordinal", 3.0, None, None)


def test_a_clock_reading_counts_nothing_however_the_parser_splits_it():
    text = "The council met at 6 pm; the shop opens at 9.30 A.M. and the hall draws 3 amps."
    found = _read(text)
    assert _at(found, text, "6 pm") is None
    assert _at(found, text, "9.30 A.M.") is None
    assert _at(found, text, "3 amps") is not None  # "amps" is no "a.m."


def test_twice_before_what_it_multiplies_is_a_multiple_after_a_verb_it_counts_times():
    text = "Banner ads earn twice the clicks of text ads. The club won the cup twice."
    found = _read(text)
    assert _reading(found, text, "twice the")[:3] == ("count", 2.0, None)
    assert _reading(found, text, "twice.")[:3] == ("count", 2.0, "times")
