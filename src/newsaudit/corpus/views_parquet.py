"""The views over the Parquet output of `corpus analyze-spark`, without a corpus store.

The reports are read once with pyarrow (column by column, a row group at a time) into a views
index in ``DIR/_views.sqlite`` (Spark and pyarrow skip files starting with ``_``); the views
then query it exactly as they query a store. The index is rebuilt when the Parquet files change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsaudit.corpus.db import Store
from newsaudit.corpus.views_index import ReportRow, build_views
from newsaudit.errors import InputError

INDEX_NAME = "_views.sqlite"
COLUMNS = ["row", "id", "title", "date", "outlet", "url", "report"]


def report_files(directory: str) -> tuple[Path, list[Path]]:
    """The reports directory of an analyze-spark output (``DIR/reports`` or DIR itself)."""
    root = Path(directory)
    reports = root / "reports" if (root / "reports").is_dir() else root
    files = sorted(p for p in reports.rglob("*.parquet") if not p.name.startswith(("_", ".")))
    if not files:
        raise InputError(f"no Parquet reports in {directory} (the --out of corpus analyze-spark)")
    return root, files


def _stamp(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for p in files:
        digest.update(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}\n".encode())
    return digest.hexdigest()


def parquet_rows(files: list[Path]) -> Iterator[ReportRow]:
    """Each report row as the views need it; `row` (input order) numbers the articles."""
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - optional dependency
        raise InputError("reading Parquet needs pyarrow: pip install 'newsaudit[spark]'") from None
    for path in files:
        table = pq.ParquetFile(path)
        for batch in table.iter_batches(columns=COLUMNS, batch_size=2000):
            for r in batch.to_pylist():
                yield ReportRow(
                    int(r["row"]), r["id"], r["title"], r["date"], r["outlet"], r["url"],
                    json.loads(r["report"]),
                )  # fmt: skip


@contextmanager
def open_parquet_views(directory: str, *, rebuild: bool = False) -> Iterator[Store]:
    """A SQLite store holding the views index of the Parquet reports in `directory`."""
    root, files = report_files(directory)
    stamp = _stamp(files)
    store = Store(str(root / INDEX_NAME))
    try:
        try:
            built = store.query("SELECT v FROM view_meta WHERE k = 'stamp'")
        except Exception:  # no index yet
            built = []
        if rebuild or not built or built[0][0] != stamp:
            build_views(store, parquet_rows(files), stamp=stamp)
        yield store
    finally:
        store.close()
