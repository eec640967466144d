"""CPU time of the quantities stage alone on real pages, parsed once beforehand.

English scrapinghub development pages (the first N with mostly ASCII text) are read and parsed;
then `extract_quantities` runs over all of them three times and the CPU time per page is printed.
To compare two versions, alternate runs with each version's ``src`` on ``PYTHONPATH``:

    for v in /path/to/old /path/to/new; do
        PYTHONPATH=$v/src taskset -c 0 python benchmarks/quantities_speed.py --pages 60
    done
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsaudit
from newsaudit.document import build_document
from newsaudit.evaluation.real_pages import iter_pages
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.structure import extract_structure
from newsaudit.io import read_article

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction"


def _per_page(docs, **options) -> float:
    start = time.process_time()
    for doc, structure in docs:
        extract_quantities(doc, structure, **options)
    return 1000 * (time.process_time() - start) / len(docs)


def _compare_verdict(docs) -> None:
    """Rules alone and rules with the verdict, alternated five times; the fastest of each."""
    rules, learned = [], []
    for _ in range(5):
        rules.append(_per_page(docs, learned=False))
        learned.append(_per_page(docs, learned=True))
    print(
        f"{len(docs)} pages: rules alone {min(rules):.2f} ms per page, with the verdict "
        f"{min(learned):.2f} ms ({min(learned) / min(rules):.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument(
        "--verdict",
        action="store_true",
        help="time the rules alone and with the learned verdict, alternated, in one process",
    )
    args = parser.parse_args()
    docs = []
    for page in iter_pages(args.root, "dev"):
        if not page.id.startswith("scrapinghub/"):
            continue
        try:
            article = read_article(str(page.path))
        except Exception:  # a page that does not read is skipped
            continue
        text = article.text or ""
        if not text or sum(c.isascii() for c in text) < 0.97 * len(text):
            continue
        doc = build_document(article)
        docs.append((doc, extract_structure(doc)))
        if len(docs) >= args.pages:
            break
    if not docs:
        print(f"no pages under {args.root}")
        return
    for doc, structure in docs:  # warm up
        extract_quantities(doc, structure)
    if args.verdict:
        _compare_verdict(docs)
        return
    start = time.process_time()
    for _ in range(3):
        for doc, structure in docs:
            extract_quantities(doc, structure)
    elapsed = time.process_time() - start
    source = Path(newsaudit.__file__).parents[2]
    print(f"{source}: {len(docs)} pages, {1000 * elapsed / 3 / len(docs):.2f} ms per page")


if __name__ == "__main__":
    main()
