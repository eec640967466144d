"""The real-pages evaluation: its split, name matching, labels and snippet roles."""

from __future__ import annotations

import json

import pytest

from newsaudit.evaluation.real_pages import (
    Page,
    Tally,
    _score_author,
    _snippet_roles,
    author_names,
    load_labels,
    main,
    part_of,
)


def test_the_final_part_is_a_fixed_fifth_by_file_name():
    names = [f"page-{i}.html.gz" for i in range(2000)]
    final = [n for n in names if part_of(n) == "final"]
    assert 300 < len(final) < 500
    assert part_of("page-7.html.gz") == part_of("page-7.html.gz")


def test_author_names_ignore_case_separators_and_order():
    assert author_names("Jane Roe; Tom Lee") == author_names("TOM LEE and jane roe")
    assert author_names(None) == set()


def test_author_scoring_counts_exact_and_set_matches(tmp_path):
    tally = Tally()
    page = Page("x", tmp_path / "x.gz", {"author": ["Jane Roe", "Tom Lee"]})
    _score_author(page, {"article": {"author": "Tom Lee; Jane Roe"}}, tally, errors=False)
    assert (tally.author_gold, tally.author_exact, tally.author_set) == (1, 0, 1)


def test_labels_skip_comments_and_header(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("# note\npart\tpage\tlabel\ndev\tsite/a\tsupported\n", encoding="utf-8")
    assert load_labels(path) == {"site/a": "supported"}
    assert load_labels(tmp_path / "missing.tsv") == {}


def test_snippet_roles_follow_white_space_folding():
    text = "Title\n\nBody  text here.\n\nSign up now"
    report = {
        "text": text,
        "structure": {
            "paragraphs": [
                {"span": {"start": 0, "end": 5}, "role": "headline"},
                {"span": {"start": 7, "end": 23}, "role": "body"},
                {"span": {"start": 25, "end": 36}, "role": "boilerplate"},
            ]
        },
    }
    assert _snippet_roles(report, "Sign up now") == ["boilerplate"]
    assert _snippet_roles(report, "Body text here.") == ["body"]
    assert _snippet_roles(report, "not there") is None


@pytest.mark.parametrize(
    "name",
    ["quantity_labels_final5.tsv", "quantity_labels_heldout.tsv", "quantity_labels_dev5.tsv"],
)
def test_errors_of_a_blind_quantity_sample_are_refused(tmp_path, capsys, name):
    labels = tmp_path / name
    labels.write_text("page\tstart\tend\tkind\tvalue\tunit\tresolved_date\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--root", str(tmp_path), "--quantities", str(labels), "--errors"])
    assert stop.value.code == 2
    assert "stays unread" in capsys.readouterr().err


def test_errors_of_a_development_quantity_sample_are_printed(tmp_path, capsys):
    labels = tmp_path / "quantity_labels_dev9.tsv"
    labels.write_text("page\tstart\tend\tkind\tvalue\tunit\tresolved_date\n", encoding="utf-8")
    assert main(["--root", str(tmp_path), "--quantities", str(labels), "--errors"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "quantities_labelled": 0,
        "quantities_right": 0,
        "quantities_correct": None,
    }
