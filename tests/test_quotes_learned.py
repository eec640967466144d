"""The learned cue detector and quote filter: training, round trips and the shipped artifacts."""

from __future__ import annotations

import pytest
from quote_helpers import only, quotes_of

from newsaudit.document import build_document
from newsaudit.extractors.quotes import quotes_with_features
from newsaudit.findings import Structure


def _relation(text: str, source: str, cue: str, content: str) -> dict:
    def frag(piece: str) -> list[dict]:
        start = text.index(piece)
        return [{"start": start, "end": start + len(piece), "text": piece}]

    return {"source": frag(source), "cue": frag(cue), "content": frag(content)}


def test_cue_model_learns_from_tiny_data_and_round_trips() -> None:
    from newsaudit.extractors.quote_cues import CueModel
    from newsaudit.training.quote_cues import train_cue_model

    examples = []
    for name, verb in [("Anna", "said"), ("Tom", "claimed"), ("Lee", "said"), ("Max", "claimed")]:
        text = f"{name} {verb} the river rose. The river rose again."
        examples.append((build_document(text), [_relation(text, name, verb, "the river rose")]))
    model, stats = train_cue_model(examples, c=10.0, min_count=1)
    assert stats["positives"] == 4
    assert model.lemmas == {"say", "claim"}
    doc = build_document("Ruth said the bridge fell. The bridge fell twice.")
    assert [doc.doc[i].text for i in model.cue_tokens(doc)] == ["said"]
    again = CueModel.from_json(model.to_json({"data": "synthetic"}))
    assert again.cue_tokens(doc) == model.cue_tokens(doc)


def test_shipped_cue_model_loads() -> None:
    from newsaudit.extractors.quote_cues import load_cue_model

    model = load_cue_model()
    assert model is not None and "say" in model.lemmas


def test_quote_filter_round_trips_and_decides_by_weights() -> None:
    from newsaudit.extractors.quote_filter import QuoteFilter

    model = QuoteFilter({"rule=ccomp": 2.0, "rule=fb_dobj": -2.0}, bias=0.0, threshold=0.5)
    assert model.keeps(["rule=ccomp"]) and not model.keeps(["rule=fb_dobj"])
    again = QuoteFilter.from_json(model.to_json({"data": "synthetic"}))
    assert again == model
    with pytest.raises(ValueError):
        QuoteFilter.from_json('{"format": "something-else"}')


def test_quote_filter_learns_which_rules_to_trust() -> None:
    from newsaudit.training.quote_filter import train_quote_filter

    rows = [["rule=ccomp", "lemma=say"]] * 20 + [["rule=fb_prep", "lemma=write"]] * 20
    labels = [1] * 20 + [0] * 20
    model, stats = train_quote_filter(rows, labels, c=1.0)
    assert stats["rows"] == 40 and stats["kept"] == 20
    assert model.keeps(["rule=ccomp", "lemma=say"])
    assert not model.keeps(["rule=fb_prep", "lemma=write"])


def test_every_candidate_carries_filter_features() -> None:

    doc = build_document("Mayor Ann Reyes said the bridge would close in May.")
    [(quote, features)] = quotes_with_features(doc, Structure(), None)
    assert quote.content.text == "the bridge would close in May"
    assert "rule=ccomp" in features and "lemma=say" in features
    assert "source=PERSON" in features and "score=none" in features


def test_shipped_quote_filter_loads_and_keeps_a_plain_report() -> None:
    from newsaudit.extractors.quote_filter import load_quote_filter

    assert load_quote_filter() is not None
    quote = only(quotes_of("Mayor Ann Reyes said the bridge would close in May."))
    assert quote.speaker.name == "Ann Reyes"


def test_a_learned_noun_cue_takes_its_that_clause() -> None:
    from newsaudit.extractors.quotes.verbs import _from_verb

    text = "The mayor repeated his claim that the bridge was safe."
    doc = build_document(text)
    claim = next(t for t in doc.doc if t.text == "claim")
    candidate = _from_verb(doc, claim, learned=True)
    assert candidate is not None
    assert [text[a:b] for a, b in candidate.content] == ["that the bridge was safe"]
    assert candidate.source is not None and text[slice(*candidate.source)] == "his"
