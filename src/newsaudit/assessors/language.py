"""Loaded, sensational, absolute, opinion and hedging language, from a documented lexicon.

Word choice is evidence a reader can weigh, not a verdict: a flag says "this word is on the
list, here", nothing more. The lexicon lives in ``newsaudit/data/*.tsv`` (categories and the
reason for each are in docs/claims.md); the matchers are compiled once per process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsaudit.document import Document
from newsaudit.extractors.intervals import SpanSet
from newsaudit.extractors.structure import spans_with_roles
from newsaudit.findings import LanguageFlag, Structure
from newsaudit.nlp import load_pipeline
from newsaudit.spans import Span, make_span

LEXICON_FILES = ("loaded_terms.tsv", "opinion_markers.tsv")
FLAGGED_ROLES = ("headline", "standfirst", "body")
EXCLAMATION = re.compile(r"!+")
FINE_TAGS = frozenset({"MD", "VBZ", "JJ", "JJR", "JJS", "RB", "VBD", "VBN", "NN", "NNS"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str  # as written in the lexicon: a lemma or a lowercased phrase
    category: str  # loaded | sensational | absolute | opinion | hedge
    subtype: str  # e.g. stance, evaluative, prescriptive, intensifier, charged-label
    pos: str  # "" or a coarse POS (ADJ, VERB...) or fine tag (MD) the token must have


@dataclass(frozen=True, slots=True)
class TermMatch:
    span: Span
    entry: LexiconEntry


def load_lexicon() -> list[LexiconEntry]:
    """Every entry of the shipped TSV lexicons (comments and blank lines skipped)."""
    entries: list[LexiconEntry] = []
    data = resources.files("newsaudit") / "data"
    for name in LEXICON_FILES:
        lines = (data / name).read_text(encoding="utf-8").splitlines()
        rows = csv.reader(
            (ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t"
        )
        for row in rows:
            if row[0] == "term":  # header
                continue
            term, category, subtype, pos = [*row, "", "", ""][:4]
            entries.append(LexiconEntry(term.strip().lower(), category, subtype, pos.strip()))
    return entries


def _fits(entry: LexiconEntry, token: object) -> bool:
    """Whether the (last) matched word carries the POS or fine tag the entry requires."""
    if not entry.pos:
        return True
    return (token.tag_ if entry.pos in FINE_TAGS else token.pos_) == entry.pos


@lru_cache(maxsize=1)
def _matchers() -> tuple:
    """Hash-based phrase matchers, one on lowercase forms and one on lemmas, built once.

    PhraseMatcher rather than Matcher: with a few hundred terms the token-pattern Matcher
    costs tens of ms per article, the phrase matchers well under one.
    """
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = load_pipeline()
    by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
    entries: dict[int, LexiconEntry] = {}
    for index, entry in enumerate(load_lexicon()):
        key = f"newsaudit_lexicon_{index}"
        entries[nlp.vocab.strings.add(key)] = entry
        words = [t.text.lower() for t in nlp.make_doc(entry.term)]
        by_lower.add(key, [Doc(nlp.vocab, words=words)])
        by_lemma.add(key, [Doc(nlp.vocab, words=words, lemmas=words)])
    return by_lower, by_lemma, entries


def _longest_first(matches: list[TermMatch]) -> list[TermMatch]:
    """Drop matches nested in or overlapping an earlier, longer one."""
    kept: list[TermMatch] = []
    for match in sorted(matches, key=lambda m: (m.span.start, -m.span.end)):
        if kept and kept[-1].span.end > match.span.start:
            continue
        kept.append(match)
    return kept


def match_terms(doc: Document, span: Span | None = None) -> list[TermMatch]:
    """Lexicon hits inside ``span`` (the whole document when None), longest match wins."""
    by_lower, by_lemma, entries = _matchers()
    tokens = doc.doc
    found: dict[tuple[int, int], TermMatch] = {}
    for key, start, end in [*by_lower(tokens), *by_lemma(tokens)]:
        entry = entries[key]
        if (start, end) in found or not _fits(entry, tokens[end - 1]):
            continue
        hit = make_span(doc.text, tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1]))
        if span is None or span.contains(hit):
            found[(start, end)] = TermMatch(hit, entry)
    return _longest_first(list(found.values()))


def flagged_spans(doc: Document, structure: Structure) -> list[Span]:
    """Headline, standfirst and body paragraphs; all paragraphs when no roles are known yet."""
    return spans_with_roles(doc, structure, FLAGGED_ROLES)


def _exclamations(doc: Document, span: Span) -> list[LanguageFlag]:
    flags = []
    for match in EXCLAMATION.finditer(doc.text, span.start, span.end):
        hit = make_span(doc.text, match.start(), match.end())
        flags.append(LanguageFlag(hit, "exclamation", "!"))
    return flags


def flag_language(doc: Document, structure: Structure) -> list[LanguageFlag]:
    """Every lexicon hit and every '!' in the headline block and the body, in text order."""
    spans = flagged_spans(doc, structure)
    scope = SpanSet(spans)
    flags = [
        LanguageFlag(m.span, m.entry.category, m.entry.term)
        for m in match_terms(doc)
        if scope.contains(m.span)
    ]
    for span in spans:
        flags.extend(_exclamations(doc, span))
    return sorted(flags, key=lambda f: (f.span.start, f.span.end))
