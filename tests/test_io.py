"""Reading one article from files and stdin in every format, and writing outputs."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from conftest import fail_after

from newsaudit.errors import InputError
from newsaudit.io import read_article, write_output

TITLE = "Library to close"
BODY = "The council voted 5-2 on Monday to close the library, officials said."
PAGE = (
    "<html><head><title>Library to close</title><meta name='author' content='Jane Doe'></head>"
    f"<body><article><h1>Library to close</h1><p>{BODY}</p>"
    "<p>About 300 people use the library every week, according to its staff.</p>"
    "</article></body></html>"
)


def _write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.txt", f"{TITLE}\n\n{BODY}\n", "text"),
        ("a.json", json.dumps({"headline": TITLE, "articleBody": BODY}), "json"),
        ("a.jsonl", json.dumps({"title": TITLE, "text": BODY}) + "\n", "jsonl"),
        ("a.csv", f'title,text\n{TITLE},"{BODY}"\n', "csv"),
        ("a.tsv", f"headline\tbody\n{TITLE}\t{BODY}\n", "csv"),
        ("noext", json.dumps({"title": TITLE, "content": BODY}), "json"),
    ],
)
def test_read_article_each_format(tmp_path: Path, name: str, content: str, fmt: str) -> None:
    article = read_article(_write(tmp_path, name, content))
    assert article.text == f"{TITLE}\n\n{BODY}"
    assert article.format == fmt


def test_read_html_file_and_forced_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.dat", PAGE)
    article = read_article(path, input_format="html")
    assert article.format == "html" and article.author == "Jane Doe"
    assert article.text.startswith(f"{TITLE}\n\n{BODY}")
    assert read_article(path).format == "html"  # sniffed from the content


def test_read_text_forced_keeps_markup(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "page.html", PAGE), input_format="text")
    assert article.format == "text" and article.text.startswith("<html>")


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = f"{TITLE}\n\n{BODY}".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert read_article("-").text == f"{TITLE}\n\n{BODY}"


def test_read_stdin_over_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    with pytest.raises(InputError, match="standard input is over 1,600 bytes"):
        read_article("-", max_chars=100)


def test_read_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match=r"is a directory.*analyze-batch"):
        read_article(str(tmp_path))
    big = _write(tmp_path, "big.txt", "word " * 1000)
    with pytest.raises(InputError, match="over 1,600 bytes"):  # refused by its size on disk
        read_article(big, max_chars=100)
    long = _write(tmp_path, "long.txt", "word " * 30)
    with pytest.raises(InputError, match="over the limit of 100"):
        read_article(long, max_chars=100)


def test_write_output_file_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "sub" / "report.json"
    write_output('{"a": 1}', str(target))
    assert target.read_text(encoding="utf-8") == '{"a": 1}'
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temp file left
    write_output("hello", None)
    assert capsys.readouterr().out == "hello\n"


def test_read_gzipped_html(tmp_path: Path) -> None:
    import gzip

    path = _write(tmp_path, "page.html.gz", gzip.compress(PAGE.encode()))
    article = read_article(path)
    assert article.format == "html" and article.title == TITLE


def test_gzip_that_inflates_past_the_limit_or_is_damaged(tmp_path: Path) -> None:
    import gzip

    bomb = _write(tmp_path, "bomb.txt.gz", gzip.compress(b"a " * 100_000))
    with pytest.raises(InputError, match="inflates to over 1,600 bytes"):
        read_article(bomb, max_chars=100)
    damaged = _write(tmp_path, "bad.txt.gz", gzip.compress(b"hello world")[:12] + b"\xff" * 8)
    with pytest.raises(InputError, match="damaged gzip"):
        read_article(damaged)


def test_write_output_into_a_fifo_writes_through_it(tmp_path: Path) -> None:
    """A FIFO (like /dev/null, not a regular file) is written in place, never replaced."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with fail_after(30):  # a FIFO replaced by a file would leave the reader waiting
        write_output("report\n", str(fifo))
    reader.join(timeout=10)
    assert received == [b"report\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_write_output_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_output("new", str(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its permissions


def test_write_output_new_file_mode_and_refusals(tmp_path: Path) -> None:
    import os

    from newsaudit.errors import OutputError

    fresh = tmp_path / "sub" / "fresh.json"
    write_output("x", str(fresh))
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    with pytest.raises(OutputError, match="is a directory"):
        write_output("x", str(tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == ["sub"]  # no temp file left behind
