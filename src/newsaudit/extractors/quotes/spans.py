"""A quote candidate and the character ranges the rules take from the parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsaudit.document import Document
from newsaudit.extractors.quotes.lexicon import AUX_WORDS, NOMINALS, QUOTE_CLOSERS, SUBJECT_DEPS
from newsaudit.extractors.speakers import LEADING_DESCRIPTION_DEPS
from newsaudit.spans import Span, make_span


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
    statement: bool = True  # reports something said or believed, not an act (`Quote.statement`)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


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


def _ends_sentence(token) -> bool:
    """Whether only punctuation follows the phrase ``token`` heads in its sentence."""
    return all(t.is_punct for t in token.doc[token.right_edge.i + 1 : token.sent.end])


def _sentence_span(doc: Document, offset: int) -> Span:
    return doc.sentences[doc.sentence_index(offset)].span


def _trim_punct(text: str, span: Span) -> Span:
    """Content without the sentence's trailing full stop or comma (kept inside quote marks)."""
    end = span.end
    while end > span.start and text[end - 1] in ".,;:" + " \n":
        end -= 1
    start = span.start
    while start < end and text[start] in ",;:— \n":
        start += 1
    return make_span(text, start, end)


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
