"""Claims: attributed (via quotes or a reporting cue), opinion, or unattributed."""

from __future__ import annotations

import pytest

from newsaudit.document import Document, build_document
from newsaudit.extractors.claims import extract_claims
from newsaudit.findings import Claim, Paragraph, Quote, Speaker, Structure
from newsaudit.spans import make_span


def _claims(text: str, quotes: list[Quote] | None = None) -> list[Claim]:
    return extract_claims(build_document(text), Structure(), quotes or [])


def _quote(doc: Document, content: str, cue: str | None = None) -> Quote:
    start = doc.text.index(content)
    cue_span = None
    if cue is not None:
        cue_start = doc.text.index(cue)
        cue_span = make_span(doc.text, cue_start, cue_start + len(cue))
    speaker = Speaker(name="Ana Ruiz", role="mayor", type="person", span=None)
    return Quote("direct", make_span(doc.text, start, start + len(content)), cue_span, speaker)


def _only(claims: list[Claim], fragment: str) -> Claim:
    hits = [c for c in claims if fragment in c.span.text]
    assert len(hits) == 1, [c.span.text for c in claims]
    return hits[0]


def test_plain_assertion_is_unattributed() -> None:
    claim = _only(_claims("The river burst its banks on Monday."), "river")
    assert claim.kind == "unattributed" and claim.quote is None and claim.source is None


def test_quote_content_makes_a_claim_attributed_with_its_index() -> None:
    text = "The bridge closed. “We will rebuild it by June,” the mayor said. Rain fell."
    doc = build_document(text)
    quotes = [_quote(doc, "We will rebuild it by June", "said")]
    claims = extract_claims(doc, Structure(), quotes)
    attributed = _only(claims, "rebuild")
    assert attributed.kind == "attributed" and attributed.quote == 0
    assert attributed.source is None  # the sources stage fills it
    assert _only(claims, "bridge").kind == "unattributed"


def test_the_quote_overlapping_most_wins() -> None:
    text = "Officials met. The mayor said the budget was balanced and taxes would fall."
    doc = build_document(text)
    quotes = [_quote(doc, "Officials"), _quote(doc, "the budget was balanced and taxes would fall")]
    claim = _only(extract_claims(doc, Structure(), quotes), "budget")
    assert claim.quote == 1


def test_cue_alone_attributes() -> None:
    text = "Prices will rise, she warned on Tuesday."
    doc = build_document(text)
    claim = extract_claims(doc, Structure(), [_quote(doc, "Prices will rise", "warned")])[0]
    assert claim.kind == "attributed" and claim.quote == 0


def test_reporting_verb_without_quote_still_attributes() -> None:
    claim = _only(_claims("Rebels shelled the airport, witnesses told Reuters."), "airport")
    assert claim.kind == "attributed" and claim.quote is None
    assert any(m.text == "told" for m in claim.markers)


def test_according_to_attributes() -> None:
    claim = _only(_claims("Exports fell 4%, according to the statistics office."), "Exports")
    assert claim.kind == "attributed"


def test_anonymous_passive_is_not_attribution() -> None:
    claim = _only(_claims("It was reported that exports fell sharply."), "exports")
    assert claim.kind == "unattributed"


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("I think the new stadium is a waste of money.", "I think"),
        ("We strongly believe the vote was rigged.", "We strongly believe"),
        ("The council should resign at once.", "should"),
        ("The minister's handling of the crisis was shameful.", "shameful"),
        ("Clearly the policy has failed.", "Clearly"),
        ("Is anyone surprised by this outcome?", "?"),
        ("Shocking footage shows the aftermath.", "Shocking"),
    ],
)
def test_opinion_markers(sentence: str, marker: str) -> None:
    claim = _claims(sentence)[0]
    assert claim.kind == "opinion"
    assert marker in [m.text for m in claim.markers]


def test_attributed_wins_over_opinion() -> None:
    text = "“This is a shameful decision,” the senator said."
    doc = build_document(text)
    claim = extract_claims(doc, Structure(), [_quote(doc, "This is a shameful decision")])[0]
    assert claim.kind == "attributed"
    assert "shameful" in [m.text for m in claim.markers]


def test_one_loaded_word_is_not_enough_but_two_are() -> None:
    single = _claims("Militias carried out the massacre in the village.")[0]
    double = _claims("The regime carried out the massacre in the village.")[0]
    assert single.kind == "unattributed" and [m.text for m in single.markers] == ["massacre"]
    assert double.kind == "opinion"


def test_hedges_are_recorded_but_do_not_make_an_opinion() -> None:
    claim = _claims("The talks may be delayed until Thursday.")[0]
    assert claim.kind == "unattributed"
    assert [m.text for m in claim.markers] == ["may"]


def test_only_body_sentences_outside_excluded_spans() -> None:
    text = (
        "Shocking scenes in the city\n\nThe river rose. Roads closed.\n\n"
        "Photos by Jo Doe.\n\nJo Doe is a reporter who has won six awards."
    )
    doc = build_document(text)
    roles = ["headline", "body", "credit", "author_bio"]
    structure = Structure(
        paragraphs=[Paragraph(p, r) for p, r in zip(doc.paragraphs, roles, strict=True)]
    )
    claims = extract_claims(doc, structure, [])
    assert [c.span.text for c in claims] == ["The river rose.", "Roads closed."]


@pytest.mark.shared
def test_seed_murder_sentence_is_unattributed(seed_text: str) -> None:
    doc = build_document(seed_text)
    head, deck, *body = doc.paragraphs
    paragraphs = [Paragraph(head, "headline"), Paragraph(deck, "standfirst")]
    paragraphs += [Paragraph(p, "body") for p in body]
    structure = Structure(paragraphs=paragraphs)
    power = next(p for p in doc.paragraphs if p.text.startswith("“It is your noose"))
    speaker = Speaker(name="Samantha Power", role=None, type="person", span=None)
    quotes = [Quote("direct", power, None, speaker)]
    claims = extract_claims(doc, structure, quotes)
    murder = _only(claims, "Those marchers were protesting the murder")
    assert murder.kind == "unattributed" and murder.quote is None
    assert "murder" in [m.text for m in murder.markers]
    in_quote = [c for c in claims if power.contains(c.span)]
    assert in_quote and all(c.kind == "attributed" and c.quote == 0 for c in in_quote)
    assert not any(c.span.start < doc.paragraphs[2].start for c in claims)


def test_a_quote_with_no_speaker_credits_nobody() -> None:
    from newsaudit.document import build_document
    from newsaudit.extractors.claims import extract_claims
    from newsaudit.findings import Quote, Speaker, Structure
    from newsaudit.spans import make_span

    text = "The bridge will close for two years to repair its cables."
    doc = build_document(text)
    start = text.index("will")
    quote = Quote(
        "indirect",
        make_span(text, start, len(text) - 1),
        None,
        Speaker(None, None, "unknown", None),
    )
    [claim] = extract_claims(doc, Structure(), [quote])
    assert claim.kind == "unattributed" and claim.quote is None


def test_a_stance_marker_spans_pronoun_and_verb_in_either_order() -> None:
    """Hypothesis found "almost almost think I almost": the verb before its subject."""
    from newsaudit.document import build_document
    from newsaudit.extractors.claims import extract_claims
    from newsaudit.findings import Structure

    document = build_document("almost almost think I almost")
    for claim in extract_claims(document, Structure(), []):
        for marker in claim.markers:
            assert marker.start < marker.end
            assert marker.text == document.text[marker.start : marker.end]
