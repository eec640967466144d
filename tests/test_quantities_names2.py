"""Spans that look like numbers but name something (docs/quantities.md, "What is not a
quantity"): an ordinal in digits inside a name, the number sign "#", digits inside a code or
after a camel-case name, and a weekday inside a paper's name. Each rule is tested on what it
must withdraw and on what it must leave alone."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_a_digit_ordinal_inside_a_name_is_no_rank():
    text = (
        "Soldiers of the 3rd Battalion Royal Welsh Fusiliers left the base on a cold morning. "
        "The march ended on Northeast 42nd Avenue near the old market in the evening. "
        "Voters in the 5th District, which the party holds, were asked to stay home."
    )
    found = _read(text)
    assert _reading(found, text, "3rd") is None
    assert _reading(found, text, "42nd") is None
    assert _reading(found, text, "5th") is None


def test_a_digit_ordinal_that_ranks_keeps_its_rank():
    text = (
        "She collected her 4th Grammy at the ceremony and thanked her family for it. "
        "A portrait of the 16th President Abraham Lincoln hangs in the hall. "
        "Profits fell sharply in the 2nd quarter, the retailer said in a short statement. "
        "The runner finished 7th in the race after a slow start from the line."
    )
    found = _read(text)
    assert _reading(found, text, "4th") == ("ordinal", 4.0, None, None)
    assert _reading(found, text, "7th") == ("ordinal", 7.0, None, None)
    assert _reading(found, text, "16th") == ("ordinal", 16.0, None, None)


def test_the_number_sign_is_never_money():
    text = (
        "Clue #2 – A torn receipt was found beside the bins by the police officers. "
        "Many experts think the #1 problem for the small shops is the rising rent."
    )
    found = _read(text)
    assert _reading(found, text, "2 –") is None
    assert _reading(found, text, "#1") == ("ordinal", 1.0, None, None)


def test_digits_inside_a_code_count_nothing():
    text = (
        "The carrier ordered 30 of the new Z900 jets and compared the 5K5 with rivals. "
        "Faster 4G connections are spreading, and the router sits at 10.0.0.12 on the network. "
        "Readers can call 415-555-0182 or ring +44 (0)20 7946 0958 for details. "
        "The patch is shipped as a file called 2210.update.package.tar on the server."
    )
    found = _read(text)
    for code in ("Z900", "5K5", "4G", "10.0.0.12", "415-555", "7946", "2210.update"):
        assert _reading(found, text, code) is None, code
    assert _reading(found, text, "30 of")[:2] == ("count", 30.0)


def test_counts_beside_codes_and_letters_keep_their_readings():
    text = (
        "Emissions of CO2 fell 4% in Q3 as the firm sold 120 cars and 2.5m phones. "
        "He is 6ft tall and paid $40 for 3 tickets to the show."
    )
    found = _read(text)
    assert _reading(found, text, "4%") == ("percent", 4.0, "%", None)
    assert _reading(found, text, "120 cars") == ("count", 120.0, "cars", None)
    assert _reading(found, text, "$40") == ("money", 40.0, "USD", None)
    assert _reading(found, text, "3 tickets") == ("count", 3.0, "tickets", None)


def test_a_number_after_a_camel_case_name_is_its_number():
    text = (
        "Owners of the iPad 9 said the screen cracked, and eBay 2 sellers were unhappy. "
        "The update arrives with iOS 7.1 next month for 300 testers."
    )
    found = _read(text)
    assert _reading(found, text, "9 said") is None
    assert _reading(found, text, "7.1") is None
    assert _reading(found, text, "300 testers") == ("count", 300.0, "testers", None)


def test_a_weekday_inside_a_papers_name_is_no_date():
    text = (
        "The claims first appeared in the Sunday Times and Sunday Telegraph last month. "
        "The memoir, by Sunday Herald columnist Jane Doe, was published in the spring. "
        "The committee met on Monday and will meet again on Thursday."
    )
    found = _read(text)
    assert _reading(found, text, "Sunday Telegraph") is None
    assert _reading(found, text, "Sunday Herald") is None
    assert _reading(found, text, "Monday") is not None
    assert _reading(found, text, "Thursday") is not None


def test_a_number_opening_lines_of_a_numbered_list_is_a_marker():
    text = (
        "The seeds for the event were named on Monday.\n\n"
        "1 Maria Lopez (Spain)\n\n2 Anna Berg (Sweden)\n\n"
        "Shopping list\n\n2 cups of rice\n\n3 apples\n\nThe first 4 Teams qualify."
    )
    found = _read(text)
    assert _reading(found, text, "1 Maria") is None
    assert _reading(found, text, "2 Anna") is None
    assert _reading(found, text, "2 cups") is not None
    assert _reading(found, text, "3 apples") == ("count", 3.0, "apples", None)


def test_numbers_of_cited_sources_in_brackets_are_no_amounts():
    text = (
        "Scales can misread water weight by as much as 3% in lean people (4, 7).\n\n"
        "The estimate depends on the formulas used (11).\n\n"
        "Sales rose (12) in May, and the club fined Jo Reid (31) for the incident.\n\n"
        "She polled ahead of Smith (4) and Jones (0)."
    )
    found = _read(text)
    assert _reading(found, text, "4, 7") is None
    assert _reading(found, text, "7)") is None
    assert _reading(found, text, "11") is None
    assert _reading(found, text, "3%") == ("percent", 3.0, "%", None)
    assert _reading(found, text, "12") is not None
    assert _reading(found, text, "0)") == ("count", 0.0, None, None)  # a name's score
