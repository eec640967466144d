"""Candidates from a verb of saying or believing: its content and its speaker."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quotes.lexicon import (
    ADDRESSEE_VERBS,
    ANSWERS,
    ASIDE_BLOCKERS,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    CONTENT_PREPS,
    DUMMY_SUBJECTS,
    FALLBACK_DEPS,
    INTRO_ENDINGS,
    INVERTED_SUBJECT_DEPS,
    LEXICON_OBJECT_DEPS,
    MAX_CLOSING_CUE_TAIL,
    MAX_DISPLACED_GAP,
    MAX_PUNCT_GAP,
    MESSAGE_NOUNS,
    MODIFIER_DEPS,
    NOMINALS,
    OBJECT_DEPS,
    OBJECT_VERBS,
    PARENTHETICAL_VERBS,
    PHRASE_DEPS,
    PREDICTION_VERBS,
    QUOTE_CLOSERS,
    RAISING_VERBS,
    RELATIVE_SPEAKER_WORDS,
    RELATIVE_WORDS,
    SUBJECT_DEPS,
    TOPIC_VERBS,
    XCOMP_VERBS,
)
from newsaudit.extractors.quotes.relays import _cited_as_saying, _quoted_object, _via_of
from newsaudit.extractors.quotes.spans import (
    Candidate,
    _noun_phrase,
    _range,
    _runs,
    _subtree,
    speaker_phrase,
)
from newsaudit.spans import Span


def _participle_speaker(verb):
    """Who speaks in a participle the parse hung on a noun.

    "Carson rejected the claim, saying …" and "his office issued a statement saying …" speak
    for the clause's subject; "ledgers showing …" and "critics warning …" for the noun itself.
    """
    noun = verb.head
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if after_comma or noun.lemma_.lower() in MESSAGE_NOUNS:
        governor = noun.head
        if governor.dep_ in ("prep", "agent") and governor.head.i != governor.i:
            governor = governor.head
        if governor.pos_ in ("VERB", "AUX") and governor.i != noun.i:
            return _subject(governor)
        return None
    return noun


def _cue_range(verb) -> tuple[int, int]:
    tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.text in INTRO_ENDINGS:
        tokens.append(after)
    return _range(sorted(tokens, key=lambda t: t.i))


def _subject(verb):
    """The speaker token of a verb, climbing through participles and relative clauses."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        # PolNeAR marks "who" itself in "Smith, who said …". Two subjects come from a quote
        # the parse read as one ("“One of the best,” Cummings said"): the nearer speaks.
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            agent = [c for c in verb.children if c.dep_ == "agent"]
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"] if agent else []
            return pobj[0] if pobj else None
    if verb.pos_ == "NOUN":
        return next((c for c in verb.children if c.dep_ == "poss"), None)
    if (inverted := _inverted_subject(verb)) is not None:
        return inverted
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in NOMINALS:
        return _participle_speaker(verb)
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and verb.head.i != verb.i:
        head = verb.head if verb.dep_ != "pcomp" else verb.head.head
        if head.pos_ in ("VERB", "AUX"):
            return _subject(head)
    return None


def _inverted_subject(verb):
    """ "“We are delighted,” replied Ortega": the parse may take the speaker after an
    inverted verb of saying for its object."""
    if verb.i == 0 or verb.lemma_.lower() not in CLAUSE_VERBS:
        return None
    before = verb.doc[verb.i - 1]
    if not (before.text == "," or before.text in QUOTE_CLOSERS):
        return None
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ in INVERTED_SUBJECT_DEPS
            and c.left_edge.i == verb.i + 1
            and c.pos_ in ("PROPN", "NOUN")
        ),
        None,
    )


def _content_children(verb, learned: bool = False) -> tuple[list, bool]:
    """Children that carry the content, and whether they are clausal."""
    found = _lexicon_content(verb)
    if found[0] or not learned:
        return found
    for deps in (("ccomp",), ("xcomp",)):
        clauses = [c for c in verb.children if c.dep_ in deps]
        if clauses:
            return _with_object(verb, clauses), True
    if verb.pos_ == "NOUN":  # "his claim that …"
        clauses = [c for c in verb.children if c.dep_ == "acl" and _has_that(c)]
        if clauses:
            return clauses, True
    if verb.lemma_.lower() in CLAUSE_VERBS | TOPIC_VERBS:
        # "said in Iowa" reports nothing; "protesting the murder of …" names what a protest was
        # about, which the article itself asserts: neither object is attributed content.
        return [], False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    return objects, False


def _has_that(clause) -> bool:
    """A clause opened by the complementiser *that* (not a relative *that*, which is nsubj)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _with_object(verb, clauses: list) -> list:
    """'urged the administration to block the deal': the object belongs to the content, as
    does a subject the parse took for the object ("argued the pipeline “wouldn't go”")."""
    if clauses[0].dep_ == "ccomp" and (
        verb.lemma_.lower() in ADDRESSEE_VERBS
        or any(c.dep_ in CLAUSE_OPENERS for c in clauses[0].children)
    ):
        return clauses  # "told the BBC that there was …": the object is who was told
    if clauses[0].dep_ not in ("xcomp", "ccomp"):
        return clauses
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clauses[0].i]
    return objects[:1] + clauses


def _lexicon_content(verb) -> tuple[list, bool]:
    lemma = verb.lemma_.lower()
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses and lemma in CLAUSE_VERBS | OBJECT_VERBS:
        return _with_object(verb, clauses), True
    if lemma in XCOMP_VERBS:
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        if xcomps:
            return _with_object(verb, xcomps), True
    if lemma in OBJECT_VERBS:
        objects = [c for c in verb.children if c.dep_ in LEXICON_OBJECT_DEPS and c.i > verb.i]
        objects = [c for c in objects if c.dep_ != "prt" or list(c.children)]
        if any(c.dep_ != "prt" for c in objects):
            return objects, False
    return [], False


def _fragments(verb, children) -> list[tuple[int, int]]:
    left = [c for c in children if c.i < verb.i]
    right = [c for c in children if c.i > verb.i]
    out = []
    for side in (left, right):
        if side:
            out.extend(_around_cue(verb, _subtree(side[0])[0], _subtree(side[-1])[1]))
    return out


def _around_cue(verb, start: int, end: int) -> list[tuple[int, int]]:
    """ "which an FBI inquiry said was careless": a clause whose relative pronoun the parse
    keeps reaches back over the speaker and the cue; they are not content."""
    if not start < verb.idx < end:
        return [(start, end)]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    first = subject.left_edge if subject is not None else verb
    last = verb.doc[first.i - 1]  # the content's last word before the speaker
    pieces = [(start, last.idx + len(last))] if first.i and last.idx >= start else []
    return [*pieces, (verb.idx + len(verb), end)]


def _says_words(verb) -> bool:
    """A verb of saying ("told", "tweeted", "as X put it"), not of calling or labelling:
    "called the plan “a disaster”" keeps its object, and "so-called" reports nothing."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    put_it = lemma == "put" and any(c.lower_ == "it" for c in objects)
    message = any(c.lemma_.lower() in MESSAGE_NOUNS for c in objects)  # "issued a statement:"
    return verb.dep_ not in MODIFIER_DEPS and (lemma in CLAUSE_VERBS or put_it or message)


def _quote_after_phrase(doc: Document, verb, regions: Regions) -> Span | None:
    """ "told reporters: “…”", "wrote on Twitter, “…”": the quote after the verb's phrase.

    The addressee or the medium is not what was said; a quote right after them is. Only
    the verb's own phrase and punctuation may stand between the verb and the quote.
    """
    if not regions or verb.dep_ in MODIFIER_DEPS:
        return None
    region = regions.first_ending_after(verb.idx)
    if region is None or region.start <= verb.idx:
        return None  # none after it, or the verb is itself quoted
    phrase = {t.i for c in verb.children if c.dep_ in PHRASE_DEPS for t in c.subtree}
    between = []
    for token in verb.doc[verb.i + 1 :]:
        if token.idx >= region.start:
            break
        if token.is_space:
            continue  # "wrote:\n“…”"
        if token.i not in phrase and not token.is_punct:
            return None
        between.append(token)
    colon = bool(between) and between[-1].text in INTRO_ENDINGS
    if not (colon or _says_words(verb)):
        return None  # "swiped at Ryan in tweets: “…”" quotes; "called it “a disaster”" names
    gap_start = between[-1].idx + len(between[-1]) if between else verb.idx + len(verb)
    tail = doc.text[gap_start : region.start].strip()
    if any(t.text in ".!?" for t in between[-1:]) or tail:
        return None  # the quote opens the next sentence
    return region


def _after_colon(doc: Document, verb) -> tuple[int, int] | None:
    """Content introduced by "X said: …" up to the end of the sentence."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.text not in INTRO_ENDINGS:
        return None
    sentence = doc.sentences[doc.sentence_index(nxt.idx)]
    if doc.text[nxt.idx + 1 : sentence.span.end].strip():
        return nxt.idx + 1, sentence.span.end
    return _next_paragraph(doc, nxt.idx)


def _next_paragraph(doc: Document, colon: int) -> tuple[int, int] | None:
    """ "Fox News reports:" ending its paragraph introduces the next one (an embedded post)."""
    index = doc.paragraph_index(colon)
    paragraph = doc.paragraphs[index]
    if doc.text[colon + 1 : paragraph.end].strip() or index + 1 >= len(doc.paragraphs):
        return None
    following = doc.paragraphs[index + 1]
    return following.start, following.end


def _parataxis_content(verb) -> list[tuple[int, int]]:
    """'The plan, he said, is dead': *said* hangs off the clause it reports.

    So does "As Smith explained, the plan is dead", where *as* marks the aside (a verb with
    an object of its own, "as he said goodbye", reports nothing).
    """
    marks = [c.lower_ for c in _subordinators(verb)]
    aside = not marks or (
        marks == ["as"] and not any(c.dep_ in ASIDE_BLOCKERS for c in verb.children)
    )
    if (
        verb.dep_ in ("parataxis", "advcl", "ccomp")
        and verb.lemma_.lower() in PARENTHETICAL_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and aside
    ):
        head = verb.head
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        start = min(subject.left_edge.i, verb.i)  # "In a polarized race, they argued, …":
        skip = range(start, verb.right_edge.i + 1)  # the phrase before the aside is content
        return _runs(t for t in head.subtree if t.i not in skip)
    return []


def _aside_around(verb) -> list[tuple[int, int]] | None:
    """ "An economic downturn, he said, “could be a good time …”": an aside inside the clause it
    reports, before a quote. The words before the aside belong to the content as much as the
    quote after it (`_parataxis_content`); None when nothing of the clause precedes it."""
    pieces = _parataxis_content(verb) if verb.head.i > verb.i else []
    if len(pieces) < 2 or pieces[0][1] > verb.idx:
        return None
    return pieces


def _from_verb(
    doc: Document, verb, learned: bool = False, regions: Regions | None = None
) -> Candidate | None:
    children, clausal = _content_children(verb, learned)
    content = _fragments(verb, children) if children else []
    rule = children[0].dep_ if children else ""
    if content and clausal:
        content = _continued_clause(verb, content)
    if not clausal and (region := _quote_after_phrase(doc, verb, regions or Regions())) is not None:
        content, clausal, rule = [(region.start, region.end)], True, "region_after"
        if (aside := _aside_around(verb)) is not None:
            content, rule = aside, "parataxis"
    if not content:
        content, rule = _displaced_clause(verb)
        clausal = bool(content) or clausal
    if not content:
        colon = _after_colon(doc, verb)
        content = [colon] if colon else _parataxis_content(verb)
        clausal, rule = bool(content), "colon" if colon else "parataxis"
    if not content:
        content, clausal, rule = _fallback_content(doc, verb, regions or Regions())
    if not content:
        return None
    subject = _subject(verb)
    source = None
    if subject is None and (misread := _subject_read_as_clause(verb, children)) is not None:
        source, content = _noun_phrase(misread), [(a, b) for a, b in content if a >= verb.idx]
    if verb.lemma_ == "be" and subject is not None and subject.lower_ in DUMMY_SUBJECTS:
        return None  # "It is unclear whether …" is the writer's voice
    reading = verb.lemma_.lower() in RAISING_VERBS or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING_VERBS
    )
    if reading:
        subject = None  # "Trump seemed to imply …": how it looks to the writer, not Trump's words
    if subject is not None:
        source = speaker_phrase(subject, verb)
    elif verb.lemma_.lower() in RAISING_VERBS or _passive_without_agent(verb):
        content = _raised_subject(verb, content) + content
    candidate = Candidate(
        content, _cue_range(verb), source, verb.i, clausal, _via_of(doc, verb), rule=rule
    )
    candidate.writers_reading = reading
    candidate.statement = _states_something(verb, rule, clausal)
    _cited_as_saying(doc, verb, candidate)
    _quoted_object(doc, verb, candidate)
    return candidate


def _passive_without_agent(verb) -> bool:
    """ "The White House is expected to sign …": nobody is named as who expects it."""
    deps = {c.dep_ for c in verb.children}
    return (
        "nsubjpass" in deps and "agent" not in deps and verb.lemma_.lower() not in ADDRESSEE_VERBS
    )


def _raised_subject(verb, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The foundation appeared to push aides …", "Executives are expected to unveil …": what
    is reported is the subject and the complement together (PolNeAR marks both as content, as
    two fragments), since the subject is no speaker (an addressee, "he was told to", is not
    content). Only a subject before the verb and before the content; "it" is a dummy."""
    subject = _subject_before(verb, SUBJECT_DEPS)
    if subject is None or not content:
        return []
    span = _subtree(subject)
    if span[1] > verb.idx or any(start < span[1] for start, _ in content):
        return []
    return [span]


def _states_something(verb, rule: str, clausal: bool) -> bool:
    """Whether a verb's content is something said or believed: a clause or a quote, an
    intention ("vowed to …", "wants to …"), a forecast ("expects growth of 2%", "are
    forecast to reach"), a predicate about its object ("declared the ban unconstitutional",
    "sees the issue as urgent"), or the message of a verb whose object is one ("accused X of
    …", "criticized the plan"). "Named a street", "found a tool", "ordered a power cut",
    "sought to …", "declined to comment" and "appears to …" report acts, stances and states:
    PolNeAR counts many of them as attributions, the report keeps them apart."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if rule == "xcomp":
        return lemma in XCOMP_VERBS or (passive and lemma in CLAUSE_VERBS)
    if clausal or lemma in OBJECT_VERBS or lemma in PREDICTION_VERBS or rule == "fb_answer":
        return True
    has_object = passive or any(c.dep_ == "dobj" for c in verb.children)
    return any(
        c.dep_ == "oprd" or (has_object and c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def _subject_read_as_clause(verb, children: list):
    """ "Republicans privy to polling data said surveys showed …": with a clause on each side
    and no subject, the parse read the speaker (with its adjective or relative clause) as a
    clause of its own; the left one is who speaks."""
    if verb.lemma_.lower() not in CLAUSE_VERBS or verb.i == 0:
        return None
    left = [c for c in children if c.dep_ == "ccomp" and c.i < verb.i]
    right = [c for c in children if c.dep_ == "ccomp" and c.i > verb.i]
    if len(left) != 1 or not right:
        return None
    before = verb.doc[verb.i - 1]  # '“They will hijack it,” said X, … told Reuters' is a quote
    if before.is_quote or (before.is_punct and not _relative_before(left[0])):
        return None
    return left[0]


def _relative_before(clause) -> bool:
    """ "Mr. Slinker, whose start-up uses big data, said …" read as a clause ("uses") of
    *said*: a relative pronoun before the clause's verb marks a speaker, not a quote."""
    first = clause.left_edge
    return first.pos_ in ("PROPN", "NOUN", "DET") and any(
        t.lower_ in RELATIVE_SPEAKER_WORDS for t in clause.doc[first.i : clause.i]
    )


def _displaced_clause(verb) -> tuple[list[tuple[int, int]], str]:
    """'predicted at the debate that Republicans will …', 'said after the vote he would …': the
    small parser often hangs the reported clause on the phrase between the cue and the clause
    (as a relative clause of its noun, or as an adverbial clause), leaving the cue without it."""
    for child in verb.rights:
        if child.dep_ == "advcl" and not _subordinators(child):
            # "when a staffer forwarded it" is the time of the words, not the words
            subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                subject is not None
                and child.left_edge.i < subject.left_edge.i < child.i
                and subject.left_edge.i - verb.i <= MAX_DISPLACED_GAP
            ):
                return [(subject.left_edge.idx, _subtree(child)[1])], "displaced_advcl"
        if child.dep_ != "prep":
            continue
        for token in child.subtree:
            if token.dep_ != "relcl" or token.left_edge.lower_ != "that":
                continue
            if token.left_edge.i - verb.i > MAX_DISPLACED_GAP:
                break
            if any(
                c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_WORDS for c in token.children
            ):
                that = token.left_edge
                return [_subtree(token)], f"displaced_{that.dep_ if that.dep_ == 'mark' else 'obj'}"
    return [], ""


def _fallback_content(doc: Document, verb, regions: Regions) -> tuple[list, bool, str]:
    """A cue the parse left without a complement: an adjacent quote, the clause before
    "…, experts say", or the phrases after it ("warned against …", "said no")."""
    if verb.dep_ in MODIFIER_DEPS:
        return [], False, ""  # the "so-called “reform”" of a scare quote reports nothing
    region = _adjacent_region(doc, verb, regions)
    if region is not None:
        return [(region.start, region.end)], True, "fb_region"
    before = _content_before(doc, verb)
    if before:
        return before, True, "fb_before"
    answer = next((c for c in verb.rights if c.dep_ == "intj" and c.lower_ in ANSWERS), None)
    if answer is not None:
        return [_range([answer])], False, "fb_answer"  # "asked if he was bullied, he said no"
    if verb.lemma_.lower() in TOPIC_VERBS:
        return [], False, ""  # what a protest was about: see `_content_children`
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return [], False, ""  # "as he said goodbye, …" dates the main clause
    objects = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in FALLBACK_DEPS or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS))
    ]
    if objects:
        span = (_subtree(objects[0])[0], _subtree(objects[-1])[1])
        return [span], False, f"fb_{objects[0].dep_}"
    return _passive_subject(verb)


def _passive_subject(verb) -> tuple[list, bool, str]:
    """ "The meeting was first reported by Politico": what a passive verb of saying is about
    is its subject, and the agent (see `_subject`) is who said it. An act, not a statement."""
    subject = _subject_before(verb, ("nsubjpass",))
    if subject is None:
        return [], False, ""
    return [_subtree(subject)], False, "fb_passive"


def _subject_before(verb, deps) -> object | None:
    """The verb's subject (one of ``deps``) written before it, unless a dummy ("it", "there")."""
    subject = next((c for c in verb.children if c.dep_ in deps and c.i < verb.i), None)
    return None if subject is None or subject.lower_ in DUMMY_SUBJECTS else subject


def _adjacent_region(doc: Document, verb, regions: Regions) -> Span | None:
    """A quote just before "…,” said X" or just after "X said, “…”"."""
    sentence = doc.sentences[doc.sentence_index(verb.idx)]
    tokens = [verb]
    subject = _subject(verb)
    if subject is not None and sentence.token_start <= subject.i < sentence.token_end:
        tokens += [subject.left_edge, subject.right_edge]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    near = regions.overlapping(start - MAX_PUNCT_GAP - 1, end + MAX_PUNCT_GAP + 1)
    for region in (regions[i] for i in near):  # (a farther one leaves more than a gap)
        if region.end <= start:
            if _only_punct(doc.text[region.end : start]) and not _own_object_after(
                verb, region, sentence.span.start
            ):
                return region
        elif end <= region.start <= sentence.span.end and _only_punct(doc.text[end : region.start]):
            # "the pipeline, which is supported by X, “would not go …”": the quote after a
            # closed relative clause continues the main one
            if verb.dep_ == "relcl" and doc.text[end : region.start].strip() == ",":
                return None
            return region
    return None


def _own_object_after(verb, region: Span, sentence_start: int) -> bool:
    """ "…cartel.” Patrick predicted a Cruz win.": a quote that closed the sentence before
    is not what a verb with its own object reports (an addressee, "told reporters", is not
    what was said, so "“…?” she asked them" keeps the quote)."""
    if region.end > sentence_start or verb.lemma_.lower() in ADDRESSEE_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _only_punct(gap: str) -> bool:
    """A gap of at most a comma and spaces: the quote and the cue belong together."""
    return len(gap) <= MAX_PUNCT_GAP and not any(ch.isalnum() for ch in gap)


def _content_before(doc: Document, verb) -> list[tuple[int, int]]:
    """'Language unclear on the point, experts say.': the clause before a closing cue."""
    if verb.dep_ not in ("ROOT", "parataxis") and not _misread_relative(verb):
        return []
    sentence = doc.sentences[doc.sentence_index(verb.idx)]
    first, last = sentence.token_start, sentence.token_end
    subject = _subject(verb)
    left = verb.i
    if subject is not None and subject.i < verb.i:
        left = subject.left_edge.i
    tokens = verb.doc
    if left <= first or tokens[left - 1].text not in (",", "—", "–"):
        return []
    if any(not t.is_punct for t in tokens[verb.right_edge.i + 1 : last]):
        return []
    if sum(1 for t in tokens[verb.i + 1 : last] if not t.is_punct) > MAX_CLOSING_CUE_TAIL:
        return []
    before = tokens[first : left - 1]
    if any(t.head.i == verb.i and _occasion(t) for t in before):
        return []  # "Asked if he was bullied, he said no": the occasion, not the words
    return _runs(before)


def _misread_relative(verb) -> bool:
    """ "…, the firm's chief has told BBC News.": after a comma, a clause with no relative word
    cannot be a relative clause, whatever the parse says."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    relative = any(t.lower_ in RELATIVE_WORDS for t in verb.subtree if t.i < verb.i)
    return verb.doc[verb.left_edge.i - 1].text == "," and not relative


def _occasion(token) -> bool:
    """A phrase or a subordinate clause ("Asked if …", "At the summit", "When he left"), not
    a statement ("BMW is preparing …" read as a clause of the cue is one)."""
    if token.dep_ == "prep":
        return True
    subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
    return token.dep_ == "advcl" and (bool(_subordinators(token)) or not subject)


def _subordinators(clause) -> list:
    """The words that subordinate a clause: a conjunction ("because", "as") or a wh-adverb
    ("when", "where")."""
    return [c for c in clause.children if c.dep_ == "mark" or c.tag_ == "WRB"]


def _continued_clause(verb, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'said A, but that B': a second reported clause the parser hung elsewhere."""
    doc = verb.doc
    last = max(e for _, e in content)
    i = next((t.i for t in doc[verb.i :] if t.idx >= last), None)
    if i is None:
        return content
    window = [t.lower_ for t in doc[i : i + 3]]
    if window[:1] == [","]:
        window = window[1:]
    if len(window) < 2 or window[0] not in ("but", "and") or window[1] != "that":
        return content
    mark = doc[i + (2 if doc[i].text == "," else 1)]
    end = mark.head.right_edge
    return [(content[0][0], end.idx + len(end))] if len(content) == 1 else content
