"""Stance: the FNC-1 score on hand-computed cases, the decision rule, training determinism on
tiny synthetic data, the eval CLI's JSON, and (when shipped / when ../shared is present) the
trained artifact on the seed."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from newsaudit.cli import main
from newsaudit.errors import ModelMissingError, NewsauditError
from newsaudit.evaluation.stance_metrics import fnc_score, metrics
from newsaudit.models import stance
from newsaudit.training.fnc_data import is_heldout, write_fnc_csvs
from newsaudit.training.stance_fit import Settings, train

TOPICS = {
    "meteor": "meteorite crater managua nicaragua asteroid boom",
    "jobs": "apple watch battery launch cupertino tim",
    "isis": "militants border kobani tanks siege fighters",
    "bale": "christian bale actor role biopic film studio",
}
TONE = {
    "agree": "Officials confirmed that the {t} story is true and verified.",
    "disagree": "The {t} story is a hoax, officials denied it and called it fake.",
    "discuss": "It is unclear, reportedly the {t} story may be true, sources claim.",
}


def fake_embed(texts: list[str]) -> np.ndarray:
    """Bag-of-words hashing vectors: deterministic, instant, and topical like MiniLM."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in stance.words(text):
            out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def synthetic() -> tuple[dict[str, list[str]], list[stance.Pair]]:
    """Bodies about one topic in one tone; headlines about every topic."""
    bodies: dict[str, list[str]] = {}
    pairs: list[stance.Pair] = []
    for t_index, (topic, words) in enumerate(TOPICS.items()):
        for s_index, (label, template) in enumerate(TONE.items()):
            for copy in range(3):
                body_id = f"{t_index}{s_index}{copy}"
                bodies[body_id] = [
                    f"Report {copy} on {words}.",
                    template.format(t=words.split()[0]),
                    f"The weather was mild on day {copy}.",
                ]
                for other in TOPICS:
                    headline = f"{TOPICS[other]} news {copy}"
                    pairs.append(
                        stance.Pair(headline, body_id, label if other == topic else "unrelated")
                    )
    return bodies, pairs


SMALL = Settings(rounds=15, num_leaves=7, min_data_in_leaf=2, threads=1, calibration_share=0.3)


@pytest.fixture(scope="module")
def tiny_model() -> stance.Model:
    bodies, pairs = synthetic()
    return train(bodies, pairs, fake_embed, SMALL, seed=3)


def test_fnc_score_hand_computed():
    gold = ["agree", "unrelated", "discuss", "disagree", "unrelated"]
    pred = ["discuss", "unrelated", "discuss", "unrelated", "agree"]
    # 0.25 (related, wrong label) + 0.25 + 1.0 + 0 + 0 ; max = 1 + .25 + 1 + 1 + .25
    assert fnc_score(gold, pred) == (1.5, 3.5)
    result = metrics(gold, pred)
    assert result["fnc_score_relative"] == pytest.approx(100 * 1.5 / 3.5, abs=0.01)
    assert result["confusion"]["agree"]["discuss"] == 1
    assert result["per_class"]["discuss"]["precision"] == 0.5
    assert result["per_class"]["discuss"]["recall"] == 1.0
    assert result["pairs"] == 5


def test_perfect_prediction_scores_the_maximum():
    gold = ["agree", "disagree", "discuss", "unrelated"]
    result = metrics(gold, gold)
    assert result["fnc_score"] == result["fnc_score_max"] == 3.25
    assert result["fnc_score_relative"] == 100.0
    assert result["macro_f1"] == 1.0


def test_decision_maximises_expected_fnc_score():
    # unrelated is the most probable label, but "agree" earns more in expectation:
    # agree: .25 * .4 + .75 * .4 = .40 ; unrelated: .25 * .6 = .15
    probs = np.array([[0.4, 0.0, 0.0, 0.6], [0.05, 0.0, 0.05, 0.9]])
    assert [stance.LABELS[i] for i in stance.decide(probs)] == ["agree", "unrelated"]


def test_heldout_split_is_by_body_and_stable():
    ids = [str(i) for i in range(2000)]
    held = [i for i in ids if is_heldout(i)]
    assert 0.15 < len(held) / len(ids) < 0.25
    assert held == [i for i in ids if is_heldout(i)]


def test_training_is_deterministic_and_learns(tiny_model):
    bodies, pairs = synthetic()
    again = train(bodies, pairs, fake_embed, SMALL, seed=3)
    x = stance.feature_matrix(pairs, bodies, tiny_model.idf, fake_embed)
    assert np.array_equal(tiny_model.probabilities(x), again.probabilities(x))
    predicted = [stance.LABELS[i] for i in stance.decide(tiny_model.probabilities(x))]
    assert metrics([p.label for p in pairs], predicted)["fnc_score_relative"] > 80


def test_save_load_round_trip(tiny_model, tmp_path):
    path = tmp_path / "stance.npz"
    tiny_model.save(path)
    loaded = stance.Model.load(path)
    bodies, pairs = synthetic()
    x = stance.feature_matrix(pairs[:8], bodies, tiny_model.idf, fake_embed)
    assert np.allclose(loaded.probabilities(x), tiny_model.probabilities(x), atol=1e-3)
    assert loaded.temperature == tiny_model.temperature


def test_predict_returns_probabilities_and_evidence(tiny_model, monkeypatch):
    monkeypatch.setattr("newsaudit.models.embeddings.embed", fake_embed)
    body = [
        "",
        "Nothing here.",
        "The meteorite story is a hoax, officials denied it.",
        "Report on meteorite crater managua.",
    ]
    result = stance.predict("meteorite crater managua nicaragua news", body, tiny_model)
    assert result.label in stance.LABELS
    assert sum(result.probabilities.values()) == pytest.approx(1.0)
    assert result.evidence and all(body[i].strip() for i in result.evidence)
    assert 3 in result.evidence


def _write_csvs(folder: Path) -> tuple[Path, Path]:
    bodies, pairs = synthetic()
    write_fnc_csvs({b: " ".join(s) for b, s in bodies.items()}, pairs[:40], folder)
    return folder / "bodies.csv", folder / "stances.csv"


def test_eval_cli_json_keys(tiny_model, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("newsaudit.models.embeddings.embed", fake_embed)
    model_path = tmp_path / "m.npz"
    tiny_model.save(model_path)
    bodies_csv, stances_csv = _write_csvs(tmp_path)
    code = main(
        [
            "eval",
            "stance",
            "--bodies",
            str(bodies_csv),
            "--stances",
            str(stances_csv),
            "--model",
            str(model_path),
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    for key in (
        "fnc_score",
        "fnc_score_max",
        "fnc_score_relative",
        "macro_f1",
        "per_class",
        "confusion",
        "pairs",
    ):
        assert key in result
    assert result["pairs"] == 40
    assert set(result["per_class"]) == set(stance.LABELS)


def test_eval_cli_rejects_unknown_label(tmp_path, capsys):
    bodies_csv, stances_csv = _write_csvs(tmp_path)
    with open(stances_csv, "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["x", "000", "maybe"])
    code = main(
        [
            "eval",
            "stance",
            "--bodies",
            str(bodies_csv),
            "--stances",
            str(stances_csv),
            "--model",
            str(tmp_path / "absent.npz"),
        ]
    )
    assert code == 2
    assert "unknown stance labels" in capsys.readouterr().err


def test_missing_artifact_names_the_train_command(tmp_path):
    with pytest.raises(ModelMissingError, match="newsaudit train stance"):
        stance.load_model(str(tmp_path / "absent.npz"))


def seed_parts(text: str) -> tuple[str, list[str]]:
    """Standfirst and body paragraphs (after the first two, before credit line and bio)."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    body = paragraphs[2:]
    credit = next(i for i, p in enumerate(body) if p.startswith("Quotes in this story"))
    return paragraphs[1], body[:credit]


def test_shipped_model_on_the_seed(seed_text):
    if not stance.ARTIFACT.exists():
        pytest.skip("no shipped stance artifact")
    standfirst, paragraphs = seed_parts(seed_text)
    sentences = [s for p in paragraphs for s in stance.split_sentences(p)]
    result = stance.predict(standfirst, sentences)
    assert result.label in stance.LABELS
    assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
    assert result.evidence and all(0 <= i < len(sentences) for i in result.evidence)
    assert result.label != "agree"  # the project's reading: the body does not support it


def test_embedding_memo_survives_being_cleared() -> None:
    import numpy as np

    from newsaudit.models import stance

    calls: list[list[str]] = []

    def fake_embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[float(len(t))] for t in texts], dtype=np.float32)

    stance._RECENT.clear()
    first = stance._recent_vectors(["a", "bb"], fake_embed)
    many = [f"s{i}" for i in range(stance.RECENT_LIMIT)]
    again = stance._recent_vectors(["a", *many], fake_embed)
    assert first[:, 0].tolist() == [1.0, 2.0]
    assert again[0, 0] == 1.0 and again.shape == (len(many) + 1, 1)
    assert stance._recent_vectors(["a"], fake_embed)[0, 0] == 1.0
    assert calls[0] == ["a", "bb"]  # each text once, in order


def test_static_embedder_sums_piece_rows_and_normalises() -> None:
    from newsaudit.models.embeddings import VOCAB, piece_ids

    table = np.zeros((VOCAB, 4), np.float16)
    rain, city = piece_ids("rain")[0], piece_ids("city")[0]
    table[rain] = [3, 0, 0, 0]
    table[city] = [0, 4, 0, 0]
    vectors = stance.static_embedder(table)(["rain city", "", "rain"])
    assert np.allclose(vectors[0], [0.6, 0.8, 0, 0])
    assert not vectors[1].any()  # nothing to embed stays a zero row, not NaN
    assert np.allclose(vectors[2], [1, 0, 0, 0])


def test_model_with_pieces_round_trips_and_embeds_without_minilm(
    tiny_model, tmp_path, monkeypatch
) -> None:
    def no_minilm(texts):
        raise AssertionError("MiniLM must not run when the model ships static pieces")

    monkeypatch.setattr("newsaudit.models.embeddings.embed", no_minilm)
    pieces = np.random.default_rng(0).normal(size=(30522, 8)).astype(np.float16)
    model = stance.Model(tiny_model.booster, tiny_model.idf, 1.0, {}, pieces)
    model.save(tmp_path / "m.npz")
    loaded = stance.Model.load(tmp_path / "m.npz")
    assert np.array_equal(loaded.pieces, pieces)
    assert loaded.embedder()(["a storm hit the coast"]).shape == (1, 8)


def test_shipped_stance_model_ships_distilled_pieces() -> None:
    model = stance.load_model()
    assert model.meta["embedding"] == "minilm-static" and model.pieces is not None
    a, b, c = model.embedder()(
        [
            "Floods forced thousands from their homes.",
            "Thousands fled rising flood water.",
            "The central bank raised interest rates.",
        ]
    )
    assert a @ b > a @ c


def test_voices_of_a_sentence() -> None:
    def voices(sentence: str) -> list[float]:
        return stance._voices(sentence, stance.words(sentence))

    assert voices("The mayor said the bridge will close.") == [1, 0, 0, 0]
    assert voices("Officials called the photo a hoax.") == [0, 1, 0, 0]
    assert voices("The bridge will never close.") == [0, 0, 1, 0]
    assert voices("Police confirmed the arrest.") == [0, 0, 0, 1]
    assert voices("Is the bridge closing?") == [1, 0, 0, 0]
    assert voices("The bridge closes on Monday.") == [0, 0, 0, 0]


def test_claim_voice_tells_a_flat_claim_from_a_reported_one() -> None:
    # sentence 0 states the claim flat, sentence 1 reports it, sentence 2 is off topic
    voices = np.array([[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]], np.float32)
    overlap = np.array([1.0, 0.5, 0.0])
    flat = stance.claim_voice(np.array([0.9, 0.4, 0.1]), overlap, voices)
    reported = stance.claim_voice(np.array([0.4, 0.9, 0.1]), overlap[[1, 0, 2]], voices)
    assert len(flat) == 5 * len(stance.VOICES)
    # reporting voice: best cosine inside / outside it, best overlap inside / outside, share
    assert flat[:5] == pytest.approx([0.4, 0.9, 0.5, 1.0, flat[4]])
    assert reported[:4] == pytest.approx([0.9, 0.4, 1.0, 0.5])
    assert flat[4] < 0.05 < 0.95 < reported[4]  # attention sits on the closest sentence
    # no refuting sentence at all: cosine -1 and overlap 0 inside, the body's best outside
    assert flat[5:9] == pytest.approx([-1.0, 0.9, 0.0, 1.0])
    assert flat[9] == 0.0


def test_feature_rows_carry_the_voice_block(tiny_model) -> None:
    bodies, pairs = synthetic()
    x = stance.feature_matrix(pairs[:4], bodies, tiny_model.idf, fake_embed)
    assert x.shape[1] == 53 + 384  # dense features, then the headline-by-top-3 products
    assert tiny_model.meta["features_version"] == stance.FEATURES_VERSION


def test_an_artifact_of_older_features_is_refused(tiny_model, tmp_path) -> None:
    model = stance.Model(tiny_model.booster, tiny_model.idf, 1.0, {"features": 289})
    model.save(tmp_path / "old.npz")
    with pytest.raises(NewsauditError, match="retrain"):
        stance.load_model(str(tmp_path / "old.npz"))
