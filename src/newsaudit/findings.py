"""Typed findings: the small dataclasses every stage produces and the report serialises.

Each stage takes the `Document` and the findings of earlier stages and returns its own;
no stage reaches into another's internals. All spans index into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsaudit.spans import Span

SpeakerType = Literal[
    "person", "organisation", "government", "media", "unnamed", "writer", "unknown"
]
SourceType = Literal[
    "wire", "outlet", "government", "official", "organisation", "person", "unnamed"
]
QuoteKind = Literal["direct", "indirect", "mixed"]
ClaimKind = Literal["attributed", "unattributed", "opinion"]
ParagraphRole = Literal[
    "headline",
    "standfirst",
    "byline",
    "dateline",
    "body",
    "author_bio",
    "credit",
    "placeholder",
    "boilerplate",
]


@dataclass(slots=True)
class Entity:
    span: Span
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, DATE, CARDINAL, ...


@dataclass(slots=True)
class Paragraph:
    span: Span
    role: ParagraphRole


@dataclass(slots=True)
class Credit:
    """A line that says who supplied quotes, video or photos."""

    span: Span
    what: str  # "quotes", "video", "photos", "reporting", ...
    names: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class BylineAuthor:
    """Who the article is by, and where that was read: the byline line in the text
    (``origin`` "byline", ``span`` that line) or, when the text has none, the author metadata
    of the page or record ("metadata", no span: nothing in the text says it)."""

    name: str  # the names joined with "; "
    names: list[str]
    origin: Literal["byline", "metadata"]
    span: Span | None = None


@dataclass(slots=True)
class Structure:
    headline: Span | None = None
    standfirst: Span | None = None
    byline: Span | None = None
    byline_author: BylineAuthor | None = None
    dateline: Span | None = None
    author_bio: Span | None = None
    credits: list[Credit] = field(default_factory=list)
    placeholders: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    genre: str = "news"  # news | opinion | analysis (extractors/genre.py)
    genre_cue: str | None = None  # what decided it: "the title is labelled 'Opinion'"

    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.role == "body"]

    def excluded_spans(self) -> list[Span]:
        """Spans that hold no reporting: kept out of quotes and claims."""
        skip = {"author_bio", "credit", "placeholder", "boilerplate", "byline"}
        return [p.span for p in self.paragraphs if p.role in skip]


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to, resolved as far as the article allows."""

    name: str | None  # fullest name in the article: "Samantha Power"
    role: str | None  # "the United States' UN Ambassador"
    type: SpeakerType
    span: Span | None  # the mention at the quote ("Power", "she", "witnesses")


@dataclass(slots=True)
class Quote:
    kind: QuoteKind
    content: Span
    cue: Span | None
    speaker: Speaker
    content_fragments: list[Span] = field(default_factory=list)  # when split around the cue
    via: list[str] = field(default_factory=list)  # "Reuters" in "..., X told Reuters"
    source_id: str | None = None  # filled by the sources stage
    # chance that the quote is a real attribution with the content right, from the learned
    # filter, checked for calibration on held-out documents (None: no filter artifact)
    confidence: float | None = None
    # it reports something said or believed (a clause, a quote, a message verb's object, an
    # intention); False for an attributed act or stance ("endorsed X", "declined to comment",
    # "named a street"), which PolNeAR counts but the report keeps apart from its quotes
    statement: bool = True


@dataclass(slots=True)
class Source:
    id: str  # "s1", stable within one report
    name: str
    type: SourceType
    mentions: list[Span] = field(default_factory=list)
    via: list[str] = field(default_factory=list)  # ids of sources it reached us through
    quotes: list[int] = field(default_factory=list)  # indices into Report.quotes
    claims: list[int] = field(default_factory=list)  # indices into Report.claims
    credited: bool = False  # named in a credit line


@dataclass(slots=True)
class Claim:
    span: Span
    kind: ClaimKind
    source: str | None = None  # a Source.id when attributed (filled by the sources stage)
    quote: int | None = None  # index into the quotes that carry this claim, if any
    markers: list[Span] = field(default_factory=list)  # opinion / hedge words that decided it
    checkworthiness: float | None = None

    @property
    def attributed(self) -> bool:
        return self.kind == "attributed"


@dataclass(slots=True)
class Quantity:
    span: Span
    value: float | None  # None for vague quantities ("hundreds")
    unit: str | None  # "civilians", "USD", "%", "hours"
    kind: str  # count | money | percent | measure | date | time_window | ordinal | fraction | score
    approximate: bool = False
    vague: bool = False
    marker: Span | None = None  # "almost", "more than", "up to"
    resolved_date: str | None = None  # ISO date when a date could be resolved


@dataclass(slots=True)
class HeadlineLine:
    span: Span
    role: str  # headline | standfirst
    supported: bool | None
    evidence: list[Span] = field(default_factory=list)
    unsupported_terms: list[Span] = field(default_factory=list)
    stance: dict | None = None  # {"label": ..., "probabilities": {...}} from a learned model
    clickbait: float | None = None


@dataclass(slots=True)
class LanguageFlag:
    span: Span
    category: str  # loaded | sensational | absolute | exclamation | opinion | hedge
    term: str


@dataclass(slots=True)
class TextLanguage:
    """The language the article is written in (ISO 639-1), and whether it was analysed."""

    code: str  # "en", "de", ...; "und" when there is too little text to tell
    name: str  # "English", "German"
    probability: float | None  # the classifier's probability for ``code``
    supported: bool  # False: the English-only stages were skipped
    skipped: list[str] = field(default_factory=list)  # the stages skipped
    note: str | None = None  # one line for a reader when stages were skipped


@dataclass(slots=True)
class Indicator:
    id: str
    value: float | int | bool | None
    explanation: str
    evidence: list[Span] = field(default_factory=list)
