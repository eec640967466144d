"""Scores and tallies: two small numbers joined by a dash that report a result ("won 6-3 6-4",
"voted 5-2", "made it 2-0"), not a range to read nor two numbers to add up.

A pair is a tally when its sentence speaks of games or votes, when it stands in a run of pairs
(set scores, "6-4 7-6 (7-4)"), or, when its first number is not below its second (a range runs
up, "18-24"; "3-3" and "38-8" run no way but a result's), when the parse makes it a verb's
complement ("went 18-2 in favour", "made it 2-0"), when it follows a team's or a player's name
("thrashed Italy 38-8"), or when the page reports scores elsewhere (a sports report's "from
3-3 in the second"). Ranges, dates and longer numbers are never tallies: "ages 18-24", "10-12
inches", "4-6 March", "2-3 p.m.", "890 85-433"; nor, unless a sentence speaks of a game,
the office hours "9-5" and the round-the-clock "24-7".
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.dates import MONTH as MONTH_NAME
from newsaudit.spans import make_span

# "6-3", "110-102", "5–2": two small numbers joined by a dash, not a range of years or a date.
SCORE = re.compile(  # "went 2-for-10": a shooting or batting tally, whatever the sentence
    r"(?<![\w.,/$£€-])(?P<a>\d{1,3})(?:\s?[-–]|(?P<for>-for-)|(?P<to>-to-))(?P<b>\d{1,3})"
    r"(?![\w%/]|[.,]\d|[-–]\d)"
)
# "a 12-9 loss", "a 4-to-3 vote", "by a 2-to-1 margin": a result's noun right after the pair; a
# pair joined by "to" tallies only there ("odds of 3-to-1" is a ratio, "73-to-25 percent" a range)
RESULT_NOUN = re.compile(
    r"\s+(?:vote|votes|margin|decision|ruling|verdict|majority|win|victory|loss|defeat)\b",
    re.IGNORECASE,
)
# "from 0-2 down", "2-1 up", "3-1 ahead": a side's standing, a result even where a range could be
STANDING_AFTER = re.compile(r"\s+(?:down|up|ahead|behind)\b(?![-\w])", re.IGNORECASE)
SCORE_CONTEXT = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|defeat(?:s|ed)?|lost|lose|loses|losing|victory|"
    r"win|tie[ds]?|drew|draw|lead(?:s|ing)?|led|trail(?:s|ed|ing)?|score[ds]?|scoring|set|sets|"
    r"game|games|match|final|semifinal|quarterfinal|innings|inning|quarter|half|overtime|"
    r"vot(?:e|es|ed|ing)|ruling|decision|majority|margin|record|series|points?|goals?|runs?|"
    r"season|against|over)\b",
    re.IGNORECASE,
)
RANGE_CONTEXT = re.compile(
    r"\b(?:ages?|aged|between|from|pages?|chapters?|verses?|grades?|sizes?|percent|per cent|"
    r"inches|feet|miles|degrees|hours|minutes|days|weeks|months|years)\b",
    re.IGNORECASE,
)
MONTH = MONTH_NAME.pattern  # the dates reader's month names
# "4-6 March", "2-3 p.m.": days of a month or hours of a day, a range of time
TIME_AFTER = re.compile(rf"\s?(?:{MONTH}|[ap]\.?m\b\.?|o'clock)(?![\w-])", re.IGNORECASE)
MONTH_BEFORE = re.compile(rf"\b{MONTH}\s$", re.IGNORECASE)  # "March 4-6"
NUMBER_BEFORE = re.compile(r"(?<![\d\-–])\d+[ \t]$")  # "890 85-433": a phone number's groups
# what stands between the pairs of a run: "6-3 6-2", "6-3, 6-4", "7-6 (7-4) 6-1", "6-4 and 6-2"
BETWEEN_PAIRS = re.compile(r"\)?[ \t]*(?:[,;]|and)?[ \t]*\(?")
NAME_ENTITIES = ("PERSON", "GPE", "NORP")  # a player, a country or a people: a side
VERBS = ("VERB", "AUX")
CLOCK_PHRASE = re.compile(r"9[-–]5|24[-–]7")  # office hours, around the clock: "works 9-5"


def scores(doc: Document, sentence_of) -> list[tuple[int, int]]:
    """Character ranges of scores and tallies ("won 6-3, 6-4", "voted 5-2", "went 18-2")."""
    pairs = list(SCORE.finditer(doc.text))
    runs = _in_runs(doc.text, pairs)
    out, lone = [], []
    for match, run in zip(pairs, runs, strict=True):
        if match.group("for"):
            out.append((match.start(), match.end()))
            continue
        if match.group("to"):
            if RESULT_NOUN.match(doc.text, match.end()):
                out.append((match.start(), match.end()))
            continue
        rises = int(match.group("a")) < int(match.group("b"))
        sentence = sentence_of(match.start())
        end = match.end()
        told = STANDING_AFTER.match(doc.text, end) or RESULT_NOUN.match(doc.text, end)
        if not told and _a_range_or_time(doc.text, match, sentence.start, rises):
            continue
        spoken_of = SCORE_CONTEXT.search(sentence.text) is not None
        if run or told or (spoken_of and not _amount_runs_on(doc, match.start(), end)):
            out.append((match.start(), match.end()))
        elif not rises and not CLOCK_PHRASE.fullmatch(match.group()):  # "38-8", "3-3": no
            # range, so a result when anything else says so; "open 9-5", "24-7" tell the hours
            told = _a_result(doc, match.start()) or _after_a_side(doc, match.start())
            (out if told else lone).append((match.start(), match.end()))
        elif _between_sides(doc, match.start(), end):
            lone.append((match.start(), end))  # "City 0-2 United": a result on a scores page
    return sorted(out + lone) if out else []  # a page that reports scores: its lone pairs too


def _a_range_or_time(text: str, match: re.Match, sentence_start: int, rises: bool) -> bool:
    """Whether the pair reads as a range ("ages 18-24", "10-12 inches"; only a rising pair, as
    a range runs up), days or hours ("4-6 March", "March 4-6", "2-3 p.m.") or the last groups
    of a longer number ("890 85-433")."""
    start, end = match.start(), match.end()
    after = text[end : end + 12]
    if RANGE_CONTEXT.match(after.strip()) or TIME_AFTER.match(after):
        return True
    before = text[max(sentence_start, start - 12) : start]
    if rises and RANGE_CONTEXT.search(before):
        return True
    return bool(MONTH_BEFORE.search(before) or NUMBER_BEFORE.search(before))


def _in_runs(text: str, pairs: list[re.Match]) -> list[bool]:
    """For each pair, whether it stands in a run of pairs ("6-3 6-2", "6-3, 7-5", "7-6 (7-4)")
    with one pair at least that does not rise: set scores; a run of rising pairs ("18-24,
    25-34") is brackets of a range."""
    flags = [False] * len(pairs)
    k = 0
    while k < len(pairs):
        last = k
        while (
            last + 1 < len(pairs)
            and BETWEEN_PAIRS.fullmatch(text, pairs[last].end(), pairs[last + 1].start())
            is not None
        ):
            last += 1
        run = pairs[k : last + 1]
        if len(run) > 1 and any(int(m.group("a")) >= int(m.group("b")) for m in run):
            flags[k : last + 1] = [True] * len(run)
        k = last + 1
    return flags


def _a_result(doc: Document, start: int) -> bool:
    """Whether the parse makes the pair's first number a verb's complement: "went 18-2 in
    favour", "made it 2-0", "go 5-3 ahead", "serving up 40-0"."""
    token = _token_at(doc, start)
    if token is None:
        return False
    return token.head.pos_ in VERBS and token.dep_ in (
        "npadvmod", "dobj", "ccomp", "attr", "oprd", "advmod", "xcomp", "acomp"
    )  # fmt: skip


def _after_a_side(doc: Document, start: int) -> bool:
    """Whether the pair follows a player's or a country's name, or its possessive: "thrashed
    Italy 38-8", "New Zealand's 45-6 win"; not a maker's ("Boeing 757-200" is a model)."""
    first = _token_at(doc, start)
    if first is None or first.i == 0:
        return False
    before = doc.doc[first.i - 1]
    if before.text in ("'s", "\u2019s") and before.i > 0:
        before = doc.doc[before.i - 1]
    return before.ent_type_ in NAME_ENTITIES and before.pos_ == "PROPN"


def _between_sides(doc: Document, start: int, end: int) -> bool:
    """Whether the pair stands between two names on one line, as a result line sets a side on
    each side of its score ("Man City 0-2 Man Utd")."""
    first, last = _token_at(doc, start), _token_at(doc, end - 1)
    if first is None or last is None or first.i == 0 or last.i + 1 >= len(doc.doc):
        return False
    before, after = doc.doc[first.i - 1], doc.doc[last.i + 1]
    one_line = "\n" not in doc.text[before.idx : after.idx]
    return (
        one_line
        and all(  # "City" opening a headline may be tagged a common noun
            t.pos_ in ("PROPN", "NOUN") and t.is_alpha and t.text[:1].isupper()
            for t in (before, after)
        )
    )


def _amount_runs_on(doc: Document, start: int, end: int) -> bool:
    """Whether the parse makes the pair the start of an amount whose words run on past it
    ("500-600 metric tons", a quantity entity): a range of a unit, not a tally ("112-107 over",
    an entity of the two numbers alone)."""
    low = _token_at(doc, start)
    if low is None or low.ent_type_ not in ("QUANTITY", "MONEY"):
        return False
    last = low.i
    while last + 1 < len(doc.doc) and doc.doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc.doc[last].idx >= end and doc.doc[last].is_alpha


def _token_at(doc: Document, offset: int):
    """The token a pair's first number starts, at ``offset``."""
    return doc.token(make_span(doc.text, offset, offset + 1))
