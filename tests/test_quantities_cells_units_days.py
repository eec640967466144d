"""Quantities in table cells, in ranges whose ends carry their own scale or unit, units joined by
a hyphen, and days named relative to the article or to another date (docs/quantities.md)."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

from newsaudit.document import build_document
from newsaudit.extractors.quantities.candidates import _cells
from newsaudit.ingest import article_from_parts


def test_a_range_of_money_reads_each_end_with_the_scale_it_carries():
    text = (
        "Fees by monthly volume:\n\n| Volume | Fee | Rebate |\n\n|---|---|---|\n\n"
        "| $250,000-$5 million | 0.30% | 0.12% |\n\n| $5 million-$40 million | 0.25% | 0.07% |\n\n"
        "The fund raised $3 to $5 billion last year."
    )
    found = _read(text)
    assert _reading(found, text, "$250,000") == ("money", 250000.0, "USD", None)
    assert _reading(found, text, "$5 million") == ("money", 5e6, "USD", None)
    assert _reading(found, text, "$5 million", 1) == ("money", 5e6, "USD", None)
    assert _reading(found, text, "$40 million") == ("money", 4e7, "USD", None)
    assert _reading(found, text, "$3") == ("money", 3e9, "USD", None)  # borrows "billion"


def test_a_reading_never_runs_from_one_table_cell_into_the_next():
    text = (
        "| Tier | Buy | Sell |\n\n|---|---|---|\n\n| Gold | 0.45% | 0.09% |\n\n"
        "| Silver | 0.5% | 0.2% |"
    )
    doc = build_document(article_from_parts(text, None, date="2024-05-15"))
    start = text.index("0.45%")  # the small model may tag both cells one entity
    entity = doc.doc.char_span(start, text.index("0.09%") + 5, label="PERCENT")
    assert [(c.text, c.label_) for c in _cells(entity)] == [
        ("0.45%", "PERCENT"),
        ("0.09%", "PERCENT"),
    ]
    trailing = doc.doc.char_span(text.index("0.5%"), text.index("0.5%") + 6, label="PERCENT")
    assert [c.text for c in _cells(trailing)] == ["0.5%"]  # "0.5% |": the cell's border left out


def test_a_size_joined_to_its_unit_by_a_hyphen_is_a_measure_in_the_units_plural():
    text = "The 16-bit driver fails, so install the 128-bit build. The panel rises to 401ppi."
    found = _read(text)
    assert _reading(found, text, "16-bit") == ("measure", 16.0, "bits", None)
    assert _reading(found, text, "128-bit") == ("measure", 128.0, "bits", None)
    assert _reading(found, text, "401ppi") == ("measure", 401.0, "ppi", None)


def test_the_low_end_of_a_range_takes_the_unit_written_after_the_high_end():
    text = "Sharpness climbs from 326 to 458ppi on the new phone."
    found = _read(text)
    assert _reading(found, text, "326") == ("measure", 326.0, "ppi", None)
    assert _reading(found, text, "458ppi") == ("measure", 458.0, "ppi", None)


def test_the_unit_prior_is_a_date_relative_to_the_one_named_before_it():
    text = (
        "Sales reached 41.3 per store, up from 36.8 in the week prior. "
        "Revenue fell in 2019 from the year prior."
    )
    found = _read(text)
    assert _reading(found, text, "the week prior") == ("date", None, None, None)
    assert _reading(found, text, "the year prior") == ("date", None, None, "2018")


def test_last_night_is_yesterday_and_this_morning_today():
    text = "The mayor spoke last night and again this morning, before this evening's vote."
    found = _read(text, when="2024-05-15")
    assert _reading(found, text, "last night") == ("date", None, None, "2024-05-14")
    assert _reading(found, text, "this morning") == ("date", None, None, "2024-05-15")


def test_a_gerund_takes_the_tense_of_the_verb_it_hangs_on():
    text = (
        "The law banned planting before March 5 and harvesting before April 20. "
        "Fans will celebrate by marching on Saturday. The band is playing on Saturday."
    )
    found = _read(text, when="2024-05-15")  # a Wednesday
    assert _reading(found, text, "April 20") == ("date", None, None, "2024-04-20")
    assert _reading(found, text, "Saturday") == ("date", None, None, "2024-05-18")
    assert _reading(found, text, "Saturday", 1) == ("date", None, None, "2024-05-18")


def test_a_date_written_in_full_is_read_whatever_entity_the_parser_runs_it_into():
    text = (
        "Hearing delayed by two weeks March 14, 2023 Ministers meet on budget March 9, 2023\n\n"
        "The report 'Jail is not fit for purpose' By Jane Porter - June 2, 2023 Share Email A "
        "spokesman said the talks had ended."
    )
    found = _read(text, when="2023-06-02")
    assert _reading(found, text, "two weeks") == ("measure", 2.0, "weeks", None)
    assert _reading(found, text, "March 14, 2023") == ("date", None, None, "2023-03-14")
    assert _reading(found, text, "June 2, 2023") == ("date", None, None, "2023-06-02")


def test_few_is_a_vague_count_of_its_noun_as_several_is():
    text = (
        "There are a few odd cases where it fails, and very few people noticed. "
        "Stir for few seconds."
    )
    found = _read(text)
    assert _reading(found, text, "few odd cases") == ("count", None, "cases", None)
    assert _reading(found, text, "few people") == ("count", None, "people", None)
    assert _reading(found, text, "few seconds") == ("measure", None, "seconds", None)


def test_a_weekday_in_the_plural_is_a_habit_not_a_date():
    text = (
        "The market opens on Saturdays and Sundays. Her book is a guide to Fridays in Paris. "
        "We met on Saturday."
    )
    found = _read(text)
    assert _reading(found, text, "Saturdays") is None
    assert _reading(found, text, "Fridays") is None
    assert _reading(found, text, "Saturday.") == ("date", None, None, "2024-05-11")


def test_one_coordinated_with_a_number_counts_and_one_or_another_does_not():
    text = (
        "I got into a habit of dodging one or two and blocking the rest. She will, one way or "
        "another, find help. He moved from one room to another."
    )
    found = _read(text)
    assert _reading(found, text, "one or") == ("count", 1.0, None, None)
    assert _reading(found, text, "one way") is None
    assert _reading(found, text, "one room") is None


def test_a_number_word_the_small_model_leaves_untagged_counts_the_plural_after_it():
    text = (
        "- Two or three short demos (20 mins)\n\n"
        "- Five \u201cOpen Questions\u201d \u2013 Topic: What next?"
    )
    found = _read(text)
    assert _reading(found, text, "Two") == ("count", 2.0, "demos", None)
    assert _reading(found, text, "Five") == ("count", 5.0, "open questions", None)  # quoted


def test_few_before_an_adjective_counts_the_noun_after_both():
    text = "There were a few rare occasions where the script slipped."
    found = _read(text)
    assert _reading(found, text, "few") == ("count", None, "occasions", None)


def test_a_dashed_range_before_a_unit_reads_each_end_in_that_unit():
    text = (
        "Cut boards 2-3 inches thick. Bake for 20-25 min, then rest. It does 0-60 mph in 4 seconds."
    )
    found = _read(text)
    assert _reading(found, text, "2-") == ("measure", 2.0, "inches", None)
    assert _reading(found, text, "3 inches") == ("measure", 3.0, "inches", None)
    assert _reading(found, text, "20-") == ("measure", 20.0, "min", None)
    assert _reading(found, text, "25 min") == ("measure", 25.0, "min", None)
    assert _reading(found, text, "0-60 mph") == ("measure", 60.0, "mph", None)  # a speed
