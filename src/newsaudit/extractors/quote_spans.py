"""A learned reading of where a quote's cue, content and source begin and end.

The rules find the right attribution far more often than its exact extent: PolNeAR's cues
carry their auxiliaries, negation, adverbs and particles ("has never said", "apologized
for", "said in a statement"), its contents leave out the preposition a verb governs ("to
Barack Obama" is content "Barack Obama") and trailing adjuncts. A linear-chain CRF
(python-crfsuite) tags every token of the sentences a quote touches as source, cue, content
or other, reading the parse, the words, and the rules' own spans as features. Its tags move
the boundaries of a kept quote; they never pick another speaker or another quote (a run must
touch the rules' span to replace it), so who said what stays the rules' and the ranker's.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.findings import Quote
from newsaudit.models.registry import shipped_text
from newsaudit.spans import Span, make_span

ARTIFACT = "quotes_spans.json"
FORMAT = "newsaudit-quote-spans/1"
ROLE_TAGS = {"source": "S", "cue": "C", "content": "T"}
MAX_WINDOW = 160  # tokens; a longer window is cut around the quote's own spans


def quote_roles(quote: Quote) -> dict[str, list[tuple[int, int]]]:
    """The quote's character spans per role."""
    content = quote.content_fragments or [quote.content]
    return {
        "source": [(quote.speaker.span.start, quote.speaker.span.end)]
        if quote.speaker.span
        else [],
        "cue": [(quote.cue.start, quote.cue.end)] if quote.cue else [],
        "content": [(s.start, s.end) for s in content],
    }


def _tags_of(tokens, roles: dict[str, list[tuple[int, int]]]) -> list[str]:
    """One tag per token: the role whose characters hold the token's first character."""
    chars = {
        tag: {i for a, b in roles.get(r, []) for i in range(a, b)} for r, tag in ROLE_TAGS.items()
    }
    out = []
    for t in tokens:
        tag = "O"
        for name in ("C", "S", "T"):  # a cue inside a content is the cue
            if t.idx in chars[name]:
                tag = name
                break
        out.append(tag)
    return out


def window(doc: Document, roles: dict[str, list[tuple[int, int]]]):
    """The tokens of every sentence the quote's spans touch, cut to `MAX_WINDOW` around them."""
    spacy_doc = doc.doc
    spans = [(a, b) for pieces in roles.values() for a, b in pieces if b > a]
    first = min(a for a, _ in spans)
    last = max(b for _, b in spans)
    inner = spacy_doc.char_span(first, last, alignment_mode="expand")
    if inner is None or len(inner) == 0:
        return None
    start = inner[0].sent.start
    end = inner[-1].sent.end
    if end - start > MAX_WINDOW:
        start = max(start, inner.start - 20)
        end = min(end, max(inner.end + 20, start + MAX_WINDOW))
    return spacy_doc[start:end]


def _bucket(n: int) -> str:
    return str(min(n, 8)) if n < 8 else str(n.bit_length() + 5)


def sequence_features(
    tokens, roles: dict[str, list[tuple[int, int]]], rule: str
) -> list[list[str]]:
    """Features of each token of the window: word, parse, relation to the cue head, and the
    rules' role for it and its neighbours."""
    tags = _tags_of(tokens, roles)
    cue_tokens = [t for t, tag in zip(tokens, tags, strict=True) if tag == "C"]
    cue = next((t for t in cue_tokens if t.head.i not in {c.i for c in cue_tokens}), None)
    if cue is None and cue_tokens:
        cue = cue_tokens[0]
    cue_i = cue.i if cue is not None else -1
    cue_subtree = {t.i for t in cue.subtree} if cue is not None else set()
    ancestors = {t.i for t in cue.ancestors} if cue is not None else set()
    base = tokens.start
    n = len(tokens)
    words = [t.lower_ for t in tokens]
    pos = [t.pos_ for t in tokens]
    rows = []
    for k, t in enumerate(tokens):
        r = tags[k]
        before = tags[k - 1] if k else "^"
        after = tags[k + 1] if k + 1 < n else "$"
        head_k = t.head.i - base
        head_tag = tags[head_k] if 0 <= head_k < n else "out"
        side = "cue" if t.i == cue_i else ("L" if t.i < cue_i else "R")
        feats = [
            f"r={r}",
            f"rr={before}{r}{after}",
            f"rule_r={rule}|{r}",
            f"w={words[k]}",
            f"w_r={words[k]}|{r}",
            f"p={pos[k]}",
            f"p_r={pos[k]}|{r}",
            f"d={t.dep_}",
            f"d_r={t.dep_}|{r}",
            f"hd={t.head.dep_}|{t.dep_}",
            f"ht={head_tag}|{r}",
            f"side={side}|{r}",
            f"dist={_bucket(abs(t.i - cue_i)) if cue_i >= 0 else 'none'}",
            f"sub={int(t.i in cue_subtree)}{int(t.i in ancestors)}|{r}",
        ]
        if t.head.i == cue_i and t.i != cue_i:
            feats.append(f"cue_child={t.dep_}")
            feats.append(f"cue_child_w={t.dep_}|{words[k]}")
        if t.is_punct:
            feats.append(f"punct={t.text}|{r}")
        if t.is_sent_start:
            feats.append("sent_start")
        for off in (-2, -1, 1, 2):
            j = k + off
            if 0 <= j < n:
                feats.append(f"{off}:w={words[j]}")
                feats.append(f"{off}:p={pos[j]}|{r}")
                feats.append(f"{off}:r={tags[j]}|{r}")
            else:
                feats.append(f"{off}:edge")
        rows.append(feats)
    return rows


def _runs(tokens, tags: list[str], tag: str) -> list[tuple[int, int]]:
    """Character spans of the maximal runs of ``tag``."""
    runs = []
    k = 0
    while k < len(tags):
        if tags[k] != tag:
            k += 1
            continue
        j = k
        while j + 1 < len(tags) and tags[j + 1] == tag:
            j += 1
        runs.append((tokens[k].idx, tokens[j].idx + len(tokens[j].text)))
        k = j + 1
    return runs


def _touches(run: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(run[0] < b and a < run[1] for a, b in spans)


def fill_gaps(tags: list[str], tag: str = "T") -> list[str]:
    """Other-tagged tokens between two ``tag`` tokens take ``tag`` when no other role lies
    between them: a content breaks around its cue or source, not in the middle of a clause."""
    out = list(tags)
    last = None
    for k, t in enumerate(tags):
        if t == tag:
            if last is not None and k - last > 1 and all(x == "O" for x in tags[last + 1 : k]):
                out[last + 1 : k] = [tag] * (k - last - 1)
            last = k
        elif t != "O":
            last = None
    return out


def apply_tags(text: str, quote: Quote, tokens, tags: list[str], roles_used: str = "SCT") -> Quote:
    """The quote with the boundaries the tags give, for the runs that touch the rules' span
    of the same role (a run elsewhere in the sentence is another quote's, or nobody's).
    ``roles_used``: the tags (S, C, T) whose boundaries are taken."""
    roles = quote_roles(quote)
    changes: dict = {}
    cue_runs = [r for r in _runs(tokens, tags, "C") if _touches(r, roles["cue"])]
    if cue_runs and "C" in roles_used:
        changes["cue"] = make_span(text, cue_runs[0][0], cue_runs[-1][1])
    content_runs = [r for r in _runs(tokens, tags, "T") if _touches(r, roles["content"])]
    pieces = [make_span(text, a, b) for a, b in content_runs]
    pieces = [p for p in pieces if p.end > p.start]
    if pieces and "T" in roles_used:
        changes["content"] = make_span(text, pieces[0].start, pieces[-1].end)
        changes["content_fragments"] = pieces if len(pieces) > 1 else []
    source_runs = [r for r in _runs(tokens, tags, "S") if _touches(r, roles["source"])]
    if source_runs and "S" in roles_used:
        span = make_span(text, source_runs[0][0], source_runs[0][1])
        if span.end > span.start:
            changes["speaker"] = replace(quote.speaker, span=span)
    return replace(quote, **changes) if changes else quote


@dataclass(slots=True)
class SpanTagger:
    model: bytes  # a crfsuite model file
    meta: dict
    _tagger: object = None

    def tagger(self):
        if self._tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self.model)
            self._tagger = tagger
        return self._tagger

    def refine(
        self,
        doc: Document,
        quote: Quote,
        rule: str,
        threshold: float | None = None,
        roles_used: str | None = None,
        fill: bool | None = None,
    ) -> Quote:
        """The quote with learned boundaries (unchanged when it has no cue).

        A token takes the tagger's role over the rules' only when the tagger's marginal
        probability for it is at least ``threshold`` (default: the artifact's)."""
        if quote.cue is None:
            return quote
        roles = quote_roles(quote)
        tokens = window(doc, roles)
        if tokens is None:
            return quote
        tagger = self.tagger()
        tags = tagger.tag(sequence_features(tokens, roles, rule))
        limit = self.meta.get("threshold", 0.5) if threshold is None else threshold
        if limit > 0:
            rule_tags = _tags_of(tokens, roles)
            tags = [
                new if new == old or tagger.marginal(new, k) >= limit else old
                for k, (new, old) in enumerate(zip(tags, rule_tags, strict=True))
            ]
        if self.meta.get("fill", True) if fill is None else fill:
            tags = fill_gaps(tags)
        used = self.meta.get("roles", "SCT") if roles_used is None else roles_used
        return apply_tags(doc.text, quote, tokens, tags, used)

    def to_json(self) -> str:
        payload = {
            "format": FORMAT,
            "meta": self.meta,
            "crfsuite": base64.b64encode(self.model).decode("ascii"),
        }
        return json.dumps(payload, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SpanTagger:
        payload = json.loads(text)
        if payload.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} artifact")
        return cls(base64.b64decode(payload["crfsuite"]), payload.get("meta", {}))


@lru_cache(maxsize=1)
def load_span_tagger() -> SpanTagger | None:
    """The shipped tagger, or None (the rules' boundaries then stand)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else SpanTagger.from_json(text)


def rule_of(features: list[str]) -> str:
    """The rule that made a candidate, from its filter features."""
    return next((f[5:] for f in features if f.startswith("rule=")), "none")


__all__ = ["Span", "SpanTagger", "apply_tags", "load_span_tagger", "sequence_features", "window"]
