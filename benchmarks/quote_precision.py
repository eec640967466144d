"""Precision of the reported quotes on real pages, against hand judgements (issue 14).

``benchmarks/data/quote_judgements.tsv`` judges every quote the report gave on 16 English news
pages of the DEVELOPMENT part of ``../shared/data/extraction`` (page choice, split and labelling
rules in its header; the FINAL part is never read). This runs the current code on the same pages
and matches each reported quote to a judged one: the reported content covers at least half of the
judged content and the cues overlap (or neither has a cue), one to one, best overlap first.

Per part (``tune``: read its errors; ``heldout``: score once per change, do not read its errors):

* reported: quotes the report gives now; matched: those with a judgement;
* precision: the share of matched quotes judged an attribution (and its bounds if every unjudged
  quote were wrong / right);
* speaker accuracy: among matched attributions whose reported speaker is the one judged, the share
  judged right; a quote whose speaker changed since labelling is counted apart (``speaker
  changed``) and listed for a human to judge, as is every unjudged quote;
* dropped: judged quotes no longer reported (attributions lost / non-quotes removed);
* missed: the obvious quotes the labeller saw the tool miss, and how many are still missed (no
  reported quote other than a judged one covers half of the content, unless its cue is the missed
  cue); recall is a rough estimate from these.

    PYTHONPATH=src .venv/bin/python benchmarks/quote_precision.py [--part tune|heldout|all] [--json]

Nothing here is imported by runtime code. It prints one line and exits 0 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

JUDGEMENTS = Path(__file__).resolve().parent / "data" / "quote_judgements.tsv"
PARTS = ("tune", "heldout")
MIN_COVER = 0.5  # share of the judged content the reported content must cover


@dataclass(slots=True)
class Judged:
    row: str  # quote | missed
    page: str
    part: str
    start: int
    end: int
    cue_start: int | None
    cue_end: int | None
    cue_word: str
    attribution: str  # yes | no
    speaker: str  # right | wrong | none-needed | -
    speaker_key: str
    note: str = ""


@dataclass(slots=True)
class Reported:
    start: int
    end: int
    cue_start: int | None
    cue_end: int | None
    cue_word: str
    speaker_name: str | None
    speaker_key: str


@dataclass(slots=True)
class Score:
    pages: int = 0
    reported: int = 0
    matched: int = 0
    attributions: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    speaker_changed: int = 0
    dropped_yes: int = 0
    dropped_no: int = 0
    missed: int = 0
    still_missed: int = 0
    unjudged: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__slots__:
            value = getattr(other, name)
            if isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def summary(self) -> dict:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        n_unjudged = len(self.unjudged)
        found = self.attributions
        return {
            "pages": self.pages,
            "reported": self.reported,
            "matched": self.matched,
            "unjudged": n_unjudged,
            "attributions": found,
            "precision": share(found, self.matched),
            "precision_bounds": [
                share(found, self.matched + n_unjudged),
                share(found + n_unjudged, self.matched + n_unjudged),
            ],
            "speaker_right": self.speaker_right,
            "speaker_wrong": self.speaker_wrong,
            "speaker_changed": self.speaker_changed,
            "speaker_accuracy": share(self.speaker_right, self.speaker_right + self.speaker_wrong),
            "dropped_attributions": self.dropped_yes,
            "dropped_non_quotes": self.dropped_no,
            "missed_labelled": self.missed,
            "still_missed": self.still_missed,
            # rough: the labelled misses are the obvious ones only
            "recall_rough": share(found, found + self.still_missed + self.dropped_yes),
        }


def speaker_key(name: str | None) -> str:
    """What the judgements store for a reported speaker: a short hash, no text."""
    if not name:
        return "-"
    return hashlib.sha256(" ".join(name.casefold().split()).encode("utf-8")).hexdigest()[:12]


def _int(value: str) -> int | None:
    return int(value) if value not in ("", "-") else None


def load_judgements(path: Path = JUDGEMENTS) -> list[Judged]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = []
    for record in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        rows.append(
            Judged(
                row=record["row"],
                page=record["page_id"],
                part=record["part"],
                start=int(record["content_start"]),
                end=int(record["content_end"]),
                cue_start=_int(record["cue_start"]),
                cue_end=_int(record["cue_end"]),
                cue_word=record["cue_word"],
                attribution=record["attribution"],
                speaker=record["speaker"],
                speaker_key=record["speaker_key"],
                note=record.get("note") or "",
            )
        )
    return rows


def reported_quotes(report: dict) -> list[Reported]:
    """The report's quotes in the form the matcher reads."""
    quotes = []
    for quote in report.get("quotes") or []:
        cue = quote.get("cue") or {}
        speaker = quote.get("speaker") or {}
        name = speaker.get("name") or (speaker.get("span") or {}).get("text")
        quotes.append(
            Reported(
                start=quote["content"]["start"],
                end=quote["content"]["end"],
                cue_start=cue.get("start"),
                cue_end=cue.get("end"),
                cue_word=cue.get("text") or "",
                speaker_name=name,
                speaker_key=speaker_key(name),
            )
        )
    return quotes


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _cues_agree(reported: Reported, judged: Judged) -> bool:
    if reported.cue_start is None or judged.cue_start is None:
        return reported.cue_start is None and judged.cue_start is None
    return (
        _overlap(reported.cue_start, reported.cue_end, judged.cue_start, judged.cue_end) > 0
        or reported.cue_start == judged.cue_start
    )


def covers(reported: Reported, judged: Judged) -> int:
    """Characters of the judged content the reported one covers, 0 below MIN_COVER."""
    shared = _overlap(reported.start, reported.end, judged.start, judged.end)
    length = max(1, judged.end - judged.start)
    return shared if shared >= MIN_COVER * length else 0


def match(reported: list[Reported], judged: list[Judged]) -> dict[int, int]:
    """reported index -> judged index: content cover and cue agreement, one to one, the largest
    cover first (ties: the earlier pair)."""
    pairs = []
    for i, quote in enumerate(reported):
        for j, row in enumerate(judged):
            if row.row != "quote":
                continue
            cover = covers(quote, row)
            if cover and _cues_agree(quote, row):
                pairs.append((-cover, i, j))
    pairs.sort()
    taken_r: set[int] = set()
    taken_j: set[int] = set()
    result = {}
    for _, i, j in pairs:
        if i in taken_r or j in taken_j:
            continue
        taken_r.add(i)
        taken_j.add(j)
        result[i] = j
    return result


def score_page(page: str, reported: list[Reported], rows: list[Judged]) -> Score:
    """Score one page's reported quotes against its judgement rows."""
    score = Score(pages=1, reported=len(reported))
    quotes = [r for r in rows if r.row == "quote"]
    pairs = match(reported, quotes)
    for i, quote in enumerate(reported):
        where = {
            "page": page,
            "content": [quote.start, quote.end],
            "cue": [quote.cue_start, quote.cue_end],
            "cue_word": quote.cue_word,
            "speaker": quote.speaker_name,
        }
        if i not in pairs:
            score.unjudged.append(where)
            continue
        row = quotes[pairs[i]]
        score.matched += 1
        if row.attribution != "yes":
            continue
        score.attributions += 1
        if quote.speaker_key != row.speaker_key:
            score.speaker_changed += 1
            score.changed.append({**where, "was": row.speaker})
        elif row.speaker == "right":
            score.speaker_right += 1
        else:
            score.speaker_wrong += 1
    for j, row in enumerate(quotes):
        if j not in pairs.values():
            if row.attribution == "yes":
                score.dropped_yes += 1
            else:
                score.dropped_no += 1
    for row in rows:
        if row.row != "missed":
            continue
        score.missed += 1
        # found by a quote that covers half its content and is not an already judged one (or
        # whose cue is the missed cue)
        if not any(
            covers(q, row) and (i not in pairs or _cues_agree(q, row))
            for i, q in enumerate(reported)
        ):
            score.still_missed += 1
    return score


def run(parts: tuple[str, ...], rows: list[Judged], root: Path) -> dict[str, Score]:
    from newsaudit.evaluation.real_pages import analyse, iter_pages, part_of

    wanted = {r.page for r in rows if r.part in parts}
    pages = {p.id: p for p in iter_pages(root, "dev") if p.id in wanted}
    missing = wanted - set(pages)
    if missing:
        raise SystemExit(f"quote_precision: pages not found: {sorted(missing)}")
    scores = {part: Score() for part in parts}
    for page_id in sorted(wanted):
        page = pages[page_id]
        assert part_of(page.path.name) == "dev"  # never a FINAL page
        page_rows = [r for r in rows if r.page == page_id]
        part = page_rows[0].part
        scores[part].add(score_page(page_id, reported_quotes(analyse(page)), page_rows))
    return scores


def _print(part: str, score: Score) -> None:
    s = score.summary()
    low, high = s["precision_bounds"]
    print(
        f"{part}: {s['pages']} pages, {s['reported']} quotes reported, {s['matched']} judged, "
        f"{s['unjudged']} unjudged"
    )
    print(
        f"  precision {s['precision']} ({s['attributions']}/{s['matched']}; "
        f"{low}-{high} counting unjudged as wrong/right)"
    )
    print(
        f"  speaker accuracy {s['speaker_accuracy']} ({s['speaker_right']} right, "
        f"{s['speaker_wrong']} wrong; {s['speaker_changed']} changed since labelling, unjudged)"
    )
    print(
        f"  dropped since labelling: {s['dropped_attributions']} attributions, "
        f"{s['dropped_non_quotes']} non-quotes; missed {s['still_missed']} of "
        f"{s['missed_labelled']} labelled misses; recall (rough) {s['recall_rough']}"
    )
    if part == "heldout":
        return  # aggregate only: the held-out quotes are not to be read, unjudged ones included
    for item in score.unjudged:
        print(
            f"  unjudged: {item['page']} content {item['content']} cue {item['cue']} "
            f"{item['cue_word']!r} speaker {item['speaker']!r}"
        )
    for item in score.changed:
        print(
            f"  speaker changed (was {item['was']}): {item['page']} content {item['content']} "
            f"cue {item['cue_word']!r} speaker now {item['speaker']!r}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args(argv)

    from newsaudit.evaluation.real_pages import DEFAULT_ROOT

    if not DEFAULT_ROOT.is_dir():
        print(f"quote_precision: skipped: {DEFAULT_ROOT} is absent (needs ../shared)")
        return 0
    parts = PARTS if args.part == "all" else (args.part,)
    scores = run(parts, load_judgements(args.judgements), DEFAULT_ROOT)
    if args.json:
        out = {
            part: score.summary()
            if part == "heldout"
            else {**score.summary(), "unjudged_quotes": score.unjudged, "changed": score.changed}
            for part, score in scores.items()
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for part, score in scores.items():
        _print(part, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
