"""Quotes and reported speech, each with its content, cue and speaker as character spans.

Rules over the shared spaCy parse (never a re-parse):

* a verb of saying or believing (``said``, ``told``, ``accused``, ``believes`` …) takes its
  clausal complement as content (or, for verbs like *accuse*, its object and prepositions),
  its subject as speaker; "…, X said" and "X said: …" are both covered;
* "according to X, …" makes X the speaker of the clause it modifies;
* "… cited its correspondent as saying …" and "as quoted by X" / "X reported" around another
  attribution record the outlet as ``via``, not as the speaker;
* quoted regions (every common quote style, over several paragraphs) extend an overlapping
  content to the whole quote, and a quote standing as its own paragraph takes its speaker from
  the paragraph before when that paragraph introduces it (a colon, or a verb of saying).

Speakers are resolved to the fullest name in the article by `speakers.SpeakerResolver`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsaudit.document import Document
from newsaudit.extractors.intervals import FragmentIndex, PointIndex, Regions, owners_holding
from newsaudit.extractors.quote_bounds import BoundaryModel, load_boundary_model
from newsaudit.extractors.quote_cues import CueModel, load_cue_model
from newsaudit.extractors.quote_filter import QuoteFilter, candidate_features, load_quote_filter
from newsaudit.extractors.quote_marks import quoted_regions
from newsaudit.extractors.speaker_ranker import SpeakerRanker, load_speaker_ranker, ranking_rows
from newsaudit.extractors.speakers import LEADING_DESCRIPTION_DEPS, SpeakerResolver, speaker_type
from newsaudit.findings import Quote, QuoteKind, Speaker, Structure
from newsaudit.spans import Span, make_span


def _lexicon(words: str) -> frozenset[str]:
    """A word list written as text, one space apart (easier to read and extend)."""
    return frozenset(words.split())


CLAUSE_VERBS = _lexicon(
    """
    say tell add claim argue ask write note announce report explain state insist warn
    suggest deny acknowledge admit predict promise vow pledge declare complain urge recall
    testify confirm estimate reveal indicate conclude respond reply tweet post joke boast
    contend maintain assert allege concede stress emphasize emphasise mention charge hint
    signal shout yell whisper reiterate repeat threaten plead observe remark muse wonder
    believe think feel know hope fear expect worry doubt suspect agree disagree read show
    find assure inform advise caution brag lament speculate forecast retort quip counter
    proclaim decide recognize recognise realize realise understand guess imagine learn
    hear question
    """
)
OBJECT_VERBS = _lexicon(
    """
    accuse criticize criticise blame praise attack slam blast condemn voice express deny
    defend dismiss decry lash question demand propose recommend reject call denounce mock
    applaud welcome endorse oppose support announce reveal confirm acknowledge admit
    describe characterize label
    """
)
XCOMP_VERBS = _lexicon(
    """
    want hope plan promise vow pledge threaten refuse urge ask call intend expect agree
    """
)
PARENTHETICAL_VERBS = _lexicon(
    """
    say add tell write note explain claim argue insist continue recall report
    believe think predict warn suggest indicate acknowledge contend maintain concede
    observe show find estimate reckon
    """
)
PHRASE_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "prt", "agent"})
ASIDE_BLOCKERS = frozenset({"dobj", "ccomp", "xcomp", "dative"})
OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "dative", "advcl", "oprd", "acomp", "pobj"})
TOPIC_VERBS = _lexicon(
    """
    protest demonstrate march rally mourn celebrate commemorate picket boycott strike flee
    """
)
# Recorded acts, not statements: "the council voted 7-2 to sell" is a fact the article itself
# asserts (and a fact-checker checks), so it must not read as the council's attributed claim.
ACT_VERBS = _lexicon(
    """
    vote approve ratify veto enact sign pass adopt
    """
)
VIA_VERBS = frozenset({"quote", "report", "cite"})
RELAY_TAIL = ' \n.,;:!?"”’)'  # what may follow a relay phrase that ends a content
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# "Update:", "Editor's note:", "Spoiler alert:": the writer's rubrics, not speakers
RUBRIC_WORDS = _lexicon(
    """
    update note spoiler alert correction background context summary disclaimer warning
    photo video image watch related
    """
)
MAX_HEAD_TOKENS = 6  # "Sen. Lindsey Graham:" – longer heads are sentences, not speakers
DROP_NESTED = True  # one attribution per stretch of text, as in PolNeAR
STATEMENTS_ONLY = True  # a verb's object or infinitive is content only for message verbs
USE_LEXICON_WITH_MODEL = True  # lexicon verbs stay cues even when the model rejects them
MAX_CONTINUATION_GAP = 200  # chars between two quotes split around "X said."
MIN_QUOTE_WORDS = 4  # shorter unattributed quoted regions are scare quotes or titles
INTRO_ENDINGS = (":", "：")
QUOTE_CLOSERS = frozenset({"”", '"', "’", "»", "›", "“", "''"})  # '' closes NYT-style quotes
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
WRITER_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "one"})
NAMED_SPEAKER_RULES = frozenset({"according", "head", "intro", "again", "second"})
RAISING_VERBS = frozenset({"seem", "appear"})
DUMMY_SUBJECTS = frozenset({"it", "there", "this", "that"})
MAX_CLOSING_CUE_TAIL = 6  # "…, experts say in a report issued Monday."
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
LEXICON_OBJECT_DEPS = frozenset({"dobj", "prep", "prt", "oprd", "attr"})
ANSWERS = frozenset({"yes", "no"})
CONTRAST_MARKS = frozenset({"while", "whereas"})
RELATIVE_SPEAKER_WORDS = frozenset({"who", "whose"})
AUX_WORDS = ("has", "have", "had", "was", "is", "will", "would")
ADDRESSEE_VERBS = _lexicon("tell ask inform assure remind warn notify advise brief convince")
CLAUSE_OPENERS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark"})
ANAPHORS = frozenset({"he", "she", "they", "it", "we"})
INVERTED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dative", "oprd"})
FALLBACK_DEPS = frozenset({"dobj", "xcomp", "acomp", "oprd", "attr", "ccomp"})
CONTENT_PREPS = frozenset({"about", "against", "of", "to", "for", "on", "over", "into", "that"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
MAX_DISPLACED_GAP = 8  # tokens from a cue to a clause the parse hung elsewhere
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
MESSAGE_NOUNS = _lexicon(
    "statement letter tweet post message email e-mail release note ad advertisement video "
    "memo speech remark comment editorial column op-ed interview filing complaint lawsuit "
    "petition motion ruling announcement appeal request response reply"
)
MAX_PUNCT_GAP = 3  # characters between a quote and its cue: ", " or ": "
MAX_SPEAKER_TOKENS = 14  # longer "speakers" are clauses the parse mistook for a subject


@dataclass(slots=True)
class Candidate:
    """A quote before speaker resolution: character ranges only."""

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    cue_token: int | None = None
    clausal: bool = True  # content is a clause or quote, not just an object phrase
    via: list[str] = field(default_factory=list)
    via_source: tuple[int, int] | None = None  # "Orient TV" in "Orient TV cited its …"
    rule: str = ""  # which rule made it: a feature for the learned filter
    writers_reading: bool = False  # "X seemed to suggest …": no speaker, none to be ranked

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


# --- spans from the parse ---------------------------------------------------------------


def _range(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree(token, skip=None) -> tuple[int, int]:
    """Character range of a token's subtree (optionally stopping before ``skip``'s subtree)."""
    if skip is None:
        return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    kept = [t for t in token.subtree if not skip.left_edge.i <= t.i <= skip.right_edge.i]
    return _range(kept) if kept else _subtree(token)


def _noun_phrase(token, skip=None) -> tuple[int, int]:
    """A subject's whole subtree (appositives and relative clauses included, as in PolNeAR).

    ``skip`` leaves out a clause inside it: the participle in "records showing …" is the cue.
    """
    kept = [
        t for t in token.subtree if skip is None or not skip.left_edge.i <= t.i <= skip.right_edge.i
    ]
    while len(kept) > 1 and kept[-1].is_punct and not _closes_bracket(kept):
        kept.pop()
    while len(kept) > 1 and (kept[0].is_punct or kept[0].dep_ == "cc"):
        kept.pop(0)  # "And Republicans privy to the data", read as a clause
    return _range(kept)


def _closes_bracket(tokens: list) -> bool:
    """Whether the last token closes a bracket the phrase opened: "Sen. Joe Lieberman (I-Conn.)"."""
    last = tokens[-1].text
    opener = {")": "(", "]": "["}.get(last)
    texts = [t.text for t in tokens]
    return opener is not None and texts.count(opener) >= texts.count(last)


def _is_cue_verb(token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (
        lemma in CLAUSE_VERBS or lemma in OBJECT_VERBS or lemma in XCOMP_VERBS
    )


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


def _via_of(doc: Document, verb) -> list[str]:
    """'told Reuters' / 'said to CNN' / 'said, via the Los Angeles Times': a media object of
    the cue verb."""
    out = []
    for child in verb.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in ("to", "via"):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in ("dative", "dobj"):
            continue
        if target is None:
            continue
        span = make_span(doc.text, *_noun_phrase(target))
        if speaker_type(doc, span) == "media":
            out.append(span.text)
    return out


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
    if not content:
        content, rule = _displaced_clause(verb)
        clausal = bool(content) or clausal
    if not content:
        colon = _after_colon(doc, verb)
        content = [colon] if colon else _parataxis_content(verb)
        clausal, rule = bool(content), "colon" if colon else "parataxis"
    if not content:
        content, clausal, rule = _fallback_content(doc, verb, regions or Regions())
    if not content or (STATEMENTS_ONLY and not _states_something(verb, rule, clausal)):
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
    candidate = Candidate(
        content, _cue_range(verb), source, verb.i, clausal, _via_of(doc, verb), rule=rule
    )
    candidate.writers_reading = reading
    _cited_as_saying(doc, verb, candidate)
    _quoted_object(doc, verb, candidate)
    return candidate


def _states_something(verb, rule: str, clausal: bool) -> bool:
    """Whether a verb's content is something said or believed: a clause or a quote, an
    intention ("vowed to …", "wants to …"), or the message of a verb whose object is one
    ("accused X of …", "criticized the plan"). "Named a street", "found a tool", "ordered a
    power cut", "sought to …" and "appears to …" report acts and states, not statements."""
    lemma = verb.lemma_.lower()
    if rule == "xcomp":
        return lemma in XCOMP_VERBS
    return clausal or lemma in OBJECT_VERBS or rule == "fb_answer"


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
    return [], False, ""


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
            if _only_punct(doc.text[region.end : start]):
                return region
        elif end <= region.start <= sentence.span.end and _only_punct(doc.text[end : region.start]):
            # "the pipeline, which is supported by X, “would not go …”": the quote after a
            # closed relative clause continues the main one
            if verb.dep_ == "relcl" and doc.text[end : region.start].strip() == ",":
                return None
            return region
    return None


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


def _runs(tokens) -> list[tuple[int, int]]:
    """Contiguous runs of tokens as character ranges, without edge punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    runs: list[list] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    out = []
    for run in runs:
        while run and run[0].is_punct:
            run = run[1:]
        while run and run[-1].is_punct and run[-1].text not in QUOTE_CLOSERS:
            run = run[:-1]
        if len(run) > 1 or (run and not run[0].is_stop):
            out.append(_range(run))
    return out


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


def _ends_sentence(token) -> bool:
    """Whether only punctuation follows the phrase ``token`` heads in its sentence."""
    return all(t.is_punct for t in token.doc[token.right_edge.i + 1 : token.sent.end])


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


# --- quoted regions and paragraph introductions -----------------------------------------


def _extend_to_regions(candidate: Candidate, regions: Regions) -> set[int]:
    """Grow content fragments to the whole quotes they touch; return the regions used.

    (Regions are disjoint and in order, so growing to one never reaches the next: the regions
    a fragment touches as given are all it grows over.)"""
    used: set[int] = set()
    cue = candidate.cue
    grown = []
    for start, end in candidate.content:
        for index in regions.overlapping(start, end):
            region = regions[index]
            if cue is not None and region.start <= cue[0] < region.end:
                continue  # the cue sits inside this quote: a nested attribution
            start, end = min(start, region.start), max(end, region.end)
            used.add(index)
        grown.append((start, end))
    candidate.content = grown
    return used


def _intro_candidate(
    doc: Document, paragraph: Span, candidates: list[Candidate]
) -> Candidate | None:
    """The attribution a paragraph makes for a quote that follows as its own paragraph."""
    inside = [c for c in candidates if c.cue and paragraph.start <= c.cue[0] < paragraph.end]
    ends_with_colon = doc.text[paragraph.start : paragraph.end].rstrip().endswith(INTRO_ENDINGS)
    if inside:
        last = inside[-1]
        if ends_with_colon or not last.clausal:
            return last
        return None
    if not ends_with_colon:
        return None
    sentence = doc.sentences[doc.sentence_index(paragraph.end - 1)]
    root = doc.doc[sentence.token_start : sentence.token_end].root
    subject = _subject(root)
    colon = (paragraph.end - 1, paragraph.end)
    source = _noun_phrase(subject) if subject is not None else None
    return Candidate([], colon, source, None, True, rule="intro")


def _quote_before(
    doc: Document, region: Span, regions: Regions, candidates: list[Candidate]
) -> Candidate | None:
    """The direct quote this region continues: '“A,” she said. “B.”' or a next paragraph."""
    before = [c for c in candidates if c.content and c.end <= region.start]
    if not before:
        return None
    last = max(before, key=lambda c: c.end)
    quoted = [c for c in before if regions.ending_at(c.end) and c.cue]
    if quoted and last not in quoted:  # '“A,” X said, in response to a question.' – the
        latest = max(quoted, key=lambda c: c.end)  # question is the attribution's own tail
        tail = _sentence_span(doc, latest.cue[0])
        if last.cue and tail.start <= last.cue[0] < tail.end:
            last = latest
    cue_sentence = _sentence_span(doc, last.cue[0]) if last.cue else None
    if any(
        c.content
        and last.end < c.start < region.start
        and not (cue_sentence and c.cue and cue_sentence.start <= c.cue[0] < cue_sentence.end)
        for c in candidates
    ):
        return None  # (what the attribution's own sentence adds does not stand between)
    ends_quoted = regions.ending_at(last.end)
    gap = doc.text[last.end : region.start]
    new_paragraph = doc.paragraph_index(region.start) == doc.paragraph_index(last.end - 1) + 1
    if not ends_quoted:
        return None
    if new_paragraph and not gap.strip():
        return last
    if doc.paragraph_index(region.start) == doc.paragraph_index(last.end - 1):
        cue_between = last.cue is not None and last.end <= last.cue[0] < region.start
        next_sentence = (
            cue_sentence is not None and not doc.text[cue_sentence.end : region.start].strip()
        )  # '“A,” Rubio said, in response to a question. “B.”'
        if cue_between and (len(gap) <= MAX_CONTINUATION_GAP or next_sentence):
            return last
    return None


def _sentence_span(doc: Document, offset: int) -> Span:
    return doc.sentences[doc.sentence_index(offset)].span


def _attach_regions(
    doc: Document, regions: Regions, used: set[int], candidates: list[Candidate]
) -> list[Candidate]:
    """Quotes standing alone: speaker from the introducing paragraph, or the quote before."""
    out = []
    for index, region in enumerate(regions):
        if index in used:
            continue
        previous = _quote_before(doc, region, regions, candidates + out)
        if previous is not None:  # '“They sue,” he said. “Everybody sues, right?”'
            previous.content.append((region.start, region.end))
            continue
        if len(region.text.split()) < MIN_QUOTE_WORDS:
            continue
        p = doc.paragraph_index(region.start)
        if doc.paragraphs[p].start != region.start or p == 0:
            continue
        intro = _intro_candidate(doc, doc.paragraphs[p - 1], candidates + out)
        if intro is None:
            continue
        if intro in candidates and not intro.clausal:
            candidates.remove(intro)  # "X criticised the veto:" – the quote is the content
        elif intro in candidates or intro in out:
            intro = Candidate([], None, intro.source, None, True, list(intro.via), rule="again")
        intro.content = [(region.start, region.end)]
        intro.clausal = True
        out.append(intro)
    return out


# --- relays: "X reported", "as quoted by X" ---------------------------------------------


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
    start = relay.left_edge.idx
    end = relay.right_edge.idx + len(relay.right_edge.text)
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


# --- assembling quotes ------------------------------------------------------------------


def _kind(content: list[Span], regions: Regions) -> QuoteKind:
    quoted = sum(
        min(f.end, regions[i].end) - max(f.start, regions[i].start)
        for f in content
        for i in regions.overlapping(f.start, f.end)
    )
    total = sum(len(f) for f in content)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total - 2 else "mixed"


def _in_excluded(offset: int, excluded: list[Span]) -> bool:
    return any(s.start <= offset < s.end for s in excluded)


def _collect(
    doc: Document, excluded: list[Span], learned: set[int] | None, regions: Regions
) -> list[Candidate]:
    """Candidates sentence by sentence; ``learned`` cue tokens widen the verb lexicon."""
    candidates: list[Candidate] = []
    for sentence in doc.sentences:
        if _in_excluded(sentence.span.start, excluded):
            continue
        tokens = doc.doc[sentence.token_start : sentence.token_end]
        via_names, relay_verbs = _relay_names(doc, tokens)
        found = []
        for token in tokens:
            if token.lower_ == "according":
                candidate = _from_according(doc, token, relay_verbs)
            elif token.lemma_.lower() in ACT_VERBS:
                continue
            elif learned is not None and token.i in learned:
                candidate = _from_verb(doc, token, True, regions)
            elif (learned is None or USE_LEXICON_WITH_MODEL) and _is_cue_verb(token):
                candidate = _from_verb(doc, token, False, regions)
            else:
                continue
            if candidate is not None and token.i not in relay_verbs and not _cites_as_saying(token):
                found.append(candidate)
        if not found:
            found = [c for i in sorted(relay_verbs) if (c := _relayed_aside(doc.doc[i]))]
        found = _fold_according_relays(doc, found)
        for i in relay_verbs:
            _cut_relay(doc, found, doc.doc[i])
        headed = _colon_headed(doc, tokens)
        if headed is not None and not any(c.cue_token is not None for c in found):
            found.append(headed)
        for candidate in found:
            candidate.via.extend(n for n in via_names if n not in candidate.via)
        candidates.extend(found)
    return candidates


def _colon_headed(doc: Document, tokens) -> Candidate | None:
    """'Trump: “I’m the worst thing …”' – a short named head, a colon, then what they said."""
    colon = next((t for t in tokens[: MAX_HEAD_TOKENS + 1] if t.text in INTRO_ENDINGS), None)
    if colon is None or colon.i == tokens.start or colon.i + 1 >= tokens.end:
        return None
    head = tokens[: colon.i - tokens.start]
    if any(t.pos_ in ("VERB", "AUX") for t in head) or not any(
        t.pos_ in ("PROPN", "NOUN") for t in head
    ):
        return None
    if not any(t.ent_type_ in SPEAKER_LABELS or t.pos_ == "NOUN" for t in head):
        return None  # "Aleppo: the killing fields" is a place-style head, not a speaker
    if head[0].pos_ == "ADP" or any(t.lemma_.lower() in RUBRIC_WORDS for t in head):
        return None  # "For context:", "Spoiler alert:" introduce the writer's own words
    rest = tokens[colon.i - tokens.start + 1 :]
    if sum(1 for t in rest if not t.is_punct) < MIN_QUOTE_WORDS:
        return None
    return Candidate([_range(rest)], _range([colon]), _range(head), colon.i, True, rule="head")


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


def _to_quote(
    doc: Document, c: Candidate, regions: Regions, resolver: SpeakerResolver
) -> Quote | None:
    fragments = [s for s in (make_span(doc.text, a, b) for a, b in c.content) if len(s) > 0]
    fragments = [_trim_punct(doc.text, s) for s in fragments]
    fragments = [s for s in fragments if len(s) > 0]
    if not fragments:
        return None
    content = make_span(doc.text, fragments[0].start, fragments[-1].end)
    cue = make_span(doc.text, *c.cue) if c.cue else None
    mention = make_span(doc.text, *c.source) if c.source else None
    if mention is not None and _is_writer_voice(mention, c, regions):
        speaker = Speaker(None, None, "writer", mention)
    else:
        speaker = resolver.resolve(mention, content.start)
        if mention is not None and (referent := _antecedent(doc, mention)) != mention:
            resolved = resolver.resolve(referent, content.start)
            speaker.name, speaker.role, speaker.type = resolved.name, resolved.role, resolved.type
    if c.via_source is not None and speaker.name and speaker.name.lower().startswith("its "):
        speaker.name = f"{c.via[0]}’s {speaker.name[4:]}"
        speaker.type = "media"
    return Quote(
        kind=_kind(fragments, regions),
        content=content,
        cue=cue,
        speaker=speaker,
        content_fragments=fragments if len(fragments) > 1 else [],
        via=list(dict.fromkeys(c.via)),
    )


def _antecedent(doc: Document, mention: Span) -> Span:
    """ "critics, who say …": a relative pronoun speaks for the noun phrase it hangs off.

    The speaker's span stays on "who" (the mention in the text); its name comes from here.
    """
    if mention.text.lower() not in RELATIVE_PRONOUNS:
        return mention
    tokens = doc.tokens(mention)
    if tokens is None or len(tokens) != 1:
        return mention
    verb = tokens[0].head
    if verb.dep_ != "relcl" or verb.head.i >= tokens[0].i:
        return mention
    noun = verb.head
    start = noun.left_edge.i
    return make_span(doc.text, doc.doc[start].idx, noun.idx + len(noun.text))


def _is_writer_voice(mention: Span, c: Candidate, regions: Regions) -> bool:
    """Outside quote marks, "I guess …" or "you believe …" is the writer's own voice."""
    return mention.text.lower() in WRITER_PRONOUNS and not _inside_quote(c, regions)


def _has_credible_speaker(doc: Document, c: Candidate, regions: Regions) -> bool:
    """A twenty-word "speaker" is a clause the parse mistook for a subject, not a name.

    A quote with no speaker at all stays (its cue is evidence), but the claims stage credits
    nobody with it.
    """
    if c.source is None:
        return True
    quoted = any(regions.holding(a, b) for a, b in c.content)
    mention = doc.text[c.source[0] : c.source[1]]
    return quoted or len(mention.split()) <= MAX_SPEAKER_TOKENS


def _trim_punct(text: str, span: Span) -> Span:
    """Content without the sentence's trailing full stop or comma (kept inside quote marks)."""
    end = span.end
    while end > span.start and text[end - 1] in ".,;:" + " \n":
        end -= 1
    start = span.start
    while start < end and text[start] in ",;:— \n":
        start += 1
    return make_span(text, start, end)


def extract_quotes(doc: Document, structure: Structure) -> list[Quote]:
    """Direct, indirect and mixed quotes in text order, with resolved speakers."""
    return extract_quotes_with(
        doc,
        structure,
        load_cue_model(),
        load_quote_filter(),
        load_speaker_ranker(),
        load_boundary_model(),
    )


def extract_quotes_with(
    doc: Document,
    structure: Structure,
    cue_model: CueModel | None,
    quote_filter: QuoteFilter | None = None,
    ranker: SpeakerRanker | None = None,
    bounds: BoundaryModel | None = None,
) -> list[Quote]:
    """As `extract_quotes`, with explicit models (None: the verb lexicon, every candidate,
    the rules' speaker, the rules' boundaries). A kept quote's ``confidence`` is the filter's
    probability."""
    out = []
    for quote, features in quotes_with_features(doc, structure, cue_model, ranker):
        if quote_filter is None:  # without the filter, a clause mistaken for a speaker drops
            if "long_source" in features:
                continue
        else:
            probability = quote_filter.probability(features)
            if probability < quote_filter.threshold:
                continue
            quote.confidence = round(probability, 3)
        out.append(quote)
    return bounds.refine(doc, out) if bounds is not None else out


def quotes_with_features(
    doc: Document,
    structure: Structure,
    cue_model: CueModel | None,
    ranker: SpeakerRanker | None = None,
) -> list[tuple[Quote, list[str]]]:
    """Every rule candidate as a quote, with the features the learned filter reads."""
    excluded = structure.excluded_spans()
    regions = Regions(
        r for r in quoted_regions(doc.text, doc.paragraphs) if not _in_excluded(r.start, excluded)
    )
    scores = cue_model.scores(doc, regions) if cue_model is not None else {}
    learned = None
    if cue_model is not None:
        learned = {i for i, p in scores.items() if p >= cue_model.threshold}
    resolver = SpeakerResolver(doc)
    candidates = _candidates(doc, excluded, learned, regions)
    if structure.headline is not None:
        candidates = [c for c in candidates if not _headline_action(doc, c, structure.headline)]
    if ranker is not None:
        _rank_speakers(doc, candidates, regions, ranker)
    contents = FragmentIndex((s, e, id(c)) for c in candidates for s, e in c.content)
    out = []
    for c in candidates:
        quote = _to_quote(doc, c, regions, resolver)
        if quote is not None:
            features = _features(doc, c, quote, scores) + _context(c, contents)
            if not _has_credible_speaker(doc, c, regions):
                features.append("long_source")
            out.append((quote, features))
    return out


def _rank_speakers(
    doc: Document, candidates: list[Candidate], regions: Regions, ranker: SpeakerRanker
) -> None:
    """Let the learned ranker pick each candidate's speaker among the phrases around its cue."""
    found = [
        (c, ranking_rows(doc, c.cue, c.content, c.source, regions))
        for c in candidates
        if _rankable(c)
    ]
    found = [(c, ranking) for c, ranking in found if ranking is not None]
    choices = ranker.best_each([ranking.rows for _, ranking in found])
    for (c, ranking), k in zip(found, choices, strict=True):
        head = ranking.heads[k]
        if head is None:
            c.source = None
        elif ranking.rule_head is None or head.i != ranking.rule_head.i:
            phrase = speaker_phrase(head, ranking.cue)
            if doc.text[phrase[0] : phrase[1]] not in c.via:  # a relay is not the speaker
                c.source = phrase


def _rankable(c: Candidate) -> bool:
    """A verb's candidate; the rules that name their speaker outright ("according to X",
    "X: …", "cited its reporter as saying", a quote continued from an earlier one) keep it."""
    return (
        c.cue is not None
        and c.cue_token is not None
        and c.via_source is None
        and c.rule not in NAMED_SPEAKER_RULES
        and not c.writers_reading
    )


def speaker_phrase(head, cue) -> tuple[int, int]:
    """The noun phrase a speaker's head stands for, without the cue's clause inside it (an
    appositive stands for the whole "another friend, Mariam Emara")."""
    if head.dep_ == "appos" and head.head.pos_ in NOMINALS and head.head.i < head.i:
        head = head.head
    inside = cue is not None and head.is_ancestor(cue)
    start, end = _noun_phrase(head, skip=cue if inside else None)
    start = _leading_description(head, cue, start)
    sentence = head.sent  # (its text, not the whole doc's, which spaCy joins on every call)
    base = sentence.start_char
    start, end = _whole_words(sentence.text, start - base, _with_aside(head, cue, end) - base)
    return start + base, end + base


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Never cut a hyphenated word: "The non-profit", not "profit"."""
    while start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalnum():
        start -= 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while end < len(text) - 1 and text[end] == "-" and text[end + 1].isalnum():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _leading_description(head, cue, start: int) -> int:
    """ "A teacher from Dayton, Cole says": the parse hangs the description before a named
    speaker on the verb (as ``advcl`` or ``dep``); it is the speaker's own appositive."""
    doc = head.doc
    first = doc[head.left_edge.i]
    if cue is None or head.pos_ != "PROPN" or first.i < 2 or doc[first.i - 1].text != ",":
        return start
    described = doc[first.i - 2]
    while described.head.i != cue.i and described.head.i != described.i:
        described = described.head
    if (
        described.head.i != cue.i
        or described.dep_ not in LEADING_DESCRIPTION_DEPS
        or described.pos_ != "NOUN"
        or described.ent_type_ in ("DATE", "TIME")
        or described.right_edge.i != first.i - 2
        or described.left_edge.i != described.sent.start
    ):
        return start
    return described.left_edge.idx


def _with_aside(head, cue, end: int) -> int:
    """ "Sen. Kelly Ayotte, in a tough re-election contest, said": the phrase set off by commas
    between the speaker and the verb describes the speaker (PolNeAR's source keeps it)."""
    if cue is None or head.i > cue.i:
        return end
    doc = head.doc
    between = [t for t in doc[head.i + 1 : cue.i] if t.idx >= end]
    commas = [t for t in between if t.text == ","]
    if len(commas) != 2 or between[0].text != "," or between[-1].text not in (",", *AUX_WORDS):
        return end
    closing = commas[1]
    if any(t.dep_ in SUBJECT_DEPS for t in between) or closing.i - commas[0].i < 2:
        return end
    return closing.idx


def _headline_action(doc: Document, c: Candidate, headline: Span) -> bool:
    """A headline verb the learned detector took for a cue ("McIlroy aiming for Madrid title",
    "Media seek juror notes"): headlines compress actions into verbs, so there only the
    lexicon's verbs of saying and thinking make quotes (and "X: …", "according to")."""
    if c.cue_token is None or c.rule in ("head", "according"):
        return False
    if not headline.start <= doc.doc[c.cue_token].idx < headline.end:
        return False
    return not _is_cue_verb(doc.doc[c.cue_token])


def _context(c: Candidate, contents: FragmentIndex) -> list[str]:
    """Whether the candidate sits inside or across another one's content (``contents``: every
    candidate's content fragments, owned by ``id(candidate)``)."""
    feats = []
    if c.cue and contents.overlaps_other(c.cue[0], c.cue[0] + 1, id(c)):
        feats.append(f"nested|{c.rule}")
    if contents.overlaps_other(c.start, c.end, id(c)):
        feats.append(f"overlaps|{c.rule}")
    if c.source and any(s <= c.source[0] < e for s, e in c.content):
        feats.append("source_in_content")
    return feats


def _candidates(
    doc: Document, excluded: list[Span], learned: set[int] | None, regions: Regions
) -> list[Candidate]:
    """Rule candidates, flattened as PolNeAR does and grown to the quotes they touch."""
    candidates = _fold_relays(doc, _collect(doc, excluded, learned, regions), regions)
    candidates = [c for c in candidates if not _inside_quote(c, regions)]
    if DROP_NESTED:
        candidates = _drop_inner(doc, candidates)
    candidates = _drop_wrappers(doc, candidates)
    used: set[int] = set()
    for candidate in candidates:
        used |= _extend_to_regions(candidate, regions)
    candidates += _attach_regions(doc, regions, used, candidates)
    return _drop_nested(sorted(candidates, key=lambda c: (c.start, c.end)))


def _features(doc: Document, c: Candidate, quote: Quote, scores: dict[int, float]) -> list[str]:
    """What the filter sees of one candidate (see `quote_filter.candidate_features`)."""
    cue = doc.doc[c.cue_token] if c.cue_token is not None else None
    score = scores.get(c.cue_token) if c.cue_token is not None else None
    tokens = doc.tokens(quote.speaker.span) if quote.speaker.span is not None else None
    source = tokens.root if tokens is not None and len(tokens) else None
    words = quote.content.text.split()
    features = candidate_features(c.rule, cue, score, quote.kind, len(words), source)
    first = words[0].lower()[:12] if words else ""
    return [*features, f"speaker_type={quote.speaker.type}", f"first={first}"]
