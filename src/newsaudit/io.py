"""Reading inputs and writing outputs for the CLI (placeholder: the ingest work extends it)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from newsaudit.errors import InputError
from newsaudit.ingest import Article, article_from_text


def read_article(path: str, *, input_format: str = "auto") -> Article:
    raw = sys.stdin.buffer.read() if path == "-" else _read_bytes(path)
    return article_from_text(raw.decode("utf-8", errors="replace"))


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; use analyze-batch for many articles") from None


def write_output(content: str, path: str | None) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a report."""
    if path is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.replace(tmp, target)
