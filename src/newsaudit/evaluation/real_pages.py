"""Evaluate the report on real web pages: the extraction benchmarks' development pages.

``../shared/data/extraction`` holds real news pages with gold body text (scrapinghub) and gold
must-keep / must-drop snippets, titles, authors and dates (trafilatura-eval). This measures what
a fact-checker sees on such pages:

* language: the detected language against the page's own ``<html lang>`` attribute;
* boilerplate: of the must-drop snippets that survive extraction, the share the structure stage
  keeps out of the analysis (a role other than body/headline/standfirst); of the must-keep
  snippets, the share it wrongly drops;
* authors: the report's author against the gold author (exact match after case and white space
  are normalised, and as sets of names when there are several);
* bylines and credit lines found, and the byline author (`structure.byline_author`: the text's
  byline, else the author metadata) against the gold author.

The FINAL part (pages whose SHA-256 of the file name is 0 modulo 5, about 20 %) was fixed before
any work on these capabilities; develop on ``--part dev`` and score ``--part final`` once.
Nothing here is imported by runtime code.

    PYTHONPATH=src python -m newsaudit.evaluation.real_pages --part dev [--limit N] [--errors]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

FINAL_MODULUS = 5
PARTS = ("dev", "final", "all")
DEFAULT_ROOT = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "extraction"
QUANTITY_LABELS = (
    Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "quantity_labels.tsv"
)
DEFAULT_LABELS = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "headline_labels.tsv"
KEPT_ROLES = ("body", "headline", "standfirst", "dateline")
HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
WORD = re.compile(r"\w+")
BLIND_SAMPLE = re.compile(r"final|heldout|_dev5\b", re.IGNORECASE)  # never read for errors
NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\|)\s*", re.IGNORECASE)


def part_of(name: str) -> str:
    """FINAL or development, from a hash of the page's file name (never from its content)."""
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16)
    return "final" if digest % FINAL_MODULUS == 0 else "dev"


@dataclass(slots=True)
class Page:
    id: str  # benchmark/file name
    path: Path
    gold: dict = field(default_factory=dict)


def iter_pages(root: Path, part: str) -> Iterator[Page]:
    """Pages of both benchmarks in a fixed order, filtered to one part."""
    truth_path = root / "scrapinghub" / "ground-truth.json"
    if truth_path.is_file():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for key in sorted(truth):
            path = root / "scrapinghub" / "html" / f"{key}.html.gz"
            if path.is_file() and part in ("all", part_of(path.name)):
                gold = {"url": truth[key].get("url"), "body": truth[key].get("articleBody")}
                yield Page(f"scrapinghub/{key}", path, gold)
    eval_path = root / "trafilatura-eval" / "evaldata.json"
    if eval_path.is_file():
        data = json.loads(eval_path.read_text(encoding="utf-8"))
        for url in sorted(data):
            record = data[url]
            path = root / "trafilatura-eval" / "html" / f"{record['file']}.gz"
            if path.is_file() and part in ("all", part_of(path.name)):
                yield Page(f"trafilatura-eval/{record['file']}", path, {"url": url, **record})


def html_lang(path: Path) -> str | None:
    """The two-letter language the page declares, if any."""
    match = HTML_LANG.search(gzip.decompress(path.read_bytes())[:20000])
    return match.group(1).decode("ascii").lower()[:2] if match else None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace("’", "'").split())


def author_names(value: str | None) -> set[str]:
    """A set of normalised names from an author string ("A; B", "A and B")."""
    if not value:
        return set()
    return {_fold(part) for part in NAME_SPLIT.split(value) if part.strip()}


def _snippet_roles(report: dict, snippet: str) -> list[str] | None:
    """Roles of the paragraphs a snippet falls in, or None when extraction dropped it."""
    text = report["text"]
    folded = " ".join(snippet.split())
    if not folded:
        return None
    flat = " ".join(text.split())
    position = flat.find(folded)
    if position < 0:
        return None
    # map the position in the white-space-folded text back to the real text
    index, seen = 0, 0
    for index, char in enumerate(text):
        if seen >= position:
            break
        if not (char.isspace() and index > 0 and text[index - 1].isspace()):
            seen += 1
    roles = []
    for paragraph in report["structure"]["paragraphs"]:
        span = paragraph["span"]
        if span["start"] <= index + len(folded) and index <= span["end"]:
            roles.append(paragraph["role"])
    return roles or None


@dataclass(slots=True)
class Tally:
    pages: int = 0
    failed: int = 0
    lang_pages: int = 0
    lang_agree: int = 0
    english_pages: int = 0  # by the detector
    skipped_pages: int = 0  # English-only findings skipped
    drop_seen: int = 0  # must-drop snippets present in the extracted text (English pages)
    drop_excluded: int = 0
    keep_seen: int = 0
    keep_excluded: int = 0
    outside_gold: int = 0  # scrapinghub paragraphs that are not in the gold body
    outside_excluded: int = 0
    inside_gold: int = 0
    inside_excluded: int = 0
    author_gold: int = 0
    author_exact: int = 0
    author_set: int = 0
    author_none: int = 0
    bylines: int = 0
    byline_authors: int = 0  # pages with structure.byline_author
    byline_authors_from_text: int = 0
    byline_author_set: int = 0  # its names == the gold author's, on pages with a gold author
    credit_lines: int = 0
    headline: dict = field(default_factory=dict)  # (label, verdict) -> pages
    errors: list[str] = field(default_factory=list)

    def _labelled(self, label: str) -> int:
        return sum(n for (lab, _), n in self.headline.items() if lab == label)

    def summary(self) -> dict:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "pages": self.pages,
            "failed": self.failed,
            "language_agreement": share(self.lang_agree, self.lang_pages),
            "language_pages_with_html_lang": self.lang_pages,
            "english_pages": self.english_pages,
            "pages_english_only_findings_skipped": self.skipped_pages,
            "boilerplate_drop_snippets_excluded": share(self.drop_excluded, self.drop_seen),
            "boilerplate_drop_snippets_seen": self.drop_seen,
            "boilerplate_keep_snippets_wrongly_excluded": share(self.keep_excluded, self.keep_seen),
            "boilerplate_keep_snippets_seen": self.keep_seen,
            "boilerplate_paragraphs_outside_gold_body_excluded": share(
                self.outside_excluded, self.outside_gold
            ),
            "paragraphs_outside_gold_body": self.outside_gold,
            "gold_body_paragraphs_wrongly_excluded": share(self.inside_excluded, self.inside_gold),
            "gold_body_paragraphs": self.inside_gold,
            "author_exact": share(self.author_exact, self.author_gold),
            "author_name_set_match": share(self.author_set, self.author_gold),
            "author_missing": share(self.author_none, self.author_gold),
            "author_pages_with_gold": self.author_gold,
            "headline_verdicts_by_label": {
                f"{label}->{verdict}": n for (label, verdict), n in sorted(self.headline.items())
            },
            "supported_headlines_said_supported": share(
                self.headline.get(("supported", "true"), 0), self._labelled("supported")
            ),
            "supported_headlines_said_false": share(
                self.headline.get(("supported", "false"), 0), self._labelled("supported")
            ),
            "pages_with_byline": self.bylines,
            "pages_with_byline_author": self.byline_authors,
            "byline_authors_from_the_text": self.byline_authors_from_text,
            "byline_author_name_set_match": share(self.byline_author_set, self.author_gold),
            "credit_lines": self.credit_lines,
        }


def load_labels(path: Path) -> dict[str, str]:
    """Page id → headline label, from the TSV of judgements (no page text in it)."""
    if not path.is_file():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("part\t"):
            continue
        _, page, label = line.split("\t")
        labels[page] = label
    return labels


def _score_headline(page: Page, report: dict, tally: Tally, errors: bool) -> None:
    label = page.gold.get("headline_label")
    if not label or label == "not_english":
        return
    lines = [h for h in report.get("headline") or [] if h.get("role") == "headline"]
    verdict = {True: "true", False: "false", None: "null"}[lines[0]["supported"] if lines else None]
    key = (label, verdict)
    tally.headline[key] = tally.headline.get(key, 0) + 1
    if errors and label == "supported" and verdict != "true":
        missing = [t["text"] for t in lines[0]["unsupported_terms"]] if lines else []
        stance = (lines[0].get("stance") or {}).get("label") if lines else None
        tally.errors.append(f"{page.id}: headline {verdict}, stance {stance}, missing {missing}")


def score_page(page: Page, report: dict, tally: Tally, errors: bool) -> None:
    tally.pages += 1
    _score_headline(page, report, tally, errors)
    detected = (report.get("detected_language") or {}).get("code")
    declared = html_lang(page.path)
    if declared and detected:
        tally.lang_pages += 1
        tally.lang_agree += declared == detected
        if errors and declared != detected:
            tally.errors.append(f"{page.id}: language {detected} vs html lang {declared}")
    english = detected in (None, "en")
    tally.english_pages += english
    tally.skipped_pages += bool((report.get("detected_language") or {}).get("skipped"))
    if english:
        _score_snippets(page, report, tally, errors)
        if page.gold.get("body"):
            _score_gold_body(page, report, tally, errors)
    _score_author(page, report, tally, errors)
    tally.bylines += report["structure"].get("byline") is not None
    byline_author = report["structure"].get("byline_author")
    tally.byline_authors += byline_author is not None
    tally.byline_authors_from_text += (byline_author or {}).get("origin") == "byline"
    tally.credit_lines += len(report["structure"].get("credits") or [])


def _score_snippets(page: Page, report: dict, tally: Tally, errors: bool) -> None:
    for snippet in page.gold.get("without") or []:
        roles = _snippet_roles(report, snippet)
        if roles is None:
            continue
        tally.drop_seen += 1
        excluded = all(r not in KEPT_ROLES for r in roles)
        tally.drop_excluded += excluded
        if errors and not excluded:
            tally.errors.append(f"{page.id}: boilerplate kept as {roles}: {snippet[:80]!r}")
    for snippet in page.gold.get("with") or []:
        roles = _snippet_roles(report, snippet)
        if roles is None:
            continue
        tally.keep_seen += 1
        dropped = all(r not in KEPT_ROLES for r in roles)
        tally.keep_excluded += dropped
        if errors and dropped:
            tally.errors.append(f"{page.id}: text dropped as {roles}: {snippet[:80]!r}")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _score_gold_body(page: Page, report: dict, tally: Tally, errors: bool) -> None:
    """Each paragraph after the headline: in the gold body (most of its word trigrams are
    there) or outside it (almost none are); paragraphs in between are not counted."""
    gold = _trigrams(page.gold["body"])
    for paragraph in report["structure"]["paragraphs"]:
        if paragraph["role"] in ("headline", "standfirst"):
            continue
        grams = _trigrams(paragraph["span"]["text"])
        if not grams or len(WORD.findall(paragraph["span"]["text"])) < 2:
            continue
        inside = len(grams & gold) / len(grams)
        excluded = paragraph["role"] not in KEPT_ROLES
        if inside >= 0.8:
            tally.inside_gold += 1
            tally.inside_excluded += excluded
            if errors and excluded:
                tally.errors.append(
                    f"{page.id}: gold text as {paragraph['role']}: "
                    f"{paragraph['span']['text'][:80]!r}"
                )
        elif inside <= 0.2:
            tally.outside_gold += 1
            tally.outside_excluded += excluded
            if errors and not excluded:
                tally.errors.append(
                    f"{page.id}: not in gold body, kept as {paragraph['role']}: "
                    f"{paragraph['span']['text'][:80]!r}"
                )


def _score_author(page: Page, report: dict, tally: Tally, errors: bool) -> None:
    gold = page.gold.get("author")
    if isinstance(gold, list):
        gold = "; ".join(map(str, gold))
    if not gold:
        return
    got = report["article"].get("author")
    tally.author_gold += 1
    tally.author_none += not got
    exact = bool(got) and _fold(got) == _fold(gold)
    tally.author_exact += exact
    same_set = bool(got) and author_names(got) == author_names(gold)
    tally.author_set += same_set
    byline = (report.get("structure") or {}).get("byline_author") or {}
    tally.byline_author_set += bool(byline) and author_names(byline["name"]) == author_names(gold)
    if errors and not same_set:
        tally.errors.append(f"{page.id}: author {got!r} vs gold {gold!r}")


def analyse(page: Page, authors_only: bool = False) -> dict:
    """The page's report; ``authors_only`` reads the article alone (no NLP), for author runs."""
    from newsaudit.io import read_article
    from newsaudit.pipeline import analyze

    article = read_article(str(page.path))
    if authors_only:
        return {"article": {"author": article.author}}
    return analyze(article).to_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--part", choices=PARTS, default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--bench", choices=("both", "scrapinghub", "trafilatura-eval"))
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument(
        "--quantities",
        type=Path,
        nargs="?",
        const=QUANTITY_LABELS,
        help="score the labelled quantities only (default labels file)",
    )
    parser.add_argument("--labelled-only", action="store_true", help="only pages with a label")
    parser.add_argument("--authors-only", action="store_true", help="score authors alone (fast)")
    parser.add_argument("--errors", action="store_true", help="print each miss (dev part only)")
    args = parser.parse_args(argv)
    if args.errors and args.part != "dev":
        parser.error("--errors is for the development part: the FINAL part's errors stay unread")
    if args.errors and args.quantities and BLIND_SAMPLE.search(args.quantities.name):
        parser.error("--errors is for development samples: a final or held-out sample stays unread")
    from newsaudit.errors import NewsauditError

    if args.quantities:
        from newsaudit.evaluation.quantity_labels import score_quantities

        print(json.dumps(score_quantities(args.quantities, args.errors, args.root), indent=2))
        return 0

    pages = [
        p
        for p in iter_pages(args.root, args.part)
        if args.bench in (None, "both") or p.id.startswith(args.bench + "/")
    ]
    labels = load_labels(args.labels)
    for page in pages:
        if page.id in labels:
            page.gold["headline_label"] = labels[page.id]
    if args.labelled_only:
        pages = [p for p in pages if p.id in labels]
    if args.limit:
        pages = pages[: args.limit]
    tally = Tally()
    for page in pages:
        try:
            report = analyse(page, args.authors_only)
        except NewsauditError as error:
            tally.failed += 1
            if args.errors:
                tally.errors.append(f"{page.id}: {error}")
            continue
        if args.authors_only:
            tally.pages += 1
            _score_author(page, report, tally, args.errors)
        else:
            score_page(page, report, tally, args.errors)
    for line in tally.errors:
        print(line, file=sys.stderr)
    print(json.dumps({"part": args.part, **tally.summary()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
