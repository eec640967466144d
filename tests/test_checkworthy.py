"""Check-worthiness: ranking metrics, the eval CLI, deterministic training, the shipped model."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from newsaudit.cli import main
from newsaudit.errors import ModelMissingError
from newsaudit.models import checkworthy as cw
from newsaudit.training import checkworthy as t
from newsaudit.training import ranking

CLAIMS = [
    "Unemployment fell to {n} percent last year, the lowest in {m} years.",
    "We spent ${n} billion on the program and cut taxes by {m} percent.",
    "Crime rose {n} percent in {m} cities since 2015.",
    "The deficit grew by {n} million dollars over {m} months.",
]
CHATTER = [
    "Thank you so much, it is great to be here tonight.",
    "I think we should all work together on this.",
    "Well, let me tell you what I believe.",
    "Good evening and welcome to the debate.",
    "That is a wonderful question, thank you.",
]


def _synthetic_debate(seed: int, length: int = 30) -> t.Debate:
    rng = random.Random(seed)
    sentences, labels = [], []
    for _ in range(length):
        if rng.random() < 0.25:
            sentences.append(rng.choice(CLAIMS).format(n=rng.randint(2, 90), m=rng.randint(2, 9)))
            labels.append(1)
        else:
            sentences.append(rng.choice(CHATTER))
            labels.append(0)
    return t.Debate(f"debate{seed}", sentences, labels)


def _write_tsv(folder, debate: t.Debate) -> None:
    rows = [
        f"{i}\tSPEAKER\t{s}\t{y}"
        for i, (s, y) in enumerate(zip(debate.sentences, debate.labels, strict=True), 1)
    ]
    (folder / f"{debate.name}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- metrics


def test_average_precision_by_hand():
    # relevant at ranks 1 and 3 of 2 relevant: (1/1 + 2/3) / 2
    assert ranking.average_precision([1, 0, 1, 0]) == pytest.approx((1 + 2 / 3) / 2)
    # a relevant item never retrieved still counts in the denominator via the total
    assert ranking.average_precision([0, 1, 0, 0, 1]) == pytest.approx((1 / 2 + 2 / 5) / 2)
    assert ranking.average_precision([0, 0, 0]) == 0.0


def test_precision_at_k_and_r_precision_by_hand():
    ranked = [1, 0, 1, 1, 0, 0, 0]
    assert ranking.precision_at(ranked, 1) == 1.0
    assert ranking.precision_at(ranked, 5) == pytest.approx(3 / 5)
    assert ranking.precision_at(ranked, 10) == pytest.approx(3 / 10)  # short list: misses
    assert ranking.r_precision(ranked) == pytest.approx(2 / 3)  # R = 3, top 3 hold 2
    assert ranking.r_precision([0, 0]) == 0.0


def test_ranking_breaks_ties_by_line_order():
    assert list(ranking.ranked_labels([0.5, 0.9, 0.5], [1, 0, 0])) == [0, 1, 0]


def test_f1_and_best_cut():
    assert ranking.f1_score([True, True, False, False], [1, 0, 1, 0]) == pytest.approx(0.5)
    cut, f1 = t.best_f1_cut(np.array([0.9, 0.8, 0.2, 0.1]), np.array([1, 1, 0, 0]))
    assert f1 == pytest.approx(1.0)
    assert 0.2 < cut < 0.8


def test_summarise_averages_per_file():
    per_file = {
        "a": (np.array([0.9, 0.1, 0.5]), np.array([1, 0, 0])),  # AP 1
        "b": (np.array([0.9, 0.1, 0.5]), np.array([0, 1, 0])),  # AP 1/3
    }
    scores = ranking.summarise(per_file, threshold=0.7)
    assert scores["map"] == pytest.approx((1 + 1 / 3) / 2)
    assert scores["r_precision"] == pytest.approx(0.5)
    assert scores["p_at"]["5"] == pytest.approx(1 / 5)
    assert scores["f1"] == pytest.approx(2 * 1 / (2 + 2))  # predicted 2, gold 2, 1 correct


# --------------------------------------------------------------------------- features, data


def test_hand_features_see_numbers_and_opinion():
    names = list(cw.HAND_FEATURES)
    fact = cw.hand_features("Unemployment fell to 4.1% in 2018, the lowest since 1969.")
    chat = cw.hand_features("I think that is wonderful, thank you!")
    assert fact[names.index("number")] > 0 and fact[names.index("percent")] > 0
    assert chat[names.index("number")] == 0 and chat[names.index("opinion")] > 0
    assert len(fact) == len(names)


def test_read_debate_and_claimbuster_overlap(tmp_path):
    _write_tsv(tmp_path, _synthetic_debate(1, 10))
    (debate,) = t.read_debates(tmp_path)
    assert len(debate.sentences) == 10 and set(debate.labels) <= {0, 1}
    texts, labels = t.drop_overlap([debate.sentences[0], "Something else."], [1, 0], [debate])
    assert texts == ["Something else."] and labels == [0]


# --------------------------------------------------------------------------- training


@pytest.fixture(scope="module")
def tiny_data() -> t.TrainingData:
    debates = [_synthetic_debate(seed) for seed in range(4)]
    extra = (["Taxes rose 12 percent in 2010.", "Thanks, everyone."], [1, 0])
    return t.TrainingData.build(debates, extra)


def test_training_is_deterministic_and_learns(tiny_data):
    settings = t.Recipe(cv_folds=2)
    first, second = t.fit(tiny_data, recipe=settings), t.fit(tiny_data, recipe=settings)
    assert np.array_equal(first.coef, second.coef) and first.centre == second.centre
    probe = ["Crime rose 40 percent in 7 cities since 2015.", "Thank you, it is great to be here."]
    high, low = first.score(probe, "debate")
    assert 0.0 <= low < cw.THRESHOLD <= high <= 1.0


def test_artifact_round_trip(tiny_data, tmp_path):
    model = t.fit(tiny_data, recipe=t.Recipe(cv_folds=2))
    model.save(tmp_path / "m.npz")
    again = cw.Model.load(tmp_path / "m.npz")
    probe = tiny_data.debates[0].sentences
    assert np.allclose(model.score(probe, "debate"), again.score(probe, "debate"), atol=1e-5)
    assert again.meta["recipe"]["cv_folds"] == 2


def test_leave_one_out_holds_each_debate_out(tiny_data):
    scores = t.cross_validate(tiny_data, t.Recipe(cv_folds=2))
    assert set(scores["files"]) == {d.name for d in tiny_data.debates}
    assert scores["map"] > 0.9  # the synthetic classes are separable


def test_missing_artifact_names_the_train_command(tmp_path):
    with pytest.raises(ModelMissingError, match="newsaudit train checkworthy"):
        cw.load_model(str(tmp_path / "absent.npz"))


# --------------------------------------------------------------------------- CLI


def test_eval_cli_json_keys(tmp_path, capsys, tiny_data):
    folder = tmp_path / "debates"
    folder.mkdir()
    for seed in (10, 11):
        _write_tsv(folder, _synthetic_debate(seed))
    model_path = tmp_path / "model.npz"
    t.fit(tiny_data, recipe=t.Recipe(cv_folds=2)).save(model_path)
    code = main(
        ["eval", "checkworthy", "--data", str(folder), "--model", str(model_path), "--json"]
    )
    scores = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {"map", "r_precision", "p_at", "f1", "files"} <= set(scores)
    assert set(scores["p_at"]) == {"5", "10", "20"}
    assert set(scores["files"]) == {"debate10", "debate11"}
    assert 0.0 <= scores["map"] <= 1.0


def test_train_cli_writes_artifact(tmp_path, capsys):
    folder = tmp_path / "debates"
    folder.mkdir()
    for seed in range(3):
        _write_tsv(folder, _synthetic_debate(seed))
    out = tmp_path / "cw.npz"
    assert main(["train", "checkworthy", "--data", str(folder), "--out", str(out)]) == 0
    assert out.exists() and "trained on 3 debates" in capsys.readouterr().out


# --------------------------------------------------------------------------- shipped model


@pytest.fixture(scope="module")
def shipped():
    if not cw.ARTIFACT.exists():
        pytest.skip(f"no shipped model at {cw.ARTIFACT}: run `{cw.TRAIN_COMMAND}`")
    return cw.load_model()


def test_score_api_range_and_order(shipped):
    scores = cw.score(
        [
            "Unemployment fell to 4.1 percent last year, the lowest rate since 1969.",
            "Thank you very much, everybody.",
        ]
    )
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] >= cw.THRESHOLD > scores[1]
    assert cw.score([]) == []


@pytest.mark.shared
def test_seed_numbers_rank_high(shipped, seed_text):
    """The seed's evacuation figures are its most checkable sentence (fixture skips w/o data)."""
    sentences = [s.strip() for s in seed_text.replace("\n", " ").split(". ") if len(s) > 20]
    scores = cw.score(sentences)
    top = sorted(range(len(sentences)), key=lambda i: -scores[i])[:5]
    assert any("6,000 civilians" in sentences[i] for i in top)


# --------------------------------------------------------------------------- v2 blocks


def test_random_ap_matches_simulation():
    rng = np.random.default_rng(0)
    labels = np.array([1] * 3 + [0] * 17)
    simulated = np.mean([ranking.average_precision(rng.permutation(labels)) for _ in range(4000)])
    assert ranking.random_ap(20, 3) == pytest.approx(simulated, abs=0.01)
    assert ranking.random_ap(5, 5) == pytest.approx(1.0)


def test_context_sees_neighbouring_questions():
    names = list(cw.CONTEXT_FEATURES)
    context = cw.context_matrix(["What did the budget do?", "It cut taxes by 10 percent.", "Ok."])
    assert context[1, names.index("prev_question")] == 1
    assert context[0, names.index("prev_question")] == 0 and context[0, names.index("first")] == 1
    assert context[1, names.index("next_short")] == 1 and context[2, names.index("next_short")] == 0


def test_static_vectors_are_unit_and_order_free():
    from newsaudit.models.embeddings import VOCAB

    pieces = np.random.default_rng(1).normal(size=(VOCAB, 8)).astype(np.float16)
    a, b = cw.static_vectors(["taxes rose sharply", "sharply rose taxes"], pieces)
    assert np.linalg.norm(a) == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(a, b, atol=1e-5)  # a bag of pieces: word order does not matter


def test_stacked_model_with_context_round_trips(tiny_data, tmp_path):
    data = t.TrainingData.build(
        tiny_data.debates, (tiny_data.extra_texts, tiny_data.extra_labels), context=True
    )
    recipe = t.Recipe(cv_folds=2, context=True, stack="binary", stack_folds=2, stack_min_leaf=2)
    model = t.fit(data, recipe=recipe)
    assert model.booster is not None
    model.save(tmp_path / "a.npz")
    model.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    again = cw.Model.load(tmp_path / "a.npz")
    probe = tiny_data.debates[1].sentences
    assert np.allclose(model.decision(probe), again.decision(probe), atol=1e-5)
    ranked = ranking.ranked_labels(again.decision(probe), tiny_data.debates[1].labels)
    assert ranking.average_precision(ranked) > 0.9


def test_news_cut_differs_from_debate_cut(tiny_data):
    model = t.fit(tiny_data, recipe=t.Recipe(cv_folds=2))
    model.news_centre = model.centre + 2 * model.scale
    probe = ["Crime rose 40 percent in 7 cities since 2015."]
    assert model.score(probe, "news")[0] < model.score(probe, "debate")[0]
    with pytest.raises(ValueError):
        model.score(probe, "tweets")


@pytest.mark.shared
def test_news_labels_rebuild_sentences():
    from conftest import shared_path

    shared_path("data", "corpora", "bbc", "articles.jsonl")
    articles = t.read_news_labels()
    assert sum(len(a.labels) for a in articles) >= 200
    assert {a.part for a in articles} == {"dev", "final"}
    for article in articles:
        assert len(article.sentences) == len(article.labels)
        assert all(s.strip() == s and s for s in article.sentences)


def test_promotional_lines_never_rank_high(shipped):
    article = [
        "The council approved a budget of 4.2 million pounds on Tuesday, up 12 percent.",
        "Follow us on Twitter for the latest news.",
        "Sign up for our newsletter and get 20% off your first order.",
        "Click here to subscribe for just 1 pound a week.",
        "Copyright 2024 Example Media Ltd. All rights reserved.",
    ]
    scores = cw.score(article)
    assert all(s < cw.THRESHOLD for s in scores[1:])
    assert scores[0] > max(scores[1:])
