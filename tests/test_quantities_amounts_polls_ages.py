"""Amounts with a fused scale and a currency word, percentages written in words and in poll
pairs, and ages named by the word "age" or by turning, by docs/quantities.md."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_fused_scale_before_a_currency_word_is_money():
    text = "Turnover rose 2.8% to 14.96bn euros, and the group sold 400m euros of bonds."
    found = _read(text)
    assert _reading(found, text, "14.96bn euros") == ("money", 14.96e9, "EUR", None)
    assert _reading(found, text, "400m euros") == ("money", 4e8, "EUR", None)


def test_a_fused_scale_before_a_currency_word_and_its_conversion_is_money():
    text = "Net profit came to 2.3bn euros (£1.6bn; $3bn) last year."
    found = _read(text)
    assert _reading(found, text, "2.3bn euros") == ("money", 2.3e9, "EUR", None)
    assert _reading(found, text, "£1.6bn") == ("money", 1.6e9, "GBP", None)


def test_a_fused_m_before_no_currency_word_stays_what_it_was():
    text = "She won the 400m final. The firm shipped 3m phones."
    found = _read(text)
    assert _reading(found, text, "400m") == ("measure", 400.0, "m", None)
    assert _reading(found, text, "3m phones") == ("count", 3e6, "phones", None)


def test_each_side_of_a_poll_pair_written_in_words_is_its_own_percent():
    text = "Smith leads Jones 52 percent to 38 percent, and 47 per cent to 44 per cent in Ohio."
    found = _read(text)
    assert _reading(found, text, "52 percent") == ("percent", 52.0, "%", None)
    assert _reading(found, text, "38 percent") == ("percent", 38.0, "%", None)
    assert _reading(found, text, "47 per cent") == ("percent", 47.0, "%", None)
    assert _reading(found, text, "44 per cent") == ("percent", 44.0, "%", None)


def test_a_range_with_the_percent_word_once_still_reads_both_ends():
    text = "Prices may rise between 3 and 5 percent next year."
    found = _read(text)
    assert _reading(found, text, "3") == ("percent", 3.0, "%", None)
    assert _reading(found, text, "5 percent") == ("percent", 5.0, "%", None)


def test_a_number_word_before_per_cent_is_a_percent():
    text = "Sixty-two per cent backed the plan, but only four per cent of men did."
    found = _read(text)
    assert _reading(found, text, "Sixty-two per cent") == ("percent", 62.0, "%", None)
    assert _reading(found, text, "four per cent") == ("percent", 4.0, "%", None)


def test_a_number_word_before_percentage_points_is_a_rate_s_points():
    text = "The bank cut its rate by two percentage points."
    found = _read(text)
    assert _reading(found, text, "two percentage") == ("percent", 2.0, "percentage points", None)


def test_a_number_the_word_age_leads_to_is_an_age():
    text = "Ministers want the driving age raised to 18 and offer lessons to pupils aged 15."
    found = _read(text)
    assert _reading(found, text, "18") == ("measure", 18.0, "years", None)
    assert _reading(found, text, "15") == ("measure", 15.0, "years", None)


def test_an_age_in_words_or_under_a_bound_is_an_age():
    text = "Toys for children aged five sold well, and voters aged under 25 stayed home."
    found = _read(text)
    assert _reading(found, text, "five") == ("measure", 5.0, "years", None)
    assert _reading(found, text, "25") == ("measure", 25.0, "years", None)


def test_the_parser_s_date_the_age_of_a_word_is_an_age():
    text = "She lived in Leeds from the age of nine until she left for college."
    assert _reading(_read(text), text, "nine") == ("measure", 9.0, "years", None)


def test_a_range_of_ages_after_ages_is_two_ages():
    text = "The pupils, who range from ages 11 to 14, went home."
    found = _read(text)
    assert _reading(found, text, "11") == ("measure", 11.0, "years", None)
    assert _reading(found, text, "14") == ("measure", 14.0, "years", None)


def test_an_age_a_verb_moves_to_is_an_age():
    text = "The minimum age of 21 for a councillor would be lowered to 18."
    assert _reading(_read(text), text, "18") == ("measure", 18.0, "years", None)


def test_the_number_a_person_turns_is_an_age():
    text = "He can trade on his own account in March, when he turns 18."
    assert _reading(_read(text), text, "18") == ("measure", 18.0, "years", None)


def test_numbers_near_age_that_count_or_measure_no_one_are_no_ages():
    text = "The company turns 100 this year, and its shares rose to 40 in the age of apps."
    found = _read(text)
    assert _reading(found, text, "100") == ("count", 100.0, None, None)
    assert _reading(found, text, "40") == ("count", 40.0, None, None)
    text = "Ministers raised the age limit for 30 stores."
    assert _reading(_read(text), text, "30 stores") == ("count", 30.0, "stores", None)


def test_points_in_a_poll_are_percentage_points():
    text = "Young men back Lee by 6 percentage points. Older women back her by nearly 15 points."
    found = _read(text)
    assert _reading(found, text, "15 points") == ("percent", 15.0, "percentage points", None)
    text = "Lee trails Park by about four points in two new surveys."
    found = _read(text)
    assert _reading(found, text, "four points") == ("percent", 4.0, "percentage points", None)


def test_points_in_a_game_stay_a_count():
    text = "The win left Leeds seven points behind Burnley. Their striker scored again."
    assert _reading(_read(text), text, "seven points") == ("count", 7.0, "points", None)


def test_a_unit_fused_to_a_number_after_a_word_keeps_the_number():
    text = "The probe passed a mere 52,000km from the moon on a 5km course."
    found = _read(text)
    assert _reading(found, text, "52,000km") == ("measure", 52000.0, "km", None)
    assert _reading(found, text, "5km") == ("measure", 5.0, "km", None)


def test_a_few_units_is_a_vague_duration_however_it_ends():
    text = "At a rally a few hours earlier, she spoke. He stayed for a few weeks."
    found = _read(text)
    assert _reading(found, text, "a few hours") == ("measure", None, "hours", None)
    assert _reading(found, text, "a few weeks") == ("measure", None, "weeks", None)


def test_a_single_unit_with_an_article_still_counts_one():
    text = "She left an hour earlier, and he stayed for a week."
    found = _read(text)
    assert _reading(found, text, "an hour") == ("measure", 1.0, "hours", None)
    assert _reading(found, text, "a week") == ("measure", 1.0, "weeks", None)


def test_the_last_or_final_units_of_something_are_a_measure():
    text = "Jo played the last 15 minutes of the match. Ads ran in the final days before it."
    found = _read(text)
    assert _reading(found, text, "last 15 minutes") == ("measure", 15.0, "minutes", None)
    assert _reading(found, text, "final days") == ("measure", None, "days", None)


def test_the_last_units_back_from_the_article_stay_a_window():
    text = "Prices rose in the last three months, and over the past year."
    found = _read(text)
    assert _reading(found, text, "last three months") == ("time_window", 3.0, "months", None)
    assert _reading(found, text, "past year") == ("time_window", None, "years", None)


def test_a_few_units_with_a_word_between_or_after_is_a_vague_duration():
    text = "It took a few short hours. The law is only a few months old."
    found = _read(text)
    assert _reading(found, text, "few short hours") == ("measure", None, "hours", None)
    assert _reading(found, text, "few months") == ("measure", None, "months", None)
