"""The FINAL parts, carved once before any modelling, and the grouped folds of the rest.

Why: a figure that was used to choose features stops being an estimate. Each learned model
therefore has a final part that no training, tuning or error reading touches; it is scored
once, at the end. Development uses grouped cross-validation on the rest only.

* **Check-worthiness (CLEF-2019 Task 1 training debates).** The final part is the
  ``FINAL_DEBATES`` (3) latest debates by the date in their file name. Names are
  ``YYYYMMDD_…``; one file is written ``YYYYDDMM`` (``20182601_trump_world``, 26 January
  2018), so a month above 12 is read as the day. Folds over the other debates are by debate.
* **Stance (FNC-1 training pairs).** The final part is the training bodies of whole
  *topics*. Topics are clusters of headlines, built in two deterministic steps:

  1. *claims*: headlines that share a body they are related to (agree, disagree or discuss)
     belong to one claim (connected components of the headline–body graph of related pairs;
     in FNC-1 every body has at least one related headline, so every body gets one claim);
  2. *topics*: two claims join when the ``PROFILE_WORDS`` (8) most frequent content words of
     their headlines overlap with Jaccard ≥ ``TOPIC_JACCARD`` (0.25); single linkage, so
     near-duplicate stories (several Apple Watch or Kim Jong-un claims) fall on one side.

  Topics are ordered by a SHA-1 hash of their first headline and taken in that order until
  ``FINAL_SHARE`` (20%) of the bodies are in the final part. A pair belongs to a side only
  when both its body's and its headline's topics are on that side; the few unrelated pairs
  that would cross (a final body with a development headline, or the reverse) are dropped
  from both, so no final headline or body text is ever trained on.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

FINAL_DEBATES = 3
FINAL_SHARE = 0.2
PROFILE_WORDS = 8
TOPIC_JACCARD = 0.25
TOPIC_FOLDS = 5

# --------------------------------------------------------------------------- debates


def debate_date(name: str) -> date:
    """The date in a CLEF file name (``20160926_1pres`` → 2016-09-26; YYYYDDMM tolerated)."""
    match = re.match(r"(\d{4})(\d{2})(\d{2})", name)
    if not match:
        raise ValueError(f"no date at the start of debate name {name!r}")
    year, a, b = (int(g) for g in match.groups())
    month, day = (b, a) if a > 12 else (a, b)
    return date(year, month, day)


def carve_debates(names: Sequence[str], final: int = FINAL_DEBATES) -> tuple[list[str], list[str]]:
    """(development, final) debate names; final = the ``final`` latest by date."""
    ordered = sorted(names, key=lambda n: (debate_date(n), n))
    cut = max(len(ordered) - final, 0)
    return sorted(ordered[:cut]), sorted(ordered[cut:])


def debate_folds(names: Sequence[str]) -> list[list[str]]:
    """Leave-one-debate-out folds over the development debates (one held-out name each)."""
    return [[n] for n in sorted(names)]


# --------------------------------------------------------------------------- FNC-1 topics

_STOP_WORDS = (
    "a an the and or but of to in on at for from by with as is are was were be been it its "
    "this that has have had will would can could may might says said say after over into "
    "about up out new his her their not no"
)
_STOP = frozenset(_STOP_WORDS.split())
_TOKEN = re.compile(r"[a-z0-9']+")


def _profile(headlines: Sequence[str]) -> frozenset[str]:
    counts = Counter(
        w
        for h in headlines
        for w in set(_TOKEN.findall(h.lower()))
        if w not in _STOP and len(w) > 2
    )
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return frozenset(w for w, _ in ranked[:PROFILE_WORDS])


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class Topics:
    """Topic of every headline and body (a topic is named by its alphabetically first headline)."""

    of_headline: dict[str, str]
    of_body: dict[str, str]

    def names(self) -> list[str]:
        return sorted(set(self.of_headline.values()))


def cluster_topics(pairs: Sequence) -> Topics:
    """Claims from related pairs, then topics by headline-word overlap (see module doc)."""
    claims = _Union()
    for pair in pairs:
        claims.find("H:" + pair.headline)
        if pair.label not in (None, "unrelated"):
            claims.join("H:" + pair.headline, "B:" + pair.body_id)
    members: dict[str, list[str]] = {}
    for headline in sorted({p.headline for p in pairs}):
        members.setdefault(claims.find("H:" + headline), []).append(headline)
    keys = sorted(members)
    profiles = {k: _profile(members[k]) for k in keys}
    topics = _Union()
    for a, b in itertools.combinations(keys, 2):
        pa, pb = profiles[a], profiles[b]
        if pa and pb and len(pa & pb) / len(pa | pb) >= TOPIC_JACCARD:
            topics.join(a, b)
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(topics.find(key), []).extend(members[key])
    name = {root: min(heads) for root, heads in groups.items()}
    of_headline = {h: name[topics.find(k)] for k in keys for h in members[k]}
    of_body: dict[str, str] = {}
    for pair in pairs:
        root = claims.find("B:" + pair.body_id)
        if root in members:  # the body is related to at least one headline
            of_body[pair.body_id] = name[topics.find(root)]
    for pair in sorted(pairs, key=lambda p: (p.body_id, p.headline)):
        # a body related to no headline (none in FNC-1): its alphabetically first headline's
        of_body.setdefault(pair.body_id, of_headline[pair.headline])
    return Topics(of_headline, of_body)


def _rank(text: str) -> int:
    return int.from_bytes(hashlib.sha1(f"fnc1-topic:{text}".encode()).digest()[:8], "big")


def final_topics(topics: Topics, share: float = FINAL_SHARE) -> set[str]:
    """Whole topics in hash order until ``share`` of the bodies are in them."""
    sizes = Counter(topics.of_body.values())
    target = share * len(topics.of_body)
    chosen: set[str] = set()
    taken = 0
    for topic in sorted(sizes, key=lambda t: (_rank(t), t)):
        if taken >= target:
            break
        chosen.add(topic)
        taken += sizes[topic]
    return chosen


@dataclass(slots=True)
class StanceCarving:
    """Development and final pairs (and how many crossing pairs were dropped)."""

    development: list
    final: list
    dropped: int
    topics: Topics
    final_topics: set[str]


def carve_stance(pairs: Sequence, share: float = FINAL_SHARE) -> StanceCarving:
    """Split FNC-1 pairs by topic (see module doc); order within each side is kept."""
    topics = cluster_topics(pairs)
    chosen = final_topics(topics, share)
    development, final, dropped = [], [], 0
    for pair in pairs:
        body_final = topics.of_body[pair.body_id] in chosen
        head_final = topics.of_headline[pair.headline] in chosen
        if body_final != head_final:
            dropped += 1
        elif body_final:
            final.append(pair)
        else:
            development.append(pair)
    return StanceCarving(development, final, dropped, topics, chosen)


def topic_fold(topic: str, folds: int = TOPIC_FOLDS) -> int:
    """Grouped fold of a development topic (hash, so a topic's pairs stay together)."""
    return _rank("fold:" + topic) % folds
