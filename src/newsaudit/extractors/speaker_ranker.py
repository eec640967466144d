"""A learned choice of who speaks: rank the noun phrases around a cue, the rule's pick among them.

The rules find a speaker by walking the parse from the cue ("said" → its subject, a participle
→ the clause's subject …). Parses go wrong, and the right speaker is often another phrase of
the sentence. The ranker scores every candidate head (the subjects, objects, possessors and
named entities of the cue's sentence, the rules' pick, and "nobody") on its dependency path to
the cue, its shape, its side and distance, and whether the rules chose it; the best one
speaks. It is a LightGBM lambdarank model trained on PolNeAR attributions (``newsaudit train
quotes``), a plain text artifact. Adding the previous sentence's subject as a candidate did
not help on the inner development documents (0.7368 against 0.7378 source F1), so it is out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from newsaudit.models.registry import shipped_text
from newsaudit.models.sparse_ranker import SparseRanker, artifact_payload

if TYPE_CHECKING:
    from newsaudit.document import Document
    from newsaudit.extractors.intervals import Regions

ARTIFACT = "quotes_speakers.json"
FORMAT = "newsaudit-speaker-ranker/1"
CANDIDATE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "pobj", "poss", "dobj", "appos", "conj", "attr", "dative", "npadvmod"}
)
CANDIDATE_POS = frozenset({"PROPN", "NOUN", "PRON"})
CANDIDATE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CUE_POS = frozenset({"VERB", "NOUN", "AUX", "ADP"})
MAX_PATH = 4
NOBODY = None  # the candidate that credits no one


def ancestry(token) -> list[tuple[int, str]]:
    """(index, dep) of a token and of each head above it, up to the root."""
    chain = [(token.i, token.dep_)]
    while token.head.i != token.i:
        token = token.head
        chain.append((token.i, token.dep_))
    return chain


def dependency_path(up_chain: list[tuple[int, str]], token) -> str:
    """Deps climbed from the cue and descended to the token ("^|vnsubj" is the cue's subject);
    ``up_chain`` is the cue's `ancestry`."""
    down_chain = ancestry(token)
    depth = {i: k for k, (i, _) in enumerate(down_chain)}
    for k, (i, _) in enumerate(up_chain):
        if i in depth:
            up = [dep for _, dep in up_chain[:k]]
            down = [dep for _, dep in down_chain[: depth[i]]][::-1]
            if len(up) + len(down) > MAX_PATH:
                return "long"
            return "^" + "^".join(up) + "|v" + "v".join(down)
    return "none"


def candidate_heads(sentence, content: set[int], rule_head) -> list:
    """Head tokens that could be the speaker, the rule's pick always among them."""
    heads = {}
    for t in sentence:
        wanted = (t.dep_ in CANDIDATE_DEPS and t.pos_ in CANDIDATE_POS) or (
            t.ent_type_ in CANDIDATE_ENTITIES and t.head.ent_type_ != t.ent_type_
        )
        if wanted and t.idx not in content:
            heads[t.i] = t
    if rule_head is not None:
        heads[rule_head.i] = rule_head
    return [heads[i] for i in sorted(heads)]


def head_features(
    cue, token, rule_head, content: set[int], regions: Regions, context: tuple
) -> list[str]:
    """What the ranker sees of one candidate head; ``context`` is the cue's sentence bounds
    and `ancestry`, computed once per quote."""
    sentence_start, sentence_end, up_chain = context
    lemma = cue.lemma_.lower()
    shape = token.ent_type_ or token.pos_
    if token.pos_ == "PRON":
        shape = f"pron:{token.lower_}"
    chosen = "y" if rule_head is not None and token.i == rule_head.i else "n"
    common = [
        f"dep={token.dep_}",
        f"shape={shape}",
        f"rule={chosen}",
        f"lemma_shape={lemma}|{shape}",
        f"cand_lemma={token.lemma_.lower() if token.pos_ == 'NOUN' else shape}",
        f"root_subj={token.dep_ in ('nsubj', 'nsubjpass') and token.head.dep_ == 'ROOT'}",
        f"inq={regions.holding_offset(token.idx)}",
        f"head_dep={token.head.dep_}|{token.dep_}",
    ]
    if token.idx in content:
        common.append("in_content")
    if not sentence_start <= token.i < sentence_end:
        return [*common, "other_sentence"]  # a rule's pick outside the cue's sentence
    path = dependency_path(up_chain, token)
    side = "before" if token.i < cue.i else "after"
    gap = abs(token.i - cue.i)
    distance = str(gap) if gap < 10 else ("10-19" if gap < 20 else "20+")
    return [
        *common,
        f"path={path}",
        f"side={side}",
        f"dist={distance}",
        f"path_shape={path}|{shape}",
        f"rule_path={chosen}|{path}",
        f"lemma_path={lemma}|{path}",
        f"cue_dep={cue.dep_}|{path}",
        f"dep_side={token.dep_}|{side}",
    ]


def nobody_features(cue, rule_head) -> list[str]:
    lemma = cue.lemma_.lower()
    return [
        "none",
        f"none_rule={'y' if rule_head is None else 'n'}",
        f"none_lemma={lemma}",
        f"none_cuedep={cue.dep_}",
    ]


def cue_head(doc: Document, cue: tuple[int, int]):
    """The token of a cue span the ranker paths from (the verb of "told reporters")."""
    span = doc.doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return next((t for t in span if t.pos_ in CUE_POS), span[0])


def head_of(doc: Document, chars: tuple[int, int] | None):
    if chars is None:
        return None
    span = doc.doc.char_span(chars[0], chars[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


class Ranking(NamedTuple):
    """One quote's candidates (head tokens, NOBODY last) with their feature rows, and the cue
    token and the rules' pick they were built from."""

    cue: object
    rule_head: object
    heads: list
    rows: list[list[str]]


def ranking_rows(
    doc: Document,
    cue: tuple[int, int],
    content: Iterable[tuple[int, int]],
    source: tuple[int, int] | None,
    regions: Regions,
) -> Ranking | None:
    """The candidates of one quote and their features (None: no token under the cue)."""
    cue_token = cue_head(doc, cue)
    if cue_token is None:
        return None
    content_chars = {i for a, b in content for i in range(a, b)}
    rule_head = head_of(doc, source)
    sentence = cue_token.sent
    heads = candidate_heads(sentence, content_chars, rule_head)
    context = (sentence.start, sentence.end, ancestry(cue_token))
    rows = [head_features(cue_token, t, rule_head, content_chars, regions, context) for t in heads]
    heads.append(NOBODY)
    rows.append(nobody_features(cue_token, rule_head))
    return Ranking(cue_token, rule_head, heads, rows)


class SpeakerRanker(SparseRanker):
    """The speaker ranker: a `SparseRanker` in its own artifact format."""

    def to_json(self, meta: dict) -> str:
        payload = {"format": FORMAT, "meta": meta, **self.payload()}
        return json.dumps(payload, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SpeakerRanker:
        ranker = SparseRanker.from_payload(artifact_payload(text, FORMAT))
        return cls(ranker.vocabulary, ranker.booster, ranker.width)


@lru_cache(maxsize=1)
def load_speaker_ranker() -> SpeakerRanker | None:
    """The shipped ranker, or None (the rules' speaker then stands)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else SpeakerRanker.from_json(text)
