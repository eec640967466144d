"""The term dictionary of the counted noun (docs/quantities.md, "the counted noun's
modifiers"): an adjective before the counted noun stays when the two are one term the
dictionary lists, a describing adjective still drops, and without the artifact every such
adjective drops as before."""

from __future__ import annotations

import pytest
from quantity_helpers import read as _read
from quantity_helpers import reading as _reading

from newsaudit.extractors.quantities import terms


def _unit(text: str, fragment: str) -> str | None:
    got = _reading(_read(text), text, fragment)
    return None if got is None else got[2]


@pytest.fixture
def dictionary(monkeypatch):
    listed = frozenset({"unforced error", "civil servant", "local government"})
    monkeypatch.setattr(terms, "load_terms", lambda: listed)


@pytest.fixture
def no_dictionary(monkeypatch):
    monkeypatch.setattr(terms, "load_terms", lambda: None)


def test_a_listed_term_keeps_its_adjective(dictionary):
    text = "She hit 31 unforced errors in the final, and about 900 civil servants moved north."
    assert _unit(text, "31") == "unforced errors"
    assert _unit(text, "900") == "civil servants"


def test_a_describing_adjective_still_drops(dictionary):
    text = "The side ran in three superb tries and signed 40 new players over the summer."
    assert _unit(text, "three") == "tries"
    assert _unit(text, "40") == "players"


def test_a_listed_adjective_of_a_compounded_noun_joins_the_phrase(dictionary):
    text = "The union will ballot 500,000 local government workers on strikes next month."
    assert _unit(text, "500,000") == "local government workers"


def test_a_hyphened_modifier_is_left_to_the_hyphen_rules(monkeypatch):
    monkeypatch.setattr(terms, "load_terms", lambda: frozenset({"spyware bill"}))
    text = "Congress weighed four anti-spyware bills this spring."
    assert _unit(text, "four") == "bills"


def test_without_the_artifact_the_adjective_drops_as_before(no_dictionary):
    text = "She hit 31 unforced errors, and the region closed three nuclear power plants."
    assert _unit(text, "31") == "errors"
    assert _unit(text, "three") == "nuclear power plants"  # an adjective of the compound


def test_the_shipped_dictionary_lists_terms_not_descriptions():
    if terms.load_terms() is None:
        pytest.skip("no term dictionary in this install")
    assert terms.is_term("civil", "servant")
    assert terms.is_term("prime", "minister")
    assert not terms.is_term("new", "car")
    assert not terms.is_term("superb", "try")


def test_training_lists_a_specific_pair_and_not_a_describing_one(tmp_path):
    from newsaudit.training.term_counts import blind_pages
    from newsaudit.training.terms import Example, PairFeatures, dictionary, fit

    labels = tmp_path / "quantity_labels_final99.tsv"
    labels.write_text("# note\npage\tstart\tend\nbbc/sport/1\t3\t5\n", encoding="utf-8")
    assert blind_pages([labels]) == {"bbc/sport/1"}
    pairs = {"unforced error": 9, "civil servant": 8, "new car": 3, "new plan": 9}
    pairs |= {f"new thing{i}": 5 for i in range(30)} | {f"big thing{i}": 5 for i in range(30)}
    nouns = {"error": 10, "servant": 9, "car": 300, "plan": 400}
    features = PairFeatures({"pairs": pairs, "nouns": nouns}, frozenset({"civil servant"}))
    data = [Example("unforced error", 1, "a", False), Example("civil servant", 1, "b", False)]
    data += [Example("new car", 0, "c", False), Example("new plan", 0, "d", False)]
    data += [Example("big thing3", 0, "e", False)]
    listed = dictionary(features, fit(features, data, 1.0), 0.5)
    assert "unforced error" in listed and "civil servant" in listed
    assert "new car" not in listed
