"""Pronoun and nominal speakers resolved to the named person, and the evaluation that scores it
(`newsaudit.evaluation.coref`), on short hand-written texts (no shared data)."""

from __future__ import annotations

import json

from newsaudit.document import build_document
from newsaudit.evaluation.coref import (
    LABELS,
    evaluate,
    load_labels,
    main,
    names_match,
    summarise,
)
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.findings import Structure


def speaker_of(text: str, mention: str, nth: int = 0) -> str | None:
    """The resolved name of the quote whose speaker span is the ``nth`` ``mention``."""
    quotes = [
        q
        for q in extract_quotes(build_document(text), Structure())
        if q.speaker.span is not None and q.speaker.span.text == mention
    ]
    assert len(quotes) > nth, [q.speaker.span.text for q in quotes if q.speaker.span]
    return quotes[nth].speaker.name


# --- the resolver -------------------------------------------------------------------------


def test_definite_description_resolves_to_the_person_named_before() -> None:
    text = (
        "Oscar-winning actress Susan Sarandon is not sure she can vote for the senator.\n\n"
        "The actress said she was tired of the status quo."
    )
    assert speaker_of(text, "The actress") == "Susan Sarandon"


def test_description_prefers_the_person_whose_title_holds_its_noun() -> None:
    text = (
        "Former President Bill Clinton campaigned in Flint with the mayor, Karen Weaver.\n\n"
        "During the rally, the former president said the insurance model does not work."
    )
    assert speaker_of(text, "the former president") == "Bill Clinton"


def test_description_after_an_indefinite_one_brings_in_someone_new() -> None:
    text = (
        "Jane Cole opened the bridge on Monday. A woman in the crowd shouted at her.\n\n"
        "The woman said the bridge came ten years too late."
    )
    assert speaker_of(text, "The woman") == "The woman"


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = (
        "Bill Clinton spoke in Flint for his wife Hillary Clinton on Monday. "
        "Bill Clinton said the system was crazy. Hillary Clinton said she would fix it."
    )
    assert speaker_of(text, "Bill Clinton") == "Bill Clinton"
    assert speaker_of(text, "Hillary Clinton") == "Hillary Clinton"


def test_pronoun_skips_a_speaker_whose_gender_the_article_shows() -> None:
    text = (
        "Caroline Reyes, a nurse, went to the rally, and she cheered.\n\n"
        "Ben Jacobs said his editor agreed the rally was loud.\n\n"
        "“He truly cares about people,” she said."
    )
    assert speaker_of(text, "she", nth=0) == "Caroline Reyes"


def test_pronoun_takes_the_subject_named_after_the_last_speaker() -> None:
    text = (
        "Anna Berg said the road would open in May.\n\n"
        "On Tuesday, Tom Vale visited the site, and he said it would not."
    )
    assert speaker_of(text, "he") == "Tom Vale"


def test_pronoun_ignores_a_name_inside_a_quote() -> None:
    text = (
        "Mayor Anna Berg, a Democrat, spoke on Monday, and she was blunt.\n\n"
        "“I think Bernie Sanders is right,” she said."
    )
    assert speaker_of(text, "she") == "Anna Berg"


# --- the evaluation -----------------------------------------------------------------------


def test_names_match_by_surname_with_agreeing_first_names() -> None:
    assert names_match("Hillary Rodham Clinton", "Hillary Clinton")
    assert names_match("Clinton", "Bill Clinton")
    assert names_match("Nicholas Daniloff", "Nick Daniloff")
    assert names_match("Sen. Chris Murphy", "Chris Murphy")
    assert not names_match("Hillary Clinton", "Bill Clinton")
    assert not names_match("Donald Trump", "Melania Trump")
    assert not names_match(None, "Bill Clinton")
    assert names_match("Caroline Reyes", "Caroline")


def _label(text: str, piece: str, gold: str, kind: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {
        "doc_id": "tiny",
        "start": start,
        "end": start + len(piece),
        "text": piece,
        "kind": kind,
        "gold": gold,
        "antecedent": None,
        "half": "dev",
    }


def test_evaluation_runs_on_a_tiny_hand_written_example() -> None:
    text = (
        "Mayor Anna Berg said the bridge would open in May.\n\n"
        "She said the council agreed. The mayor added that the budget was spent.\n\n"
        "A reporter asked about the cost. The weather was fine."
    )
    labels = [
        _label(text, "She", "Anna Berg", "pronoun"),
        _label(text, "The mayor", "Anna Berg", "nominal"),
        _label(text, "A reporter", "none", "nominal"),
        _label(text, "The weather", "Anna Berg", "nominal"),  # no quote covers it
    ]
    outcomes = evaluate([{"doc_id": "tiny", "text": text}], labels)
    summary = summarise(outcomes)
    assert summary["all"]["labelled"] == 4
    assert summary["pronoun"] == {
        "labelled": 1,
        "found": 1,
        "correct": 1,
        "accuracy_found": 1.0,
        "accuracy_overall": 1.0,
    }
    by_text = {o["text"]: o for o in outcomes}
    assert by_text["The mayor"]["correct"]
    assert not by_text["The weather"]["found"] and not by_text["The weather"]["correct"]
    assert summary["all"]["accuracy_overall"] == round(summary["all"]["correct"] / 4, 3)


def test_shipped_labels_hold_ids_offsets_and_names_only() -> None:
    labels = load_labels(LABELS)
    assert len(labels) >= 150
    assert {label["half"] for label in labels} == {"dev", "heldout"}
    assert {label["kind"] for label in labels} == {"pronoun", "nominal"}
    for label in labels:
        assert label["end"] - label["start"] == len(label["text"]) <= 60
        assert len(label["gold"]) <= 40


def test_cli_without_data_says_so(tmp_path, capsys) -> None:
    assert main(["--data", str(tmp_path / "missing.jsonl")]) == 2
    assert "no data file" in capsys.readouterr().err


def test_cli_reads_errors_of_the_dev_half_only(tmp_path, capsys) -> None:
    text = "Anna Berg said the bridge would open.\n\nShe said the council agreed."
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps({"doc_id": "tiny", "text": text}) + "\n")
    label = _label(text, "She", "Anna Berg", "pronoun") | {"half": "heldout"}
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label) + "\n")
    args = ["--data", str(data), "--labels", str(labels), "--half", "heldout"]
    assert main([*args, "--errors"]) == 2
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["all"]["labelled"] == 1


def test_pronoun_prefers_a_person_the_article_shows_to_be_of_its_gender() -> None:
    text = (
        "Tom Vale said his budget was spent.\n\n"
        "Alex Reed “caused tremendous havoc,” he said after meeting Sam Ortiz."
    )
    assert speaker_of(text, "he") == "Tom Vale"


def test_possessive_name_resolves_without_the_possessive() -> None:
    text = "Dismayed by Bill Clinton's years in office, he said the party had changed."
    assert speaker_of(text, "he") == "Bill Clinton"
