"""Who "he", "she" and "the senator" are: speaker resolution scored on hand-labelled sources.

The labels (``training/labels/coref_sources.jsonl``, see the README.txt beside it) are
PolNeAR gold source spans that are a pronoun or a nominal without a name, each with the full
name of the person it refers to, or "none" when the article never names them. They were
labelled before the pipeline was run on those documents.

For each label the quote extractor runs on its document and the predicted quote whose speaker
span overlaps the labelled source most is taken:

* **found**: some predicted quote's speaker span overlaps the source;
* **correct** (among found): the resolved ``speaker.name`` names the gold person. Surname match
  counts: the last words agree after titles ("Mr.", "Sen.") and punctuation are dropped; when
  both names also have a first name, their first letters must agree too, so "Bill Clinton" is
  not "Hillary Clinton" but "Nick Daniloff" is "Nicholas Daniloff" and "Clinton" alone is
  either. A gold name of one word ("Melanie") must be one of the predicted words. For a gold
  "none" the prediction is correct when it names nobody: no name, the mention's own words
  ("a reporter"), or a type other than person;
* **overall**: correct over all labelled sources (a source no quote covers is wrong).

The labels are split by document into a ``dev`` half (errors may be read, rules tuned) and a
``heldout`` half, scored once. ``--errors`` prints the dev half's mistakes only.

    python -m newsaudit.evaluation.coref [--half dev|heldout|all] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from newsaudit.findings import Quote, Structure

LABELS = Path(__file__).resolve().parent.parent / "training" / "labels" / "coref_sources.jsonl"
DEFAULT_DATA = Path("../shared/data/quotes/polnear_dev.jsonl")
HALVES = ("dev", "heldout", "all")
KINDS = ("pronoun", "nominal")
TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sen", "rep", "gov", "gen", "sir"])


def load_labels(path: str | Path = LABELS, half: str = "all") -> list[dict]:
    """The labelled sources of one half (``dev``, ``heldout`` or ``all``)."""
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: use one of {', '.join(HALVES)}")
    with Path(path).open(encoding="utf-8") as handle:
        labels = [json.loads(line) for line in handle if line.strip()]
    return [label for label in labels if half == "all" or label["half"] == half]


def _name_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w.strip(".,’'\"()").lower() for w in plain.replace("’s", " ").split()]
    return [w for w in words if w and w not in TITLES]


def names_match(predicted: str | None, gold: str) -> bool:
    """Whether a resolved name names the gold person (surname rule, see the module doc)."""
    if not predicted:
        return False
    pred, want = _name_words(predicted), _name_words(gold)
    if not pred or not want:
        return False
    if len(want) == 1:
        return want[0] in pred
    if pred[-1] != want[-1]:
        return False
    return len(pred) == 1 or pred[0][:1] == want[0][:1]


def names_nobody(quote: Quote) -> bool:
    """A prediction that resolves to no named person (right for a gold "none")."""
    speaker = quote.speaker
    if not speaker.name or speaker.type != "person":
        return True
    mention = speaker.span.text if speaker.span is not None else ""
    return speaker.name.strip().lower() == mention.strip().lower()


def covering_quote(quotes: Iterable[Quote], start: int, end: int) -> Quote | None:
    """The quote whose speaker span overlaps [start, end) most (None if none overlaps)."""
    best, best_overlap = None, 0
    for quote in quotes:
        span = quote.speaker.span
        if span is None:
            continue
        overlap = min(end, span.end) - max(start, span.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def judge(label: dict, quotes: list[Quote]) -> dict:
    """One label's outcome: found, correct, and what was predicted."""
    quote = covering_quote(quotes, label["start"], label["end"])
    predicted = quote.speaker.name if quote is not None else None
    if quote is None:
        correct = False
    elif label["gold"] == "none":
        correct = names_nobody(quote)
    else:
        correct = names_match(predicted, label["gold"])
    return {**label, "found": quote is not None, "correct": correct, "predicted": predicted}


def summarise(outcomes: list[dict]) -> dict:
    """Counts and accuracies, overall and per kind (pronoun / nominal)."""

    def block(rows: list[dict]) -> dict:
        found = [r for r in rows if r["found"]]
        correct = sum(r["correct"] for r in rows)
        return {
            "labelled": len(rows),
            "found": len(found),
            "correct": correct,
            "accuracy_found": round(correct / len(found), 3) if found else None,
            "accuracy_overall": round(correct / len(rows), 3) if rows else None,
        }

    result = {"all": block(outcomes)}
    for kind in KINDS:
        result[kind] = block([r for r in outcomes if r["kind"] == kind])
    result["named"] = block([r for r in outcomes if r["gold"] != "none"])
    result["none"] = block([r for r in outcomes if r["gold"] == "none"])
    return result


def evaluate(records: Iterable[dict], labels: list[dict], cache_dir=None) -> list[dict]:
    """Run quote extraction on the labelled documents and judge every label."""
    from newsaudit.evaluation.quotes import parsed_documents
    from newsaudit.extractors.quotes import extract_quotes

    wanted = {label["doc_id"] for label in labels}
    by_doc: dict[str, list[dict]] = {}
    for label in labels:
        by_doc.setdefault(label["doc_id"], []).append(label)
    chosen = [r for r in records if r.get("doc_id") in wanted]
    missing = wanted - {r["doc_id"] for r in chosen}
    if missing:
        raise ValueError(f"{len(missing)} labelled documents are not in the data")
    outcomes = []
    for record, document in parsed_documents(chosen, cache_dir):
        quotes = extract_quotes(document, Structure())
        outcomes.extend(judge(label, quotes) for label in by_doc[record["doc_id"]])
    return outcomes


def _records(path: Path, doc_ids: set[str]) -> list[dict]:
    from newsaudit.evaluation.splits import split_of

    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["doc_id"] in doc_ids:
                if split_of(record["doc_id"]) == "final":
                    raise ValueError(f"{record['doc_id']} is in the final part: not scored here")
                records.append(record)
    return records


def _table(summary: dict) -> str:
    lines = [f"{'':10}{'labelled':>9}{'found':>7}{'correct':>8}{'acc/found':>10}{'overall':>9}"]
    for key in ("all", *KINDS, "named", "none"):
        b = summary[key]
        acc = "-" if b["accuracy_found"] is None else f"{b['accuracy_found']:.3f}"
        overall = "-" if b["accuracy_overall"] is None else f"{b['accuracy_overall']:.3f}"
        lines.append(
            f"{key:10}{b['labelled']:>9}{b['found']:>7}{b['correct']:>8}{acc:>10}{overall:>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsaudit.evaluation.coref")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--half", choices=HALVES, default="dev")
    parser.add_argument("--errors", action="store_true", help="print the dev half's mistakes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.errors and args.half != "dev":
        print("--errors reads the dev half only", file=sys.stderr)
        return 2
    if not args.data.is_file():
        print(f"no data file {args.data} (see ../shared/README.md)", file=sys.stderr)
        return 2
    from newsaudit.evaluation.quotes import DEFAULT_CACHE

    labels = load_labels(args.labels, args.half)
    records = _records(args.data, {label["doc_id"] for label in labels})
    outcomes = evaluate(records, labels, DEFAULT_CACHE)
    summary = summarise(outcomes)
    if args.json:
        print(json.dumps({"half": args.half, **summary}, indent=2))
    else:
        print(f"coreference of pronoun and nominal sources, half={args.half}")
        print(_table(summary))
    if args.errors:
        texts = {r["doc_id"]: r["text"] for r in records}
        for r in outcomes:
            if not r["correct"]:
                text = texts[r["doc_id"]]
                before = text[max(0, r["start"] - 160) : r["start"]].replace("\n", " / ")
                print(
                    f"- {r['kind']} {r['doc_id'][:40]} @{r['start']} {r['text']!r}: "
                    f"gold {r['gold']!r}, predicted {r['predicted']!r}"
                    f"{'' if r['found'] else ' (not found)'}\n    …{before}[[{r['text']}]]"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
