"""Batch analysis: many articles to one JSON Lines file, resumable and crash-safe.

Every item becomes exactly one line in the output: a report (``{"id": ..., **report}``) or an
error record (``{"id": ..., "error": "one line"}``). Lines are appended and flushed one at a
time, so a killed run loses at most the line it was writing; a re-run drops that truncated line,
skips every id already written and does the rest.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from newsaudit.errors import InputError, NewsauditError
from newsaudit.ingest import (
    ID_FIELDS,
    article_from_record,
    decode_bytes,
    format_from_name,
    loads_json,
    max_article_chars,
    parse_records,
    sniff_format,
)

BATCH_FORMATS = ("auto", "jsonl", "json", "csv")
DIRECTORY_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json"}
IN_FLIGHT_PER_WORKER = 4  # bounded queue: memory stays flat however large the input
MAX_ERROR_CHARS = 300
WORKER_DIED = (
    "a worker process died while this item was in flight (out of memory?); "
    "re-run with --retry-errors"
)


@dataclass(slots=True)
class BatchItem:
    """One unit of work: a parsed record, a file to read, or an error found while listing."""

    id: str
    record: dict | None = None
    path: str | None = None
    fmt: str = "record"
    error: str | None = None


@dataclass(slots=True)
class ItemResult:
    id: str
    line: str  # one JSON object, no newline
    failed: bool
    language: str | None = None  # the detected language when the English stages were skipped


@dataclass(slots=True)
class OutputState:
    """What an earlier run left in the output file."""

    done: set[str] = field(default_factory=set)  # ids with a report
    failed: set[str] = field(default_factory=set)  # ids with an error record
    dropped_tail: bool = False  # a truncated last line was removed
    dropped_lines: int = 0  # unreadable, repeated or retried lines removed
    duplicates: int = 0  # lines for an id that already had one (two runs on one output)


@dataclass(slots=True)
class BatchSummary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    other_languages: dict[str, int] = field(default_factory=dict)  # language name → articles

    def line(self) -> str:
        rate = self.done_or_failed / self.seconds if self.seconds > 0 else 0.0
        line = (
            f"analyze-batch: {self.done} done, {self.skipped} skipped, {self.failed} failed "
            f"in {self.seconds:.1f} s ({rate:.2f} articles/s)"
        )
        if self.other_languages:
            counts = ", ".join(f"{n} {name}" for name, n in sorted(self.other_languages.items()))
            line += f"; not English, English-only findings skipped: {counts}"
        return line

    @property
    def done_or_failed(self) -> int:
        return self.done + self.failed


# --- listing the input ----------------------------------------------------------------------


def one_line(message: object) -> str:
    """An error message fit for one JSON field and one terminal line."""
    text = " ".join(str(message).split())
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def _record_id(record: dict, label: str) -> str:
    for name in ID_FIELDS:
        value = record.get(name)
        if value not in (None, ""):
            return str(value)
    return label


def _unique(items: Iterable[BatchItem]) -> Iterator[BatchItem]:
    """Give repeated ids a ``#2``, ``#3`` suffix so resume never confuses two items."""
    seen: dict[str, int] = {}
    for item in items:
        count = seen.get(item.id, 0) + 1
        seen[item.id] = count
        if count > 1:
            item.id = f"{item.id}#{count}"
        yield item


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(raw)


def _jsonl_items(path: Path) -> Iterator[BatchItem]:
    """Stream a JSON Lines file; a bad line becomes an error item, not the end of the run."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                yield item_from_line(raw, number)


def item_from_line(raw: bytes, number: int) -> BatchItem:
    """The item of one non-blank JSONL line (an error item when it is not a JSON object)."""
    label = f"line-{number}"
    try:
        value = loads_json(_decode_line(raw))
    except (json.JSONDecodeError, InputError) as error:
        reason = getattr(error, "msg", None) or error
        return BatchItem(label, error=one_line(f"line {number} is not valid JSON: {reason}"))
    if not isinstance(value, dict):
        kind = type(value).__name__
        return BatchItem(label, error=f"line {number} is a {kind}, not an object")
    return BatchItem(_record_id(value, label), record=value, fmt="jsonl")


def _count_jsonl(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for raw in handle if raw.strip())


def _directory_files(path: Path) -> list[Path]:
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and PurePath(p.name.lower().removesuffix(".gz")).suffix in DIRECTORY_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def _file_format(path: Path, forced: str) -> str:
    """The batch format of a file; a binary file (PNG, zip, ...) is refused here, as a whole."""
    with path.open("rb") as handle:
        head = handle.read(64_000)
    head_text = decode_bytes(head) if head.strip() else ""
    if forced != "auto":
        return forced
    return format_from_name(path.name) or (sniff_format(head_text) if head_text else "text")


def _read_whole(path: Path, max_bytes: int) -> str:
    if path.stat().st_size > max_bytes:
        raise InputError(f"{path} is over {max_bytes:,} bytes: give it as JSON Lines to stream it")
    return decode_bytes(path.read_bytes())


@dataclass(slots=True)
class BatchInput:
    """The items of a batch input and how many there are (for the progress bar)."""

    items: Iterator[BatchItem]
    total: int
    kind: str


def open_batch_input(
    source: str, *, input_format: str = "auto", max_bytes: int = 2**31
) -> BatchInput:
    """A directory, a JSONL/JSON/CSV file, or a single article file, as a stream of items.

    Raises `InputError` only when the input cannot be read at all.
    """
    if input_format not in BATCH_FORMATS:
        raise InputError(f"unknown batch format {input_format!r}: use one of {BATCH_FORMATS}")
    path = Path(source)
    if path.is_dir():
        files = _directory_files(path)
        items = (BatchItem(p.relative_to(path).as_posix(), path=str(p)) for p in files)
        return BatchInput(_unique(items), len(files), "directory")
    if not path.is_file():
        raise InputError(f"no such file or directory: {source}")
    try:
        fmt = _file_format(path, input_format)
        if fmt == "jsonl":
            return BatchInput(_unique(_jsonl_items(path)), _count_jsonl(path), "jsonl")
        if fmt in ("json", "csv"):
            records = parse_records(_read_whole(path, max_bytes), fmt, source)
            items = (BatchItem(_record_id(r, label), record=r, fmt=fmt) for label, r in records)
            return BatchInput(_unique(items), len(records), fmt)
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    return BatchInput(iter([BatchItem(path.name, path=str(path))]), 1, "file")


# --- the output file ----------------------------------------------------------------------


def _drop_truncated_tail(path: Path) -> bool:
    """Cut a last line with no newline (a kill mid-write) so it is redone, not half-kept."""
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb+") as handle:
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return False
        block, end = 1 << 16, size
        while end > 0:
            start = max(0, end - block)
            handle.seek(start)
            newline = handle.read(end - start).rfind(b"\n")
            if newline >= 0:
                handle.truncate(start + newline + 1)
                return True
            end = start
        handle.truncate(0)
        return True


def _line_status(raw: bytes) -> tuple[str, bool] | None:
    """(id, is_error) of an output line, or None when the line is not one of ours."""
    try:
        value = loads_json(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        return None
    return value["id"], "error" in value


def load_output_state(path: Path, *, retry_errors: bool = False) -> OutputState:
    """Read an earlier run's output and repair it: a truncated tail, unreadable lines, repeated
    ids (one line per id; a report wins over an error record) and, if asked, error records."""
    state = OutputState()
    if not path.exists():
        return state
    state.dropped_tail = _drop_truncated_tail(path)
    keep: dict[str, tuple[int, bool]] = {}  # id -> (line number, is_error) of the line kept
    with path.open("rb") as handle:
        for number, raw in enumerate(handle):
            if not raw.strip():
                continue  # a blank line: left out if the file is rewritten anyway
            status = _line_status(raw)
            if status is None or (status[1] and retry_errors):
                state.dropped_lines += 1
                continue
            item_id, is_error = status
            kept = keep.get(item_id)
            if kept is not None:
                state.dropped_lines += 1
                state.duplicates += 1
                if not (kept[1] and not is_error):
                    continue  # the first line stands, unless it was an error and this a report
            keep[item_id] = (number, is_error)
    for item_id, (_, is_error) in keep.items():
        (state.failed if is_error else state.done).add(item_id)
    if state.dropped_lines:
        _rewrite_keeping(path, {number for number, _ in keep.values()})
    return state


def _rewrite_keeping(path: Path, keep: set[int]) -> None:
    """Atomically rewrite the output with only the lines numbered in ``keep``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.fchmod(fd, stat.S_IMODE(path.stat().st_mode))
    with os.fdopen(fd, "wb") as out, path.open("rb") as handle:
        for number, raw in enumerate(handle):
            if number in keep:
                out.write(raw)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def lock_output(path: Path) -> int:
    """Hold an exclusive lock on the output for this run (released when the process ends).

    The lock is a hidden file beside the output, not the output itself: resuming may rename
    a repaired copy over the output, and a lock on the old inode would then guard nothing.
    """
    import fcntl

    lock_path = path.with_name(f".{path.name}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(
            f"another analyze-batch is writing {path} (it holds {lock_path}); "
            "wait for it to finish, or write to another file"
        ) from None
    return fd


class LineWriter:
    """Append one line at a time and push it to the disk, so a crash never loses a done item."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = path.open("a", encoding="utf-8")
        self._sync = stat.S_ISREG(os.fstat(self._handle.fileno()).st_mode)  # not a pipe or device

    def write(self, line: str) -> None:
        self._handle.write(line + "\n")
        self._handle.flush()
        if self._sync:
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()


# --- analysing items ------------------------------------------------------------------------


def error_result(item_id: str, message: object) -> ItemResult:
    line = json.dumps({"id": item_id, "error": one_line(message)}, ensure_ascii=False)
    return ItemResult(item_id, line, True)


def process_item(item: BatchItem, max_chars: int | None = None, stance: bool = True) -> ItemResult:
    """Analyse one item; every failure becomes an error record, never an exception."""
    if item.error is not None:
        return error_result(item.id, item.error)
    try:
        from newsaudit.io import read_article
        from newsaudit.pipeline import analyze

        if item.record is not None:
            article = article_from_record(item.record, fmt=item.fmt, max_chars=max_chars)
        else:
            article = read_article(item.path or "", max_chars=max_chars)
        analysed = analyze(article, stance=stance)
        report = {"id": item.id, **analysed.to_dict()}
        report["id"] = item.id
        lang = analysed.text_language
        other = lang.name if lang is not None and not lang.supported else None
        return ItemResult(item.id, json.dumps(report, ensure_ascii=False), False, other)
    except NewsauditError as error:
        return error_result(item.id, error)
    except Exception as error:  # a bug in some stage: record it and go on with the batch
        return error_result(item.id, f"internal error: {type(error).__name__}: {error}")


def _init_worker() -> None:
    """Load the NLP once per worker process; leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsaudit.nlp import load_pipeline

    load_pipeline()


def _serial(items: Iterable[BatchItem], max_chars: int, stance: bool) -> Iterator[ItemResult]:
    for item in items:
        yield process_item(item, max_chars, stance)


def _parallel(
    items: Iterator[BatchItem], workers: int, max_chars: int, stance: bool
) -> Iterator[ItemResult]:
    """Process items over worker processes with a bounded number in flight.

    If a worker dies (killed, out of memory), the items it may have held get error records
    and a fresh pool takes over the rest.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    window = workers * IN_FLIGHT_PER_WORKER
    exhausted = False
    while not exhausted:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker) as pool:
            pending: dict[Future, BatchItem] = {}
            while True:
                while not exhausted and len(pending) < window:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                    elif item.error is not None:
                        yield error_result(item.id, item.error)
                    else:
                        pending[pool.submit(process_item, item, max_chars, stance)] = item
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken = False
                for future in finished:
                    item = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield error_result(item.id, WORKER_DIED)
                if broken:
                    for future, item in pending.items():
                        yield _salvage(future, item)
                    break
            if not pending and exhausted:
                return


def _salvage(future: Future, item: BatchItem) -> ItemResult:
    """A finished item's result after its pool broke, or an error record saying why not."""
    try:
        return future.result(timeout=0)
    except Exception:
        return error_result(item.id, WORKER_DIED)


def run_batch(
    source: str,
    output: str,
    *,
    workers: int = 1,
    max_chars: int | None = None,
    input_format: str = "auto",
    retry_errors: bool = False,
    progress: bool = True,
    stance: bool = True,
) -> BatchSummary:
    """Analyse every item of ``source`` into ``output`` (JSON Lines), skipping ids already there.

    ``stance=False`` skips the learned headline stance (about a tenth of an analysis).
    """
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    limit = max_article_chars(max_chars)
    out_path = Path(os.path.realpath(output))  # a symlink is followed, never replaced
    if Path(source).resolve() == out_path:
        raise InputError("the output file must not be the input file")
    batch = open_batch_input(source, input_format=input_format, max_bytes=limit * 64)
    options = (limit, stance)
    if out_path.is_dir():
        raise InputError(f"cannot write {output}: it is a directory")
    if out_path.exists() and not out_path.is_file():  # a FIFO or a device: written, no resume
        writer = _open_writer(out_path, output)
        return _run(batch, writer, OutputState(), workers, options, progress)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_output(out_path)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from None
    try:
        try:
            state = load_output_state(out_path, retry_errors=retry_errors)
        except OSError as error:
            raise InputError(f"cannot write {output}: {error.strerror or error}") from None
        _report_repairs(state, output)
        return _run(batch, _open_writer(out_path, output), state, workers, options, progress)
    finally:
        os.close(lock)


def _open_writer(path: Path, output: str) -> LineWriter:
    try:
        return LineWriter(path)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from None


def _report_repairs(state: OutputState, output: str) -> None:
    if state.dropped_tail:
        print(
            f"newsaudit: dropped a truncated last line from {output}; redoing it", file=sys.stderr
        )
    if state.duplicates:
        print(
            f"newsaudit: dropped {state.duplicates} repeated lines from {output} "
            "(ids written twice, by two runs at once?)",
            file=sys.stderr,
        )


def _run(
    batch: BatchInput, writer: LineWriter, state: OutputState, workers: int,
    options: tuple[int, bool], progress: bool,
) -> BatchSummary:  # fmt: skip
    from tqdm import tqdm

    summary = BatchSummary()
    started = time.perf_counter()
    already = state.done | state.failed
    bar = tqdm(total=batch.total, unit="article", file=sys.stderr, disable=not progress)

    def todo() -> Iterator[BatchItem]:
        for item in batch.items:
            if item.id in already:
                summary.skipped += 1
                bar.update(1)
            else:
                yield item

    try:
        if workers == 1:
            results = _serial(todo(), *options)
        else:
            results = _parallel(todo(), workers, *options)
        for result in results:
            writer.write(result.line)
            summary.failed += result.failed
            summary.done += not result.failed
            if result.language:
                counts = summary.other_languages
                counts[result.language] = counts.get(result.language, 0) + 1
            bar.update(1)
            bar.set_postfix(failed=summary.failed, refresh=False)
    finally:
        writer.close()
        bar.close()
        summary.seconds = time.perf_counter() - started
    return summary
