"""A learned filter over the rule candidates: keep a quote or drop it.

The rules are tuned for recall (a detected cue with no complement still takes the phrase
after it, a quote next to it, the clause before "…, experts say"), and many of those guesses
are wrong for some verbs and right for others. A logistic regression over what made each
candidate (the rule, the cue word, its dependency label, the cue model's score, the shape of
content and speaker) learns which to keep. Like the cue model it is plain JSON: a sum of
weights and a sigmoid, no scikit-learn at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newsaudit.extractors.quote_cues import SparseLogistic
from newsaudit.models.registry import shipped_text

ARTIFACT = "quotes_filter.json"
FORMAT = "newsaudit-quote-filter/1"
DEFAULT_THRESHOLD = 0.5
MIN_WEIGHT = 0.005


def bucket(n: int) -> str:
    """A coarse size class (0, 1, 2-3, 4-7, 8-15 …) so lengths generalise."""
    return str(n.bit_length())


def candidate_features(
    rule: str, cue, cue_score: float | None, kind: str, content_words: int, source
) -> list[str]:
    """Features of one candidate quote; ``cue`` and ``source`` are spaCy tokens or None."""
    lemma = cue.lemma_.lower() if cue is not None else "<none>"
    dep = cue.dep_ if cue is not None else "<none>"
    score = "none" if cue_score is None else str(min(9, int(cue_score * 10)))
    feats = [
        f"rule={rule}",
        f"lemma={lemma}",
        f"lemma_rule={lemma}|{rule}",
        f"dep={dep}",
        f"dep_rule={dep}|{rule}",
        f"pos={cue.pos_ if cue is not None else '<none>'}",
        f"score={score}",
        f"score_rule={score}|{rule}",
        f"kind={kind}",
        f"kind_rule={kind}|{rule}",
        f"words={bucket(content_words)}",
        f"words_rule={bucket(content_words)}|{rule}",
    ]
    feats.extend(_source_features(source, rule))
    if cue is not None:
        feats.extend(_cue_context(cue, lemma, rule))
    return feats


def _cue_context(cue, lemma: str, rule: str) -> list[str]:
    """What hangs off the cue and what it hangs off: "said" with a ccomp, "call" as a noun."""
    deps = sorted({c.dep_ for c in cue.children})
    feats = [f"child={d}" for d in deps] + [f"rule_child={rule}|{d}" for d in deps]
    feats.append(f"head_lemma={cue.head.lemma_.lower()}")
    feats.append(f"lemma_dep={lemma}|{cue.dep_}")
    feats.extend(
        f"lemma_word={lemma}|{c.lower_}" for c in cue.children if c.dep_ in ("prep", "prt", "dobj")
    )
    return feats


def _source_features(source, rule: str) -> list[str]:
    if source is None:
        return ["source=none", f"source_rule=none|{rule}"]
    shape = source.ent_type_ or source.pos_
    if source.pos_ == "PRON":
        shape = f"pron:{source.lower_}"
    return [f"source={shape}", f"source_rule={shape}|{rule}", f"source_dep={source.dep_}"]


class QuoteFilter(SparseLogistic):
    FORMAT = FORMAT

    def keeps(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


@lru_cache(maxsize=1)
def load_quote_filter() -> QuoteFilter | None:
    """The shipped filter, or None (every rule candidate is then kept)."""
    text = shipped_text(ARTIFACT)
    return None if text is None else QuoteFilter.from_json(text)


def rule_of(features: list[str]) -> str:
    """The rule that made a candidate, from its filter features."""
    return next((f[5:] for f in features if f.startswith("rule=")), "none")
