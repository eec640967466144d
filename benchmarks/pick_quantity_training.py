"""Pick the text windows of the quantity training sample, in batches for labellers.

    PYTHONPATH=src python benchmarks/pick_quantity_training.py SALT BATCH_SIZE OUTDIR
    PYTHONPATH=src python benchmarks/pick_quantity_training.py bbc SALT BATCH_SIZE OUTDIR
    PYTHONPATH=src python benchmarks/pick_quantity_training.py more-bbc SALT BATCH_SIZE OUTDIR
    PYTHONPATH=src python benchmarks/pick_quantity_training.py undated SALT FIRST COUNT SIZE OUT
    PYTHONPATH=src python benchmarks/pick_quantity_training.py fnc1 SALT FIRST COUNT SIZE OUT

The quantities stage has read none of these windows' labels: its readings there are what it does
on text it was never tuned on, which is what a learned corrector of its readings must learn from.
Two sources, both read in place:

- development pages of ``../shared/data/extraction`` (``iter_pages(DEFAULT_ROOT, 'dev')``) that
  no ``benchmarks/data/quantity_labels*.tsv`` names, read by ``read_article``, English, with at
  least 3 matches of ``\\b\\d[\\d,.]*\\b``: the text cut into windows of whole lines of about
  1,200 characters, and up to three of them taken in the order of sha256(SALT:id:n);
- FakeNewsNet v1 articles (``../shared/data/corpora/fakenewsnet_v1``) with a publication date,
  English, with at least 3 such matches: one window at a hashed offset.

The ``bbc`` form takes BBC News articles (``../shared/data/corpora/bbc``, 2004-05, undated)
instead, one window each: 40 sport articles and 15 of each other category, first by
sha256(SALT:id); sport pages (box scores, goals, points, times) were missing from the first
sample and are where a verdict trained without them withdraws true counts. ``more-bbc`` takes
200 more (60 sport, 35 of each other category) on articles no label file names.

The ``undated`` form takes the FakeNewsNet articles without a publication date that no label
file names, one window each, ordered by sha256(SALT:id:0), and keeps COUNT of them from FIRST:
the FINAL6 blind sample is ``undated final6 0 60`` (all 60 there are). The ``polnear`` and
``fnc1`` forms (written as the ``fnc1`` one above) do the same on PolNeAR's articles and FNC-1's
bodies: the FINAL7 blind sample is ``polnear final7 0 30`` and ``fnc1 final7 0 30``, the
PolNeAR/FNC-1 training sample ``polnear final7 30 160`` and ``fnc1 final7 30 160``; the FINAL8 blind
sample ``polnear final7 190 20`` and ``fnc1 final7 190 20`` with the first batch of ``more-bbc
final8 20``, and the mixed3 training sample ``polnear final7 210 100``, ``fnc1 final7 210 100`` and
that BBC run's other nine batches; the FINAL9 blind sample ``polnear final7 310 20`` and ``fnc1
final7 310 20`` with the first batch of ``more-bbc final9 20``, and the mixed4 training sample
``polnear final7 330 60``, ``fnc1 final7 330 60`` and that BBC run's batches b01 to b05; the
FINAL10 blind sample ``polnear final7 390 80 20`` and ``fnc1 final7 390 80 20`` batch b00 with the
first batch of ``more-bbc final9 20`` run at a5fc9c0, and the mixed5 training sample their batches
b01 to b03 with that BBC run's b01 to b04; the FINAL11 blind sample ``polnear final7 470 80 20``
and ``fnc1 final7 470 80 20`` batch b00 with the first batch of ``more-bbc final11 20`` run at
34d9f14, and the mixed6 training sample their batches b01 and b02 with that BBC run's b01; the
FINAL12 blind sample ``polnear final7 550 20 20`` and ``fnc1 final7 550 20 20`` with that BBC run's
b02, and the mixed7 training sample ``polnear``/``fnc1 final7 470 80 20`` batch b03 with that BBC
run's b03 to b05; the mixed8 training sample ``polnear final7 570 40 20`` (19 windows: PolNeAR has
no more) and ``fnc1 final7 570 40 20`` batches b00 and b01, with that BBC run's b06 and b07.

Windows are ordered by sha256(SALT:id:n) and cut into batches of BATCH_SIZE; OUTDIR/bNN gets
``index.json`` (page id, article date, window offsets, text file) and the texts, exactly the
text the pipeline reads (``read_article(path).text``, ``to_article(record).text``). FINAL pages,
and every page of a label file (the blind dev5 sample's among them), are never taken.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from pick_quantity_sample import WINDOW, labelled_pages, unlabelled_pages, usable, window

from newsaudit.evaluation.quantity_labels import corpus_records
from newsaudit.ingest import to_article

PAGE_WINDOWS = 3


def tiles(text: str) -> list[tuple[int, int]]:
    """The text cut into consecutive windows of whole lines, each about WINDOW characters."""
    out, start = [], 0
    while start < len(text):
        end = text.find("\n", min(len(text), start + WINDOW))
        end = len(text) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


Window = tuple[str, str, str, str, int, int]  # order key, page id, text, date, start, end


def order(salt: str, page_id: str, n: int) -> str:
    return hashlib.sha256(f"{salt}:{page_id}:{n}".encode()).hexdigest()


def page_windows(salt: str) -> list[Window]:
    """(order key, page id, text, date, start, end) of the extraction pages' windows."""
    out = []
    for page, article in unlabelled_pages("dev"):
        cut = tiles(article.text)
        chosen = sorted(range(len(cut)), key=lambda n: order(salt, page.id, n))[:PAGE_WINDOWS]
        for n in chosen:
            key = order(salt, page.id, n)
            out.append((key, page.id, article.text, str(article.date)[:10], *cut[n]))
    return out


def corpus_windows(salt: str, prefix: str) -> list[tuple[dict, Window]]:
    """(record, window) for each usable record of a corpus (``corpus_records``' prefixes): one
    window at a hashed offset."""
    out = []
    for record_id, record in corpus_records(prefix):
        article = to_article(record)
        if not usable(article.text):
            continue
        page_id = f"{prefix}/{record_id}"
        start, end = window(article.text, f"{salt}:{page_id}")
        day = str(article.date)[:10]
        out.append((record, (order(salt, page_id, 0), page_id, article.text, day, start, end)))
    return out


def record_windows(salt: str) -> list[Window]:
    """One window on each dated FakeNewsNet article."""
    found = corpus_windows(salt, "fakenewsnet")
    return [w for record, w in found if record.get("publish_date")]


BBC_SHARE = {"sport": 40, "business": 15, "politics": 15, "tech": 15, "entertainment": 15}


def bbc_windows(salt: str) -> list[Window]:
    """One window on each of a fixed number of BBC articles per category."""
    by_category: dict[str, list[Window]] = {}
    for record, w in corpus_windows(salt, "bbc"):
        by_category.setdefault(record["category"], []).append(w)
    return [w for c, n in BBC_SHARE.items() for w in sorted(by_category.get(c, []))[:n]]


MORE_BBC_SHARE = {"sport": 60, "business": 35, "politics": 35, "tech": 35, "entertainment": 35}


def more_bbc_windows(salt: str) -> list[Window]:
    """200 more BBC windows, on articles no label file names yet."""
    used = labelled_pages()
    by_category: dict[str, list[Window]] = {}
    for record, w in corpus_windows(salt, "bbc"):
        if w[1] not in used:
            by_category.setdefault(record["category"], []).append(w)
    return [w for c, n in MORE_BBC_SHARE.items() for w in sorted(by_category.get(c, []))[:n]]


def undated_windows(salt: str, first: int, count: int) -> list[Window]:
    """Windows ``first`` to ``first + count`` (by sha256 order) of the undated FakeNewsNet
    articles, which no sample took before FINAL6: slices of one order never overlap."""
    found = corpus_windows(salt, "fakenewsnet")
    undated = sorted(w for record, w in found if not record.get("publish_date"))
    return undated[first : first + count]


def other_corpus_windows(prefix: str, salt: str, first: int, count: int) -> list[Window]:
    """Windows ``first`` to ``first + count`` (by sha256 order) of the usable records of a
    corpus no sample took before FINAL7: PolNeAR (dated political news of seven outlets,
    2015-16) or FNC-1's bodies (undated news of many outlets, 2014-15)."""
    return sorted(w for _, w in corpus_windows(salt, prefix))[first : first + count]


def main(argv: list[str]) -> int:
    if argv[0] == "bbc":
        salt, size, out = argv[1], int(argv[2]), Path(argv[3])
        windows = sorted(bbc_windows(salt))
    elif argv[0] == "more-bbc":
        salt, size, out = argv[1], int(argv[2]), Path(argv[3])
        windows = sorted(more_bbc_windows(salt))
    elif argv[0] == "undated":
        salt, first, count = argv[1], int(argv[2]), int(argv[3])
        size, out = int(argv[4]), Path(argv[5])
        windows = undated_windows(salt, first, count)
    elif argv[0] in ("polnear", "fnc1"):
        salt, first, count = argv[1], int(argv[2]), int(argv[3])
        size, out = int(argv[4]), Path(argv[5])
        windows = other_corpus_windows(argv[0], salt, first, count)
    else:
        salt, size, out = argv[0], int(argv[1]), Path(argv[2])
        windows = sorted(page_windows(salt) + record_windows(salt))
    for b in range(0, len(windows), size):
        folder = out / f"b{b // size:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        index = []
        for n, (_, page_id, text, day, start, end) in enumerate(windows[b : b + size]):
            (folder / f"p{n:02d}.txt").write_text(text, encoding="utf-8")
            index.append(
                {"n": n, "page": page_id, "date": day, "window_start": start,
                 "window_end": end, "text_file": f"p{n:02d}.txt"}
            )  # fmt: skip
        (folder / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
    pages = len({w[1] for w in windows})
    print(f"{len(windows)} windows on {pages} pages, {-(-len(windows) // size)} batches in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
