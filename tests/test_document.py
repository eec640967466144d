from hypothesis import given, settings
from hypothesis import strategies as st

from newsaudit.document import build_document, split_paragraphs
from newsaudit.ingest import article_from_parts, normalise_text


def test_paragraphs_split_on_blank_lines():
    text = "Title line\n\nFirst para.\nstill first.\n\nSecond para."
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == [
        "Title line",
        "First para.\nstill first.",
        "Second para.",
    ]


def test_paragraphs_split_on_single_newlines_when_no_blank_lines():
    assert [p.text for p in split_paragraphs("A.\nB.\nC.")] == ["A.", "B.", "C."]


def test_sentences_never_cross_paragraphs():
    doc = build_document("Officials met on Monday\n\nthe mayor said the plan was dead.")
    assert {s.paragraph for s in doc.sentences} == {0, 1}
    for sentence in doc.sentences:
        assert doc.paragraphs[sentence.paragraph].contains(sentence.span)


def test_title_from_metadata_has_offsets():
    article = article_from_parts("The body.", "A headline")
    assert article.text == "A headline\n\nThe body."
    assert article.title_span.text == "A headline"


def test_normalise_removes_control_characters_and_crlf():
    assert normalise_text("\ufeffa\r\nb\x00c\u00a0d") == "a\nb c d"


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_every_sentence_and_entity_span_matches_the_text(raw):
    if not normalise_text(raw):
        return
    doc = build_document(raw)
    for span in [s.span for s in doc.sentences] + [e.span for e in doc.entities] + doc.paragraphs:
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
