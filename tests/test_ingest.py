"""Intake: record fields and aliases, dates, encodings, formats, HTML metadata, size limits."""

from __future__ import annotations

import codecs
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsaudit.errors import InputError
from newsaudit.ingest import (
    article_from_bytes,
    article_from_html,
    article_from_record,
    check_size,
    decode_bytes,
    max_article_chars,
    normalise_date,
    normalise_text,
    parse_csv,
    parse_json,
    sniff_format,
)

BODY = "The council voted 5-2 on Monday to close the library, officials said."
PAGE = """<!DOCTYPE html>
<html><head><title>Council votes to close library | Riverton Gazette</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Riverton Gazette">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://gazette.example/news/library"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport and weather</a></nav>
<article><h1>Council votes to close library</h1>
<p>The Riverton council voted 5-2 on Monday to close the Main Street library, officials said.</p>
<p>"This is a sad day for the town," said Mayor Ann Lee, who voted against the plan.</p>
<p>The library will shut in June. About 300 people use it every week, according to staff.</p>
</article><footer>Copyright 2024 Riverton Gazette. All rights reserved.</footer></body></html>
"""
NO_ARTICLE_PAGE = (
    "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
)


@given(st.text())
def test_normalise_text_leaves_no_control_characters(raw: str) -> None:
    text = normalise_text(raw)
    bad = [ch for ch in text if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t"]
    assert bad == []
    assert "\r" not in text and "\u00a0" not in text
    assert normalise_text(text) == text  # one canonical form: normalising twice changes nothing


def test_normalise_text_decodes_character_references_scrapers_leave() -> None:
    raw = "Bid &#163;8m for caf&#233; &amp; bar &lt;b&gt;, &amp;lt;, &#x41;"
    assert normalise_text(raw) == "Bid £8m for café & bar <b>, <, A"
    kept = "AT&T; Q&A &bogus; &#99999999;"  # not references, or not a valid code point
    assert normalise_text(kept) == kept


@given(st.lists(st.sampled_from(["&", "amp;", "lt;", "#233;", "#x41;", "a", " "])).map("".join))
def test_normalise_text_is_stable_on_nested_references(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once


def test_normalise_text_canonical_form() -> None:
    assert normalise_text("\ufeffA\r\nB\rC\u00a0D\x00E\u2028F  ") == "A\nB\nC D E\nF"
    assert normalise_text("Cafe\u0301") == "Café"  # NFC


@pytest.mark.parametrize(
    ("title_key", "text_key"),
    [
        ("title", "text"),
        ("headline", "body"),
        ("Title", "articleBody"),
        ("name", "content"),
        ("headline", "article_body"),
    ],
)
def test_record_field_aliases(title_key: str, text_key: str) -> None:
    article = article_from_record({title_key: "Library to close", text_key: BODY})
    assert article.title == "Library to close"
    assert article.text == f"Library to close\n\n{BODY}"
    assert article.title_span is not None
    assert article.text[article.title_span.start : article.title_span.end] == "Library to close"


def test_short_title_that_prefixes_the_body_is_still_prepended() -> None:
    article = article_from_record({"title": "The", "text": BODY})
    assert article.text == f"The\n\n{BODY}"
    assert article_from_record({"title": "Vote", "text": f"Vote\n\n{BODY}"}).text.count("Vote") == 1


def test_record_metadata_aliases() -> None:
    record = {
        "headline": "Library to close",
        "content": BODY,
        "authors": ["Jane Doe", "Sam Roe"],
        "datePublished": "March 5, 2024",
        "link": "https://gazette.example/a",
        "publisher": "Riverton Gazette",
        "doc_id": 17,
        "section": "local",
    }
    article = article_from_record(record, fmt="jsonl")
    assert article.author == "Jane Doe, Sam Roe"
    assert article.date == "2024-03-05"
    assert article.url == "https://gazette.example/a"
    assert article.source == "Riverton Gazette"
    assert article.id == "17"
    assert article.format == "jsonl"
    assert article.extra == {"section": "local"}


def test_record_without_text_names_its_fields() -> None:
    with pytest.raises(InputError, match="found: colour, size"):
        article_from_record({"colour": "red", "size": 3})


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2016-09-20T14:30:00Z", "2016-09-20T14:30:00+00:00"),
        ("2016-09-20", "2016-09-20"),
        ("March 5, 2024", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 +0000", "2024-03-05T10:00:00+00:00"),
        ({"$date": 1474329600000}, "2016-09-20T00:00:00+00:00"),
        (1474329600, "2016-09-20T00:00:00+00:00"),
        ("Monday", None),
        ("not a date 2024 at all, really", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(raw: object, iso: str | None) -> None:
    assert normalise_date(raw) == iso


def test_unparseable_date_is_kept_as_raw() -> None:
    article = article_from_record({"text": BODY, "date": "sometime last week"})
    assert article.date is None
    assert article.extra["date_raw"] == "sometime last week"


def test_decode_cp1252() -> None:
    text = "The mayor said: “We will not close.” Café owners were pleased – mostly."
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_utf8_with_stray_latin1_bytes() -> None:
    raw = "Café “fine”. ".encode() + b"Na\xefve r\xe9sum\xe9."
    assert decode_bytes(raw) == "Café “fine”. Naïve résumé."


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_decode_unicode_with_bom(codec: str) -> None:
    assert decode_bytes(f"Café {BODY}".encode(codec)).lstrip("\ufeff") == f"Café {BODY}"


def test_decode_utf16_without_bom() -> None:
    text = (BODY + "\n") * 5
    assert decode_bytes(text.encode("utf-16-le")) == text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"PK\x03\x04" + b"\x00" * 40, "zip archive"),
        (b"%PDF-1.7\n" + b"x" * 40, "PDF"),
        (b"abc\x00\x00\x00\x01\x02" * 50, "binary"),
        (bytes(range(0, 32)) * 20, "binary"),
    ],
)
def test_decode_refuses_binary(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(raw)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!doctype html><html><body><p>x</p></body></html>", "html"),
        ("<p>Just a paragraph</p>", "html"),
        ('{"title": "a", "text": "b"}', "json"),
        ('[{"title": "a"}]', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("id,title,text\n1,a,b\n", "csv"),
        ("title\tbody\na\tb\n", "csv"),
        ("Headline\n\nBody, with a comma, and more.", "text"),
        ("<3 a love letter to the town library", "text"),
        ("Text, lies and videotape\n\nA film review, with commas.", "text"),
    ],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_parse_csv_quoted_multiline_and_aliases() -> None:
    rows = parse_csv('id,headline,body\n7,"A, B","line one\n\nline two"\n8,C,\n')
    assert rows[0] == ("row-1", {"id": "7", "headline": "A, B", "body": "line one\n\nline two"})
    assert rows[1] == ("row-2", {"id": "8", "headline": "C"})  # empty cells are dropped
    article = article_from_record(rows[0][1], fmt="csv")
    assert article.text == "A, B\n\nline one\n\nline two"


def test_parse_json_array_labels_and_bad_items() -> None:
    assert [label for label, _ in parse_json('[{"text": "a"}, {"text": "b"}]')] == [
        "item-1",
        "item-2",
    ]
    with pytest.raises(InputError, match="item 2 is a int"):
        parse_json('[{"text": "a"}, 3]')
    with pytest.raises(InputError, match="not valid JSON"):
        parse_json('{"text": ')


def test_html_main_content_and_metadata() -> None:
    article = article_from_html(PAGE)
    assert article.format == "html"
    assert article.title == "Council votes to close library"
    assert article.author == "Jane Doe"
    assert article.date == "2024-03-05"
    assert article.source == "Riverton Gazette"
    assert article.url == "https://gazette.example/news/library"
    assert article.text.startswith("Council votes to close library\n\n")
    assert article.title_span is not None and article.title_span.start == 0
    assert "Mayor Ann Lee" in article.text
    assert "Sport and weather" not in article.text  # navigation is not the article
    assert "All rights reserved" not in article.text
    assert "\n\nThe library will shut in June." in article.text  # paragraphs split by blank lines


def test_html_without_article_is_an_error() -> None:
    with pytest.raises(InputError, match="no article found in the HTML"):
        article_from_html(NO_ARTICLE_PAGE)


def test_size_limit_argument_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="over the limit of 10"):
        check_size("x" * 11, 10)
    check_size("x" * 10, 10)
    monkeypatch.setenv("NEWSAUDIT_MAX_CHARS", "50")
    assert max_article_chars() == 50
    assert max_article_chars(7) == 7
    with pytest.raises(InputError, match="over the limit of 50"):
        article_from_record({"text": "y" * 60})
    monkeypatch.setenv("NEWSAUDIT_MAX_CHARS", "lots")
    with pytest.raises(InputError, match="whole number"):
        max_article_chars()


def test_article_from_bytes_one_record_rule() -> None:
    one = json.dumps({"title": "T", "text": BODY}).encode()
    assert article_from_bytes(one, name="a.json").text == f"T\n\n{BODY}"
    assert article_from_bytes(b"[" + one + b"]").title == "T"
    two = one + b"\n" + one + b"\n"
    with pytest.raises(InputError, match=r"holds 2 records.*analyze-batch"):
        article_from_bytes(two, name="many.jsonl")
    with pytest.raises(InputError, match="holds 0 records"):
        article_from_bytes(b"[]", name="none.json")


def test_article_from_bytes_prose_that_looks_like_json_is_text() -> None:
    raw = b"[Updated] Council votes\n\nThe council voted on Monday."
    article = article_from_bytes(raw)
    assert article.format == "text" and article.text.startswith("[Updated]")


def test_article_from_bytes_forced_format_errors_clearly() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        article_from_bytes(b"plain words", input_format="json")
    with pytest.raises(InputError, match="unknown input format"):
        article_from_bytes(b"plain words", input_format="docx")


def test_article_from_bytes_bom_and_html_sniffing() -> None:
    article = article_from_bytes(codecs.BOM_UTF8 + PAGE.encode())
    assert article.format == "html" and article.author == "Jane Doe"
