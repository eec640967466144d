"""Quote marks and direct quotes: every mark style, quoted regions, and the words a quote holds."""

from __future__ import annotations

import pytest
from quote_helpers import CueStub, only, quotes_of, rule_quote, rule_quotes

from newsaudit.document import build_document
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quote_marks import quoted_regions
from newsaudit.extractors.quotes import quotes_with_features
from newsaudit.findings import Structure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we won” today.", ["“we won”"]),
        ('He said "we won" and "they lost".', ['"we won"', '"they lost"']),
        ("It was ‘a betrayal’, and that’s that.", ["‘a betrayal’"]),
        ("Elle a dit «non merci» hier.", ["«non merci»"]),
        ("She said ''we won, and that's that'' on Monday.", ["''we won, and that's that''"]),
        ("Er sagte „nein danke“ gestern.", ["„nein danke“"]),
        # a nested single quote just before the closing '' leaves a space before it
        (
            "''I hate the term 'Manhattan poor,' '' she said, and ''we were not rich.''",
            ["''I hate the term 'Manhattan poor,' ''", "''we were not rich.''"],
        ),
        # the opening curly mark typed again to close
        (
            "“Apparently not,“ he said. “A leopard never changes.”",
            ["“Apparently not,“", "“A leopard never changes.”"],
        ),
        ("The farmers’ market isn’t open.", []),
        # web copy mixes curly and straight marks
        (
            '“I think so," said Mayor Dan Ruiz. "We made mistakes.”',
            ['“I think so,"', '"We made mistakes.”'],
        ),
        ('“I loved "Jaws" as a kid,” she said.', ['“I loved "Jaws" as a kid,”']),
        ('"I loved “Jaws” as a kid," she said.', ['"I loved “Jaws” as a kid,"']),
        ('“A 5" pipe burst,” he said.', ['“A 5" pipe burst,”']),
    ],
)
def test_quoted_regions_pair_every_style(text: str, expected: list[str]) -> None:
    doc = build_document(text)
    assert [r.text for r in quoted_regions(doc.text, doc.paragraphs)] == expected


def test_a_quote_over_several_paragraphs_is_one_region() -> None:
    text = "Intro line.\n\n“First part of it.\n\n“Second part, still quoted.”\n\nAfter."
    doc = build_document(text)
    regions = quoted_regions(doc.text, doc.paragraphs)
    assert [r.text for r in regions] == ["“First part of it.\n\n“Second part, still quoted.”"]


def test_an_unbalanced_mark_is_not_a_region() -> None:
    doc = build_document("He said “this never closes.\n\nA new paragraph without quotes.")
    assert quoted_regions(doc.text, doc.paragraphs) == []


def test_direct_quote_split_around_the_cue_has_two_fragments() -> None:
    text = (
        "The mayor spoke on Monday.\n\n“We will rebuild the bridge before winter,” said Mayor "
        "Anna Berg. “Nobody will be left behind.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.cue.text == "said"
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.role == "Mayor"
    assert [f.text for f in quote.content_fragments] == [
        "“We will rebuild the bridge before winter,”",
        "“Nobody will be left behind.”",
    ]


def test_straight_quotes_after_said() -> None:
    quote = only(quotes_of('Mayor Anna Berg said "the budget is balanced and schools are safe."'))
    assert quote.kind == "direct"
    assert quote.content.text == '"the budget is balanced and schools are safe."'


def test_guillemets_after_a_colon() -> None:
    quote = only(quotes_of("The minister Paul Roux said: «We will win this battle together.»"))
    assert quote.content.text == "«We will win this battle together.»"
    assert quote.speaker.name == "Paul Roux"


def test_partial_quote_inside_a_sentence_is_mixed() -> None:
    text = "Governor Lee Park said the new law was ‘a betrayal of every farmer in the valley’."
    quote = only(quotes_of(text))
    assert quote.kind == "mixed"
    assert quote.content.text.startswith("the new law was ‘a betrayal")
    assert quote.speaker.name == "Lee Park"


def test_quote_paragraph_takes_speaker_from_colon_paragraph_and_spans_paragraphs() -> None:
    text = (
        "Senator Jane Ortiz addressed the crowd:\n\n“This is the moment to act. We cannot wait "
        "another year.\n\n“Our children are watching us.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Jane Ortiz"
    assert quote.content.text.endswith("“Our children are watching us.”")


def test_quote_paragraph_after_a_verb_of_criticising() -> None:
    text = (
        "Union leader Maria Gomez lashed out at the board during a tense meeting.\n\n"
        "“They have ignored every warning we gave them for three years.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.cue.text == "lashed out at"  # PolNeAR's cue keeps the verb's preposition
    assert quote.speaker.name == "Maria Gomez"
    assert quote.speaker.role == "Union leader"


def test_short_scare_quotes_alone_are_not_quotes() -> None:
    assert quotes_of("The so-called “reform” passed on Friday.") == []


def test_what_a_protest_was_about_is_not_attributed_content() -> None:
    quotes = quotes_of(
        "Thousands of nurses were protesting the closure of the county hospital on Monday."
    )
    assert quotes == []


def test_first_person_cue_inside_a_quote_is_not_a_separate_quote() -> None:
    text = "“I think the plan will fail, and I know why,” Mayor Anna Berg said."
    quote = only(quotes_of(text))
    assert quote.speaker.name == "Anna Berg"


def test_a_quote_closed_with_the_other_kind_of_mark_is_attributed() -> None:
    text = (
        "Officials welcomed the attention.\n\n"
        '“At this point, I don’t think there is bad publicity," said Mayor Dan Ruiz in a '
        'telephone interview. "We have made mistakes for fifty years.”'
    )
    quotes = quotes_of(text)
    first = next(q for q in quotes if q.content.text.startswith("“At this point"))
    assert first.speaker.name == "Dan Ruiz"
    assert [f.text for f in first.content_fragments] == [
        '“At this point, I don’t think there is bad publicity,"',
        '"We have made mistakes for fifty years.”',
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Mayor Dan Ruiz told reporters on Monday: “We will rebuild the bridge by June.”",
            "We will",
        ),
        ('Lena Holt wrote on Twitter, "The vote was rigged from the start."', "The vote"),
        ("Ruiz tweeted in response: “The bridge will reopen in June, whatever they say.”", "The"),
        ("As the historian Ana Pires put it, “The town forgot its river and its people.”", "The"),
    ],
)
def test_the_quote_after_an_addressee_or_a_medium_is_what_was_said(text: str, words: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.content.text.strip('“"').startswith(words)
    assert quote.kind == "direct"


def test_a_statement_issued_takes_the_quote_after_it_as_content() -> None:
    """The rule alone (whether such a quote is kept is the learned filter's call)."""
    from newsaudit.extractors.quotes.verbs import _from_verb

    doc = build_document("The council issued a statement on Friday: “We regret closing it.”")
    verb = next(t for t in doc.doc if t.text == "issued")
    regions = Regions(quoted_regions(doc.text, doc.paragraphs))
    candidate = _from_verb(doc, verb, True, regions)
    assert candidate is not None and candidate.rule == "region_after"
    assert [doc.text[a:b] for a, b in candidate.content] == ["“We regret closing it.”"]


def test_a_quote_after_a_colon_follows_any_cue() -> None:
    text = 'Vance swiped at the governor in a series of posts: "Always fighting the people!"'
    quote = rule_quote(text, "swiped")
    assert quote.content.text == '"Always fighting the people!"'


def test_a_cue_ending_its_paragraph_with_a_colon_introduces_the_next_one() -> None:
    text = (
        "Leak claims\n\nThe Harbour Gazette reports:\n\nAt least four emails had their markings "
        "changed to a lower category.\n\nThe bureau declined to comment."
    )
    quote = rule_quote(text, "reports")
    assert quote.content.text.startswith("At least four emails")
    assert quote.speaker.span.text == "The Harbour Gazette"


def test_a_quote_after_a_closed_relative_clause_is_not_that_clause_s() -> None:
    from newsaudit.extractors.quotes.verbs import _adjacent_region

    text = 'The tunnel, which is backed by the council, "will not last ten years," he said.'
    doc = build_document(text)
    backed = next(t for t in doc.doc if t.text == "backed")
    assert backed.dep_ == "relcl"  # the parse this test is about
    assert _adjacent_region(doc, backed, Regions(quoted_regions(doc.text, doc.paragraphs))) is None


def test_a_quote_continues_after_an_attribution_with_its_own_tail() -> None:
    text = (
        '"I was involved in an effort in 2013 to fix our immigration system," Rubio said, in '
        "response to a friendly question about how immigration policies affected agriculture. "
        '"There was a powerful lesson from 2013 for all of us."'
    )
    doc = build_document(text)
    question = next(t.i for t in doc.doc if t.text == "question")
    detector = CueStub({question: 0.9})  # a learned cue in the tail makes its own candidate
    quotes = [q for q, _ in quotes_with_features(doc, Structure(), detector)]
    assert any(q.cue and q.cue.text == "question" for q in quotes)  # the tail's own candidate
    quote = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert [f.text for f in quote.content_fragments] == [
        '"I was involved in an effort in 2013 to fix our immigration system,"',
        '"There was a powerful lesson from 2013 for all of us."',
    ]


def test_a_quote_on_the_next_line_after_wrote_colon_is_what_was_written() -> None:
    text = (
        "Brewer stood.\n\nThe university's media coordinator Dane Lisser wrote:\n“The anthem is "
        "an opportunity to reflect on the liberty we hold sacred.”"
    )
    quote = rule_quote(text, "wrote")
    assert quote.content.text.startswith("“The anthem is")


def test_a_short_quote_continues_the_one_before() -> None:
    quote = next(q for q in rule_quotes('"They sue," he said. "Everybody sues, right?"'))
    assert [f.text for f in quote.content_fragments] == ['"They sue,"', '"Everybody sues, right?"']
