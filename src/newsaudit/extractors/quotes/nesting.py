"""One attribution per stretch of text, as in PolNeAR: which nested candidates go."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.intervals import PointIndex, Regions, owners_holding
from newsaudit.extractors.quotes.lexicon import (
    ANAPHORS,
    CONTRAST_MARKS,
    MESSAGE_NOUNS,
    SUBJECT_DEPS,
)
from newsaudit.extractors.quotes.spans import Candidate


def _drop_inner(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Flatten nesting as PolNeAR does: an attribution inside another's content goes.

    Two that hold each other's cues ("But, Carson added, he did not support …" read both as
    *added* reporting the rest and as *support* reporting "But, Carson added") are one
    misreading: the first cue wins. A second statement of the same speaker ("insisted that
    A, claiming B") stays, spoken by the first one's speaker."""
    holders = owners_holding(
        [(c.cue[0], k) for k, c in enumerate(candidates) if c.cue is not None],
        [(k, o.content) for k, o in enumerate(candidates) if o.clausal],
    )  # who may hold whose cue, found once; `_reports` decides on the contents as cut so far
    out = []
    for k, c in enumerate(candidates):
        outers = [candidates[j] for j in holders.get(k, ()) if _reports(candidates[j], c)]
        if not outers:
            out.append(c)
        elif all(_second_report(doc, o, c) for o in outers):
            if not any(t.dep_ in SUBJECT_DEPS for t in doc.doc[c.cue_token].children):
                c.source, c.rule = outers[0].source, "second"  # the ranker leaves it be
            out.append(c)
            for o in outers:
                _cut_before(doc, o, c)
    return out


def _cut_before(doc: Document, outer: Candidate, inner: Candidate) -> None:
    """End ``outer``'s content where a second statement joined to it begins ("said A and
    highlighted B", "said A, adding B": A is said, B highlighted or added)."""
    verb = doc.doc[inner.cue_token]
    if verb.head.i == outer.cue_token:
        return
    if verb.dep_ == "conj":
        cc = [t for t in verb.head.children if t.dep_ == "cc" and t.i < verb.i]
        cut = doc.doc[cc[-1].i if cc else verb.left_edge.i]
    else:
        cut = doc.doc[verb.left_edge.i]
    content = [(a, min(b, cut.idx)) for a, b in outer.content if a < cut.idx]
    content = [(a, b) for a, b in content if doc.text[a:b].strip(" ,;")]
    if content:
        outer.content = content


def _second_report(doc: Document, outer: Candidate, inner: Candidate) -> bool:
    """ "insisted that A, claiming B" / "said A and urged B": one speaker's second statement,
    not a statement about the first (PolNeAR keeps both)."""
    if outer.cue_token is None or inner.cue_token is None:
        return False
    verb = doc.doc[inner.cue_token]
    before = verb.left_edge.i - 1
    after_comma = before >= 0 and "," in doc.text[doc.doc[before].idx - 1 : verb.left_edge.idx]
    if after_comma and _contrasted(verb):
        return True  # "Rubio suggested A, while Cruz said B": Cruz's words are not Rubio's
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ANAPHORS for c in verb.children):
        return False  # "and he railed against …" is still the same speaker
    if verb.dep_ == "conj" and verb.head.i == outer.cue_token:
        return True
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.i == outer.cue_token < verb.i
    ):  # the parse hung "highlighted" on "she admires …" ("A looked and did not find, said
        return True  # B" is all B's)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and after_comma


def _contrasted(verb) -> bool:
    """A clause of its own speaker set against the one before: ", while Cruz said …"."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _reports(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer``'s content holds ``inner``'s cue (of two holding each other's, the
    first cue's)."""
    if not _holds(outer, inner):
        return False
    return not _holds(inner, outer) or outer.cue[0] < inner.cue[0]


def _holds(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner``'s cue sits in the content of another, clausal, ``outer`` (one that
    names nobody does not swallow an "according to X")."""
    return (
        outer is not inner
        and outer.clausal
        and inner.cue is not None
        and (outer.source is not None or inner.rule != "according")
        and any(s <= inner.cue[0] < e for s, e in outer.content)
    )


def _reports_message(token) -> bool:
    return token.dep_ == "acl" and token.head.lemma_.lower() in MESSAGE_NOUNS


def _drop_wrappers(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """ "issued a statement saying …": the participle reports the words, so the verb that
    issued the statement, whose content is just that noun phrase, goes."""
    reporters = PointIndex(
        (o.cue[0], None)
        for o in candidates
        if o.cue and o.cue_token is not None and _reports_message(doc.doc[o.cue_token])
    )
    return [
        c
        for c in candidates
        if c.clausal or not any(reporters.any_within(s, e) for s, e in c.content)
    ]


def _inside_quote(candidate: Candidate, regions: Regions) -> bool:
    """A cue inside quote marks belongs to the quoted speaker's words (PolNeAR flattens it)."""
    return candidate.cue is not None and regions.strictly_holding(candidate.cue[0])


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Remove a candidate whose content is wholly inside another's with the same cue span."""
    seen: set[tuple] = set()
    out = []
    for c in candidates:
        key = (tuple(c.content), c.cue)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
