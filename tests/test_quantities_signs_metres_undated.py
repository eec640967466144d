"""Readings by docs/quantities.md for what the parser leaves untagged or mistakes: amounts after
a currency sign with their scale, pence and cents, metres fused to a number, and relative dates
in an article with no date."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_amount_after_a_currency_sign_is_money_where_the_parser_tags_nothing():
    text = "Claims against the oil firm totalling over $27bn were filed in Houston."
    assert _reading(_read(text), text, "$27bn") == ("money", 27e9, "USD", None)
    text = "Public borrowing is tipped to fall to £31bn by 2006, the Treasury said."
    assert _reading(_read(text), text, "£31bn") == ("money", 31e9, "GBP", None)


def test_an_amount_in_brackets_after_another_is_money_in_its_own_currency():
    text = "The shareholders sought more than $20bn (£11bn) in damages from the state."
    found = _read(text)
    assert _reading(found, text, "£11bn") == ("money", 11e9, "GBP", None)
    assert _reading(found, text, "$20bn") == ("money", 20e9, "USD", None)


def test_a_currency_code_before_the_sign_names_the_currency():
    text = "The bank paid US$1.5bn for the stake and HK$3m in fees, and spent €2.5bn more."
    found = _read(text)
    assert _reading(found, text, "US$1.5bn") == ("money", 1.5e9, "USD", None)
    assert _reading(found, text, "HK$3m") == ("money", 3e6, "HKD", None)
    assert _reading(found, text, "€2.5bn") == ("money", 2.5e9, "EUR", None)


def test_a_signed_amount_keeps_the_approximation_before_it():
    text = "Claims totalling over $27bn were filed."
    q = next(q for q in _read(text) if q.kind == "money")
    assert q.approximate and q.marker is not None and q.marker.text == "over"


def test_pence_after_digits_are_money_in_pounds():
    text = "Shares in the bank rose 4p to 548p, while its rival's slipped 1.5p to 142.25p."
    found = _read(text)
    assert _reading(found, text, "4p") == ("money", 0.04, "GBP", None)
    assert _reading(found, text, "548p") == ("money", 5.48, "GBP", None)
    assert _reading(found, text, "1.5p") == ("money", 0.015, "GBP", None)
    assert _reading(found, text, "142.25p") == ("money", 1.4225, "GBP", None)


def test_pence_the_parser_tags_with_an_approximation_keep_it():
    text = "Each loaf now costs about 40p more than last spring."
    q = next(q for q in _read(text) if q.kind == "money")
    assert (q.value, q.unit, q.approximate) == (0.4, "GBP", True)


def test_cents_and_pence_written_as_words_are_hundredths_of_the_currency():
    text = "The dividend was 8.5 cents, a fare 60 cents, a stamp 50 pence, a fee 20 euro cents."
    found = _read(text)
    assert _reading(found, text, "8.5 cents") == ("money", 0.085, "USD", None)
    assert _reading(found, text, "60 cents") == ("money", 0.6, "USD", None)
    assert _reading(found, text, "50 pence") == ("money", 0.5, "GBP", None)
    assert _reading(found, text, "20 euro cents") == ("money", 0.2, "EUR", None)


def test_a_p_that_is_a_model_a_clock_or_a_resolution_is_no_amount_of_pence():
    text = "The 4P model ships at 4pm on a 1080p screen, and the 3pin plug comes later."
    assert not [q for q in _read(text) if q.kind == "money"]


def test_per_cent_is_still_a_percentage():
    text = "Sales rose 15 per cent in the year."
    assert _reading(_read(text), text, "15 per cent") == ("percent", 15.0, "%", None)


def test_an_m_fused_to_a_race_distance_or_a_height_is_metres():
    text = "It was the third fastest indoor 400m of all time, a week after he won the 3,000m."
    found = _read(text)
    assert _reading(found, text, "400m") == ("measure", 400.0, "m", None)
    assert _reading(found, text, "3,000m") == ("measure", 3000.0, "m", None)
    text = "The Russian set a world record of 4.91m before she took the 10,000m as well."
    found = _read(text)
    assert _reading(found, text, "4.91m") == ("measure", 4.91, "m", None)
    assert _reading(found, text, "10,000m") == ("measure", 10000.0, "m", None)


def test_an_m_before_a_singular_noun_or_a_races_plural_name_is_metres():
    text = "The 400m hurdles went to a Welshman and the 4x100m relay team won bronze."
    found = _read(text)
    assert _reading(found, text, "400m") == ("measure", 400.0, "m", None)
    assert _reading(found, text, "4x100m") == ("measure", 100.0, "m", None)


def test_an_m_after_a_currency_sign_or_counting_a_plural_noun_stays_millions():
    text = "The network paid £400m and $2m in fees, and the final drew 2m viewers."
    found = _read(text)
    assert _reading(found, text, "£400m") == ("money", 400e6, "GBP", None)
    assert _reading(found, text, "$2m") == ("money", 2e6, "USD", None)
    assert _reading(found, text, "2m viewers") == ("count", 2e6, "viewers", None)
    text = "The app now has 1.3bn users worldwide."
    assert _reading(_read(text), text, "1.3bn") == ("count", 1.3e9, "users", None)


def test_an_m_beside_a_count_in_millions_is_millions_too():
    text = "The firm sold 4.5m phones in the quarter, up from 2m a year earlier."
    assert _reading(_read(text), text, "2m", 0)[:2] == ("count", 2e6)


def test_a_count_in_millions_in_the_next_sentence_leaves_metres_alone():
    text = "She set a world record of 4.91m. The final drew 2m viewers on television."
    found = _read(text)
    assert _reading(found, text, "4.91m") == ("measure", 4.91, "m", None)
    assert _reading(found, text, "2m viewers") == ("count", 2e6, "viewers", None)


def test_the_high_end_of_a_range_of_money_keeps_its_currency():
    text = "Analysts valued the club at $40-50m."
    assert _reading(_read(text), text, "50m") == ("money", 50e6, "USD", None)
    text = "The fee was put at between £3m and 5m."
    assert _reading(_read(text), text, "5m")[:2] != ("measure", 5.0)


def test_a_relative_season_in_an_undated_article_is_a_date_left_unresolved():
    text = "He left the club early last season. The tour is this summer."
    dated = _read(text, "2005-02-10")
    assert _reading(dated, text, "last season") == ("date", None, None, "2004")
    assert _reading(dated, text, "this summer") == ("date", None, None, "2005")
    undated = _read(text, None)
    assert _reading(undated, text, "last season") == ("date", None, None, None)
    assert _reading(undated, text, "this summer") == ("date", None, None, None)


def test_an_undated_article_reads_the_dates_a_dated_one_reads_and_no_others():
    text = (
        "The squad trained hard during the season. Next summer the coach leaves, and this fall "
        "the board meets. They rested over the weekend, and the stadium opens in the spring."
    )
    dated = [(q.span.text, q.kind) for q in _read(text, "2005-02-10")]
    undated = _read(text, None)
    assert [(q.span.text, q.kind) for q in undated] == dated
    assert ("Next summer", "date") in dated
    assert all(q.resolved_date is None for q in undated if q.kind == "date")


def test_pence_the_parser_tags_a_date_are_money():
    text = "The fare now costs 24p and more at peak times."
    assert _reading(_read(text), text, "24p") == ("money", 0.24, "GBP", None)


def test_a_rate_per_second_keeps_its_unit_as_written():
    text = "The drive reads at 3.5 GB/s, the wind reached 30 m/s and the disk holds 512 GB."
    found = _read(text)
    assert _reading(found, text, "3.5 GB/s") == ("measure", 3.5, "GB/s", None)
    assert _reading(found, text, "30 m/s") == ("measure", 30.0, "m/s", None)
    assert _reading(found, text, "512 GB") == ("measure", 512.0, "GB", None)


def test_an_amount_after_a_currency_sign_is_read_whole_beside_the_entity_the_parser_made():
    text = "The fund lost £31bn last year. The firm lost $2m last month."
    found = _read(text, "2020-05-01")
    assert _reading(found, text, "£31bn") == ("money", 31e9, "GBP", None)
    assert _reading(found, text, "last year") == ("date", None, None, "2019")
    assert _reading(found, text, "$2m") == ("money", 2e6, "USD", None)
    assert _reading(found, text, "last month") == ("date", None, None, "2020-04")


def test_a_scale_word_run_into_the_digits_scales_them():
    text = "Chelsea paid the £71.6million fee, and the club owes 3billion yen."
    found = _read(text)
    assert _reading(found, text, "£71.6million") == ("money", 71.6e6, "GBP", None)
