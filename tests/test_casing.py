"""Headline case: title-case lines are parsed in sentence case, on the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsaudit.casing import inflected_verb, is_title_line, sentence_case
from newsaudit.document import build_document, build_documents
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.findings import Structure
from newsaudit.nlp import _moved, load_pipeline, parse, parser_text

BODY = (
    "The former governor endorsed Clinton on Monday. Graham said the choice was easy, and "
    "Graham thanked the families who had written to him."
)
VERBS = frozenset({"betray", "slam", "vow"})


def test_common_words_of_a_title_line_go_lower_case_and_names_stay() -> None:
    text = "Another GOP Figure Endorses Hillary Clinton With Graham\n\n" + BODY
    cased = sentence_case(text)
    # "endorsed" is in the body, "figure" is not: without evidence a word keeps its case
    assert cased.split("\n")[0] == "Another GOP Figure endorses Hillary Clinton with Graham"
    assert cased[len(cased.split("\n")[0]) :] == text[len(cased.split("\n")[0]) :]


def test_an_unseen_word_goes_lower_case_only_as_an_inflected_verb() -> None:
    text = "Council Betrays Families With Water Deal Bush\n\nThe council met."
    assert sentence_case(text, VERBS).split("\n")[0] == (
        "Council betrays Families with Water Deal Bush"
    )
    assert inflected_verb("slammed", VERBS) and inflected_verb("vowing", VERBS)
    assert not inflected_verb("bush", frozenset({"bush"}))  # a bare form may be a name


def test_an_unseen_dictionary_word_goes_lower_case_unless_it_is_part_of_a_name() -> None:
    text = "Council Betrays Families With Water Deal Bush\n\nThe council met."
    words = frozenset({"family", "water", "deal", "bush"})
    bush = text.index("Bush")
    cased = sentence_case(text, VERBS, words, frozenset({bush}))
    assert cased.split("\n")[0] == "Council betrays families with water deal Bush"


def test_names_the_recogniser_finds_in_a_title_line_keep_their_capitals() -> None:
    nlp = load_pipeline()
    text = "A Hillary Clinton Administration May Be Entirely Run by a Figurehead\n\nIt may."
    line = parser_text(nlp, text).split("\n")[0]
    assert line.startswith("A Hillary Clinton")
    assert "entirely run by a figurehead" in line


def test_sentence_lines_and_lines_in_capitals_are_left_alone() -> None:
    assert not is_title_line("The council voted on Tuesday to sell the water utility.")
    assert not is_title_line("The Harbour Gazette reports:")  # a sentence opening with a name
    assert not is_title_line("FIX IS IN: PBS MODERATORS IGNORE SCANDALS")
    assert is_title_line("Sanders Vows to Eliminate Tax Breaks")
    text = "FIX IS IN: PBS MODERATORS IGNORE SCANDALS\n\nThe moderators ignore it."
    assert sentence_case(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AbCde Fgh\n.:'’-IjK")), max_size=120))
def test_only_letter_case_ever_changes(text: str) -> None:
    cased = sentence_case(text, VERBS)
    assert len(cased) == len(text)
    assert cased.lower() == text.lower()


def test_the_parse_of_the_cased_text_sits_on_the_original_text() -> None:
    nlp = load_pipeline()
    text = "Another GOP Figure Endorses Hillary Clinton\n\n" + BODY
    assert parser_text(nlp, text) != text
    doc = parse(nlp, text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(text)]
    endorses = next(t for t in doc if t.text == "Endorses")
    assert endorses.pos_ == "VERB"
    assert next(s.text for s in doc.sents).startswith("Another GOP Figure Endorses")


def test_a_tokenisation_that_differs_falls_back_to_the_original_parse() -> None:
    nlp = load_pipeline()
    text = "Graham (S.C.) Says He Will Vote"
    other = nlp("Graham (s.C.) says he will vote")
    assert len(other) != len(nlp.make_doc(text))  # the case change split differently
    assert _moved(nlp, text, other).text == text


def test_a_headline_attribution_is_found() -> None:
    doc = build_document("Another GOP Figure Endorses Hillary Clinton\n\n" + BODY)
    quote = next(q for q in extract_quotes(doc, Structure()) if q.cue.text == "Endorses")
    assert quote.speaker.span.text == "Another GOP Figure"
    assert quote.content.text == "Hillary Clinton"


def test_batches_parse_as_single_articles_do() -> None:
    texts = ["Another GOP Figure Endorses Hillary Clinton\n\n" + BODY, BODY]
    for one, batched in zip(map(build_document, texts), build_documents(texts), strict=True):
        assert [(t.pos_, t.dep_, t.head.i) for t in one.doc] == [
            (t.pos_, t.dep_, t.head.i) for t in batched.doc
        ]


def test_unicode_spaces_are_plain_spaces_to_the_parser() -> None:
    nlp = load_pipeline()
    text = "Another\u00a0friend, Mariam Emara, told CNN that she\u202fwas kind."
    doc = parse(nlp, text)
    assert len(doc.text) == len(text)
    assert not [t for t in doc if t.is_space]  # no space token inside the sentence
    assert [t.text for t in doc][:2] == ["Another", "friend"]
    assert next(t for t in doc if t.text == "was").dep_ != "dep"
