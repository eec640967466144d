"""The document model: normalised text, paragraphs, sentences, tokens and entities, built once.

The spaCy pipeline runs exactly once per article, here; every extractor reads the result
(``Document.doc`` for tokens, parts of speech and dependencies) and never re-parses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsaudit.findings import Entity
from newsaudit.ingest import Article, to_article
from newsaudit.nlp import load_pipeline, parse, parse_pipe
from newsaudit.spans import Span, make_span

BLANK_LINE = re.compile(r"\n[ \t]*\n")
MAX_CHARS = 2_000_000  # for batches; intake (ingest.max_article_chars) enforces the real limit


@dataclass(slots=True)
class Sentence:
    span: Span
    paragraph: int  # index into Document.paragraphs
    token_start: int  # doc[token_start:token_end] are its tokens
    token_end: int


@dataclass(slots=True)
class Document:
    article: Article
    text: str
    paragraphs: list[Span]
    sentences: list[Sentence]
    doc: object  # spacy.tokens.Doc
    entities: list[Entity] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _entity_starts: list[int] = field(default_factory=list, repr=False)
    # what a stage derives once per article and others read (`extractors.outlets`)
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (or the one before a gap)."""
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def sentences_in(self, span: Span) -> list[Sentence]:
        """The sentences wholly inside ``span`` (a bisection: sentences are in text order)."""
        first = bisect_left(self._sentence_starts, span.start)
        last = bisect_left(self._sentence_starts, span.end, lo=first)
        return [s for s in self.sentences[first:last] if s.span.end <= span.end]

    def tokens(self, span: Span):
        """The spaCy tokens covering ``span`` (expanded to token boundaries)."""
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def token(self, span: Span):
        """The one spaCy token covering ``span``, or None when it covers none or several."""
        tokens = self.tokens(span)
        return tokens[0] if tokens is not None and len(tokens) == 1 else None

    def entities_in(self, span: Span) -> list[Entity]:
        """The entities wholly inside ``span`` (a bisection: spaCy's entities are in order and
        never overlap, and this is asked once per quote)."""
        first = bisect_left(self._entity_starts, span.start)
        last = bisect_left(self._entity_starts, span.end, lo=first)
        return [e for e in self.entities[first:last] if span.contains(e.span)]


def split_paragraphs(text: str) -> list[Span]:
    """Blank-line separated blocks; texts with no blank lines split on every line break."""
    separator = BLANK_LINE if BLANK_LINE.search(text) else re.compile(r"\n")
    spans, start = [], 0
    for match in separator.finditer(text):
        spans.append(make_span(text, start, match.start()))
        start = match.end()
    spans.append(make_span(text, start, len(text)))
    return [s for s in spans if s.end > s.start]


def _sentences(text: str, doc, paragraphs: list[Span]) -> list[Sentence]:
    starts = [p.start for p in paragraphs]
    out: list[Sentence] = []
    for sent in doc.sents:
        span = make_span(text, sent.start_char, sent.end_char)
        if span.end <= span.start:
            continue
        paragraph = max(0, bisect_right(starts, span.start) - 1)
        out.append(Sentence(span, paragraph, sent.start, sent.end))
    return out


def build_document(article: Article | str | dict) -> Document:
    """Run the NLP once and wrap it with the paragraph and sentence layers."""
    article = to_article(article)
    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, len(article.text) + 1)  # intake enforces the limit
    return _wrap(article, parse(nlp, article.text))


def build_documents(
    articles: Iterable[Article | str | dict], batch_size: int = 8
) -> Iterator[Document]:
    """`build_document` for many articles, in order, with spaCy run on batches of them.

    Batching shares the per-step work of the parser and NER between articles: about 1.25x
    faster on BBC articles, same annotations (``benchmarks/nlp_speed.py --batch 8 --check``).
    An unreadable article raises here as in `build_document`, ending the iteration.
    """
    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    pairs = ((article.text, article) for article in map(to_article, articles))
    for doc, article in parse_pipe(nlp, pairs, batch_size):
        yield _wrap(article, doc)


def document_from_parse(text: str, parsed) -> Document:
    """A Document over raw ``text`` and an existing parse (evaluations keep gold offsets valid)."""
    return _wrap(Article(text=text), parsed)


def _wrap(article: Article, doc) -> Document:
    """The paragraph, sentence and entity layers over one parsed article."""
    text = article.text
    paragraphs = split_paragraphs(text)
    sentences = _sentences(text, doc, paragraphs)
    entities = [Entity(make_span(text, e.start_char, e.end_char), e.label_) for e in doc.ents]
    return Document(
        article=article,
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        doc=doc,
        entities=entities,
        _paragraph_starts=[p.start for p in paragraphs],
        _sentence_starts=[s.span.start for s in sentences],
        _entity_starts=[e.span.start for e in entities],
    )
