"""Long texts are parsed in windows of whole paragraphs, then joined into one Doc.

spaCy's cost per character grows with the length of the text it is given: one 100,000-character
text took 7x longer per character than the same words as 2,000-character articles, and a text
near the 1,000,000-character limit took minutes and over 3 GB. Cut at paragraph breaks (else a
sentence end, else a space), each window is an ordinary article's size, and nothing is lost:
a sentence never crosses a line break in our pipeline (the paragraph component), and the
tokenizer never joins across whitespace, so the windows' tokens are the whole text's tokens.
`spacy.tokens.Doc.from_docs` joins the windows with their offsets kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

WINDOW_CHARS = 10_000  # texts longer than this are parsed in windows of about this size
_BREAKS = (re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*[ \t]+"), re.compile(r"\s+"))


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it, each cut
    after the last paragraph break in the second half of the window (else the last sentence end,
    else the last space; a run of ``size`` characters with no space is cut where it stands)."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return [p for p in pieces if p] or [text]


def _cut(text: str, start: int, limit: int) -> int:
    floor = start + (limit - start) // 2
    for pattern in _BREAKS:
        cut = None
        for match in pattern.finditer(text, floor, limit):
            cut = match.end()
        if cut is not None and cut > start:
            return cut
    return limit


def parse_windows(
    nlp, items: Iterable[tuple[str, object]], batch_size: int = 4
) -> Iterator[tuple[object, object]]:
    """``nlp.pipe`` over (text, context) pairs, yielding (Doc, context) in order; a text longer
    than `WINDOW_CHARS` goes through as windows and comes out as one Doc."""
    from spacy.tokens import Doc

    def pieces() -> Iterator[tuple[str, tuple[int, object]]]:
        for text, context in items:
            parts = windows(text) if len(text) > WINDOW_CHARS else [text]
            for k, part in enumerate(parts):
                yield part, (len(parts) - k - 1, context)

    done: list = []
    for doc, (left, context) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        done.append(doc)
        if left == 0:
            yield (
                (done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)),
                (context),
            )
            done = []


__all__ = ["WINDOW_CHARS", "parse_windows", "windows"]
