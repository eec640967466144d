"""A learned choice of where a quote's cue and content begin and end.

The rules find the right attribution far more often than its exact extent. PolNeAR's cues
carry their auxiliaries, negation, adverbs and particles ("has never said", "apologized
for"); its contents leave out the preposition a verb governs ("spoke *about* the plan" has
the content "the plan") and adjuncts after the clause. For each side of each role of a kept
quote, the tokens within a few words of the rules' boundary are candidates (never crossing
another role of the same quote, a paragraph break or the other side), and a LightGBM
lambdarank model per role and side picks one from the words and parse around it, its
distance and direction from the rules' boundary, and its relation to the cue. The rules'
own boundary is always a candidate, so a model that learned nothing changes nothing. It moves
boundaries only: who said what stays the rules' and the speaker ranker's.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.findings import Quote
from newsaudit.models.registry import shipped_text
from newsaudit.models.sparse_ranker import SparseRanker, artifact_payload
from newsaudit.spans import Span, make_span

ARTIFACT = "quotes_bounds.json"
FORMAT = "newsaudit-quote-bounds/1"
ROLES = ("cue", "content", "source")
SIDES = ("start", "end")
REACH = {"cue": 6, "content": 12, "source": 6}  # tokens on each side of the rules' boundary
# what the exact-match scorer trims at a span's ends (`trimmed`, which evaluation.quotes uses)
EDGE = set(" \t\r\n\u00a0" + "\"'“”‘’«»„‚‹›`" + ".,;:!?—–-()[]")


def role_chars(quote: Quote, role: str) -> tuple[int, int] | None:
    """The character range a role covers, first fragment's start to last fragment's end."""
    if role == "content":
        pieces = quote.content_fragments or [quote.content]
        return pieces[0].start, pieces[-1].end
    span = quote.cue if role == "cue" else quote.speaker.span
    return None if span is None else (span.start, span.end)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A range without the white space, quote marks and punctuation at its ends."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


@dataclass(slots=True)
class Choice:
    """One side of one role of a quote: candidate token indices and their features."""

    role: str
    side: str
    tokens: list[int]  # the token whose first (start) or last (end) character bounds the span
    rows: list[list[str]]


class Tokens:
    """The parse as plain lists, read once per article: the features look at a few hundred
    candidate tokens, and spaCy builds a new object on every token access."""

    __slots__ = (
        "_doc", "_lemmas", "brk", "deps", "end", "heads", "idx", "left", "lower", "n", "pos",
        "right", "sent", "tags", "text", "word",
    )  # fmt: skip

    def __init__(self, spacy_doc, text: str | None = None) -> None:
        """``text``: the article's text when the caller has it (the same offsets as the
        parse's; spaCy builds its own from the tokens on every call)."""
        from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, POS, TAG

        self.n = len(spacy_doc)
        self._doc = spacy_doc
        self._lemmas: dict[int, str] = {}
        names = (LOWER, POS, TAG, DEP, HEAD, IDX, LENGTH, IS_PUNCT, IS_SPACE)
        rows = spacy_doc.to_array(list(names)).tolist() if self.n else []
        strings = spacy_doc.vocab.strings
        memo: dict[int, str] = {}

        def name(key: int) -> str:
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings[key]
            return found

        text = spacy_doc.text if text is None else text
        self.lower, self.pos, self.tags, self.deps = ([name(r[c]) for r in rows] for c in range(4))
        self.heads = [k + (r[4] - 2**64 if r[4] >= 2**63 else r[4]) for k, r in enumerate(rows)]
        self.idx = [r[5] for r in rows]
        self.text = [text[r[5] : r[5] + r[6]] for r in rows]
        self.word = [not (r[7] or r[8] or w in EDGE) for r, w in zip(rows, self.text, strict=True)]
        self.brk = [bool(r[8]) and "\n" in w for r, w in zip(rows, self.text, strict=True)]
        self.end = [i + len(w) for i, w in zip(self.idx, self.text, strict=True)]
        edges = [(t.is_sent_start, t.left_edge.i, t.right_edge.i) for t in spacy_doc]
        self.sent = [bool(first) for first, _, _ in edges]
        self.left = [left for _, left, _ in edges]
        self.right = [right for _, _, right in edges]

    def lemma(self, k: int) -> str:
        """The lower-case lemma of token ``k`` (read when asked: only cues need it)."""
        found = self._lemmas.get(k)
        if found is None:
            found = self._lemmas[k] = self._doc[k].lemma_.lower()
        return found

    def depth(self, k: int) -> int:
        """Arcs from token ``k`` up to its sentence's root."""
        depth = 0
        while self.heads[k] != k and depth < self.n:
            k = self.heads[k]
            depth += 1
        return depth

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token overlapping the characters [start, end)."""
        first = bisect_left(self.end, start + 1)
        last = bisect_left(self.idx, end) - 1
        if first >= self.n or last < first:
            return None
        return first, last


def _blocked(tokens: Tokens, quote: Quote, role: str) -> set[int]:
    """Tokens of the quote's other roles outside this role's range: a boundary never crosses
    them (the content does not swallow its cue). A cue may grow into its content ("spoke
    about" where the rules' content began with "about"); `move_boundaries` then cuts the
    content after it."""
    own = role_chars(quote, role)
    out: set[int] = set()
    for other in ROLES:
        if other == role or (role == "cue" and other == "content"):
            continue
        chars = role_chars(quote, other)
        if chars is None or own is None:
            continue
        if own[0] <= chars[0] and chars[1] <= own[1]:
            continue  # already inside: the rules meant it
        found = tokens.token_range(*chars)
        if found is not None:
            out.update(range(found[0], found[1] + 1))
    return out


def _reach(tokens: Tokens, anchor: int, step: int, limit: int, stop: int, blocked: set[int]):
    """Token indices from ``anchor`` in direction ``step``, at most ``limit`` of them, never
    past ``stop`` or a blocked token or a paragraph break."""
    k = anchor
    for _ in range(limit):
        k += step
        if k < 0 or k >= tokens.n or (step < 0 and k < stop) or (step > 0 and k > stop):
            return
        if k in blocked or tokens.brk[k]:
            return
        yield k


def candidates(
    doc: Document,
    quote: Quote,
    role: str,
    side: str,
    tokens: Tokens | None = None,
    rule: str = "",
) -> Choice | None:
    """The candidate boundaries of one side of a role, the rules' own first. ``tokens``:
    the article's `Tokens`, when the caller has them; ``rule``: the rule that made the quote
    (`quote_filter.rule_of`), which says much of how its content was cut."""
    chars = role_chars(quote, role)
    if chars is None:
        return None
    tokens = tokens or Tokens(doc.doc, doc.text)
    found = tokens.token_range(*trimmed(doc.text, *chars))
    if found is None:
        return None
    first, last = found
    blocked = _blocked(tokens, quote, role)
    reach = REACH[role]
    anchor = first if side == "start" else last
    inward_stop = last if side == "start" else first
    outward = -1 if side == "start" else 1
    ks = list(_reach(tokens, anchor, outward, reach, -1 if outward < 0 else 10**9, blocked))
    ks += list(_reach(tokens, anchor, -outward, reach, inward_stop, set()))
    # a phrase starts at the left edge of a subtree (a leaf is one); an end may be anywhere
    # ("spoke about": the cue ends inside the phrase "about the plan")
    ks = [anchor] + [k for k in ks if tokens.word[k] and (side == "end" or tokens.left[k] == k)]
    cue = _cue_token(tokens, quote)
    root = _root(tokens, first, last)
    rows = [boundary_features(tokens, k, anchor, side, role, cue, root, quote.kind) for k in ks]
    for k, row in zip(ks, rows, strict=True):
        row.append(f"rule={rule}|{_move(k - anchor, side)}")
    return Choice(role, side, ks, rows)


def _cue_token(tokens: Tokens, quote: Quote) -> int | None:
    if quote.cue is None:
        return None
    found = tokens.token_range(quote.cue.start, quote.cue.end)
    if found is None:
        return None
    span = range(found[0], found[1] + 1)
    return next((k for k in span if tokens.pos[k] in ("VERB", "NOUN", "AUX", "ADP")), found[0])


def _root(tokens: Tokens, first: int, last: int) -> int:
    """The token of the range whose head lies outside it (the first such)."""
    for k in range(first, last + 1):
        head = tokens.heads[k]
        if head < first or head > last or head == k:
            return k
    return first


def _move(shift: int, side: str) -> str:
    """Whether a boundary ``shift`` tokens from the rules' makes the span grow or shrink."""
    if shift == 0:
        return "same"
    return "grow" if (shift < 0) == (side == "start") else "shrink"


def _distance(n: int) -> str:
    return str(n) if abs(n) < 6 else ("far-" if n < 0 else "far+")


def boundary_features(
    tokens: Tokens, k: int, anchor: int, side: str, role: str, cue: int | None, root: int, kind: str
) -> list[str]:
    """What the ranker sees of one candidate boundary token."""
    n = tokens.n
    lower, pos, deps, heads = tokens.lower, tokens.pos, tokens.deps, tokens.heads
    left, right = tokens.left, tokens.right
    outside = k - 1 if side == "start" else k + 1  # the neighbour the span would not hold
    inside = k + 1 if side == "start" else k - 1
    shift = k - anchor
    move = _move(shift, side)
    word = lower[k]
    head = heads[k]
    feats = [
        f"d={_distance(shift)}",
        f"move={move}",
        f"w={word}",
        f"p={pos[k]}",
        f"tag={tokens.tags[k]}",
        f"dep={deps[k]}",
        f"hdep={deps[head]}|{deps[k]}",
        f"move_w={move}|{word}",
        f"move_p={move}|{pos[k]}",
        f"kind={kind}|{move}",
    ]
    for name, j in (("o", outside), ("i", inside)):
        if 0 <= j < n:
            feats += [f"{name}.w={lower[j]}", f"{name}.p={pos[j]}", f"{name}.d={deps[j]}"]
            if not tokens.word[j] and not tokens.brk[j]:
                feats.append(f"{name}.punct={tokens.text[j]}")
            if tokens.brk[j]:
                feats.append(f"{name}.break")
        else:
            feats.append(f"{name}.edge")
    if side == "start" and tokens.sent[k]:
        feats.append("sent_start")
    if side == "end" and (k + 1 >= n or tokens.sent[k + 1]):
        feats.append("sent_end")
    if k == left[k]:
        feats.append("left_edge")
    if k == right[k]:
        feats.append("right_edge")
    if k == left[head]:
        feats.append("head_left_edge")
    if k == right[head]:
        feats.append("head_right_edge")
    if k == root:
        feats.append("root")
    if left[root] <= k <= right[root]:
        feats.append("in_root_subtree")
    if k == left[root]:
        feats.append("root_left_edge")
    if k == right[root]:
        feats.append("root_right_edge")
    if cue is not None:
        feats.append(f"cue_side={'L' if k < cue else ('R' if k > cue else 'C')}")
        if head == cue:
            feats += ["cue_child", f"cue_child={deps[k]}|{word}"]
        if k == cue:
            feats.append("is_cue")
        if left[cue] <= k <= right[cue]:
            feats.append("cue_subtree")
        if abs(k - cue) == 1:
            feats.append(f"next_to_cue={'L' if k < cue else 'R'}")
        lemma = tokens.lemma(cue)
        if role == "cue":
            feats += [f"cue_lemma={lemma}|{move}", f"cue_lemma_w={lemma}|{word}"]
        else:
            feats.append(f"cue_lemma_w={lemma}|{word}")

    def attached(j: int) -> str:
        """Whether a token hangs in the role's phrase, elsewhere under the cue, or outside."""
        if left[root] <= j <= right[root]:
            return "root"
        if cue is not None and left[cue] <= j <= right[cue]:
            return "cue"
        return "other"

    feats.append(f"att={attached(k)}")
    if 0 <= outside < n:
        feats.append(f"o.att={attached(outside)}|{deps[outside]}")
    lo, hi = sorted((k, anchor))
    gap = range(lo, hi) if side == "start" else range(lo + 1, hi + 1)
    for g in list(gap)[:4]:
        feats.append(f"gap.w={lower[g]}")
        feats.append(f"gap.p={pos[g]}")
    if len(gap):
        top = min(gap, key=tokens.depth)
        feats.append(f"gap.top={deps[top]}|{attached(heads[top])}|{move}")
    if any(tokens.text[g] == "," for g in gap):
        feats.append("gap_comma")
    if any(tokens.sent[g] for g in gap):
        feats.append("gap_sentence")
    return feats


@dataclass(slots=True)
class BoundaryModel:
    """One ranker per (role, side): the roles it was trained for move, the others stay."""

    rankers: dict[tuple[str, str], SparseRanker]
    meta: dict

    def refine(
        self, doc: Document, quotes: Sequence[Quote], rules: Sequence[str] | None = None
    ) -> list[Quote]:
        """The quotes with the chosen boundaries (one booster call per role and side);
        ``rules``: the rule that made each quote."""
        choices: dict[tuple[str, str], list[tuple[int, Choice]]] = {}
        tokens = Tokens(doc.doc, doc.text) if quotes else None
        for q, quote in enumerate(quotes):
            for key in self.rankers:
                choice = candidates(doc, quote, *key, tokens, rules[q] if rules else "")
                if choice is not None and len(choice.tokens) > 1:
                    choices.setdefault(key, []).append((q, choice))
        picked: dict[int, dict[tuple[str, str], int]] = {}
        for key, items in choices.items():
            best = self.rankers[key].best_each([c.rows for _, c in items])
            for (q, choice), b in zip(items, best, strict=True):
                if b > 0:  # 0 is the rules' own boundary
                    picked.setdefault(q, {})[key] = choice.tokens[b]
        out = list(quotes)
        for q, moves in picked.items():
            out[q] = move_boundaries(doc, quotes[q], moves)
        return out

    def to_json(self) -> str:
        payload = {
            "format": FORMAT,
            "meta": self.meta,
            "rankers": {f"{r}/{s}": m.payload() for (r, s), m in sorted(self.rankers.items())},
        }
        return json.dumps(payload, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BoundaryModel:
        payload = artifact_payload(text, FORMAT)
        rankers = {
            tuple(key.split("/")): SparseRanker.from_payload(value)
            for key, value in payload["rankers"].items()
        }
        return cls(rankers, payload.get("meta", {}))


def move_boundaries(doc: Document, quote: Quote, moves: dict[tuple[str, str], int]) -> Quote:
    """The quote with each (role, side) boundary at the chosen token."""
    spacy_doc = doc.doc
    text = doc.text
    changes: dict = {}
    for role in ("content", "source", "cue"):  # the cue last: it may cut the content
        chars = role_chars(quote, role)
        if chars is None or not any(r == role for r, _ in moves):
            continue
        start, end = chars
        if (role, "start") in moves:
            start = spacy_doc[moves[role, "start"]].idx
        if (role, "end") in moves:
            token = spacy_doc[moves[role, "end"]]
            end = token.idx + len(token.text)
        if end <= start:
            continue
        if role == "cue":
            changes["cue"] = make_span(text, start, end)
            content = changes.get("content", quote.content)
            if content.start < end <= content.end and start < content.start:
                moved = _after(doc, end)
                if moved is not None and moved < content.end:
                    changes.update(_moved_content(text, replace(quote, **changes), moved, None))
        elif role == "source":
            changes["speaker"] = replace(quote.speaker, span=make_span(text, start, end))
        else:
            changes.update(_moved_content(text, quote, start, end))
    return replace(quote, **changes) if changes else quote


def _after(doc: Document, offset: int) -> int | None:
    """The start of the first word token at or after ``offset``."""
    spacy_doc = doc.doc
    for k in range(bisect_left(spacy_doc, offset, key=lambda t: t.idx), len(spacy_doc)):
        token = spacy_doc[k]
        if not (token.is_punct or token.is_space or token.text in EDGE):
            return token.idx
    return None


def _moved_content(text: str, quote: Quote, start: int, end: int | None) -> dict:
    """Content from ``start`` to ``end`` (None: its own end), inner fragments kept."""
    pieces: list[Span] = list(quote.content_fragments or [quote.content])
    if end is None:
        end = pieces[-1].end
    pieces[0] = make_span(text, start, max(start, pieces[0].end if len(pieces) > 1 else end))
    if len(pieces) > 1:
        pieces[-1] = make_span(text, min(pieces[-1].start, end), end)
    pieces = [p for p in pieces if p.end > p.start]
    if not pieces:
        return {}
    return {
        "content": make_span(text, pieces[0].start, pieces[-1].end),
        "content_fragments": pieces if len(pieces) > 1 else [],
    }


@lru_cache(maxsize=1)
def load_boundary_model() -> BoundaryModel | None:
    """The shipped boundary model, or None (the rules' boundaries then stand)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else BoundaryModel.from_json(text)
