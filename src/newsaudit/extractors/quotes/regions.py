"""Quoted regions: a content grown to its whole quote, and quotes that stand as paragraphs."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quotes.lexicon import INTRO_ENDINGS, MAX_CONTINUATION_GAP, MIN_QUOTE_WORDS
from newsaudit.extractors.quotes.spans import Candidate, _noun_phrase, _sentence_span
from newsaudit.extractors.quotes.verbs import _subject
from newsaudit.spans import Span


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
