"""Points of a poll: "Clinton leads by five points in the poll", "Women back him by almost 20
points" after "by 4 percentage points" are percentage points, as a rate's points are; a game's
points ("five points behind Chelsea") stay a count. The sign is a poll, survey, margin of error
or percentage points named in the sentence or the one before it.
"""

from __future__ import annotations

import re

from newsaudit.document import Document

POLL_WORDS = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|percentage[ -]points?|margin of error)\b",
    re.IGNORECASE,
)


def in_a_poll(doc: Document, offset: int) -> bool:
    """Whether the sentence at ``offset``, or the one before it, names a poll or a survey or
    counts in percentage points."""
    if not doc.sentences:
        return False
    index = doc.sentence_index(offset)
    start = doc.sentences[max(0, index - 1)].span.start
    return POLL_WORDS.search(doc.text, start, doc.sentences[index].span.end) is not None
