"""Character spans: the one currency every finding is paid in.

Every offset in newsaudit refers to the normalised article text (see `ingest`), end exclusive,
in Python code points, so a span can always be checked with ``text[start:end] == span.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

TRIM_CHARS = " \t\r\n\u00a0"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def make_span(text: str, start: int, end: int, *, trim: str = TRIM_CHARS) -> Span:
    """A span of ``text[start:end]`` with surrounding ``trim`` characters removed.

    Trimming here, once, keeps every extractor from reporting spans that start with a space.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start] in trim:
        start += 1
    while end > start and text[end - 1] in trim:
        end -= 1
    return Span(start, end, text[start:end])


def span_or_none(text: str, start: int, end: int) -> Span | None:
    """Like `make_span`, but None when nothing is left after trimming."""
    span = make_span(text, start, end)
    return span if span.end > span.start else None
