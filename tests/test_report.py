import json

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import newsaudit
from newsaudit.report.model import SCHEMA_ID, SCHEMA_PATH

SAMPLE = (
    "Council sells water utility\n\n"
    "The council voted 7-2 on Tuesday to sell the utility for $48 million, the mayor said.\n\n"
    '"This is a <script>alert(1)</script> & good day," Mayor Dana Whitfield told reporters.\n\n'
    "Hundreds of residents protested."
)


def all_spans(value):
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            yield value
        for item in value.values():
            yield from all_spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_spans(item)


def test_report_validates_against_its_schema():
    report = newsaudit.analyze(SAMPLE).to_dict()
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.validate(report, schema)
    assert report["schema"] == SCHEMA_ID


def test_a_byline_author_from_metadata_validates_and_is_shown_without_a_span():
    from newsaudit.ingest import article_from_parts

    article = article_from_parts(
        "The Riverton council voted on Monday to sell the water utility, officials said.",
        "Council sells utility",
        author="Jane Roe",
    )
    report = newsaudit.analyze(article, stance=False)
    data = report.to_dict()
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
    assert data["structure"]["byline_author"] == {
        "name": "Jane Roe",
        "names": ["Jane Roe"],
        "origin": "metadata",
        "span": None,
    }
    assert "byline (from the metadata, not in the text): Jane Roe" in report.to_text()


def test_json_round_trips():
    report = newsaudit.analyze(SAMPLE)
    assert json.loads(report.to_json())["text"] == report.text


def test_html_is_self_contained_and_escapes_article_text():
    html = newsaudit.analyze(SAMPLE).to_html()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http://" not in html and "https://" not in html
    assert html.startswith("<!DOCTYPE html>")


def test_text_rendering_has_every_section():
    text = newsaudit.analyze(SAMPLE).to_text()
    for heading in ("Structure", "Headline check", "Quotes", "Sources", "Claims", "Indicators"):
        assert heading in text


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Officials said the plan was dead.",
                "\u201cWe will fight,\u201d she said.",
                "According to the ministry, 6,000 people left.",
                "Hundreds protested!",
                "\u201cAn unbalanced quote opens here.",
                "Watch the video below",
                "John Smith is a reporter for the Example Times.",
                "It was    odd\tspacing.",
            ]
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n\n", "\n", " "]),
)
def test_every_span_in_a_report_matches_the_text(parts, separator):
    report = newsaudit.analyze(separator.join(parts)).to_dict()
    text = report["text"]
    for span in all_spans(report):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"]


def test_text_report_shows_whole_findings_with_paragraphs_meta_and_provenance():
    import newsaudit
    from newsaudit.ingest import article_from_parts

    body = (
        "The Riverton council voted on Monday to sell the city's water utility, officials said.\n\n"
        '"We listened to every resident who came to the hall, and we still think this sale is the '
        'right call for the city and for the people who pay the bills," said Mayor Ann Lee.'
    )
    article = article_from_parts(
        body, "Council sells utility", author="Jane Roe", date="2026-03-02",
        url="https://example.org/riverton",
    )  # fmt: skip
    report = newsaudit.analyze(article, stance=False)
    report.provenance = {
        "reused_share": 0.5,
        "passages": [{"start": 23, "end": 60, "source_id": "wire-1", "similarity": 0.97}],
        "earliest_source": {"source_id": "wire-1", "title": "Wire story", "date": "2026-03-01"},
    }
    text = report.to_text()
    assert "by: Jane Roe; date: 2026-03-02" in text and "url: https://example.org/riverton" in text
    assert "pay the bills" in text  # the whole quote, not cut at 70 characters
    assert "¶3 [direct]" in text
    assert "Provenance: 50% of the text" in text and "from wire-1" in text
    assert "Provenance: 50% reused" in report.to_html()
