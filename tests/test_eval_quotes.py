"""The PolNeAR-format evaluation: split, matching, exact and overlap scores, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsaudit.cli import main
from newsaudit.errors import InputError
from newsaudit.evaluation.quotes import (
    ROLES,
    correct_quotes,
    gold_kind,
    load_records,
    new_tallies,
    score_document,
    summarise,
)
from newsaudit.evaluation.splits import bucket_of, in_split, split_of
from newsaudit.findings import Quote, Speaker
from newsaudit.spans import make_span

TEXT = "Mayor Anna Berg said the bridge will open in May. Critics disagreed."


def frag(text: str, piece: str) -> dict:
    start = text.index(piece)
    return {"start": start, "end": start + len(piece), "text": piece}


def gold(text: str, source: str, cue: str, content: str) -> dict:
    return {
        "id": "E1",
        "type": "attribution",
        "source": [frag(text, source)] if source else [],
        "cue": [frag(text, cue)],
        "content": [frag(text, content)],
    }


def predicted(text: str, source: str, cue: str, content: str) -> Quote:
    def span(piece: str):
        start = text.index(piece)
        return make_span(text, start, start + len(piece))

    return Quote(
        "indirect", span(content), span(cue), Speaker(source, None, "person", span(source))
    )


def scores_for(preds: list[Quote], golds: list[dict]) -> dict:
    tallies = new_tallies()
    score_document(TEXT, preds, golds, tallies)
    return summarise(tallies, 1)


def test_parts_are_deterministic_and_sized() -> None:
    ids = [f"doc-{i}" for i in range(3000)]
    parts = [split_of(i) for i in ids]
    assert parts == [split_of(i) for i in ids]
    share = {p: parts.count(p) / len(ids) for p in ("development", "train", "final")}
    assert 0.17 < share["development"] < 0.23
    assert 0.17 < share["final"] < 0.23  # a third of buckets 2-4
    assert abs(sum(share.values()) - 1.0) < 1e-9


def test_final_part_never_holds_a_document_whose_errors_were_read() -> None:
    ids = [f"doc-{i}" for i in range(3000)]
    final = [i for i in ids if split_of(i) == "final"]
    assert final and all(bucket_of(i) >= 2 for i in final)  # not development, not bucket 1
    rest = [i for i in ids if bucket_of(i) >= 2 and split_of(i) != "final"]
    assert len(rest) > len(final)  # the salt keeps only some of buckets 2-4
    assert all(not in_split(i, "nonfinal") for i in final)
    assert all(in_split(i, "nonfinal") for i in ids if i not in set(final))
    assert all(in_split(i, "all") for i in ids)


def test_gold_kind_reads_the_quote_marks() -> None:
    text = "He said “we will win.” She said they would lose. He called it “a farce” today."

    def relation(piece: str) -> dict:
        return {"content": [frag(text, piece)]}

    assert gold_kind(text, relation("“we will win.”")) == "direct"
    assert gold_kind(text, relation("they would lose")) == "indirect"
    assert gold_kind(text, relation("it “a farce” today")) == "mixed"


def test_scores_per_kind_add_up_to_the_whole() -> None:
    text = "Berg said “the bridge opens in May.” Ortiz said the road will close."
    golds = [
        gold(text, "Berg", "said", "“the bridge opens in May.”"),
        {**gold(text, "Ortiz", "said", "the road will close"), "id": "E2"},
    ]
    direct = predicted(text, "Berg", "said", "“the bridge opens in May.”")
    tallies = new_tallies()
    score_document(text, [direct], golds, tallies)
    scores = summarise(tallies, 1, "development")
    assert scores["split"] == "development"
    assert scores["kinds"]["direct"]["content"]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert scores["kinds"]["indirect"]["content"]["exact"]["r"] == 0.0
    assert scores["kinds"]["indirect"]["content"]["gold"] == 1
    assert scores["content"]["gold"] == 2
    assert scores["content"]["exact"]["r"] == 0.5


def test_exact_ignores_trailing_punctuation_and_quote_marks() -> None:
    g = gold(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")
    p = predicted(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May.")
    scores = scores_for([p], [g])
    for role in ROLES:
        assert scores[role]["exact"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_overlap_needs_half_the_gold_characters() -> None:
    g = gold(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")
    half = predicted(TEXT, "Berg", "said", "the bridge will open")
    scores = scores_for([half], [g])
    assert scores["content"]["exact"]["f1"] == 0.0
    assert scores["content"]["overlap"]["f1"] == 1.0
    assert scores["source"]["overlap"]["f1"] == 0.0  # 4 of 15 characters


def test_unmatched_predictions_and_gold_cost_precision_and_recall() -> None:
    g = gold(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")
    wrong = predicted(TEXT, "Critics", "disagreed", "Critics disagreed")
    scores = scores_for([wrong], [g])
    assert scores["content"]["overlap"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    right = predicted(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")
    scores = scores_for([right, wrong], [g])
    assert scores["content"]["overlap"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}


def test_load_records_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_records(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no attributions"}\n', encoding="utf-8")
    with pytest.raises(InputError):
        load_records(bad)
    with pytest.raises(InputError):
        load_records(bad, split="test")


def test_cli_prints_json_scores(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    record = {
        "doc_id": "own-1",
        "text": TEXT,
        "attributions": [gold(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")],
    }
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code = main(["eval", "quotes", "--data", str(data), "--split", "all", "--json", "--cache", ""])
    assert code == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 1
    assert scores["content"]["exact"]["r"] == 1.0
    assert scores["source"]["exact"]["r"] == 1.0
    assert set(scores) == {"source", "cue", "content", "kinds", "documents", "split"}
    assert scores["split"] == "all"


def test_cli_text_names_the_part_and_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    ids = [f"own-{i}" for i in range(40)]
    records = [
        {"doc_id": i, "text": TEXT, "attributions": []} for i in ids if split_of(i) == "final"
    ]
    data = tmp_path / "tiny.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--data", str(data), "--split", "final", "--cache", ""]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"split: final  documents: {len(records)}"


def test_a_file_other_than_the_development_file_is_scored_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """Without --split, a test file is scored whole (not its hash-selected fifth), and the
    command says which part it scored and how many documents."""
    records = [
        {
            "doc_id": f"own-{n}",
            "text": TEXT,
            "attributions": [gold(TEXT, "Mayor Anna Berg", "said", "the bridge will open in May")],
        }
        for n in range(12)
    ]
    data = tmp_path / "unseen.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["eval", "quotes", "--data", str(data), "--json", "--cache", ""]) == 0
    captured = capsys.readouterr()
    scores = json.loads(captured.out)
    assert (scores["split"], scores["documents"]) == ("all", 12)
    assert "scored the 'all' part" in captured.err and "12 documents" in captured.err
    dev = tmp_path / "polnear_dev.jsonl"
    dev.write_text(data.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["eval", "quotes", "--data", str(dev), "--json", "--cache", ""]) == 0
    scores = json.loads(capsys.readouterr().out)
    wanted = sum(split_of(r["doc_id"]) == "development" for r in records)
    assert (scores["split"], scores["documents"]) == ("development", wanted)


def test_cli_reports_a_missing_file_as_one_line(capsys: pytest.CaptureFixture) -> None:
    assert main(["eval", "quotes", "--data", "/nonexistent/x.jsonl"]) == 2
    assert "no such data file" in capsys.readouterr().err


def test_correct_quotes_labels_by_the_scoring_match() -> None:
    text = TEXT
    right = predicted(text, "Mayor Anna Berg", "said", "the bridge will open in May")
    short = predicted(text, "Mayor Anna Berg", "said", "May")
    elsewhere = predicted(text, "Critics", "disagreed", "Critics disagreed")
    relation = gold(text, "Mayor Anna Berg", "said", "the bridge will open in May")
    assert correct_quotes(text, [right, elsewhere], [relation]) == [True, False]
    assert correct_quotes(text, [short], [relation]) == [False]


def test_train_writes_both_artifacts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    lines = []
    ids = [f"d{i}" for i in range(40) if split_of(f"d{i}") != "final"][:8]
    for doc_id, (name, verb) in zip(ids, [("Anna", "said"), ("Tom", "claimed")] * 4, strict=True):
        text = f"{name} {verb} the river rose. Critics said the road flooded."
        relation = gold(text, name, verb, "the river rose")  # the second is left unmarked
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "attributions": [relation]}))
    final = "Ben said the dam held."
    final_gold = gold(final, "Ben", "said", "the dam held")
    final_id = next(f"f{i}" for i in range(99) if split_of(f"f{i}") == "final")
    lines.append(json.dumps({"doc_id": final_id, "text": final, "attributions": [final_gold]}))
    data = tmp_path / "tiny.jsonl"
    data.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "cues.json"
    args = ["train", "quotes", "--data", str(data), "--out", str(out)]
    assert main([*args, "--cache", ""]) == 0
    filter_payload = json.loads((tmp_path / "quotes_filter.json").read_text(encoding="utf-8"))
    assert filter_payload["format"] == "newsaudit-quote-filter/1"
    assert json.loads(out.read_text(encoding="utf-8"))["threshold"] == 0.3
    bounds = json.loads((tmp_path / "quotes_bounds.json").read_text(encoding="utf-8"))
    assert bounds["format"] == "newsaudit-quote-bounds/1"
    assert set(bounds["rankers"]) <= {"cue/start", "cue/end", "content/start"}
    assert json.loads(capsys.readouterr().out)["filter"]["documents"] == 8  # not the final one


def test_cv_scores_every_fold_with_models_that_never_saw_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """`eval quotes --cv --without-bounds`: pooled scores for the shipped extractor and the
    same fits without the boundary model, folds by bucket, and the final part left out."""
    ids = [f"d{i}" for i in range(200) if split_of(f"d{i}") != "final"]
    by_bucket: dict[int, list[str]] = {}
    for doc_id in ids:
        by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
    chosen = [doc_id for bucket in sorted(by_bucket)[:3] for doc_id in by_bucket[bucket][:4]]
    lines = []
    pairs = [("Anna", "said"), ("Tom", "claimed"), ("Lea", "said")] * 4
    for doc_id, (name, verb) in zip(chosen, pairs, strict=True):
        text = f"{name} {verb} the river rose. Critics said the road flooded."
        relations = [gold(text, name, verb, "the river rose")]
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "attributions": relations}))
    final_id = next(f"f{i}" for i in range(99) if split_of(f"f{i}") == "final")
    final = "Ben said the dam held."
    lines.append(
        json.dumps(
            {
                "doc_id": final_id,
                "text": final,
                "attributions": [gold(final, "Ben", "said", "the dam held")],
            }
        )
    )
    data = tmp_path / "tiny.jsonl"
    data.write_text("\n".join(lines), encoding="utf-8")
    args = ["eval", "quotes", "--data", str(data), "--cv", "--without-bounds", "--json"]
    assert main([*args, "--cache", ""]) == 0
    result = json.loads(capsys.readouterr().out)
    folds = {int(k) for k in result["folds"]}
    assert folds == {bucket_of(d) for d in chosen}  # every fold that holds documents, only those
    assert sum(f["documents"] for f in result["folds"].values()) == len(chosen)  # not the final
    for scores in (result["pooled"], result["without_bounds"]):
        assert scores["content"]["gold"] == len(chosen)
        assert 0.0 <= scores["content"]["overlap"]["f1"] <= 1.0
    assert result["calibration"]["n"] >= 0
