"""The corpus commands end to end, and the reuse benchmark's generator and scorer."""

from __future__ import annotations

import json
import random

import pytest

from newsaudit.cli import main
from newsaudit.corpus.bench import Derived, Gold, edit_passage, score
from newsaudit.ingest import article_from_parts

STORY = (
    "Firefighters contained a blaze at a warehouse in the docklands on Sunday night after "
    "crews from four stations worked for six hours to stop it spreading to nearby homes. "
    "No one was hurt, the fire service said, but two hundred residents spent the night in a "
    "school hall. Investigators will examine the building on Monday to find the cause."
)
OTHER = (
    "The national orchestra announced a new principal conductor on Friday, choosing a "
    "thirty-four-year-old violinist who has led its youth ensemble since 2019. She will "
    "take up the post in September and conduct eight concerts in her first season."
)


@pytest.fixture()
def db(tmp_path, capsys) -> str:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "fire-1", "title": "Warehouse fire contained", "text": STORY, "date": "2024-06-02"},
        {
            "id": "fire-2",
            "title": "Docklands blaze",
            "text": STORY + " More to follow.",
            "date": "2024-06-01",
        },
        {"id": "music-1", "title": "Orchestra names conductor", "text": OTHER},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    url = str(tmp_path / "c.sqlite")
    assert main(["corpus", "ingest", str(src), "--db", url, "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    return url


def test_trace_by_id_json(db, capsys):
    assert main(["corpus", "trace", "fire-1", "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"reused_share", "passages", "earliest_source"}
    [p] = result["passages"]
    assert set(p) == {"start", "end", "source_id", "source_start", "source_end", "similarity"}
    assert p["source_id"] == "fire-2"
    assert result["earliest_source"]["date"] == "2024-06-01"
    assert result["reused_share"] > 0.9


def test_trace_text_output_and_unknown_id(db, capsys, tmp_path):
    path = tmp_path / "new.txt"
    path.write_text("Round-up\n\n" + OTHER, encoding="utf-8")
    assert main(["corpus", "trace", str(path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "from music-1" in out and "reused share" in out
    assert main(["corpus", "trace", "nope", "--db", db]) == 2
    assert "no article with id" in capsys.readouterr().err


def test_clusters_json(db, capsys):
    assert main(["corpus", "clusters", "--db", db, "--json"]) == 0
    [cluster] = json.loads(capsys.readouterr().out)["clusters"]
    assert cluster["earliest"]["source_id"] == "fire-2"
    assert {m["source_id"] for m in cluster["members"]} == {"fire-1", "fire-2"}


def test_edit_passage_is_light_and_deterministic():
    a = edit_passage(STORY, random.Random(3), ["banana"])
    b = edit_passage(STORY, random.Random(3), ["banana"])
    assert a == b and a != STORY
    assert abs(len(a.split()) - len(STORY.split())) <= 6


def test_score_counts_passages_by_source_and_overlap():
    article = article_from_parts(STORY)
    gold = [Gold(0, 100, "s1")]
    derived = [Derived("verbatim", article, gold), Derived("unrelated", article, [])]
    predictions = [
        {
            "passages": [
                {"start": 10, "end": 100, "source_id": "s1"},
                {"start": 200, "end": 260, "source_id": "s2"},
            ]
        },
        {"passages": []},
    ]
    scores = score(derived, predictions)
    assert scores["verbatim"]["precision"] == 0.5 and scores["verbatim"]["recall"] == 1.0
    assert scores["verbatim"]["article_accuracy"] == 0.0
    assert scores["unrelated"]["article_accuracy"] == 1.0
    wrong_source = [{"passages": [{"start": 0, "end": 100, "source_id": "s9"}]}, {"passages": []}]
    assert score(derived, wrong_source)["verbatim"]["recall"] == 0.0


@pytest.mark.shared
@pytest.mark.slow
def test_eval_reuse_runs_on_the_shared_corpora(capsys):
    from conftest import shared_path

    base = shared_path("data", "corpora", "bbc", "articles.jsonl").parents[3]
    assert (
        main(["eval", "reuse", "--json", "--seed", "3", "--articles", "15", "--data", str(base)])
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["derived_articles"] > 30
    assert result["kinds"]["verbatim"]["f1"] > 0.8


@pytest.mark.slow
def test_quotes_across_articles_with_a_conflicting_attribution(tmp_path, capsys):
    said = "We will rebuild the bridge before the winter floods arrive, whatever it costs"
    rows = [
        {
            "id": "q1",
            "title": "Mayor promises bridge",
            "date": "2024-01-10",
            "text": f'Mayor Anna Kessler said: "{said}." The council meets on Monday.',
        },
        {
            "id": "q2",
            "title": "Bridge pledge",
            "date": "2024-01-11",
            "text": f'"{said.replace("winter", "spring")}," Mayor Anna Kessler told reporters.',
        },
        {
            "id": "q3",
            "title": "Minister on bridge",
            "date": "2024-01-12",
            "text": f'Transport minister Paul Ortega said: "{said}." Officials would not comment.',
        },
        {"id": "q4", "title": "Other news", "text": 'The coach said: "We played well today."'},
    ]
    src = tmp_path / "q.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    url = str(tmp_path / "q.sqlite")
    assert main(["corpus", "ingest", str(src), "--db", url, "--analyze", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["corpus", "quotes", said, "--db", url, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [m["source_id"] for m in result["appearances"]] == ["q1", "q2", "q3"]
    assert result["first_appearance"]["source_id"] == "q1"
    assert {c["speaker"].split()[-1] for c in result["conflicts"]} == {"Kessler", "Ortega"}
