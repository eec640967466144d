"""Clickbait: training on tiny synthetic headlines, determinism, the eval CLI's JSON, and the
shipped artifact on the held-out part of ../shared (skipped when either is absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from newsaudit.cli import main
from newsaudit.errors import ModelMissingError
from newsaudit.models import clickbait

BAIT = [
    "You Won't Believe What This Dog Did Next",
    "17 Things Only Nineties Kids Will Understand",
    "This Simple Trick Will Change Your Life Forever",
    "Here's Why Everyone Is Talking About This Photo",
    "21 Pictures That Will Make You Say Aww",
    "What Happened Next Will Shock You",
    "Can You Guess Which Celebrity This Is?",
    "These 9 Cats Are Having A Worse Day Than You",
]
NEWS = [
    "Parliament approves budget after lengthy debate",
    "Earthquake of magnitude 6.1 strikes northern Chile",
    "Central bank holds interest rates steady",
    "Ceasefire declared in eastern Aleppo, officials say",
    "Oil prices fall as supply concerns ease",
    "Court upholds ruling on water rights in Arizona",
    "Senate confirms new ambassador to Japan",
    "Floods displace thousands in southern India",
]


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in ((clickbait.FILES[1], BAIT), (clickbait.FILES[0], NEWS)):
        with gzip.open(folder / name, "wt", encoding="utf-8") as handle:
            handle.write("\n\n".join(lines) + "\n")
    return folder


@pytest.fixture(scope="module")
def tiny_model() -> clickbait.Model:
    return clickbait.train(BAIT + NEWS, [1] * len(BAIT) + [0] * len(NEWS))


def test_reads_two_files_and_drops_blank_lines(tmp_path):
    texts, labels = clickbait.read_folder(write_folder(tmp_path))
    assert len(texts) == 16 and sum(labels) == 8


def test_learns_the_training_headlines(tiny_model):
    scores = tiny_model.probability(BAIT + NEWS)
    assert all(0 <= s <= 1 for s in scores)
    assert min(scores[: len(BAIT)]) > max(scores[len(BAIT) :])


def test_unseen_headlines_rank_sensibly(tiny_model):
    bait, news = tiny_model.probability(
        ["You Won't Believe These 12 Photos", "Parliament debates water ruling in Chile"]
    )
    assert bait > news


def test_training_is_deterministic(tiny_model):
    again = clickbait.train(BAIT + NEWS, [1] * len(BAIT) + [0] * len(NEWS))
    assert np.array_equal(again.coef, tiny_model.coef)


def test_save_load_round_trip(tiny_model, tmp_path):
    tiny_model.save(tmp_path / "c.npz")
    loaded = clickbait.Model.load(tmp_path / "c.npz")
    assert np.allclose(loaded.probability(NEWS), tiny_model.probability(NEWS), atol=1e-4)


def test_heldout_split_is_stable_and_near_20_percent():
    texts = [f"headline number {i}" for i in range(3000)]
    share = np.mean([clickbait.is_heldout(t) for t in texts])
    assert 0.17 < share < 0.23
    assert clickbait.is_heldout("A  Headline") == clickbait.is_heldout("a headline")


def test_metrics_hand_computed():
    result = clickbait.metrics([1, 1, 0, 0], [0.9, 0.4, 0.2, 0.6])
    assert result == {"accuracy": 0.5, "f1": 0.5, "roc_auc": 0.75, "n": 4}


def test_eval_cli_json_keys(tiny_model, tmp_path, capsys):
    tiny_model.save(tmp_path / "c.npz")
    code = main(
        [
            "eval",
            "clickbait",
            "--data",
            str(write_folder(tmp_path / "d")),
            "--model",
            str(tmp_path / "c.npz"),
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"accuracy", "f1", "roc_auc", "n"}
    assert result["n"] == 16 and result["accuracy"] == 1.0


def test_missing_artifact_names_the_train_command(tmp_path):
    with pytest.raises(ModelMissingError, match="newsaudit train clickbait"):
        clickbait.load_model(str(tmp_path / "absent.npz"))


@pytest.mark.shared
def test_shipped_model_on_heldout_headlines():
    from conftest import shared_path

    folder = shared_path("data", "clickbait")
    if not clickbait.ARTIFACT.exists():
        pytest.skip("no shipped clickbait artifact")
    texts, labels = clickbait.split(*clickbait.read_folder(folder), "heldout")
    result = clickbait.metrics(labels, clickbait.probability(texts))
    assert result["accuracy"] >= 0.98
