"""More readings by docs/quantities.md, each from a case the dev6 sample showed: numbers inside
names and titles, ordinals that rank nothing, kitchen units as written, dates in noun phrases."""

from __future__ import annotations

from newsaudit.document import build_document
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.structure import extract_structure
from newsaudit.findings import Quantity
from newsaudit.ingest import article_from_parts


def _read(text: str, when: str = "2024-05-15") -> list[Quantity]:
    doc = build_document(article_from_parts(text, None, date=when))
    return extract_quantities(doc, extract_structure(doc))


def _reading(found: list[Quantity], text: str, fragment: str):
    """(kind, value, unit, resolved date) of the quantity covering ``fragment``, or None."""
    start = text.index(fragment)
    end = start + len(fragment)
    hits = [q for q in found if q.span.start < end and start < q.span.end]
    q = hits[0] if hits else None
    return None if q is None else (q.kind, q.value, q.unit, q.resolved_date)


def test_an_ordinal_opening_a_sentence_before_a_comma_orders_points_and_ranks_nothing():
    text = (
        "The council gave two reasons. First, the road floods every spring. Second, the bridge "
        "is too narrow for buses. The second bridge opened in the third week of May."
    )
    found = _read(text)
    assert _reading(found, text, "First,") is None
    assert _reading(found, text, "Second,") is None
    assert _reading(found, text, "second bridge") == ("ordinal", 2.0, None, None)


def test_an_ordinal_fused_to_a_noun_names_a_kind_unless_the_noun_is_a_part_of_a_contest():
    text = (
        "Most third-party sellers ship by first-class mail. Her first-period goal sealed a "
        "third-place finish for the second-largest club."
    )
    found = _read(text)
    assert _reading(found, text, "third-party") is None
    assert _reading(found, text, "first-class") is None
    assert _reading(found, text, "first-period") == ("ordinal", 1.0, None, None)
    assert _reading(found, text, "third-place") == ("ordinal", 3.0, None, None)
    assert _reading(found, text, "second-largest") == ("ordinal", 2.0, None, None)
