"""The real-pages quote precision scorer (benchmarks/quote_precision.py) on hand-written data."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from quote_precision import (
    Judged,
    Reported,
    load_judgements,
    match,
    reported_quotes,
    score_page,
    speaker_key,
)

PAGE = "bench/page-1"


def judged(start, end, cue, attribution="yes", speaker="right", who="Ann Lee", row="quote"):
    return Judged(
        row=row,
        page=PAGE,
        part="tune",
        start=start,
        end=end,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        cue_word="said",
        attribution=attribution,
        speaker=speaker if attribution == "yes" else "none-needed",
        speaker_key=speaker_key(who),
    )


def reported(start, end, cue, who="Ann Lee"):
    return Reported(
        start=start,
        end=end,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        cue_word="said",
        speaker_name=who,
        speaker_key=speaker_key(who),
    )


def test_match_needs_half_the_judged_content_and_the_cue():
    rows = [judged(100, 200, (90, 94))]
    assert match([reported(100, 200, (90, 94))], rows) == {0: 0}
    assert match([reported(140, 260, (90, 94))], rows) == {0: 0}  # 60 % covered
    assert match([reported(160, 260, (90, 94))], rows) == {}  # 40 % covered
    assert match([reported(100, 200, (205, 209))], rows) == {}  # another cue
    assert match([reported(100, 200, None)], rows) == {}
    assert match([reported(100, 200, None)], [judged(100, 200, None)]) == {0: 0}


def test_match_is_one_to_one_when_one_content_has_two_cues():
    rows = [judged(100, 200, (90, 94)), judged(100, 200, (205, 209), "yes", "wrong", "A Chart")]
    quotes = [reported(100, 200, (205, 209), "A Chart"), reported(100, 200, (90, 94))]
    assert match(quotes, rows) == {0: 1, 1: 0}


def test_score_counts_precision_speakers_unjudged_dropped_and_misses():
    rows = [
        judged(0, 50, (52, 56)),  # a quote, speaker right
        judged(60, 100, (55, 59), "no"),  # a verb that is not speech
        judged(120, 160, (110, 114), "yes", "wrong", "He"),  # pronoun to the wrong person
        judged(200, 240, (190, 194), "yes", "right", "Bo Chen"),  # its speaker will change
        judged(300, 340, (290, 294)),  # no longer reported
        judged(400, 440, (390, 396), row="missed"),  # found by a new quote
        judged(500, 540, (490, 494), row="missed"),  # still missed
        judged(60, 100, (20, 26), row="missed"),  # overlaps a judged quote only: still missed
    ]
    quotes = [
        reported(0, 50, (52, 56)),
        reported(60, 100, (55, 59), "The rally"),
        reported(120, 160, (110, 114), "He"),
        reported(200, 240, (190, 194), "Ann Lee"),
        reported(400, 440, (390, 396), "Cy Dee"),  # new: unjudged
    ]
    score = score_page(PAGE, quotes, rows)
    summary = score.summary()
    assert summary["reported"] == 5
    assert summary["matched"] == 4
    assert summary["unjudged"] == 1
    assert score.unjudged[0]["content"] == [400, 440]
    assert summary["precision"] == 0.75  # 3 attributions among 4 judged
    assert summary["precision_bounds"] == [0.6, 0.8]
    assert (summary["speaker_right"], summary["speaker_wrong"]) == (1, 1)
    assert summary["speaker_changed"] == 1
    assert score.changed[0]["was"] == "right"
    assert summary["speaker_accuracy"] == 0.5
    assert (summary["dropped_attributions"], summary["dropped_non_quotes"]) == (1, 0)
    assert (summary["missed_labelled"], summary["still_missed"]) == (3, 2)
    assert summary["recall_rough"] == round(3 / (3 + 2 + 1), 3)


def test_reported_quotes_read_the_report_json():
    report = {
        "quotes": [
            {
                "content": {"start": 5, "end": 30},
                "cue": {"start": 0, "end": 4, "text": "said"},
                "speaker": {"name": None, "span": {"start": 40, "end": 42, "text": "He"}},
            },
            {"content": {"start": 50, "end": 60}, "cue": None, "speaker": {"name": None}},
        ]
    }
    first, second = reported_quotes(report)
    assert (first.start, first.end, first.cue_start, first.cue_word) == (5, 30, 0, "said")
    assert first.speaker_key == speaker_key("he")  # case-folded
    assert second.cue_start is None and second.speaker_key == "-"


def test_load_judgements_skips_the_comment_header(tmp_path):
    path = tmp_path / "judgements.tsv"
    columns = (
        "row\tpage_id\tpart\tcontent_start\tcontent_end\tcue_start\tcue_end\tcue_word\t"
        "attribution\tspeaker\tspeaker_key\tnote"
    )
    path.write_text(
        "# who, when, rule\n"
        f"{columns}\n"
        f"quote\t{PAGE}\ttune\t10\t20\t3\t7\tsaid\tyes\tright\tabc\t\n"
        f"missed\t{PAGE}\theldout\t30\t40\t25\t29\ttold\tyes\t-\t-\ta note\n",
        encoding="utf-8",
    )
    first, second = load_judgements(path)
    assert (first.row, first.start, first.cue_end, first.speaker) == ("quote", 10, 7, "right")
    assert (second.row, second.part, second.note) == ("missed", "heldout", "a note")


def test_skips_with_one_line_without_shared(monkeypatch, tmp_path, capsys):
    import quote_precision

    import newsaudit.evaluation.real_pages as real_pages

    monkeypatch.setattr(real_pages, "DEFAULT_ROOT", tmp_path / "absent")
    assert quote_precision.main([]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "skipped" in out


def test_the_heldout_part_prints_aggregates_only(capsys):
    import quote_precision

    item = {"page": PAGE, "content": [1, 9], "cue": [10, 14], "cue_word": "said", "speaker": "Ann"}
    for part in ("tune", "heldout"):
        score = quote_precision.Score(pages=1, unjudged=[item])
        quote_precision._print(part, score)
        out = capsys.readouterr().out
        assert ("unjudged: bench/page-1" in out) is (part == "tune"), out
