"""Bad input through the CLI: a one-line error and a non-zero exit, or a valid report."""

from __future__ import annotations

import json
import time
import zlib
from pathlib import Path

import pytest

from newsaudit.cli import main

ARTICLE = (
    "Council votes to close library\n\n"
    "The Riverton council voted 5-2 on Monday to close the Main Street library, officials said.\n\n"
    "Mayor Ann Lee said the decision was a sad day for the town."
)


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line_error(code: int, err: str, needle: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsaudit: error: "), lines[0]  # a user error, not a bug
    assert needle in lines[0]


def _report(out: str) -> dict:
    report = json.loads(out)
    text = report["text"]
    for entity in report["entities"]:
        span = entity["span"]
        assert text[span["start"] : span["end"]] == span["text"]
    return report


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\r\n  ", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("archive.json", b"PK\x03\x04" + bytes(200), "zip archive"),
        ("nul.txt", b"\x00\x01\x02\x00abc" * 500, "looks binary"),
        ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        ("many.jsonl", b'{"text": "one"}\n{"text": "two"}\n', "analyze-batch"),
        ("broken.json", b'{"title": "x", "text": ', "not valid JSON"),
        ("fields.json", b'{"colour": "red"}', "has no text"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        ("deep.jsonl", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "not valid JSON"),
        ("raw.txt.gz", zlib.compress(ARTICLE.encode() * 20), "not a gzip file"),
        ("raw.txt", zlib.compress(ARTICLE.encode() * 20), "raw zlib stream"),
        ("object.json", b'{"title": "x", "text": {"value": "nested"}}', "'text' field is a JSON"),
        ("listed.json", b'{"text": [{"p": "one"}]}', "'text' field is a list of non-strings"),
        ("number.json", b'{"text": 42}', "'text' field is a number"),
    ],
)
def test_bad_file_gives_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, name: str, content: bytes, needle: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run(capsys, "analyze", str(path))
    _assert_one_line_error(code, err, needle)
    assert out == ""


def test_missing_file(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "analyze", str(tmp_path / "nope.txt"))
    _assert_one_line_error(code, err, "no such file")


def test_five_megabyte_text_is_refused_fast(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text((ARTICLE + "\n\n") * (5_000_000 // len(ARTICLE)), encoding="utf-8")
    started = time.perf_counter()
    code, _, err = _run(capsys, "analyze", str(path))
    _assert_one_line_error(code, err, "limit of 1,000,000 characters")
    assert time.perf_counter() - started < 5  # refused before any NLP runs


def test_limit_from_environment(
    capsys: pytest.CaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("NEWSAUDIT_MAX_CHARS", "50")
    code, _, err = _run(capsys, "analyze", str(path))
    _assert_one_line_error(code, err, "over the limit of 50")
    monkeypatch.setenv("NEWSAUDIT_MAX_CHARS", "-3")
    code, _, err = _run(capsys, "analyze", str(path))
    _assert_one_line_error(code, err, "must be positive")


def test_unbalanced_quotes_give_a_report(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    text = (
        "Council votes to close library\n\n"
        '"This is a sad day for the town, said Mayor Ann Lee on Monday.\n\n'
        "The council said “the library will close in June. Staff were not told.\n\n"
        'Residents said the vote was "rushed.'
    )
    path = tmp_path / "quotes.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = _run(capsys, "analyze", str(path))
    assert code == 0, err
    report = _report(out)
    assert report["text"] == text
    for quote in report["quotes"]:
        content = quote["content"]
        assert text[content["start"] : content["end"]] == content["text"]


def test_mixed_encodings_give_a_report(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    raw = (
        "Café owners welcome vote\n\n".encode()
        + "The mayor said “we listened” on Monday.\n\n".encode()
        + b"Owners of the caf\xe9 on Main Street said the na\xefve plan would cost \xa3300."
    )
    path = tmp_path / "mixed.txt"
    path.write_bytes(raw)
    code, out, err = _run(capsys, "analyze", str(path))
    assert code == 0, err
    text = _report(out)["text"]
    assert "Café owners" in text and "café on Main Street" in text
    assert "naïve plan would cost £300" in text
    assert "\ufffd" not in text


def test_cp1252_file_from_stdin_as_text(
    capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    raw = "Caf\u00e9 vote\n\nThe mayor said \u201cno\u201d \u2013 twice.".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, err = _run(capsys, "analyze", "-", "--as", "text")
    assert code == 0, err
    assert _report(out)["text"] == "Café vote\n\nThe mayor said “no” – twice."


def test_batch_input_that_cannot_be_read(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code, _, err = _run(
        capsys, "analyze-batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o.jsonl")
    )
    _assert_one_line_error(code, err, "no such file or directory")
    png = tmp_path / "x.jsonl"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    code, _, err = _run(capsys, "analyze-batch", str(png), "-o", str(tmp_path / "o.jsonl"))
    _assert_one_line_error(code, err, "PNG image")
    assert not (tmp_path / "o.jsonl").exists()
    code, _, err = _run(capsys, "analyze-batch", str(png), "-o", "o.jsonl", "--workers", "0")
    _assert_one_line_error(code, err, "--workers must be at least 1")
