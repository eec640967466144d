"""Readings by docs/quantities.md of units written in lower case or abbreviated ("512mb",
"1.25gbps", "550 calories"), ages closed by a semicolon, a full stop or a verb, a poll's points
signed by shares in percent, pounds of weight, multiples in words, "once" after its verb's
object, exchange rates quoted "to the dollar" and a currency named by one singular word."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _age(value: float) -> tuple:
    return ("measure", value, "years", None)


def test_data_rates_sizes_calories_and_abbreviations_are_units_of_measure():
    text = (
        "The link runs at 1.25gbps, far above a 512kbps line. The player holds 512mb, and "
        "files under 150 KB are skipped. A burger has 550 calories and a pie 250 cal. The "
        "chip uses a 28nm process, the fish weighed 20 stone and the cheese is 30 yr old. "
        "She won by almost 10secs in 18-Karat boots."
    )
    found = _read(text)
    assert _reading(found, text, "1.25gbps") == ("measure", 1.25, "gbps", None)
    assert _reading(found, text, "512kbps") == ("measure", 512.0, "kbps", None)
    assert _reading(found, text, "512mb") == ("measure", 512.0, "mb", None)
    assert _reading(found, text, "150 KB") == ("measure", 150.0, "KB", None)
    assert _reading(found, text, "550 calories") == ("measure", 550.0, "calories", None)
    assert _reading(found, text, "250 cal") == ("measure", 250.0, "cal", None)
    assert _reading(found, text, "28nm") == ("measure", 28.0, "nm", None)
    assert _reading(found, text, "20 stone") == ("measure", 20.0, "stone", None)
    assert _reading(found, text, "30 yr") == ("measure", 30.0, "yr", None)
    assert _reading(found, text, "10secs") == ("measure", 10.0, "secs", None)
    assert _reading(found, text, "18-Karat") == ("measure", 18.0, "karats", None)


def test_a_plural_noun_after_a_number_is_still_counted():
    text = "The club sold 550 tickets and 20 stones were thrown."
    found = _read(text)
    assert _reading(found, text, "550") == ("count", 550.0, "tickets", None)


def test_an_age_after_a_name_may_close_with_a_semicolon_a_full_stop_or_a_verb():
    text = (
        "He has three sons: Tom Baker, 38; Ivo, 34; and Sam Baker, 32; all live at home. "
        "The gunman was named as Darren Wilson, 28. "
        "Deandre Joshua, 20 was murdered after testifying."
    )
    found = _read(text)
    assert _reading(found, text, "38") == _age(38.0)
    assert _reading(found, text, "34") == _age(34.0)
    assert _reading(found, text, "28") == _age(28.0)
    assert _reading(found, text, "20") == _age(20.0)


def test_a_number_after_a_comma_and_no_person_is_no_age():
    text = "The firm sold 27, 28. Then it bought Apple, 5. In London, 12 died. Goals: Lita 45, 52."
    found = _read(text)
    assert _reading(found, text, "28") != _age(28.0)
    assert _reading(found, text, "5") != _age(5.0)
    assert _reading(found, text, "12") != _age(12.0)
    assert _reading(found, text, "52") != _age(52.0)  # the minutes of a scorer's goals


def test_points_beside_shares_in_percent_are_a_polls_percentage_points():
    text = (
        "Approval of the mayor, a net negative 6 points (37 percent to 43 percent), has risen "
        "8 points since May. In 2004 the party won by 2 percent and had an 11 point advantage."
    )
    found = _read(text)
    assert _reading(found, text, "6 points") == ("percent", 6.0, "percentage points", None)
    assert _reading(found, text, "8 points") == ("percent", 8.0, "percentage points", None)
    assert _reading(found, text, "11 point") == ("percent", 11.0, "percentage points", None)


def test_a_games_points_beside_a_percentage_stay_a_count():
    text = "He shot 45 percent from the field and scored 30 points. Inflation was 3 percent."
    text += " The firm has a 12 point plan."
    found = _read(text)
    assert _reading(found, text, "30 points") == ("count", 30.0, "points", None)
    assert _reading(found, text, "12 point") is None


def test_pounds_a_sentence_weighs_are_a_unit_of_measure():
    text = (
        "The catfish, weighing roughly 266 pounds, was landed. Police found 475 pounds "
        "(215 kilos) of cocaine. The club paid 300 pounds for the kit."
    )
    found = _read(text)
    assert _reading(found, text, "266 pounds") == ("measure", 266.0, "pounds", None)
    assert _reading(found, text, "475 pounds") == ("measure", 475.0, "pounds", None)


def test_double_and_triple_before_an_amount_or_after_a_comparison_are_multiples():
    text = (
        "The council said fines this year were more than double the total of 2003, and the "
        "value of its shares has more than trebled. Gold sells for triple the price of silver, "
        "said the mayor, a double Olympic champion whose rating is in double digits."
    )
    found = _read(text)
    assert _reading(found, text, "double") == ("count", 2.0, None, None)
    assert _reading(found, text, "trebled") == ("count", 3.0, None, None)
    assert _reading(found, text, "triple") == ("count", 3.0, None, None)
    assert _reading(found, text, "double", 1) is None
    assert _reading(found, text, "double", 2) is None


def test_once_after_its_verbs_object_counts_times_but_not_once_meaning_when():
    text = (
        "The officer shot Brown once by the car. She won the title once before. He spoke "
        "without ever once naming her. The plant once in operation will hire staff. He once "
        "said so."
    )
    found = _read(text)
    assert _reading(found, text, "once") == ("count", 1.0, "times", None)
    assert _reading(found, text, "once", 1) == ("count", 1.0, "times", None)
    assert _reading(found, text, "once", 2) == ("count", 1.0, "times", None)
    assert _reading(found, text, "once", 3) is None
    assert _reading(found, text, "once", 4) is None


def test_an_exchange_rate_to_the_dollar_is_in_the_currency_its_sentence_names():
    text = "The yuan is pegged at 8.28 to the dollar. The team lost 5 to the pound."
    found = _read(text)
    assert _reading(found, text, "8.28") == ("money", 8.28, "CNY", None)
    assert _reading(found, text, "5") == ("count", 5.0, None, None)


def test_a_currency_named_by_one_singular_word_is_money():
    text = "The book costs 49.95 Euro in Germany."
    found = _read(text)
    assert _reading(found, text, "49.95") == ("money", 49.95, "EUR", None)
