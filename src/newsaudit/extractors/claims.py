"""Claims: every body sentence, labelled attributed, opinion or unattributed.

A reader checking an article first asks of each sentence "who says so?". A sentence a quote
covers is ``attributed`` (the sources stage later names who); a sentence that evaluates,
prescribes or asks rhetorically is ``opinion``; what is left asserts a fact nobody is credited
with: ``unattributed``, the sentences most worth checking. Attributed wins over opinion, because
an opinion voiced by a named speaker is reported speech, not the outlet's own voice.
"""

from __future__ import annotations

from newsaudit.assessors.language import TermMatch, match_terms
from newsaudit.document import Document, Sentence
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


def covering_quote(sentence: Span, quotes: list[Quote]) -> int | None:
    """Index of the quote overlapping ``sentence`` most (content, fragments or cue).

    A quote whose speaker the article never names or describes, or the writer's own "I think",
    credits nobody, so it cannot make a sentence attributed.
    """
    best, best_overlap = None, 0
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker.type == "writer" or (speaker.span is None and speaker.name is None):
            continue
        overlap = sum(
            min(sentence.end, s.end) - max(sentence.start, s.start)
            for s in _quote_spans(quote)
            if s.overlaps(sentence)
        )
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


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
    excluded = structure.excluded_spans()
    return [
        s
        for s in doc.sentences
        if any(b.contains(s.span) for b in bodies)
        and not any(x.overlaps(s.span) for x in excluded)
        and any(ch.isalpha() for ch in s.span.text)
    ]


def classify_sentence(
    doc: Document,
    sentence: Sentence,
    quotes: list[Quote],
    terms: list[TermMatch],
    weak_needed: int = WEAK_NEEDED,
) -> Claim:
    """One claim: attributed if a quote (or a reporting cue) covers it, else opinion or not."""
    markers, is_opinion = opinion_markers(doc, sentence, terms, weak_needed)
    quote = covering_quote(sentence.span, quotes)
    if quote is not None:
        return Claim(sentence.span, "attributed", quote=quote, markers=markers)
    if (cue := reported_speech_cue(doc, sentence)) is not None:
        return Claim(sentence.span, "attributed", markers=sorted({cue, *markers}))
    return Claim(sentence.span, "opinion" if is_opinion else "unattributed", markers=markers)


def extract_claims(doc: Document, structure: Structure, quotes: list[Quote]) -> list[Claim]:
    """One claim per body sentence, in text order."""
    terms = match_terms(doc)
    weak_needed = 1 if structure.genre != "news" else WEAK_NEEDED
    return [
        classify_sentence(doc, s, quotes, terms, weak_needed)
        for s in claim_sentences(doc, structure)
    ]
