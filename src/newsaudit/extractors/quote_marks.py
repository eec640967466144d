"""Quoted regions: pair quote marks in every common style, across paragraphs when needed.

Handled: “…”, "…", ''…'', «…», „…“/„…”, ‹…›, ‘…’ when not an apostrophe, and double marks
of mixed kinds (“…," as web copy often has them). A paragraph that
leaves a quote open continues it when the next paragraph opens with a quote mark (the
convention for a quote over several paragraphs); otherwise the open quote is dropped, since
an unbalanced mark is more often a typo than a quote.
"""

from __future__ import annotations

from newsaudit.spans import Span

PAIRS = {"“": "”", "«": "»", "„": "“”", "‹": "›", '"': '"', "‘": "’", "‚": "‘’"}
SINGLE_OPENERS = "‘‚"
TWO_APOSTROPHES = "''"  # ''…'' : ASCII-era double quotes, still common in archives
ALL_OPENERS = '“«„‹"‘‚'
OTHER_DOUBLE = {"“": '"', '"': "“”"}  # the double marks of the other kind, for mixed pairs


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _opener_shape(text: str, i: int) -> bool:
    """A mark that opens: no word before it, no space after it ("‘a", "\"we")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word_char(before) and not after.isspace()


def _closer_shape(text: str, i: int) -> bool:
    """A mark that closes: no space before it, no word after it (an apostrophe in "don’t" has
    a word on both sides, so it never closes)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


class _MixedMarks:
    """Web copy mixes curly and straight double marks: “At this point …," said X. "We …”

    Inside a region a mark of the other kind either nests (“I loved "Jaws" as a kid”) or,
    shaped as a closer with no nested quote open, closes the region.
    """

    def __init__(self, opener: str) -> None:
        self.other = OTHER_DOUBLE.get(opener, "")
        self.nested = False

    def closes(self, text: str, i: int) -> bool:
        ch = text[i]
        if ch not in self.other:
            return False
        shaped_open = _opener_shape(text, i) if ch == '"' else ch == "“"
        if self.nested:
            self.nested = not _closer_shape(text, i)
            return False
        if shaped_open:
            self.nested = True
            return False
        return _closer_shape(text, i) and not text[i - 1].isdigit()  # 5" is inches


def _scan_paragraph(text: str, span: Span) -> tuple[list[tuple[int, int]], int | None]:
    """Closed regions in one paragraph, and the offset of a quote left open at its end."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    closers = ""
    mixed = _MixedMarks("")
    i = span.start
    while i < span.end:
        ch = text[i]
        if text.startswith(TWO_APOSTROPHES, i):
            before = text[i - 1] if i > 0 else " "
            after = text[i + 2] if i + 2 < len(text) else " "
            if open_at is None and not _is_word_char(before) and not after.isspace():
                open_at, closers = i, TWO_APOSTROPHES
            elif (
                closers == TWO_APOSTROPHES
                and open_at is not None
                and not (before.isspace() and _is_word_char(after))
            ):  # ''I hate 'Manhattan poor,' '' she said: a closer may follow a space
                regions.append((open_at, i + 2))
                open_at = None
            i += 2
            continue
        if open_at is None:
            if ch in ALL_OPENERS and _can_open(text, i):
                open_at, closers, mixed = i, PAIRS[ch], _MixedMarks(ch)
        elif closers != TWO_APOSTROPHES and (
            _closes(text, i, closers, open_at) or mixed.closes(text, i)
        ):
            regions.append((open_at, i + 1))
            open_at = None
        i += 1
    return regions, open_at


def _closes(text: str, i: int, closers: str, open_at: int) -> bool:
    ch = text[i]
    if ch == "“" == text[open_at] and _closer_shape(text, i):
        return True  # “Apparently not,“ he said: the opening mark typed again to close
    if ch not in closers or (ch in "’‘" and not _closer_shape(text, i)):
        return False
    return ch != '"' or i > open_at + 1


def _can_open(text: str, i: int) -> bool:
    """Marks that look the same at both ends (' " ‘ ‚) must be shaped as openers."""
    return text[i] not in SINGLE_OPENERS + '"' or _opener_shape(text, i)


def quoted_regions(text: str, paragraphs: list[Span]) -> list[Span]:
    """Every outermost quoted region (marks included), in text order."""
    out: list[Span] = []
    pending: int | None = None  # start of a quote carried over from earlier paragraphs
    for index, paragraph in enumerate(paragraphs):
        regions, open_at = _scan_paragraph(text, paragraph)
        if pending is not None:
            if regions and regions[0][0] == paragraph.start:
                out.append(Span(pending, regions[0][1], text[pending : regions[0][1]]))
                regions = regions[1:]
                pending = None
            elif open_at == paragraph.start and not regions:
                open_at = pending  # the quote goes on for another paragraph
            else:
                pending = None
        out.extend(Span(s, e, text[s:e]) for s, e in regions)
        next_opens = index + 1 < len(paragraphs) and (
            text[paragraphs[index + 1].start] in ALL_OPENERS
        )
        pending = open_at if open_at is not None and next_opens else None
    return out
