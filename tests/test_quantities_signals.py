"""Quantities read from signals the parse or the text already carries: footnote marks, labels
after a sentence-opening noun, words a date entity leaves out, amounts the parser mislabels,
multiples written with "x", vague counts and names that look like units of time."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

from newsaudit.document import build_document
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.quantities.candidates import find_candidates
from newsaudit.extractors.structure import extract_structure
from newsaudit.ingest import article_from_parts


def test_a_number_in_brackets_fused_to_the_text_is_a_footnote_mark():
    text = (
        "The lighthouse was built by local masons.[3][4] Its lamp was lit by hand each night.[7] "
        "The keeper kept 12 goats on the island."
    )
    found = _read(text)
    assert _reading(found, text, "3]") is None
    assert _reading(found, text, "4]") is None
    assert _reading(found, text, "7]") is None
    assert _reading(found, text, "12 goats") == ("count", 12.0, "goats", None)


def test_a_number_after_a_singular_noun_opening_the_sentence_labels_it():
    text = "The survey covered four towns.\n\nFigure 3 shows how the towns compare in rainfall."
    found = _read(text)
    assert _reading(found, text, "3 shows") is None
    assert _reading(found, text, "four towns") == ("count", 4.0, "towns", None)


def test_a_month_or_a_this_the_date_entity_leaves_out_is_part_of_the_date():
    text = "Archive | Mar 9, 2011 This week's theme is rivers. This week's words are all nouns."
    found = _read(text, "2011-03-09")
    assert _reading(found, text, "Mar 9, 2011") == ("date", None, None, "2011-03-09")
    assert _reading(found, text, "This week") == ("date", None, None, "2011-W10")


def test_a_dash_range_the_parse_makes_an_amount_of_a_unit_is_no_score():
    text = "During the dry season, each blaze burns 300-400 metric tons of timber a day."
    found = _read(text)
    assert _reading(found, text, "300") == ("measure", 300.0, "metric tons", None)
    assert _reading(found, text, "400 metric tons") == ("measure", 400.0, "metric tons", None)


def test_a_tally_the_parser_calls_a_quantity_stays_a_score():
    text = "The Celtics won their third game in a row, 98-91 over the Nets on Sunday night."
    found = _read(text)
    assert _reading(found, text, "98-91") == ("score", None, None, None)


def test_a_money_entity_with_no_currency_before_a_plural_noun_is_a_count():
    text = "While more than 420 million people have been vaccinated, the rest wait."
    found = _read(text)
    assert _reading(found, text, "420 million") == ("count", 420_000_000.0, "people", None)


def test_rupees_inside_a_cardinal_after_as_little_as_are_money():
    text = "Readers can subscribe for as little as Rs 350 for the first year."
    found = _read(text)
    assert _reading(found, text, "Rs 350") == ("money", 350.0, "INR", None)


def test_a_number_on_the_first_noun_of_a_compound_counts_the_last():
    text = "Of the four bird species, the crane is the rarest. He fixed several memory leaks."
    found = _read(text)
    assert _reading(found, text, "four") == ("count", 4.0, "bird species", None)
    assert _reading(found, text, "several") == ("count", None, "memory leaks", None)


def test_a_number_on_a_singular_noun_compounded_into_another_counts_nothing():
    text = "The city is home of three time world champion Ana Ruiz."
    found = _read(text)
    assert _reading(found, text, "three time") is None


def test_a_multiple_written_with_x_is_a_ratio():
    text = "I watch lectures at 1.5x speed to save time."
    found = _read(text)
    assert _reading(found, text, "1.5x") == ("count", 1.5, None, None)


def test_a_few_before_a_plural_noun_is_a_vague_count():
    text = "After running the tool a few times, she filed a report."
    found = _read(text)
    assert _reading(found, text, "a few times") == ("count", None, "times", None)


def test_a_capitalised_unit_of_time_inside_a_sentence_is_a_name():
    text = "The minister said that Weeks' family thanked the rescuers for their work."
    found = _read(text)
    assert _reading(found, text, "Weeks") is None


def test_each_end_of_a_range_of_years_is_its_year():
    text = (
        "-Ada Byron, mathematician (1815-1852)\n\n"
        "Analysts expect a strong recovery in margins over FY2021-23, the bank said."
    )
    found = _read(text)
    assert _reading(found, text, "1815") == ("date", None, None, "1815")
    assert _reading(found, text, "1852") == ("date", None, None, "1852")
    assert _reading(found, text, "FY2021") == ("date", None, None, "2021")
    assert _reading(found, text, "23,") == ("date", None, None, "2023")


def test_a_number_word_the_parser_leaves_untagged_counts_the_noun_it_modifies():
    text = "It was sharp on one side and blunt on the other."
    doc = build_document(article_from_parts(text, None, date="2024-05-15"))
    assert [(s.text, label) for s, label in find_candidates(doc)] == [("one", "WORD")]
    found = extract_quantities(doc, extract_structure(doc), learned=False)  # the rule path
    assert _reading(found, text, "one side") == ("count", 1.0, "side", None)


def test_a_capitalised_number_word_the_parser_leaves_untagged_stays_a_name():
    text = "The game runs in quality mode on the Xbox One X and on the PS5."
    found = _read(text)
    assert _reading(found, text, "One") is None


def test_each_end_of_a_range_of_counts_with_a_scale_takes_the_scale():
    text = (
        "Europe's population fell from an estimated 80 million "
        "to 50\u201355 million during the war."
    )
    found = _read(text)
    assert _reading(found, text, "50") == ("count", 50_000_000.0, None, None)
    assert _reading(found, text, "55 million") == ("count", 55_000_000.0, None, None)


def test_a_number_ending_a_title_case_line_after_a_capitalised_word_names_a_title():
    text = (
        "Escape the Island 2 / Winter update\n\nThe sequel adds 40 new puzzles.\n\n"
        "Escape the Island 2:\n\n- Hundreds of new rooms"
    )
    found = _read(text)
    assert _reading(found, text, "2 /") is None
    assert _reading(found, text, "2:") is None
    assert _reading(found, text, "40 new puzzles") == ("count", 40.0, "puzzles", None)
