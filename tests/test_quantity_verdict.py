"""The learned verdict on the quantity rules' readings: its features, its artifact, how it
withdraws readings, and how its training rows are labelled."""

from __future__ import annotations

import pytest

from newsaudit.cli import main
from newsaudit.document import build_document
from newsaudit.evaluation.quantity_labels import LabelRow, reading_right
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.quantities.verdict import (
    QuantityVerdict,
    apply_verdict,
    asks_verdict,
    load_verdict,
    reading_features,
    word_shape,
)
from newsaudit.extractors.structure import extract_structure
from newsaudit.ingest import article_from_parts
from newsaudit.training.quantity_verdict import reading_label

TEXT = "Set accept = 873 in the config file. The agency counted 12 cases in May."


def _readings(text: str = TEXT):
    doc = build_document(article_from_parts(text, None, date="2024-05-15"))
    return doc, extract_quantities(doc, extract_structure(doc), learned=False)


def _covering(found, fragment: str):
    start = TEXT.index(fragment)
    return next(q for q in found if q.span.start < start + len(fragment) and start < q.span.end)


def test_word_shape_collapses_runs():
    assert word_shape("2,016") == "d,d"
    assert word_shape("Apollo") == "Xx"
    assert word_shape("[3]") == "[d]"


def test_features_name_the_words_marks_and_line_around_a_reading():
    doc, found = _readings()
    mark = _covering(found, "873")
    features = reading_features(doc, mark)
    assert f"kind={mark.kind}" in features
    assert "prev_text==" in features and "line_code=True" in features
    cases = reading_features(doc, _covering(found, "12 cases"))
    assert "prev_lower=counted" in cases and "prev_text==" not in cases


def test_a_verdict_withdraws_only_what_it_scores_past_its_threshold():
    doc, found = _readings()
    verdict = QuantityVerdict({"prev_text==": 6.0}, -3.0, 0.5)
    kept = apply_verdict(doc, found, verdict)
    assert _covering(found, "873") not in kept
    assert _covering(found, "12 cases") in kept
    assert apply_verdict(doc, found, None) == found


def test_the_artifact_round_trips():
    verdict = QuantityVerdict({"kind=count": -0.5, "char_before=[": 2.25}, -1.5, 0.3)
    again = QuantityVerdict.from_json(verdict.to_json({"rows": 2}))
    assert again == verdict
    with pytest.raises(ValueError):
        QuantityVerdict.from_json('{"format": "something-else"}')


def test_the_stage_applies_the_shipped_verdict_unless_told_not_to():
    doc, raw = _readings()
    learned = extract_quantities(doc, extract_structure(doc))
    assert learned == apply_verdict(doc, raw, load_verdict())


def test_training_labels_come_from_the_spans_under_a_reading():
    _doc, found = _readings()
    mark = _covering(found, "873")
    none_row = LabelRow("p", mark.span.start, mark.span.end, "none", None, None, None)
    count_row = LabelRow("p", mark.span.start, mark.span.end, "count", 3.0, None, None)
    far_row = LabelRow("p", 0, 5, "count", 3.0, "trials", None)
    assert reading_label(mark, [none_row]) == 1
    assert reading_label(mark, [none_row, count_row]) == 0
    assert reading_label(mark, [far_row]) is None


def test_a_none_label_is_right_only_when_nothing_is_reported_there():
    _doc, found = _readings()
    cases = _covering(found, "12 cases")
    row = LabelRow("p", cases.span.start, cases.span.end, "count", 12.0, "cases", None)
    assert reading_right(row, found)
    span = (row.start, row.end)
    assert not reading_right(LabelRow("p", *span, "none", None, None, None), found)
    assert not reading_right(LabelRow("p", *span, "count", 13.0, "cases", None), found)
    assert reading_right(LabelRow("p", 0, 4, "none", None, None, None), [])


@pytest.mark.parametrize("name", ["quantity_labels_final5.tsv", "quantity_labels_dev5.tsv"])
def test_training_refuses_a_blind_sample(tmp_path, capsys, name):
    labels = tmp_path / name
    labels.write_text("page\tstart\tend\tkind\tvalue\tunit\tresolved_date\n", encoding="utf-8")
    code = main(["train", "quantities", "--labels", str(labels), "--out", str(tmp_path / "v.json")])
    assert code == 2
    assert "never trained on" in capsys.readouterr().err
    assert not (tmp_path / "v.json").exists()


def test_training_needs_somewhere_to_write(tmp_path, capsys):
    assert main(["train", "quantities", "--labels", str(tmp_path / "none.tsv")]) == 2
    assert "--out" in capsys.readouterr().err


STATS = (
    "Scoring: Mika Sorensen 2 goals, 1 assist; Dale Price 1 goal, 2 assists.\n\n"
    "You are one strong woman."
)


def test_counts_of_a_lower_case_noun_are_not_judged_but_idioms_of_one_are():
    doc = build_document(article_from_parts(STATS, None, date="2024-03-10"))
    found = extract_quantities(doc, extract_structure(doc), learned=False)
    judged = {q.span.text: asks_verdict(doc, q) for q in found}
    assert judged["2 goals"] is False and judged["2 assists"] is False
    assert judged["one strong woman"] is True


def test_the_shipped_verdict_keeps_a_statistics_line_after_names():
    doc = build_document(article_from_parts(STATS, None, date="2024-03-10"))
    raw = extract_quantities(doc, extract_structure(doc), learned=False)
    kept = extract_quantities(doc, extract_structure(doc))
    stats = [q for q in raw if q.unit in ("goals", "goal", "assist", "assists")]
    assert len(stats) == 4
    assert all(q in kept for q in stats)
