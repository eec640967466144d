"""Relays: "X reported", "according to X", "as quoted by X", "cited its correspondent as saying"."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.intervals import PointIndex, Regions
from newsaudit.extractors.outlets import addressees
from newsaudit.extractors.quotes.lexicon import (
    NOMINALS,
    RELAY_TAIL,
    SUBJECT_DEPS,
    VIA_VERBS,
    _is_cue_verb,
)
from newsaudit.extractors.quotes.nesting import _inside_quote
from newsaudit.extractors.quotes.spans import Candidate, _ends_sentence, _noun_phrase, _range, _runs
from newsaudit.extractors.speakers import speaker_type
from newsaudit.spans import make_span

PLACE = frozenset({"in", "during"})  # not "at", "from": "a reporter at the Times"


def _via_of(doc: Document, verb) -> list[str]:
    """'told Reuters' / 'said to CNN' / 'said, via the Los Angeles Times': a media addressee
    of the cue verb (`outlets.addressees`: "told Reuters", not "blamed the network")."""
    out = []
    via = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "via"]
    for target in [*addressees(verb), *(c for v in via for c in v.children if c.dep_ == "pobj")]:
        span = make_span(doc.text, *_outlet_phrase(target))
        if speaker_type(doc, span) == "media":
            out.append(span.text)
        elif (owner := _owning_outlet(doc, target)) is not None:
            out.append(owner)
    return out


def _owning_outlet(doc: Document, target) -> str | None:
    """ "told CNN's Jake Tapper", "told NBC's “Today”": the journalist or the programme was
    told, and the outlet that owns it carried the words."""
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    span = make_span(doc.text, *_range([t for t in owner.subtree if t.dep_ != "case"]))
    return span.text if speaker_type(doc, span) == "media" else None


def _outlet_phrase(token) -> tuple[int, int]:
    """The object's noun phrase up to a trailing place or time: "the Ruptly video agency", not
    "… in eastern Aleppo" (where it was told, not who carried it)."""
    where = next(
        (c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in PLACE),
        None,
    )
    if where is None:
        return _noun_phrase(token)
    kept = [t for t in token.subtree if t.i < where.left_edge.i]
    while len(kept) > 1 and kept[-1].is_punct:
        kept.pop()
    return _range(kept)


def _cited_as_saying(doc: Document, verb, candidate: Candidate) -> None:
    """'Orient TV cited its correspondent as saying …': the object speaks, the subject relays."""
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.i == head.i or head.lemma_.lower() not in VIA_VERBS:
        return
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    _object_speaks(doc, candidate, head, obj)
    candidate.cue = (
        _range([verb.doc[verb.i - 1], verb])
        if verb.i and verb.doc[verb.i - 1].lower_ == "as"
        else candidate.cue
    )


def _quoted_object(doc: Document, verb, candidate: Candidate) -> None:
    """ "“…,” the newspaper quotes a source close to the firm": who is quoted speaks (the
    object of *quote*), and the subject relays; "reported revenues" has no such object."""
    before = all(end <= verb.idx for _, end in candidate.content)
    if verb.lemma_.lower() != "quote" or not (before or candidate.rule.endswith("region")):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINALS), None)
    if obj is not None:
        _object_speaks(doc, candidate, verb, obj)


def _object_speaks(doc: Document, candidate: Candidate, relay, obj) -> None:
    """The relaying verb's object speaks; its subject, if any, relays."""
    candidate.source = _noun_phrase(obj)
    subj = next((c for c in relay.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        candidate.via_source = _noun_phrase(subj)
        candidate.via.append(_outlet_name(doc, subj))


def _cites_as_saying(token) -> bool:
    """'cited X as saying': the relay verb; the quote hangs on *saying* (see above)."""
    if token.lemma_.lower() not in VIA_VERBS:
        return False
    return any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and _is_cue_verb(g) for g in c.children)
        for c in token.children
    )


def _outlet_name(doc: Document, token) -> str:
    span = make_span(doc.text, *_noun_phrase(token))
    orgs = [e for e in doc.entities_in(span) if e.label == "ORG"]
    if orgs:
        return orgs[-1].span.text
    words = span.text.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else span.text


def _from_according(doc: Document, token, relay_verbs: set[int]) -> Candidate | None:
    """'…, according to X' and 'According to X, …': the whole clause, minus the attribution."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or token.head.i == token.i:
        return None
    head = token.head
    climb = ("conj", "advcl") if _ends_sentence(token) else ("conj",)
    while head.dep_ in climb and head.head.i != head.i:
        head = head.head  # "A rose, while B fell, according to X": X stands for both
    skip = set(range(token.left_edge.i, token.right_edge.i + 1))
    for i in relay_verbs:
        relay = token.doc[i]
        skip.update(range(relay.left_edge.i, relay.right_edge.i + 1))
    content = _runs(t for t in head.subtree if t.i not in skip)
    if not content:
        return None
    cue = (token.idx, to.idx + len(to))
    return Candidate(content, cue, _noun_phrase(pobj), token.i, True, rule="according")


def _relayed_aside(verb) -> Candidate | None:
    """ "As reported by Western Journalism, the secretary was …": with nobody else speaking in
    the sentence, the outlet that relays the clause is its source."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if pobj is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    skip = range(verb.left_edge.i, verb.right_edge.i + 1)
    content = _runs(t for t in verb.head.subtree if t.i not in skip)
    if not content:
        return None
    cue = (verb.idx, agent.idx + len(agent))  # named outright, like "according to X"
    return Candidate(content, cue, _noun_phrase(pobj), verb.i, True, rule="according")


def _relay_names(doc: Document, sentence_tokens) -> tuple[list[str], set[int]]:
    """Outlets relaying a statement in this sentence, and the verbs that relay it."""
    names, verbs = [], set()
    for token in sentence_tokens:
        if token.lemma_.lower() not in VIA_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if pobj is not None:
            names.append(_outlet_name(doc, pobj))
            verbs.add(token.i)
        elif _is_trailing_relay(doc, token):
            subject = next(c for c in token.children if c.dep_ == "nsubj")
            names.append(_outlet_name(doc, subject))
            verbs.add(token.i)
    return names, verbs


def _cut_relay(doc: Document, candidates: list[Candidate], relay) -> None:
    """A relay phrase that ends a content ("…, the Los Angeles Times reported.", "…,
    according to Reuters.") is no part of what was said: the content stops before it."""
    subject = next((c for c in relay.children if c.dep_ in SUBJECT_DEPS), None)
    start = min(relay.idx, subject.left_edge.idx) if subject is not None else relay.idx
    end = relay.right_edge.idx + len(relay.right_edge.text)  # a clause before the phrase that
    # the parse hung on its verb ("…, but that B, Interfax reported") is still content
    for c in candidates:
        c.content = [
            (a, start)
            if a < start < b and not doc.text[end:b].strip(RELAY_TAIL) and c.cue_token != relay.i
            else (a, b)
            for a, b in c.content
        ]


def _fold_according_relays(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """'The minister said A, according to Reuters': the minister speaks, Reuters relays.

    An outlet's "according to" inside the content of a statement whose speaker is no outlet
    is a relay of that statement, not a second attribution nested in it."""
    dropped: set[int] = set()
    for relay in found:
        if relay.rule != "according" or relay.source is None or relay.cue_token is None:
            continue
        if speaker_type(doc, make_span(doc.text, *relay.source)) != "media":
            continue
        point = relay.cue[0]
        holder = next(
            (
                c
                for c in found
                if c is not relay
                and c.rule != "according"
                and c.source is not None
                and any(a <= point < b for a, b in c.content)
                and speaker_type(doc, make_span(doc.text, *c.source)) != "media"
            ),
            None,
        )
        if holder is None:
            continue
        token = doc.doc[relay.cue_token]
        name = _outlet_name(doc, doc.tokens(make_span(doc.text, *relay.source)).root)
        holder.via.append(name)
        _cut_relay(doc, [holder], token)
        dropped.add(id(relay))
    return [c for c in found if id(c) not in dropped]


def _is_trailing_relay(doc: Document, token) -> bool:
    """'…, Russia’s Interfax news agency reported.': a media subject, nothing reported."""
    if token.dep_ == "ROOT" or any(c.dep_ in ("ccomp", "dobj") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return speaker_type(doc, make_span(doc.text, *_noun_phrase(subject))) == "media"


def _fold_relays(doc: Document, candidates: list[Candidate], regions: Regions) -> list[Candidate]:
    """'A said X, Interfax reported': keep A's statement, record Interfax as via.

    A statement inside quote marks is the outlet's own text ('The Free Press wrote: "Sanders
    said …"'), so the outlet speaks and nothing is folded."""
    by_token = {c.cue_token: c for c in candidates if c.cue_token is not None}
    cues = PointIndex((doc.doc[t].idx, (t, c)) for t, c in by_token.items())
    dropped: set[int] = set()
    for outer in candidates:
        if outer.source is None or outer.cue_token is None:
            continue
        source = make_span(doc.text, *outer.source)
        if speaker_type(doc, source) != "media":
            continue
        held = {t: c for s, e in outer.content for t, c in cues.within(s, e)}
        inner = [
            c
            for t, c in held.items()
            if t != outer.cue_token
            and c.source is not None
            and not _inside_quote(c, regions)
            and c.clausal
            and any(ch.dep_ in SUBJECT_DEPS for ch in doc.doc[t].children)
        ]  # "The data seller said A, adding it expected B" relays nobody's statement
        if inner:
            name = _outlet_name(doc, doc.tokens(source).root)
            for c in inner:
                c.via.append(name)
            dropped.add(id(outer))
    return [c for c in candidates if id(c) not in dropped]
