"""Money by docs/quantities.md where the parser's entity and the amount meet badly, where a
currency is named in words, and where a number and a currency word make a name."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def test_an_entity_that_stops_at_the_sign_runs_on_to_the_amount():
    text = "It raised more than £1.34bn last year."
    found = _read(text)
    assert _reading(found, text, "£1.34bn") == ("money", 1.34e9, "GBP", None)
    q = next(q for q in found if q.kind == "money")
    assert q.span.text == "more than £1.34bn" and q.marker.text == "more than"


def test_an_entity_a_verb_runs_into_from_a_number_before_starts_at_the_amount():
    text = "The figures for 2003/4 are £35bn in total."
    q = next(q for q in _read(text) if q.kind == "money")
    assert (q.span.text, q.value, q.unit) == ("£35bn", 35e9, "GBP")


def test_a_range_of_signed_amounts_keeps_both_ends():
    text = "Damages were put at between $40 and $50bn by the court."
    found = _read(text)
    assert _reading(found, text, "$40") == ("money", 40e9, "USD", None)
    assert _reading(found, text, "$50bn") == ("money", 50e9, "USD", None)
