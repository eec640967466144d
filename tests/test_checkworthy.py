"""Check-worthiness: ranking metrics, the eval CLI, deterministic training, the shipped model."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from newsaudit.cli import main
from newsaudit.errors import ModelMissingError
from newsaudit.models import checkworthy as cw

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


def _synthetic_debate(seed: int, length: int = 30) -> cw.Debate:
    rng = random.Random(seed)
    sentences, labels = [], []
    for _ in range(length):
        if rng.random() < 0.25:
            sentences.append(rng.choice(CLAIMS).format(n=rng.randint(2, 90), m=rng.randint(2, 9)))
            labels.append(1)
        else:
            sentences.append(rng.choice(CHATTER))
            labels.append(0)
    return cw.Debate(f"debate{seed}", sentences, labels)


def _write_tsv(folder, debate: cw.Debate) -> None:
    rows = [
        f"{i}\tSPEAKER\t{s}\t{y}"
        for i, (s, y) in enumerate(zip(debate.sentences, debate.labels, strict=True), 1)
    ]
    (folder / f"{debate.name}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- metrics


def test_average_precision_by_hand():
    # relevant at ranks 1 and 3 of 2 relevant: (1/1 + 2/3) / 2
    assert cw.average_precision([1, 0, 1, 0]) == pytest.approx((1 + 2 / 3) / 2)
    # a relevant item never retrieved still counts in the denominator via the total
    assert cw.average_precision([0, 1, 0, 0, 1]) == pytest.approx((1 / 2 + 2 / 5) / 2)
    assert cw.average_precision([0, 0, 0]) == 0.0


def test_precision_at_k_and_r_precision_by_hand():
    ranked = [1, 0, 1, 1, 0, 0, 0]
    assert cw.precision_at(ranked, 1) == 1.0
    assert cw.precision_at(ranked, 5) == pytest.approx(3 / 5)
    assert cw.precision_at(ranked, 10) == pytest.approx(3 / 10)  # short list: misses
    assert cw.r_precision(ranked) == pytest.approx(2 / 3)  # R = 3, top 3 hold 2
    assert cw.r_precision([0, 0]) == 0.0


def test_ranking_breaks_ties_by_line_order():
    assert list(cw.ranked_labels([0.5, 0.9, 0.5], [1, 0, 0])) == [0, 1, 0]


def test_f1_and_best_cut():
    assert cw.f1_score([True, True, False, False], [1, 0, 1, 0]) == pytest.approx(0.5)
    cut, f1 = cw.best_f1_cut(np.array([0.9, 0.8, 0.2, 0.1]), np.array([1, 1, 0, 0]))
    assert f1 == pytest.approx(1.0)
    assert 0.2 < cut < 0.8


def test_summarise_averages_per_file():
    per_file = {
        "a": (np.array([0.9, 0.1, 0.5]), np.array([1, 0, 0])),  # AP 1
        "b": (np.array([0.9, 0.1, 0.5]), np.array([0, 1, 0])),  # AP 1/3
    }
    scores = cw.summarise(per_file, threshold=0.7)
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
    (debate,) = cw.read_debates(tmp_path)
    assert len(debate.sentences) == 10 and set(debate.labels) <= {0, 1}
    texts, labels = cw.drop_overlap([debate.sentences[0], "Something else."], [1, 0], [debate])
    assert texts == ["Something else."] and labels == [0]


# --------------------------------------------------------------------------- training


@pytest.fixture(scope="module")
def tiny_data() -> cw.TrainingData:
    debates = [_synthetic_debate(seed) for seed in range(4)]
    extra = (["Taxes rose 12 percent in 2010.", "Thanks, everyone."], [1, 0])
    return cw.TrainingData.build(debates, extra)


def test_training_is_deterministic_and_learns(tiny_data):
    settings = cw.Settings(cv_folds=2)
    first, second = cw.fit(tiny_data, settings=settings), cw.fit(tiny_data, settings=settings)
    assert np.array_equal(first.coef, second.coef) and first.centre == second.centre
    probe = ["Crime rose 40 percent in 7 cities since 2015.", "Thank you, it is great to be here."]
    high, low = first.score(probe)
    assert 0.0 <= low < cw.THRESHOLD <= high <= 1.0


def test_artifact_round_trip(tiny_data, tmp_path):
    model = cw.fit(tiny_data, settings=cw.Settings(cv_folds=2))
    model.save(tmp_path / "m.npz")
    again = cw.Model.load(tmp_path / "m.npz")
    probe = tiny_data.debates[0].sentences
    assert np.allclose(model.score(probe), again.score(probe), atol=1e-5)
    assert again.meta["settings"]["cv_folds"] == 2


def test_leave_one_out_holds_each_debate_out(tiny_data):
    scores = cw.leave_one_out(tiny_data, cw.Settings(cv_folds=2))
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
    cw.fit(tiny_data, settings=cw.Settings(cv_folds=2)).save(model_path)
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


def test_selection_uses_only_the_given_debates(tiny_data):
    grid = (cw.Settings(c=0.5, cv_folds=2), cw.Settings(c=2.0, cv_folds=2))
    chosen = cw.select_settings(tiny_data, [0, 1, 2], grid=grid, folds=3)
    assert chosen in grid
    assert chosen == cw.select_settings(tiny_data, [0, 1, 2], grid=grid, folds=3)
