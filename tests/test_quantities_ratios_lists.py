"""Pairs that write a ratio, numbers that name a list, "-timers" and "the number of" units:
spans the spec reads as no quantity (docs/quantities.md: "a ratio written with a colon", "an
index or list name", "four-time", "the number of voters" is no quantity)."""

from quantity_helpers import read, reading


def _check(text: str, fragment: str, expected, nth: int = 0) -> None:
    assert reading(read(text), text, fragment, nth) == expected


def test_an_even_pair_is_a_ratio():
    _check("Analysts gave the merger only a 50-50 chance of approval.", "50-50", None)
    _check("Doctors said the survival rate is 50/50 for now.", "50/50", None)


def test_a_colon_pair_no_clock_reads_is_a_ratio():
    _check("The bookmakers put the odds at 3:1 against the champion.", "3:1", None)
    _check("The model was built at a 1:100 scale by students.", "1:100", None)


def test_ties_scores_clocks_and_dates_keep_their_readings():
    text = "The match ended in a 17-17 draw after the kick-off at 10:30 on 12/12."
    found = read(text)
    assert reading(found, text, "17-17")[0] == "score"
    assert reading(found, text, "10:30") is None  # a clock reading
    assert reading(found, text, "12/12")[0] == "date"
    _check("Prices rose 5-10 percent last year.", "5-10", ("percent", 5.0, "%", None))


def test_a_number_before_list_or_chart_names_it():
    _check("Due next week, the Top 500 list ranks the fastest computers.", "500", None)
    _check("The magazine printed its first ''400'' list of rich people.", "400", None)
    _check("He sat among the 8,000, top 75 chart performers in the book.", "75", None)


def test_top_capitalised_in_running_text_names_a_chart():
    _check("The song was listed in the Top 40 charts in the United States.", "40", None)


def test_top_counts_elsewhere():
    text = "She finished in the top 20 and joined the top 10 arms exporters with 5 lists."
    found = read(text)
    assert reading(found, text, "20") == ("count", 20.0, None, None)
    assert reading(found, text, "10") == ("count", 10.0, "arms exporters", None)
    assert reading(found, text, "5 lists") == ("count", 5.0, "lists", None)
    text = "Top 10 firms paid most of the tax."
    assert reading(read(text), text, "10") == ("count", 10.0, "firms", None)


def test_second_timers_rank_nothing():
    _check("Fines run up to $250 for second-timers in the city.", "second", None)
    text = "She was the second-fastest runner in her second-year class."
    found = read(text)
    assert reading(found, text, "second")[0] == "ordinal"


def test_the_number_of_units_is_no_quantity():
    _check("Some states limit the number of years the loss can be carried.", "years", None)
    text = "He has worked there for a number of years."
    assert reading(read(text), text, "years") == ("measure", None, "years", None)


def test_pages_a_citation_points_to_are_no_count():
    _check("Smith J. Seizure detection. Proc. IEEE 2016. pp. 421–425. Print.", "421", None)
    _check("The argument is in Jones (1999), p. 45, and later work.", "45", None)


def test_the_nth_thing_is_orders_the_points():
    _check('"The first thing is that costs rise when rates fall," he said.', "first", None)
    _check('"The other second thing is cost," she said.', "second", None)
    for text in (
        "The first thing they found out is that it broke.",
        "The first thing to know is the price.",
        "The first point is valid.",
    ):
        assert reading(read(text), text, "first") == ("ordinal", 1.0, None, None)
