"""A learned verdict on the rules' readings: is this span a quantity at all?

The rules read every number the parser or a regex finds, and on pages they were never tuned on
about a third of their mistakes are numbers that are not quantities: footnote marks, figure
and version numbers, a game's edition, a year in a product's name, idioms of "one". Each new
rule fixed the cases of the sample it was written on and few others. A logistic regression
over what surrounds a reading (its kind, the words, tags, entity and punctuation around it, the
shape of its line) learns from a sample labelled blind which readings to withdraw. Like the
quote filter it is plain JSON, a sum of weights and a sigmoid. Trained by
``newsaudit train quantities``; the card is ``docs/models/quantities.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.extractors.quote_cues import SparseLogistic
from newsaudit.findings import Quantity
from newsaudit.models.registry import shipped_text

ARTIFACT = "quantities_verdict.json"
FORMAT = "newsaudit-quantity-verdict/1"
MIN_WEIGHT = 0.005
MARKS = frozenset("[]()@#-–/:\"“”'‘’.,;|*+=%$€£")
SHAPE_RUNS = re.compile(r"(.)\1+")
COUNTED_KINDS = frozenset({"count", "measure"})
PAIRED_WITH_UNIT = frozenset(
    {"prev_pos", "prev_tag", "next_tag", "head_pos", "titled_around", "line_title", "repeats"}
)
CODE = re.compile(r"[=;{}<>]|\w\(|\$\w")  # a line of code or configuration


@lru_cache(maxsize=8192)  # token texts repeat; the shape is a third of the features' cost
def word_shape(text: str) -> str:
    """'Xxx', 'dd.d', 'x-xx': letters, digits and marks, runs collapsed, at most 8 long."""
    shape = "".join(
        "d" if c.isdigit() else "X" if c.isupper() else "x" if c.isalpha() else c for c in text
    )
    return SHAPE_RUNS.sub(r"\1", shape)[:8]


def _token_features(name: str, token) -> list[str]:
    if token is None:
        return [f"{name}=<edge>"]
    feats = [
        f"{name}_pos={token.pos_}",
        f"{name}_tag={token.tag_}",
        f"{name}_shape={word_shape(token.text)}",
        f"{name}_ent={token.ent_type_ or '-'}",
    ]
    if token.is_alpha and len(token.text) > 1:
        feats.append(f"{name}_lower={token.lower_}")
    elif not token.is_alpha:
        feats.append(f"{name}_text={token.text[:3]}")
    return feats


def _line_features(text: str, start: int, end: int) -> list[str]:
    """The line the reading stands on: short or long, title case, its place in it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = [w for w in line.split() if w[:1].isalpha()]
    titled = sum(w[:1].isupper() for w in words)
    share = round(titled / len(words), 1) if words else -1.0
    length = min(8, len(line) // 20)
    return [
        f"line_len={length}",
        f"line_title={share >= 0.7}",
        f"line_start={start == line_start}",
        f"line_end={not line[end - line_start :].strip()}",
        f"line_colon={':' in line}",
        f"line_verb={any(w.islower() for w in words)}",
        f"line_code={bool(CODE.search(line))}",
    ]


def _characters(text: str, start: int, end: int) -> list[str]:
    before = text[start - 1] if start > 0 else "^"
    after = text[end] if end < len(text) else "$"
    return [
        f"char_before={before if before in MARKS else 'sp' if before.isspace() else 'w'}",
        f"char_after={after if after in MARKS else 'sp' if after.isspace() else 'w'}",
    ]


def reading_features(doc: Document, quantity: Quantity, span=None) -> list[str]:
    """Named binary features of one reading, most also joined with its kind."""
    span = doc.tokens(quantity.span) if span is None else span  # the caller's, if it has them
    tokens = list(span) if span is not None else []
    kind = quantity.kind
    first = tokens[0] if tokens else None
    last = tokens[-1] if tokens else None
    before = doc.doc[first.i - 1] if first is not None and first.i > 0 else None
    after = doc.doc[last.i + 1] if last is not None and last.i + 1 < len(doc.doc) else None
    later = doc.doc[last.i + 2] if last is not None and last.i + 2 < len(doc.doc) else None
    own = [
        f"unit={'none' if quantity.unit is None else 'set'}",
        f"value={'none' if quantity.value is None else 'set'}",
        f"vague={quantity.vague}",
        f"words={min(len(tokens), 4)}",
        f"span_shape={word_shape(quantity.span.text)}",
        f"resolved={quantity.resolved_date is not None}",
    ]
    if first is not None:
        own += [f"first_{f}" for f in _token_features("t", first)]
        own += [f"dep={last.dep_}", f"head_pos={last.head.pos_}", f"head_dep={last.head.dep_}"]
        if last.head.is_alpha:
            own.append(f"head_lower={last.head.lower_}")
        outside = first.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")
        own.append(f"entity_runs_on={outside}")
    earlier = doc.doc[first.i - 2] if first is not None and first.i > 1 else None
    own += _token_features("prev", before) + _token_features("next", after)
    own += _token_features("next2", later)[:2] + _token_features("prev2", earlier)[:2]
    around = [t for t in (earlier, before, after, later) if t is not None]
    own.append(f"titled_around={sum(t.is_title for t in around)}")
    repeats = doc.text.count(quantity.span.text)
    own.append(f"repeats={min(repeats, 4) if repeats < 4 else 'many'}")
    own += _line_features(doc.text, quantity.span.start, quantity.span.end)
    own += _characters(doc.text, quantity.span.start, quantity.span.end)
    counted = "unit" if quantity.unit else "bare"  # "21 points" after a name is no name's number
    paired = [f for f in own if f.split("=")[0] in PAIRED_WITH_UNIT]
    return [
        f"kind={kind}",
        *own,
        *(f"{kind}|{f}" for f in own),
        *(f"{counted}|{f}" for f in paired),
    ]


class QuantityVerdict(SparseLogistic):
    """``probability``: that the span is no quantity at all."""

    FORMAT = FORMAT

    def withdraws(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


@lru_cache(maxsize=1)
def load_verdict() -> QuantityVerdict | None:
    """The shipped verdict, or None (every reading of the rules is then kept)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else QuantityVerdict.from_json(text)


def asks_verdict(doc: Document, quantity: Quantity, span=None) -> bool:
    """Whether the verdict judges this reading. A number counting the lower-case noun after it
    ("2 goals", "31 saves") is a quantity by the doc's first rule, whatever precedes it; the
    training samples hold few lines of statistics after names, and there the verdict took
    "Sorensen 2 goals" for a name's number, as "Apollo 11" is. "one" before a noun stays
    judged: its idioms ("one fell swoop", "one step closer") are what the verdict learns."""
    if quantity.unit is None or quantity.kind not in COUNTED_KINDS:
        return True
    span = doc.tokens(quantity.span) if span is None else span
    if span is None or not len(span) or span[0].lower_ == "one":
        return True
    rest = doc.doc[span[0].i + 1 : span.end + 1]
    noun = next((t for t in rest if t.is_alpha), None)
    return noun is None or not noun.text.islower()


def apply_verdict(
    doc: Document, quantities: list[Quantity], verdict: QuantityVerdict | None
) -> list[Quantity]:
    """The readings the verdict does not withdraw."""
    if verdict is None:
        return quantities
    return [q for q in quantities if not _withdrawn(doc, q, verdict)]


def _withdrawn(doc: Document, quantity: Quantity, verdict: QuantityVerdict) -> bool:
    span = doc.tokens(quantity.span)  # once, for the gate and the features
    return asks_verdict(doc, quantity, span) and verdict.withdraws(
        reading_features(doc, quantity, span)
    )
