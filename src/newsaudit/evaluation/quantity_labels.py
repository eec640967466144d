"""Labelled quantity samples: reading them, the pages they name, and scoring readings on them.

A label file (``benchmarks/data/quantity_labels*.tsv``, conventions in ``docs/quantities.md``)
gives, for spans of a page's text, the reading a careful reader gives it. Pages are named
``scrapinghub/…`` and ``trafilatura-eval/…`` (``../shared/data/extraction``) or
``fakenewsnet/ID`` and ``bbc/ID`` (records of ``../shared/data/corpora``), ``polnear/DOC_ID``
(``../shared/data/quotes/polnear_dev.jsonl``) or ``fnc1/BODY_ID`` (``../shared/data/fnc1``
bodies, undated), all read in place.
A reading is right when the reported quantity with the same span, else the first one
overlapping it, has the labelled kind, unit, resolved date and value (to 0.001); a span
labelled ``none`` is right when nothing is reported there. Nothing here is imported by runtime code.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsaudit.evaluation.real_pages import DEFAULT_ROOT, iter_pages
from newsaudit.findings import Quantity

CORPORA = {"fakenewsnet": "fakenewsnet_v1", "bbc": "bbc"}  # page id prefix: corpus folder


def corpus_records(prefix: str, root: Path = DEFAULT_ROOT) -> Iterator[tuple[str, dict]]:
    """(record id, record) of the corpus a page id prefix names, in the file's order; a record
    is what ``to_article`` reads."""
    data = root.parent
    if prefix in CORPORA:
        path = data / "corpora" / CORPORA[prefix] / "articles.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record["id"], record
    elif prefix == "polnear":
        path = data / "quotes" / "polnear_dev.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record["doc_id"], record
    elif prefix == "fnc1":
        with (data / "fnc1" / "train_bodies.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row["Body ID"], {"text": row["articleBody"]}


@dataclass(frozen=True, slots=True)
class LabelRow:
    page: str
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None
    resolved: str | None


def _none(value: str) -> str | None:
    return None if value == "None" else value


def read_label_rows(path: Path) -> list[LabelRow]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("page\t") or not line.strip():
            continue
        page, start, end, kind, value, unit, resolved = line.split("\t")
        number = None if value == "None" else float(value)
        span = (int(start), int(end))
        rows.append(LabelRow(page, *span, kind, number, _none(unit), _none(resolved)))
    return rows


def by_page(rows: list[LabelRow]) -> dict[str, list[LabelRow]]:
    out: dict[str, list[LabelRow]] = {}
    for row in rows:
        out.setdefault(row.page, []).append(row)
    return out


def labelled_articles(
    page_ids: set[str], root: Path = DEFAULT_ROOT
) -> Iterator[tuple[str, object]]:
    """(page id, Article) for each named page, in a fixed order, read as the labellers read it."""
    from newsaudit.ingest import to_article
    from newsaudit.io import read_article

    paths = {p.id: p.path for p in iter_pages(root, "all") if p.id in page_ids}
    for page_id in sorted(paths):
        yield page_id, read_article(str(paths[page_id]))
    for prefix in (*CORPORA, "polnear", "fnc1"):
        records = {i.split("/", 1)[1] for i in page_ids if i.startswith(prefix + "/")}
        if not records:
            continue
        for record_id, record in corpus_records(prefix, root):
            if record_id in records:
                yield f"{prefix}/{record_id}", to_article(record)


def matched(row: LabelRow, found: list[Quantity]) -> Quantity | None:
    """The reading scored against the row: same span, else the first overlapping it."""
    hits = [q for q in found if q.span.start < row.end and row.start < q.span.end]
    exact = [q for q in hits if (q.span.start, q.span.end) == (row.start, row.end)]
    return (exact or hits or [None])[0]


def reading_right(row: LabelRow, found: list[Quantity]) -> bool:
    q = matched(row, found)
    if row.kind == "none":
        return q is None
    if q is None or (q.kind, q.unit, q.resolved_date) != (row.kind, row.unit, row.resolved):
        return False
    if q.value is None or row.value is None:
        return q.value is None and row.value is None
    return abs(q.value - row.value) < 1e-3


def page_readings(article, learned: bool = True) -> list[Quantity]:
    from newsaudit.document import build_document
    from newsaudit.extractors.quantities import extract_quantities
    from newsaudit.extractors.structure import extract_structure

    doc = build_document(article)
    return extract_quantities(doc, extract_structure(doc), learned=learned)


def score_quantities(labels_path: Path, errors: bool, root: Path = DEFAULT_ROOT) -> dict:
    """Share of labelled spans the quantities stage reads as labelled."""
    pages = by_page(read_label_rows(labels_path))
    right = total = 0
    for page_id, article in labelled_articles(set(pages), root):
        found = page_readings(article)
        for row in pages[page_id]:
            ok = reading_right(row, found)
            right += ok
            total += 1
            if errors and not ok:
                print(
                    f"{page_id}: quantity {row.start}-{row.end} labelled {row.kind} "
                    f"{row.value} {row.unit} {row.resolved}",
                    file=sys.stderr,
                )
    missing = sum(len(v) for v in pages.values()) - total
    return {
        "quantities_labelled": total,
        "quantities_right": right,  # so that samples pool exactly: sum right / sum labelled
        "quantities_correct": round(right / total, 3) if total else None,
        **({"rows_on_missing_pages": missing} if missing else {}),
    }
