"""Evaluate quote extraction on PolNeAR-format attribution data (source, cue, content).

Each role is scored as the set of characters its fragments cover. Relations are matched one
to one by content overlap; each role is then scored on the matched pairs, and every unmatched
prediction or gold relation counts against precision or recall.

* exact: the same characters once white space, quote marks and punctuation at the ends of
  each fragment are trimmed (inner white space is ignored);
* overlap: the prediction covers at least half of the gold span's characters.

Scores are also kept per kind (direct, mixed, indirect): a gold relation's kind comes from
the quote marks of its content, a prediction's from the extractor. The parts (development,
train, final) are a rule on the document id (`newsaudit.evaluation.splits`). Parsing long
articles is slow, so parsed spaCy docs are cached (DocBin) outside the repository, keyed by
what the parser is shown.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsaudit.document import Document, document_from_parse
from newsaudit.errors import InputError
from newsaudit.evaluation.splits import SPLITS, in_split, split_of
from newsaudit.extractors.quote_bounds import trimmed
from newsaudit.findings import Quote, Structure

__all__ = ["ROLES", "SPLITS", "split_of"]

ROLES = ("source", "cue", "content")
KINDS = ("direct", "mixed", "indirect")
DOUBLE_MARKS = '"“”«»„'
DEFAULT_CACHE = Path(os.environ.get("NEWSAUDIT_CACHE", "/tmp/newsaudit-cache")) / "polnear"


def load_records(path: str | Path, split: str = "all") -> list[dict]:
    """PolNeAR JSON Lines records, filtered to one split (`newsaudit.evaluation.splits`)."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such data file: {path}")
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: not JSON ({error.msg})") from error
            if "text" not in record or "attributions" not in record:
                raise InputError(f"{path}:{number}: needs 'text' and 'attributions'")
            record.setdefault("doc_id", f"line{number}")
            if in_split(str(record["doc_id"]), split):
                records.append(record)
    return records


# --- documents from cached parses -------------------------------------------------------


def _cache_key(text: str, nlp) -> str:
    meta = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{','.join(nlp.pipe_names)}"
    return hashlib.sha256((meta + "\0" + text).encode("utf-8")).hexdigest()[:24]


def parsed_documents(
    records: Iterable[dict], cache_dir: Path | None = DEFAULT_CACHE
) -> Iterator[tuple[dict, Document]]:
    """Yield each record with its `Document`, parsing once and caching the spaCy doc."""
    from spacy.tokens import DocBin

    from newsaudit.nlp import load_pipeline, parse, parser_text

    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
    for record in records:
        text = record["text"]
        # keyed by what the parser is shown, so a change there (newsaudit.casing) re-parses
        key = _cache_key(parser_text(nlp, text), nlp)
        path = cache_dir / f"{key}.spacy" if cache_dir else None
        if path is not None and path.exists():
            parsed = next(iter(DocBin().from_disk(path).get_docs(nlp.vocab)))
        else:
            parsed = parse(nlp, text)
            if path is not None:
                DocBin(store_user_data=False, docs=[parsed]).to_disk(path)
        yield record, document_from_parse(text, parsed)


# --- scoring ----------------------------------------------------------------------------


@dataclass(slots=True)
class Relation:
    """One attribution as character sets: what the scorer compares."""

    source: frozenset[int]
    cue: frozenset[int]
    content: frozenset[int]

    def role(self, name: str) -> frozenset[int]:
        return getattr(self, name)


def _chars(text: str, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for start, end in fragments for i in range(start, end))


def exact_chars(text: str, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Characters compared for an exact match: fragment ends trimmed, inner spaces ignored."""
    out: set[int] = set()
    for first, last in fragments:
        start, end = trimmed(text, first, last)
        out.update(i for i in range(start, end) if not text[i].isspace())
    return frozenset(out)


def gold_fragments(relation: dict, role: str) -> list[tuple[int, int]]:
    return [(f["start"], f["end"]) for f in relation.get(role) or []]


def quote_fragments(quote: Quote, role: str) -> list[tuple[int, int]]:
    """A predicted quote's fragments for one role, in the gold format."""
    if role == "content":
        spans = quote.content_fragments or [quote.content]
    elif role == "cue":
        spans = [quote.cue] if quote.cue else []
    else:
        spans = [quote.speaker.span] if quote.speaker.span else []
    return [(s.start, s.end) for s in spans]


def _match(pred: list[frozenset[int]], gold: list[frozenset[int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of contents by overlap (Jaccard), best pairs first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            common = len(p & g)
            if common:
                pairs.append((common / len(p | g), i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def matched_gold(text: str, predicted: list[Quote], gold: list[dict]) -> list[int | None]:
    """Per predicted quote, the gold relation the scorer pairs it with (None: unmatched)."""
    pred = [_chars(text, quote_fragments(q, "content")) for q in predicted]
    wanted = [_chars(text, gold_fragments(g, "content")) for g in gold]
    pairs = dict(_match(pred, wanted))
    return [pairs.get(i) for i in range(len(predicted))]


def correct_quotes(text: str, predicted: list[Quote], gold: list[dict]) -> list[bool]:
    """Per predicted quote: matched to a gold relation and covering half its content.

    The labels the learned quote filter is trained on, by the same matching as the scores.
    """
    pred = [_chars(text, quote_fragments(q, "content")) for q in predicted]
    wanted = [_chars(text, gold_fragments(g, "content")) for g in gold]
    pairs = dict(_match(pred, wanted))
    return [
        i in pairs and len(pred[i] & wanted[pairs[i]]) * 2 >= len(wanted[pairs[i]])
        for i in range(len(pred))
    ]


@dataclass(slots=True)
class Tally:
    predicted: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0

    def scores(self, hits: int) -> dict[str, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def gold_kind(text: str, relation: dict) -> str:
    """PolNeAR marks no kind: ``direct`` when the content is wholly inside double quote marks,
    ``mixed`` when it holds some, ``indirect`` when none (single marks are too often
    apostrophes to count)."""
    pieces = [text[a:b].strip(" \t\r\n.,;:!?") for a, b in gold_fragments(relation, "content")]
    joined = " ".join(p for p in pieces if p)
    if not any(c in DOUBLE_MARKS for c in joined):
        return "indirect"
    if all(p[0] in DOUBLE_MARKS and p[-1] in DOUBLE_MARKS for p in pieces if p):
        inner = [p[1:-1] for p in pieces if p]
        if not any(c in DOUBLE_MARKS for p in inner for c in p):
            return "direct"
    return "mixed"


def new_tallies() -> dict[str, dict[str, Tally]]:
    """Counts for the whole (key ``all``) and for each kind, one `Tally` per role."""
    return {part: {role: Tally() for role in ROLES} for part in ("all", *KINDS)}


def score_document(
    text: str, predicted: list[Quote], gold: list[dict], tallies: dict[str, dict[str, Tally]]
) -> None:
    """Add one document's counts to ``tallies`` (from `new_tallies`).

    Per kind, a matched pair counts under the gold relation's kind and an unmatched
    prediction under its own, so the kinds add up to the whole."""
    pred_frag = [{r: quote_fragments(q, r) for r in ROLES} for q in predicted]
    gold_frag = [{r: gold_fragments(g, r) for r in ROLES} for g in gold]
    matched = _match(
        [_chars(text, f["content"]) for f in pred_frag],
        [_chars(text, f["content"]) for f in gold_frag],
    )
    gold_kinds = [gold_kind(text, g) for g in gold]
    pair_of = dict(matched)
    pred_kinds = [
        gold_kinds[pair_of[i]] if i in pair_of else q.kind for i, q in enumerate(predicted)
    ]
    for role in ROLES:
        for kind, f in zip(pred_kinds, pred_frag, strict=True):
            if f[role]:
                for part in ("all", kind):
                    tallies[part][role].predicted += 1
        for kind, f in zip(gold_kinds, gold_frag, strict=True):
            if f[role]:
                for part in ("all", kind):
                    tallies[part][role].gold += 1
        for i, j in matched:
            p, g = pred_frag[i][role], gold_frag[j][role]
            if not p or not g:
                continue
            exact = exact_chars(text, p) == exact_chars(text, g)
            gold_chars, pred_chars = _chars(text, g), _chars(text, p)
            overlap = len(gold_chars & pred_chars) * 2 >= len(gold_chars)
            for part in ("all", gold_kinds[j]):
                tallies[part][role].exact += exact
                tallies[part][role].overlap += overlap


def summarise(tallies: dict[str, dict[str, Tally]], documents: int, split: str = "") -> dict:
    """P/R/F1 per role, exact and overlap; the same per kind under ``kinds``."""

    def roles(part: dict[str, Tally]) -> dict:
        return {
            role: {"exact": t.scores(t.exact), "overlap": t.scores(t.overlap), "gold": t.gold}
            for role, t in part.items()
        }

    out: dict = roles(tallies["all"])
    out["kinds"] = {kind: roles(tallies[kind]) for kind in KINDS}
    out["documents"] = documents
    if split:
        out["split"] = split
    return out


def evaluate(
    path: str | Path,
    split: str = "development",
    cache_dir: Path | None = DEFAULT_CACHE,
    limit: int | None = None,
) -> dict:
    """Run the extractor over one split and return P/R/F1 per role, exact and overlap."""
    from newsaudit.extractors.quotes import extract_quotes

    records = load_records(path, split)[:limit] if limit else load_records(path, split)
    tallies = new_tallies()
    for record, document in parsed_documents(records, cache_dir):
        quotes = extract_quotes(document, Structure())
        score_document(record["text"], quotes, record["attributions"], tallies)
    return summarise(tallies, len(records), split)
