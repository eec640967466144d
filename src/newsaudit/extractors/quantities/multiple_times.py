"""Whether "N times" multiplies or counts occasions (docs/quantities.md, a multiple).

"18 times the number of cells", "five times higher", "up to 10 times more powerful", "four to
five times more expensive", "several times the size of" multiply what follows: count N with no
noun. "won five times this year", "nine times out of ten", "9 times Ted Cruz insulted Trump"
count occasions: count N, "times". And in "nine times out of ten" the ten counts the same
occasions, named before it: count 10 with no noun of its own.
"""

from __future__ import annotations

import re

from newsaudit.document import Document

COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
AMOUNT_OPENERS = frozenset({"the", "that", "what", "its", "his", "her", "their", "our", "my"})
NOT_AN_AMOUNT = frozenset(
    {"next", "following", "previous", "last", "same", "first", "other", "past"}
)
OUT_OF_BEFORE = re.compile(r"\btimes\s+out\s+of\s+$", re.IGNORECASE)


def times_multiplies(doc: Document, times) -> bool:
    """Whether the word "times" multiplies what follows it: a comparative ("higher", "more
    powerful"), "as" before an adjective, or an amount ("the size", "its value") after it; or
    the parse hangs "times" on a word to its right that is no verb and no clause's subject (a
    clause after it, "nine times out of 10 Duffer scores", counts occasions)."""
    following = doc.doc[times.i + 1 : times.i + 3]
    if not len(following) or following[0].lower_ == "out":
        return False  # "nine times out of ten"
    first = following[0]
    if first.tag_ in COMPARATIVE_TAGS or (
        first.lower_ == "as" and len(following) == 2 and following[1].pos_ in ("ADJ", "ADV")
    ):
        return True
    if first.lower_ in AMOUNT_OPENERS:
        return len(following) == 2 and following[1].lower_ not in NOT_AN_AMOUNT
    governor = times.head
    return (
        governor.i > times.i
        and governor.pos_ not in ("VERB", "AUX")
        and not times.dep_.startswith("nsubj")
        and not governor.dep_.startswith("nsubj")
    )


def counts_the_same_occasions(doc: Document, number) -> bool:
    """The M of "N times out of M", which counts the occasions "times" named before it."""
    return OUT_OF_BEFORE.search(doc.text, max(0, number.idx - 20), number.idx) is not None
