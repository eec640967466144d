"""Relays and acts: outlets that pass a statement on, and attributions that are acts, not words."""

from __future__ import annotations

import pytest
from quote_helpers import CueStub, only, quotes_of, rule_quote, rule_quotes

from newsaudit.document import build_document
from newsaudit.extractors.quotes import extract_quotes, quotes_with_features
from newsaudit.findings import Structure


def test_a_vote_is_an_act_the_article_asserts_not_a_statement() -> None:
    text = (
        "The state senate voted to approve the budget on Friday. Councillor Tom Reyes, who "
        "voted against the deal, said it was rushed."
    )
    quotes = quotes_of(text)
    assert not any(q.cue and q.cue.text == "voted" for q in quotes)
    assert [q.content.text for q in quotes] == ["it was rushed"]


def test_a_headline_action_is_not_a_quote_but_a_headline_statement_is() -> None:
    """Headlines compress actions into verbs; there only verbs of saying make quotes."""
    from newsaudit.extractors.structure import extract_structure

    text = (
        "Vale reckons he will win Madrid title\n\n"
        "Runner Tom Vale is confident he can win his first major title this weekend."
    )
    doc = build_document(text)
    structure = extract_structure(doc)
    assert structure.headline is not None and structure.headline.text.startswith("Vale reckons")
    detector = CueStub({1: 0.9})  # a learned cue outside the lexicon

    def cues(structure: Structure) -> list[str]:
        return [q.cue.text for q, _ in quotes_with_features(doc, structure, detector) if q.cue]

    assert "reckons" in cues(Structure())  # in a body sentence it would make a quote
    assert "reckons" not in cues(structure)
    colon = build_document('Vale: "I will win in Madrid"\n\nThe runner spoke on Monday.')
    kept = extract_quotes(colon, extract_structure(colon))
    assert [q.content.text for q in kept] == ['"I will win in Madrid"']


def test_a_local_newspaper_told_the_words_is_credited_as_the_channel() -> None:
    (quote,) = quotes_of("The plant will close in June, Mayor Dan Ruiz told the Riverton Ledger.")
    assert quote.speaker.name == "Dan Ruiz"
    assert quote.via == ["the Riverton Ledger"]
    (globe,) = quotes_of("The plant will close in June, Mayor Dan Ruiz told the Boston Globe.")
    assert globe.via == ["the Boston Globe"]


def test_a_newspaper_quoting_its_own_text_is_the_speaker_not_a_relay() -> None:
    text = (
        'At the time, the Riverton Ledger wrote: "Mayor Dunn said he held off endorsing '
        'either candidate because he never endorses before a primary."'
    )
    quote = next(q for q in quotes_of(text) if q.cue and q.cue.text.startswith("wrote"))
    assert quote.speaker.name == "the Riverton Ledger"
    assert quote.kind == "direct" and quote.via == []


def test_as_reported_by_an_outlet_credits_the_outlet() -> None:
    text = "As reported by the Lakeside Courier, the plant closed in March."
    (quote,) = quotes_of(text)
    assert quote.speaker.name == "the Lakeside Courier"
    assert quote.content.text == "the plant closed in March"


def test_a_speaker_adding_a_second_statement_is_not_a_relay() -> None:
    """A media-like speaker ("news and data seller") whose statement goes on with "adding"
    is not relaying a statement of its own clause's subject."""
    text = (
        "The news and financial data seller said the year had begun well, adding it expected "
        "further gradual improvement in the second quarter."
    )
    by_cue = {q.cue.text: q for q in rule_quotes(text) if q.cue}
    assert by_cue["said"].content.text == "the year had begun well"
    assert by_cue["adding"].speaker.span.text == "The news and financial data seller"


def test_who_a_newspaper_quotes_after_a_quote_speaks_and_the_newspaper_relays() -> None:
    text = (
        'Rover is in talks. "SAIC is extremely concerned to ensure that its money is used to '
        'invest in the business," the newspaper quotes a source close to the Chinese firm.'
    )
    quote = rule_quote(text, "quotes")
    assert quote.speaker.span.text == "a source close to the Chinese firm"
    assert quote.via == ["newspaper"]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "via"),
    [
        # an outlet's "according to" after a statement relays the statement's speaker
        (
            "The harbour master said the port would close, according to Reuters.",
            "The harbour master",
            "the port would close",
            ["Reuters"],
        ),
        (
            "According to Reuters, the harbour master said the port would close.",
            "the harbour master",
            "the port would close",
            ["Reuters"],
        ),
        # a trailing "X reported" is no part of the content
        (
            "The governor said the state would appeal, the Coast Times reported.",
            "The governor",
            "the state would appeal",
            ["the Coast Times"],
        ),
        # a clause the parse hung on the relay's verb stays content
        (
            "The ministry said rebels had resumed fighting at dawn, but that troops had repelled "
            "the attack, the Coast Times reported.",
            "The ministry",
            "rebels had resumed fighting at dawn, but that troops had repelled the attack",
            ["the Coast Times"],
        ),
        (
            "The governor said, via the Coast Times, that the state would appeal.",
            "The governor",
            "that the state would appeal",
            ["the Coast Times"],
        ),
    ],
)
def test_relays_are_recorded_and_kept_out_of_speaker_and_content(
    text: str, speaker: str, content: str, via: list[str]
) -> None:
    quote = only(quotes_of(text))
    assert quote.speaker.span is not None and quote.speaker.span.text == speaker
    assert quote.content.text == content
    assert quote.via == via


def test_according_to_an_outlet_alone_credits_the_outlet() -> None:
    """With nobody else speaking, "according to" names the source, not a relay."""
    quote = only(quotes_of("The port will close on Friday, according to the Coast Times."))
    assert quote.speaker.span is not None and quote.speaker.span.text == "the Coast Times"
    assert quote.via == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The mayor said the bridge would reopen in June.", True),
        ("The mayor accused the council of wasting money.", True),  # a message as object
        ("The mayor vowed to reopen the bridge.", True),  # an intention
        ("The council named the new bridge after a local nurse.", False),
        ("Mayor Jane Ortiz endorsed Tom Reyes for the council seat.", True),
        ("The utility ordered a power cut across the valley on Friday.", False),
        ("Analysts expect sales growth of 2 percent next year.", True),  # a forecast
        ("Temperatures are forecast to reach 40 degrees on Sunday.", True),
        ("The court declared the curfew unconstitutional on Monday.", True),  # a predicate
        ("The group sees the issue as more urgent than ever.", True),
        ("The researchers found a stone tool in the cave.", False),
    ],
)
def test_statements_are_told_apart_from_acts(text: str, statement: bool) -> None:
    """An attribution whose content is an act ("named the bridge") is kept, but not as a
    statement: the report lists it apart from the quotes."""
    detector = CueStub(
        {t.i: 0.9 for t in build_document(text).doc if t.pos_ == "VERB"}
    )  # every verb a cue, so the rule alone decides
    doc = build_document(text)
    found = [q for q, _ in quotes_with_features(doc, Structure(), detector)]
    assert found and found[0].statement is statement


def test_the_report_keeps_attributed_acts_out_of_quotes_and_claims() -> None:
    import newsaudit

    report = newsaudit.analyze(
        "Bridge plan\n\nThe mayor said the bridge would reopen in June. "
        "The firm declined to comment."
    )
    assert all(q.statement for q in report.quotes)
    assert [q.cue.text for q in report.quotes if q.cue] == ["said"]
    acts = report.to_dict()["attributed_acts"]
    assert [a["content"]["text"] for a in acts] == ["to comment"]
    assert not acts[0]["statement"] and acts[0]["speaker"]["span"]["text"] == "The firm"
    assert not any(c.source for c in report.claims if "declined" in c.span.text)
