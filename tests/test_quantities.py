"""Quantities: values, units, kinds, approximation, vagueness, time windows and dates."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsaudit.assessors.language import flag_language
from newsaudit.document import build_document
from newsaudit.extractors.claims import extract_claims
from newsaudit.extractors.quantities import extract_quantities, parse_number
from newsaudit.findings import Paragraph, Quantity, Structure
from newsaudit.ingest import article_from_parts


def _quantities(text: str, date: str | None = None) -> list[Quantity]:
    doc = build_document(article_from_parts(text, date=date))
    return extract_quantities(doc, Structure())


def _find(quantities: list[Quantity], fragment: str) -> Quantity:
    hits = [q for q in quantities if fragment in q.span.text]
    assert hits, f"no quantity containing {fragment!r} in {[q.span.text for q in quantities]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,000", 6000),
        ("1.13bn", 1.13e9),
        ("three", 3),
        ("twenty-five", 25),
        ("two hundred thousand", 200_000),
        ("a dozen", 12),
        ("half an hour", 0.5),
        ("two and a half", 2.5),
        ("4.5 million", 4.5e6),
        ("no number here", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_count_with_counted_noun() -> None:
    quantity = _find(_quantities("Officials said 250 soldiers crossed the border."), "250")
    assert (quantity.value, quantity.unit, quantity.kind) == (250, "soldiers", "count")
    assert quantity.span.text == "250 soldiers"
    assert not quantity.approximate and not quantity.vague


def test_number_words_are_counted() -> None:
    quantity = _find(_quantities("Three ministers resigned on the same day."), "Three")
    assert (quantity.value, quantity.unit) == (3, "ministers")


def test_money_with_scale_and_currency() -> None:
    quantities = _quantities("The firm paid $1.13bn for the site and £4.5 million in fees.")
    dollars, pounds = _find(quantities, "1.13bn"), _find(quantities, "4.5 million")
    assert (dollars.value, dollars.unit, dollars.kind) == (1.13e9, "USD", "money")
    assert (pounds.value, pounds.unit, pounds.kind) == (4.5e6, "GBP", "money")


def test_scale_and_sign_outside_the_entity_are_pulled_in() -> None:
    quantity = _find(_quantities("Profits rose to £600m (up from $639m) last year."), "600")
    assert (quantity.span.text, quantity.value, quantity.unit) == ("£600m", 6e8, "GBP")


def test_pronoun_one_is_not_a_count() -> None:
    quantities = _quantities("It was a one-off gain, and one of the biggest ever.")
    assert not [q for q in quantities if q.kind == "count"]


def test_year_before_a_singular_noun_is_a_date() -> None:
    quantities = _quantities("He signed a 2000 executive order, and 2000 people protested.")
    order, people = _find(quantities, "2000"), _find(quantities, "people")
    assert (order.kind, order.resolved_date) == ("date", "2000")
    assert (people.kind, people.value, people.unit) == ("count", 2000, "people")


def test_percent_in_symbol_and_words() -> None:
    quantities = _quantities("Turnout was 76% in the north and 12.5 per cent in the south.")
    assert (_find(quantities, "76").value, _find(quantities, "76").unit) == (76, "%")
    words = _find(quantities, "12.5")
    assert (words.value, words.unit, words.kind) == (12.5, "%", "percent")


@pytest.mark.parametrize(
    ("phrase", "marker"),
    [
        ("almost 600 families", "almost"),
        ("more than 40 schools", "more than"),
        ("at least 12 children", "at least"),
        ("up to 3,500 troops", "up to"),
        ("an estimated 900 homes", "an estimated"),
        ("nearly 70 villages", "nearly"),
        ("some 300 doctors", "some"),
    ],
)
def test_approximation_markers(phrase: str, marker: str) -> None:
    quantity = _find(_quantities(f"Reports say {phrase} were affected."), phrase.split()[-2])
    assert quantity.approximate
    assert quantity.marker is not None and quantity.marker.text.lower() == marker
    assert quantity.value is not None and quantity.unit == phrase.split()[-1]


@pytest.mark.parametrize(
    "phrase",
    ["Hundreds", "Thousands", "Dozens", "Tens of thousands", "Hundreds of thousands"],
)
def test_vague_quantities(phrase: str) -> None:
    quantity = _find(_quantities(f"{phrase} of people marched through the city."), phrase)
    assert quantity.vague and quantity.value is None
    assert quantity.span.text.startswith(phrase)


def test_scores_of_is_vague_with_its_noun() -> None:
    quantity = _find(_quantities("Scores of homes burned overnight."), "Scores")
    assert quantity.vague and quantity.unit == "homes"


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("over the past 24 hours", 24, "hours"),
        ("in the last two weeks", 2, "weeks"),
        ("over the same period", None, "period"),
    ],
)
def test_time_windows(phrase: str, value: float | None, unit: str) -> None:
    quantity = _find(_quantities(f"Prices rose {phrase}, the agency said."), phrase.split()[-1])
    assert quantity.span.text == phrase
    assert (quantity.kind, quantity.value, quantity.unit) == ("time_window", value, unit)
    assert not quantity.approximate  # "over" opens a window; it is not "more than"


def test_duration_with_marker_is_an_approximate_measure() -> None:
    quantity = _find(_quantities("The shelling stopped after about half an hour."), "half")
    assert (quantity.kind, quantity.value, quantity.unit) == ("measure", 0.5, "hours")
    assert quantity.approximate


@pytest.mark.parametrize(
    ("sentence", "fragment", "resolved"),
    [
        ("Talks collapsed yesterday.", "yesterday", "2016-12-13"),
        ("The deal was signed on December 14, 2016.", "December 14", "2016-12-14"),
        ("Shelling resumed on Monday.", "Monday", "2016-12-12"),
        ("The vote will be held on Friday.", "Friday", "2016-12-16"),
        ("Prices fell last month.", "last month", "2016-11"),
        ("The law changed last year.", "last year", "2015"),
    ],
)
def test_dates_resolve_against_the_article_date(
    sentence: str, fragment: str, resolved: str
) -> None:
    quantity = _find(_quantities(sentence, date="2016-12-14"), fragment)  # a Wednesday
    assert (quantity.kind, quantity.resolved_date) == ("date", resolved)


def test_relative_dates_stay_unresolved_without_an_article_date() -> None:
    quantities = _quantities("Talks collapsed yesterday and resume on Friday.")
    dates = [q for q in quantities if q.kind == "date"]
    assert [q.span.text for q in dates] == ["yesterday", "Friday"]
    assert all(q.resolved_date is None for q in dates)


def test_full_dates_resolve_without_an_article_date() -> None:
    quantity = _find(_quantities("The deal was signed on 3 March 2015."), "March")
    assert quantity.resolved_date == "2015-03-03"


def test_excluded_paragraphs_are_skipped() -> None:
    doc = build_document("Rebels freed 40 hostages.\n\nJo Doe has directed over 500 concerts.")
    structure = Structure(
        paragraphs=[
            Paragraph(doc.paragraphs[0], "body"),
            Paragraph(doc.paragraphs[1], "author_bio"),
        ]
    )
    assert [q.value for q in extract_quantities(doc, structure)] == [40]


@pytest.fixture(scope="module")
def seed_quantities(seed_text: str) -> list[Quantity]:
    return extract_quantities(build_document(seed_text), Structure())


@pytest.mark.shared
def test_seed_almost_six_thousand(seed_quantities: list[Quantity]) -> None:
    quantity = _find(seed_quantities, "6,000")
    assert (quantity.value, quantity.unit, quantity.approximate) == (6000, "civilians", True)
    assert quantity.marker is not None and quantity.marker.text == "almost"


@pytest.mark.shared
def test_seed_rebels_and_window(seed_quantities: list[Quantity]) -> None:
    rebels = _find(seed_quantities, "366")
    assert (rebels.value, rebels.unit, rebels.approximate) == (366, "rebels", False)
    window = _find(seed_quantities, "past 24 hours")
    assert window.kind == "time_window" and window.span.text == "over the past 24 hours"


@pytest.mark.shared
def test_seed_vague_quantities(seed_quantities: list[Quantity]) -> None:
    vague = [q.span.text for q in seed_quantities if q.vague]
    assert "Thousands" in vague
    assert any(text.startswith("hundreds of thousands") for text in vague)


# ---------------------------------------------------------------- property test

WORDS = [
    "almost",
    "6,000",
    "civilians",
    "over",
    "the",
    "past",
    "24",
    "hours",
    "$1.13bn",
    "76%",
    "hundreds",
    "of",
    "thousands",
    "Wednesday",
    "yesterday",
    "said",
    "murder",
    "shocking!",
    "never",
    "I",
    "think",
    "should",
    "three",
    "two",
    "weeks",
    "December",
    "14,",
    "2016",
    "scores",
    "“",
    "”",
    "?",
    ".",
    "\n\n",
    "up",
    "to",
    "£4.5m",
    "per",
    "cent",
    "\u00a0",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    st.sampled_from([None, "2016-12-14", "not a date"]),
)
def test_every_span_matches_the_text(words: list[str], date: str | None) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    doc = build_document(article_from_parts(text, date=date))
    structure = Structure()
    spans = []
    for quantity in extract_quantities(doc, structure):
        spans += [quantity.span] + ([quantity.marker] if quantity.marker else [])
    for claim in extract_claims(doc, structure, []):
        spans += [claim.span, *claim.markers]
    spans += [flag.span for flag in flag_language(doc, structure)]
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
        assert span.text == span.text.strip()


def _read(text, when="2024-05-13"):
    from newsaudit.document import build_document
    from newsaudit.extractors.quantities import extract_quantities
    from newsaudit.extractors.structure import extract_structure
    from newsaudit.ingest import article_from_parts

    doc = build_document(article_from_parts(text, None, date=when))
    return extract_quantities(doc, extract_structure(doc))


def test_set_scores_and_vote_tallies_are_scores_not_sums():
    found = _read("Lee won the final 6-3, 7-5 on Sunday. The council voted 5-2 to approve it.")
    scores = [(q.span.text, q.value) for q in found if q.kind == "score"]
    assert scores == [("6-3", None), ("7-5", None), ("5-2", None)]
    assert not any(q.value in (9.0, 12.0, 7.0) for q in found)


def test_a_range_is_not_a_score():
    found = _read("Residents aged 18-24 were surveyed, the report said.")
    assert not any(q.kind == "score" for q in found)


def test_spelled_fractions_keep_their_value():
    found = {q.span.text: q for q in _read("About one-third of voters and two-thirds of members.")}
    third = next(q for text, q in found.items() if "one-third" in text)
    assert (third.kind, third.value, third.unit) == ("fraction", 0.3333, "voters")
    two = next(q for text, q in found.items() if "two-thirds" in text)
    assert two.value == 0.6667


def test_model_and_emergency_numbers_are_not_counts():
    found = _read(
        "Harbor Air flew 12 787 jets. Dispatchers took 911 calls. Boeing 737 orders fell."
    )
    assert not any(q.value in (787.0, 911.0, 737.0) for q in found)
    assert any(q.value == 12.0 for q in found)


def test_a_deadline_weekday_resolves_forward():
    [day] = [q for q in _read("The council must decide by Thursday morning.") if q.kind == "date"]
    assert day.resolved_date == "2024-05-16"  # the article is dated Monday 13 May
    [past] = [q for q in _read("The council decided on Thursday.") if q.kind == "date"]
    assert past.resolved_date == "2024-05-09"
