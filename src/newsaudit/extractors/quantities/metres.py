"""An "m" fused to a number with no currency sign: metres ("the 10,000m", "the third fastest
indoor 400m", "a world record of 4.91m"), not millions, unless the number counts the plural
noun after it ("2m viewers"), a currency word follows it ("a 5m euro fine") or its sentence
counts other things in millions ("4.5m iPods, up from 2m a year ago").
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import RANGE_JOIN, sentence_span
from newsaudit.extractors.quantities.money_signs import CURRENCY_SIGN
from newsaudit.extractors.quantities.nouns import counted_noun, is_plural
from newsaudit.extractors.quantities.readings import Reading, read_money
from newsaudit.spans import Span, make_span

FUSED_M = re.compile(r"(?:\d+x)?(?P<number>\d(?:[\d,]*\d)?(?:\.\d+)?)m")  # "4x400m": 400
RACES = frozenset({"hurdles", "heats", "semis", "semi-finals", "finals", "indoors", "outdoors"})
MILLIONS = re.compile(  # an amount in millions or billions: "2m", "1.3bn", "5 million"
    r"(?<![\w.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:m|mn|bn)|\s(?:million|billion))(?!\w)"
)
SIGN_BEFORE = re.compile(rf"{CURRENCY_SIGN}$")
SIGNED_LOW_END = re.compile(  # "$40-" of "$40-50m", "£3m and " of "between £3m and 5m"
    rf"{CURRENCY_SIGN}\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:m|mn|bn|k))?{RANGE_JOIN}$"
)
WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z])")


def _counts_a_plural(doc: Document, span: Span) -> bool:
    """Whether the amount counts the plural noun after it ("2m viewers"); a race's name
    ("the 400m hurdles") or a word the tagger takes for one ("indoors") counts nothing, nor
    does a plural the tagger takes for a verb ("400m runners Black and Richardson") or one a
    number before the amount counts ("three 800m runners")."""
    tokens = doc.tokens(span)
    if tokens is not None and len(tokens) and tokens[0].i and doc.doc[tokens[0].i - 1].like_num:
        return False  # "the top three 800m runners": the three are counted, not 800m of them
    noun = counted_noun(doc, span)
    tagged = noun is not None and doc.tokens(noun)[-1].tag_ in ("NNS", "NNPS")
    return is_plural(doc, noun) and tagged and noun.text.lower() not in RACES


def _beside_millions(doc: Document, core: Span) -> bool:
    """Whether the sentence counts things in millions elsewhere without a currency sign: "up
    from 2m" after "4.5m iPods" is two million of them, not two metres; money beside it says
    nothing ("the 100m champion signed a £5m deal")."""
    sentence = sentence_span(doc, core.start)
    start, end = sentence.start, sentence.end
    for stop in SENTENCE_STOP.finditer(doc.text, start, end):  # "4.91m. He won": the parser
        if stop.end() <= core.start:  # may take the "m." for an abbreviation and run the
            start = stop.end()  # sentences together
        elif stop.start() >= core.end:
            end = stop.start() + 1
            break
    for match in MILLIONS.finditer(doc.text, start, end):
        if match.start() < core.end and core.start < match.end():
            continue
        if SIGN_BEFORE.search(doc.text, max(0, match.start() - 4), match.start()):
            continue
        if _counts_a_plural(doc, make_span(doc.text, match.start(), match.end())):
            return True
    return False


def metres_reading(doc: Document, core: Span) -> Reading | None:
    """The measure in metres of a number with "m" fused to it and no currency sign before it,
    else None (millions, read as money or a count as before)."""
    if core.text[-1:] != "m" or (fused := FUSED_M.fullmatch(core.text)) is None:
        return None
    if SIGN_BEFORE.search(doc.text, max(0, core.start - 4), core.start):
        return None  # "$" + "2m": money, whatever the entity took in
    if SIGNED_LOW_END.search(doc.text, max(0, core.start - 24), core.start):
        return None  # "$40-50m": the high end of a range of money
    if _counts_a_plural(doc, core):
        return None  # "2m viewers"
    following = WORD_AFTER.match(doc.text, core.end)
    if following is not None and read_money(following.group(1)).unit is not None:
        return None  # "a 5m euro fine"
    if _beside_millions(doc, core):
        return None
    return Reading(float(fused.group("number").replace(",", "")), "m", "measure")
