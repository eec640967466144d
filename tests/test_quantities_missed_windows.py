"""Windows of previous units and vague words the parser runs into a capitalised plural."""

from __future__ import annotations

from quantity_helpers import at, read


def _reading(text: str, fragment: str):
    found = at(read(text), text, fragment)
    return None if found is None else (found.kind, found.value, found.unit)


def test_previous_units_are_a_window_back() -> None:
    text = "Turnout was lower than in previous years, the council said."
    assert _reading(text, "previous years") == ("time_window", None, "years")
    text = "In previous decades the harbour town grew quickly."
    assert _reading(text, "previous decades") == ("time_window", None, "decades")


def test_previous_unit_alone_or_counted_is_untouched() -> None:
    text = "In the previous year the harbour shop had closed."
    assert _reading(text, "previous year")[0] == "date"
    text = "The rule let him offset income for three previous years."
    assert _reading(text, "three previous years") == ("measure", 3.0, "years")


def test_vague_word_before_capitalised_plural() -> None:
    text = "The film looked real. Hundreds of Canadians are thought to have seen it."
    assert _reading(text, "Hundreds") == ("count", None, "canadians")


def test_vague_scale_before_capitalised_plural_stays_whole() -> None:
    text = "Hundreds of thousands of Syrians fled the fighting last year."
    assert _reading(text, "Hundreds") == ("count", None, "syrians")
