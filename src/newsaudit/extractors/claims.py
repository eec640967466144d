"""Claims: every body sentence, labelled attributed, opinion or unattributed.

A reader checking an article first asks of each sentence "who says so?". A sentence a quote
covers is ``attributed`` (the sources stage later names who); a sentence that evaluates,
prescribes or asks rhetorically is ``opinion``; what is left asserts a fact nobody is credited
with: ``unattributed``, the sentences most worth checking. Attributed wins over opinion, because
an opinion voiced by a named speaker is reported speech, not the outlet's own voice.
"""

from __future__ import annotations

import heapq

from newsaudit.assessors.language import TermMatch, match_terms
from newsaudit.document import Document, Sentence
from newsaudit.extractors.intervals import PointIndex, SpanSet
from newsaudit.findings import Claim, Quote, Structure
from newsaudit.spans import Span, make_span

# One evaluative, stance, prescriptive or hyping word makes an opinion; loaded words and
# punchy verbs describe as often as they judge ("murder", "lashed out"), so it takes two.
STRONG_SUBTYPES = frozenset(
    {"stance", "evaluative", "prescriptive", "intensifier", "clickbait-phrase"}
)
WEAK_CATEGORIES = frozenset({"loaded", "sensational"})
WEAK_NEEDED = 2
MARKER_CATEGORIES = frozenset({"opinion", "sensational", "loaded", "hedge"})
FIRST_PERSON = frozenset({"i", "we"})
STANCE_VERBS = frozenset(
    {
        "think",
        "believe",
        "feel",
        "suspect",
        "doubt",
        "hope",
        "fear",
        "guess",
        "reckon",
        "suppose",
        "consider",
        "argue",
        "insist",
        "contend",
        "maintain",
        "wish",
    }
)
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "state",
        "announce",
        "claim",
        "confirm",
        "deny",
        "allege",
        "warn",
        "accuse",
        "acknowledge",
        "admit",
        "estimate",
        "testify",
        "cite",
    }
)
NOT_A_SOURCE = frozenset({"i", "we", "it", "this", "that", "which", "what"})


def _quote_spans(quote: Quote) -> list[Span]:
    spans = [quote.content, *quote.content_fragments]
    return spans + ([quote.cue] if quote.cue is not None else [])


def _credits_someone(quote: Quote) -> bool:
    """A quote whose speaker the article never names or describes, or the writer's own "I
    think", credits nobody, so it cannot make a sentence attributed."""
    speaker = quote.speaker
    return speaker.type != "writer" and (speaker.span is not None or speaker.name is not None)


def covering_quotes(sentences: list[Span], quotes: list[Quote]) -> list[int | None]:
    """For each sentence, the index of the quote overlapping it most (content, fragments or
    cue; the first such quote on a tie), or None.

    One sweep in text order with the quote spans still open, so an article dense with quotes
    costs what its overlaps cost, not sentences times quotes."""
    spans = sorted(
        (s.start, s.end, index)
        for index, quote in enumerate(quotes)
        if _credits_someone(quote)
        for s in _quote_spans(quote)
    )
    found: list[int | None] = [None] * len(sentences)
    open_spans: list[tuple[int, int, int]] = []  # a heap of (end, start, quote index)
    taken = 0
    for k in sorted(range(len(sentences)), key=lambda k: sentences[k].start):
        sentence = sentences[k]
        while taken < len(spans) and spans[taken][0] < sentence.end:
            start, end, index = spans[taken]
            heapq.heappush(open_spans, (end, start, index))
            taken += 1
        while open_spans and open_spans[0][0] <= sentence.start:
            heapq.heappop(open_spans)
        overlap: dict[int, int] = {}
        for end, start, index in open_spans:
            shared = min(sentence.end, end) - max(sentence.start, start)
            overlap[index] = overlap.get(index, 0) + shared
        best = max(overlap.values(), default=0)
        if best > 0:
            found[k] = min(i for i, n in overlap.items() if n == best)
    return found


def _token_span(doc: Document, token: object) -> Span:
    return make_span(doc.text, token.idx, token.idx + len(token))  # type: ignore[attr-defined]


def reported_speech_cue(doc: Document, sentence: Sentence) -> Span | None:
    """A fallback cue the quotes stage may have missed: "according to", "X said/told"."""
    tokens = doc.doc[sentence.token_start : sentence.token_end]
    for token in tokens:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc.doc)
            and doc.doc[token.i + 1].lower_ == "to"
        ):
            return make_span(doc.text, token.idx, doc.doc[token.i + 1].idx + 2)
        if token.pos_ == "VERB" and token.lemma_ in REPORTING_VERBS:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if any(s.lower_ not in NOT_A_SOURCE for s in subjects):
                return _token_span(doc, token)
    return None


def _stance_markers(doc: Document, sentence: Sentence) -> list[Span]:
    """First-person stance from the parse: "I think", "we strongly believe", "I doubt"."""
    out = []
    for token in doc.doc[sentence.token_start : sentence.token_end]:
        if (
            token.lower_ in FIRST_PERSON
            and token.dep_ == "nsubj"
            and token.head.lemma_ in STANCE_VERBS
        ):
            first, last = sorted((token, token.head), key=lambda t: t.i)  # "think I" too
            out.append(make_span(doc.text, first.idx, last.idx + len(last)))
    return out


def _rhetorical_question(doc: Document, sentence: Sentence) -> Span | None:
    """The '?' that ends a sentence the outlet asks in its own voice."""
    text = sentence.span.text.rstrip("\"”’' ")
    if not text.endswith("?"):
        return None
    end = sentence.span.start + len(text)
    return make_span(doc.text, end - 1, end)


def opinion_markers(
    doc: Document, sentence: Sentence, terms: list[TermMatch], weak_needed: int = WEAK_NEEDED
) -> tuple[list[Span], bool]:
    """All opinion and hedge words in the sentence, and whether they make it an opinion.

    In an opinion piece one loaded word is enough (``weak_needed=1``): the writer is arguing.
    """
    inside = [t for t in terms if sentence.span.contains(t.span)]
    strong = [t.span for t in inside if t.entry.subtype in STRONG_SUBTYPES]
    weak = [
        t.span
        for t in inside
        if t.entry.category in WEAK_CATEGORIES and t.entry.subtype not in STRONG_SUBTYPES
    ]
    strong += [s for s in _stance_markers(doc, sentence) if not any(s.overlaps(x) for x in strong)]
    if (question := _rhetorical_question(doc, sentence)) is not None:
        strong.append(question)
    markers = sorted({*strong, *(t.span for t in inside if t.entry.category in MARKER_CATEGORIES)})
    return markers, bool(strong) or len(weak) >= weak_needed


def claim_sentences(doc: Document, structure: Structure) -> list[Sentence]:
    """Sentences of body paragraphs, outside credits, bios, placeholders and boilerplate."""
    if structure.paragraphs:
        bodies = [p.span for p in structure.body_paragraphs()]
    else:
        bodies = list(doc.paragraphs)
    bodies, excluded = SpanSet(bodies), SpanSet(structure.excluded_spans())
    return [
        s
        for s in doc.sentences
        if bodies.contains(s.span)
        and not excluded.overlaps(s.span)
        and any(ch.isalpha() for ch in s.span.text)
    ]


def classify_sentence(
    doc: Document,
    sentence: Sentence,
    quote: int | None,
    terms: list[TermMatch],
    weak_needed: int = WEAK_NEEDED,
) -> Claim:
    """One claim: attributed if a quote (``quote``, its index; see `covering_quotes`) or a
    reporting cue covers it, else opinion or not. ``terms``: the lexicon matches, at least
    those inside the sentence."""
    markers, is_opinion = opinion_markers(doc, sentence, terms, weak_needed)
    if quote is not None:
        return Claim(sentence.span, "attributed", quote=quote, markers=markers)
    if (cue := reported_speech_cue(doc, sentence)) is not None:
        return Claim(sentence.span, "attributed", markers=sorted({cue, *markers}))
    return Claim(sentence.span, "opinion" if is_opinion else "unattributed", markers=markers)


def extract_claims(doc: Document, structure: Structure, quotes: list[Quote]) -> list[Claim]:
    """One claim per body sentence, in text order."""
    terms = PointIndex((t.span.start, t) for t in match_terms(doc))
    weak_needed = 1 if structure.genre != "news" else WEAK_NEEDED
    sentences = claim_sentences(doc, structure)
    covering = covering_quotes([s.span for s in sentences], quotes)
    return [
        classify_sentence(doc, s, quote, terms.within(s.span.start, s.span.end), weak_needed)
        for s, quote in zip(sentences, covering, strict=True)
    ]
