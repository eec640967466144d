"""The sped-up pipeline must annotate exactly as the stock one (benchmarks/nlp_speed.py --check
compares whole corpora; these are the fast, hand-written cases)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsaudit.nlp import (
    CachedLemmatizer,
    CompiledRules,
    FastAttributeRuler,
    UnsupportedRule,
    build_pipeline,
    has_profiling_hooks,
    speed_up,
)

SENTENCES = [
    "Officials met on Monday\n\nthe mayor said the plan was dead.",
    "We're gonna fix it, y'all. Let's see if he ain't right.",
    "There is nothing anyone could've done, said Ms Smith, 42, of Leeds.",
    "The firm's profits rose 76% to $1.13bn (£600m) in the three months to December.",
    "I told him that she had been there. It's hers, not theirs; they got it wrong.",
    "Gon na? C'mon! Whether or not the U.N. agrees, Mr. O'Neill'd do it himself.",
    "  \n  Spaces\t\tand\ttabs, then a line.\nAnother line without a stop",
]


def annotations(doc) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph), t.ent_type_) for t in doc
    ] + [(e.start_char, e.end_char, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def pipelines():
    return build_pipeline(fast=False), build_pipeline(fast=True)


def test_fast_pipeline_keeps_names_and_swaps_components(pipelines):
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert type(fast.get_pipe("ner").model.ops).__name__ == "SingleThreadNumpyOps"


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_stock(pipelines, text):
    stock, fast = pipelines
    assert annotations(fast(text)) == annotations(stock(text))


def test_cached_lemmas_stay_equal_when_reused(pipelines):
    stock, fast = pipelines
    text = "She was running; they ran. Running costs rose as the runners ran."
    first, again = annotations(fast(text)), annotations(fast(text))
    assert first == again == annotations(stock(text))


def test_paragraph_breaks_start_sentences(pipelines):
    _, fast = pipelines
    doc = fast("the talks ended\nofficials said nothing\n\nand then they left")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:3] == ["the", "officials", "and"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "a"])
def test_degenerate_texts(pipelines, text):
    stock, fast = pipelines
    assert annotations(fast(text)) == annotations(stock(text))


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_same_annotations_on_arbitrary_text(pipelines, text):
    stock, fast = pipelines
    assert annotations(fast(text)) == annotations(stock(text))


def _ruled_doc(nlp) -> Doc:
    words = ["It", "ai", "n't", "so", ",", "is", "it", "?", " "]
    tags = ["PRP", "VBZ", "RB", "RB", ",", "VBZ", "PRP", ".", "_SP"]
    deps = ["nsubj", "ROOT", "neg", "advmod", "punct", "ROOT", "nsubj", "punct", "dep"]
    heads = [1, 1, 1, 1, 1, 5, 5, 5, 5]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


RULES = [
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VBP"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"LOWER": "ai"}, {"LOWER": "n't"}]], "attrs": {"POS": "AUX"}, "index": 0},
    {"patterns": [[{"DEP": "neg"}, {"TAG": "RB"}]], "attrs": {"LEMMA": "so!"}, "index": -1},
    {"patterns": [[{"TAG": {"NOT_IN": ["PRP", ""]}, "DEP": "ROOT"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "DEP": "dep"}},
]


def test_compiled_rules_match_spacy_semantics():
    """Precedence (later rules win per attribute), multi-token and negative-index rules."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    expected = annotations(ruler(_ruled_doc(nlp)))
    fast = FastAttributeRuler("attribute_ruler")
    fast.rules = CompiledRules(ruler)
    assert annotations(fast(_ruled_doc(nlp))) == expected
    assert annotations(fast(_ruled_doc(nlp))) == expected  # from the cache this time


def test_unsupported_rules_keep_the_stock_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"ORTH": "x", "OP": "+"}]], "attrs": {"POS": "X"}}])
    with pytest.raises(UnsupportedRule):
        CompiledRules(ruler)
    speed_up(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_build_documents_matches_build_document():
    from newsaudit.document import build_document, build_documents

    texts = [*SENTENCES[:4], "Title\n\nBody one. Body two.\nLast line"]
    batched = list(build_documents(texts, batch_size=3))
    assert len(batched) == len(texts)
    for one, many in zip((build_document(t) for t in texts), batched, strict=True):
        assert many.text == one.text
        assert many.sentences == one.sentences
        assert many.entities == one.entities
        assert annotations(many.doc) == annotations(one.doc)


def _tokenizer_from(filename: str):
    namespace: dict = {}
    exec(compile("def tokenizer(text):\n    return text.split()\n", filename, "exec"), namespace)
    return namespace["tokenizer"]


def test_profiling_hooks_are_detected_from_cython_frames():
    """A tokenizer whose frames come from a .pyx file is what a hooked spaCy build looks like."""

    class FakeNlp:
        def __init__(self, tokenizer):
            self.tokenizer = tokenizer

    assert has_profiling_hooks(FakeNlp(_tokenizer_from("tokenizer.pyx")))
    assert not has_profiling_hooks(FakeNlp(_tokenizer_from("tokenizer.py")))
