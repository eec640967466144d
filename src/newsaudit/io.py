"""Reading inputs and writing outputs for the CLI: files or standard input, read safely."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from newsaudit.errors import InputError, OutputError
from newsaudit.ingest import (
    MAX_BYTES_PER_CHAR,
    MAX_CHARS_ENV,
    Article,
    article_from_bytes,
    max_article_chars,
)


def read_article(path: str, *, input_format: str = "auto", max_chars: int | None = None) -> Article:
    """One article from a file or ``-`` (stdin): text, HTML, or a single JSON/JSONL/CSV record."""
    limit = max_article_chars(max_chars)
    raw = read_input_bytes(path, limit * MAX_BYTES_PER_CHAR)
    name = "" if path == "-" else path
    return article_from_bytes(raw, name=name, input_format=input_format, max_chars=limit)


def read_input_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of a file or of stdin, refusing more than ``max_bytes`` before reading them all."""
    raw = sys.stdin.buffer.read(max_bytes + 1) if path == "-" else _read_bytes(path, max_bytes)
    if len(raw) > max_bytes:
        raise _too_large("standard input" if path == "-" else path, max_bytes)
    return raw


def _too_large(where: str, max_bytes: int) -> InputError:
    return InputError(
        f"{where} is over {max_bytes:,} bytes, too large for one article: "
        f"raise --max-chars or {MAX_CHARS_ENV} if you mean it"
    )


def _read_bytes(path: str, max_bytes: int) -> bytes:
    target = Path(path)
    try:
        if target.is_file() and target.stat().st_size > max_bytes:
            raise _too_large(path, max_bytes)  # before reading it into memory
        return target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; use analyze-batch for many articles") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None


def write_output(content: str, path: str | None) -> None:
    """Write a report to ``path`` (stdout when None) without ever harming what is there.

    A regular file (or a new path) is replaced atomically, a temp file renamed over it, so a
    crash never leaves half a report, and an existing file keeps its permissions. Anything else
    (a device such as /dev/null, a FIFO) is opened and written in place: renaming over it would
    replace the device or pipe itself. A symlink is followed to its target, never replaced.
    """
    if path is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(content)
        else:
            _replace_atomically(target, content, mode)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


def _replace_atomically(target: Path, content: str, mode: int | None) -> None:
    """Temp file in the same folder, synced, then renamed over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else _new_file_mode())
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file: 0o666 less the umask (mkstemp gives 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
