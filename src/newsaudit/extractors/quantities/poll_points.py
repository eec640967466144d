"""Points of a poll: "Clinton leads by five points in the poll", "Women back him by almost 20
points" after "by 4 percentage points" are percentage points, as a rate's points are; a game's
points ("five points behind Chelsea") stay a count. The sign is a poll, survey, margin of error
or percentage points named in the sentence or the one before it, or a share in percent there
("a net negative 6 points (37 percent to 43 percent)") where the sentence names no game.
"""

from __future__ import annotations

import re

from newsaudit.document import Document

POLL_WORDS = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|percentage[ -]points?|margin of error)\b",
    re.IGNORECASE,
)
PERCENT_SHARE = re.compile(r"\d(?:\s?%|\s+per\s?cent\b)", re.IGNORECASE)
GAME_WORDS = re.compile(  # a game's points: "scored 30 points, shooting 45 percent"
    r"\b(?:scor\w*|goals?|kick\w*|shot|shoot\w*|rebounds?|assists?|games?|match(?:es)?|"
    r"innings|tries|wickets?|field|league|table|standings|players?|teams?)\b",
    re.IGNORECASE,
)
POINT_MODIFIER = re.compile(  # "an 11 point lead": the point a margin's, not "a 12 point plan"
    r"[\s-](?:percentage-)?point(?=[\s-](?:lead|advantage|margin|edge|gap|deficit|swing|"
    r"bounce|spread|jump|rise|drop|fall|increase|decline|difference|shift|boost)s?\b)"
)


def in_a_poll(doc: Document, offset: int) -> bool:
    """Whether the sentence at ``offset``, or the one before it, names a poll or a survey or
    counts in percentage points, or gives shares in percent in a sentence about no game."""
    if not doc.sentences:
        return False
    index = doc.sentence_index(offset)
    start = doc.sentences[max(0, index - 1)].span.start
    end = doc.sentences[index].span.end
    if POLL_WORDS.search(doc.text, start, end) is not None:
        return True
    return (
        PERCENT_SHARE.search(doc.text, start, end) is not None
        and GAME_WORDS.search(doc.text, doc.sentences[index].span.start, end) is None
    )


def poll_margin_end(doc: Document, end: int) -> int | None:
    """Where "point" ends in "an 11 point advantage" or "a three-percentage-point margin"
    after a number ending at ``end``, in a sentence about a poll: a margin in percentage
    points, not a number fused to a noun that counts nothing ("a two-state solution")."""
    found = POINT_MODIFIER.match(doc.text, end)
    return found.end() if found and in_a_poll(doc, end) else None
