"""Pick the pages, and one text window on each, of a blind quantity sample.

    PYTHONPATH=src python benchmarks/pick_quantity_sample.py PART SALT FIRST COUNT OUTDIR

Pages: ``iter_pages(DEFAULT_ROOT, PART)`` not in column 1 of any
``benchmarks/data/quantity_labels*.tsv`` present at the time, that ``read_article`` reads, whose
detected language is English and that hold at least 3 matches of ``\\b\\d[\\d,.]*\\b``; ordered
by sha256(SALT + ":" + id), pages FIRST .. FIRST + COUNT - 1 of that order. On each page a
window of 1,200 characters starts at sha256("win:" + SALT + ":" + id) modulo the room left,
moved back to the start of its line, and ends at the end of the line it reaches. A labeller
labels every span inside the window, reading the whole text for context: many pages with a few
rows each show more cases than a few long pages, and no part of a page is favoured.

OUTDIR gets the page texts (``pNN.txt``, exactly ``read_article(path).text``) and
``index.json`` (page id, path, article date, window offsets). The selection depends on the label
files present, so a sample is reproduced from the commit before its own label file was added.
Nothing here runs the quantities stage: a labeller must not see its output.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from newsaudit.errors import NewsauditError
from newsaudit.evaluation.real_pages import DEFAULT_ROOT, Page, iter_pages
from newsaudit.extractors.text_language import detect_language
from newsaudit.ingest import Article
from newsaudit.io import read_article

WINDOW = 1200
NUMBER = re.compile(r"\b\d[\d,.]*\b")
LABELS = Path(__file__).resolve().parent / "data"


def labelled_pages() -> set[str]:
    """Pages already in a label file: a new sample never repeats one."""
    pages = set()
    for path in LABELS.glob("quantity_labels*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "page\t")):
                pages.add(line.split("\t")[0])
    return pages


def window(text: str, key: str) -> tuple[int, int]:
    """A window of whole lines at a hashed offset."""
    offset = int(hashlib.sha256(f"win:{key}".encode()).hexdigest()[:12], 16)
    start = offset % max(1, len(text) - WINDOW)
    start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", min(len(text), start + WINDOW))
    return start, len(text) if end < 0 else end


def usable(text: str) -> bool:
    """English, with at least three numbers written in digits."""
    return detect_language(text).code == "en" and len(NUMBER.findall(text)) >= 3


def unlabelled_pages(part: str) -> Iterator[tuple[Page, Article]]:
    """(page, article) of each usable page of ``part`` that no label file names yet."""
    used = labelled_pages()
    for page in iter_pages(DEFAULT_ROOT, part):
        if page.id in used:
            continue
        try:
            article = read_article(str(page.path))
        except NewsauditError:
            continue
        if usable(article.text):
            yield page, article


def main(argv: list[str]) -> int:
    part, salt, first, count, out = argv[0], argv[1], int(argv[2]), int(argv[3]), Path(argv[4])
    candidates = []
    for page, article in unlabelled_pages(part):
        text = article.text
        key = hashlib.sha256(f"{salt}:{page.id}".encode()).hexdigest()
        candidates.append((key, page.id, str(page.path), text, str(article.date)))
    candidates.sort()
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for n, (_, page_id, path, text, day) in enumerate(candidates[first : first + count]):
        start, end = window(text, f"{salt}:{page_id}")
        (out / f"p{n:02d}.txt").write_text(text, encoding="utf-8")
        index.append(
            {"n": n, "page": page_id, "path": path, "date": day, "window_start": start,
             "window_end": end, "text_file": f"p{n:02d}.txt"}
        )  # fmt: skip
    (out / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
    print(f"{len(candidates)} candidates, {len(index)} pages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
