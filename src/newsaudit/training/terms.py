"""Training the term dictionary of the counted noun (`newsaudit.extractors.quantities.terms`).

docs/quantities.md drops an adjective or participle before the counted noun ("three superb
tries" → tries) unless the two are one term a dictionary lists ("unforced errors", "civil
servants"). The dictionary is learned: each adjective + noun pair seen in the news corpora
(`term_counts`) gets association features (how specific the adjective is to the noun and the
noun to the adjective, their PMI, how often the pair is written), whether WordNet lists the
two words as one noun (when Debian's wordnet-base is installed; training only), and what the
lemmatizer's word lists say of the adjective (does it make an adverb in -ly, as a describing
word does; is it a participle). A logistic regression fitted on the labelled counts whose
counted noun has such a word before it (kept in the gold unit or dropped) scores every pair;
the pairs above a threshold chosen by cross-validation over site folds are the dictionary.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsaudit.evaluation.quantity_labels import by_page, labelled_articles, read_label_rows
from newsaudit.training.quantity_verdict import FOLDS, fold_of
from newsaudit.training.term_counts import ADJECTIVE_TAGS, NOUN_TAGS

WORDNET_NOUNS = Path("/usr/share/wordnet/index.noun")
MIN_COUNT = 2  # a pair seen once in the corpora is no evidence of a term
FEATURES = (
    "log_pair",
    "log_adjective",
    "log_noun",
    "pmi",
    "noun_given_adjective",
    "adjective_given_noun",
    "log_adjective_nouns",
    "wordnet",
    "adverb",
    "participle",
    "adjective_is_noun",
)


@dataclass(frozen=True, slots=True)
class Example:
    pair: str  # "unforced error": the adjective, lower case, and the noun's lemma
    keep: int  # 1 when the gold unit keeps the adjective
    site: str  # the fold unit
    compound: bool  # the noun is compounded into a later noun ("local government workers")


def wordnet_terms(path: Path = WORDNET_NOUNS) -> frozenset[str]:
    """Two-word nouns of WordNet ("civil servant"), empty when the file is absent."""
    if not path.is_file():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        lemma = line.split(" ", 1)[0]
        if not line.startswith(" ") and lemma.count("_") == 1:
            out.add(lemma.replace("_", " "))
    return frozenset(out)


class PairFeatures:
    """The features of a pair from the corpus counts and the word lists."""

    def __init__(self, counts: dict, wordnet: frozenset[str]) -> None:
        from newsaudit.nlp import words_of_class

        self.pairs: dict[str, int] = counts["pairs"]
        self.nouns: dict[str, int] = counts["nouns"]
        self.adjectives: Counter = Counter()
        self.after: Counter = Counter()
        self.kinds: Counter = Counter()
        for pair, n in self.pairs.items():
            adjective, noun = pair.split(" ", 1)
            self.adjectives[adjective] += n
            self.after[noun] += n
            self.kinds[adjective] += 1
        self.total = max(1, sum(self.pairs.values()))
        self.wordnet = wordnet
        self.adverbs = words_of_class("adv")
        self.verbs = words_of_class("verb")
        self.noun_words = words_of_class("noun")
        self.adjective_words = words_of_class("adj")

    def row(self, pair: str) -> list[float]:
        adjective, noun = pair.split(" ", 1)
        n, a = self.pairs.get(pair, 0), self.adjectives[adjective]
        b, total = self.after[noun], self.nouns.get(noun, 0)
        pmi = math.log((n + 0.5) * self.total / ((a + 1) * (b + 1)))
        return [
            math.log1p(n),
            math.log1p(a),
            math.log1p(total),
            pmi,
            n / (a + 1),
            n / (total + 1),
            math.log1p(self.kinds[adjective]),
            float(pair in self.wordnet),
            float(self._adverb(adjective)),
            float(self._participle(adjective)),
            float(adjective in self.noun_words),
        ]

    def _adverb(self, text: str) -> bool:
        forms = (text + "ly", text[:-1] + "ily", text[:-2] + "ly", text[:-1] + "ly")
        return any(form in self.adverbs for form in forms)

    def _participle(self, text: str) -> bool:
        stems = {"ing": (text[:-3], text[:-3] + "e", text[:-4]), "ed": (text[:-2], text[:-1])}
        return any(text.endswith(end) and any(s in self.verbs for s in stems[end]) for end in stems)

    def is_candidate(self, pair: str) -> bool:
        """A pair the dictionary may list: seen MIN_COUNT times in the corpora, or a WordNet
        noun whose first word the lemmatizer lists as an adjective ("free throw")."""
        if self.pairs.get(pair, 0) >= MIN_COUNT:
            return True
        return pair in self.wordnet and pair.split(" ", 1)[0] in self.adjective_words

    def candidates(self) -> list[str]:
        return sorted(p for p in {*self.pairs, *self.wordnet} if self.is_candidate(p))


def examples(paths: Iterable[Path]) -> list[Example]:
    """The labelled counts whose counted noun has an adjective or participle right before
    it: kept when the gold unit starts with it, dropped when the gold unit starts right after
    it (both after the count's number)."""
    from urllib.parse import urlparse

    from newsaudit.document import build_document

    rows = [r for p in paths for r in read_label_rows(p) if r.kind == "count" and r.unit]
    pages = by_page(rows)
    out = []
    for page_id, article in labelled_articles(set(pages)):
        site = urlparse(article.url or "").netloc.removeprefix("www.") or page_id
        doc = build_document(article).doc
        text = article.text.lower()
        for row in pages[page_id]:
            found = _example(doc, text, row)
            if found is not None:
                out.append(Example(found[0], found[1], site, found[2]))
    return out


def _example(doc, text: str, row) -> tuple[str, int, bool] | None:
    at = text.find(row.unit, row.start, row.end + 80)
    if at <= row.start or (at and text[at - 1].isalnum()):
        return None
    unit = [t for t in doc if at <= t.idx < at + len(row.unit)]
    if len(unit) < 1 or unit[0].idx != at:
        return None
    first, last = unit[0], unit[-1]
    if len(unit) > 1 and _adjective(first) and unit[1].tag_ in NOUN_TAGS:
        return f"{first.lower_} {unit[1].lemma_.lower()}", 1, unit[1] is not last
    before = doc[first.i - 1] if first.i else None
    if before is None or not _adjective(before) or before.idx <= row.start or before.like_num:
        return None  # "several people": the count's own word is no adjective of its noun
    if before.idx + len(before) == row.end:
        return None
    if first.tag_ not in NOUN_TAGS:
        return None
    return f"{before.lower_} {first.lemma_.lower()}", 0, first is not last


def _adjective(token) -> bool:
    return token.tag_ in ADJECTIVE_TAGS and token.is_alpha and token.is_lower


def fit(features: PairFeatures, data: list[Example], c: float):
    """A standardised logistic regression of keep on the pair features, fitted on the
    examples whose pair is a candidate (the others are never listed)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
    data = [e for e in data if features.is_candidate(e.pair)]
    model.fit([features.row(e.pair) for e in data], [e.keep for e in data])
    return model


def cross_validate(
    features: PairFeatures, data: list[Example], cs: Iterable[float], thresholds: Iterable[float]
) -> dict:
    """Examples read right on held-out site folds, for each (C, threshold), against dropping
    every adjective (the stage without a dictionary, for a noun that heads the phrase)."""
    cs, thresholds = list(cs), list(thresholds)
    right = Counter()
    for fold in range(FOLDS):
        train = [e for e in data if fold_of(e.site) != fold]
        test = [e for e in data if fold_of(e.site) == fold]
        if not test or len({e.keep for e in train if features.is_candidate(e.pair)}) < 2:
            continue
        for c in cs:
            model = fit(features, train, c)
            for e in test:
                scored = features.is_candidate(e.pair)
                p = model.predict_proba([features.row(e.pair)])[0][1] if scored else 0.0
                for t in thresholds:
                    right[(c, t, e.compound)] += int((p >= t) == bool(e.keep))
    out: dict = {}
    for compound in (False, True):
        mine = [e for e in data if e.compound == compound]
        if not mine:
            continue
        key = "before_a_compound" if compound else "before_the_head"
        out[key] = {
            "examples": len(mine),
            "kept_in_gold": sum(e.keep for e in mine),
            "drop_all": round(sum(1 - e.keep for e in mine) / len(mine), 4),
            "keep_all": round(sum(e.keep for e in mine) / len(mine), 4),
            "dictionary": {
                f"C={c} t={t}": round(right[(c, t, compound)] / len(mine), 4)
                for c in cs
                for t in thresholds
            },
        }
    return out


def dictionary(features: PairFeatures, model, threshold: float) -> list[str]:
    """Every candidate pair the model scores at or above the threshold, sorted."""
    pairs = features.candidates()
    if not pairs:
        return []
    scores = model.predict_proba([features.row(p) for p in pairs])[:, 1]
    return sorted(p for p, s in zip(pairs, scores, strict=True) if s >= threshold)
