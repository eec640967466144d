"""Context for dates without a year: the tense around them, or the heading of their list.

"June 9 -- Coral Sky Amphitheatre" under "Tour 2020 dates:" is in 2020 whatever the article's
date; "will play on Sept. 12" in a November article is next September.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsaudit.document import Document
from newsaudit.extractors.quantities.modifier_words import MODIFIER_LINKS
from newsaudit.extractors.quantities.values import NUMBER_WORD
from newsaudit.spans import Span, make_span

MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)


def year_shift(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


LIST_LINE_WORDS = 14
EXPLICIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def list_year(doc: Document, span: Span) -> int | None:
    """The year a run of short dated lines takes from its heading ("Tour 2020 dates:")."""
    index = doc.paragraph_index(span.start)
    if len(doc.paragraphs[index].text.split()) > LIST_LINE_WORDS:
        return None
    for back in range(index - 1, max(-1, index - 60), -1):
        text = doc.paragraphs[back].text
        if found := EXPLICIT_YEAR.findall(text):
            return int(found[-1])
        if len(text.split()) > LIST_LINE_WORDS or not MONTH_WORD.search(text):
            return None
    return None


def has_verb(doc: Document, span: Span) -> bool:
    """Whether the date's sentence has a verb to give it a tense. In a short line a date opens
    ("June 23 -- Veterans United Home Loans Amphitheater"), a capitalised word after it that
    the parser tags a verb is part of a name, no verb."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    in_list = _list_line(doc, doc.paragraph_index(span.start)) is not None
    return any(
        t.pos_ in ("VERB", "AUX") and not (in_list and t.idx > span.start and t.text[:1].isupper())
        for t in tokens.sent
    )


DAY_LINE_WORDS = 24  # a line that opens with its day may name a long venue
LINE_DAY = re.compile(  # a month and a day opening a line: "June 9 – West Palm Beach, FL"
    r"\s*(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _list_line(doc: Document, index: int) -> re.Match | None:
    text = doc.paragraphs[index].text
    return LINE_DAY.match(text) if len(text.split()) <= DAY_LINE_WORDS else None


def list_head_day(doc: Document, span: Span) -> Span | None:
    """Where the article named, before a run of short lines that each open with a day and no
    heading year ("The Tour Dates" ... "June 9 – West Palm Beach"), the run's first day ("kicks
    off June 9th"): the run, a schedule in order, is in that day's year. None otherwise."""
    first = doc.paragraph_index(span.start)
    if _list_line(doc, first) is None:
        return None
    while first > 0 and _list_line(doc, first - 1) is not None:
        first -= 1
    head = _list_line(doc, first)
    start = doc.paragraphs[first].start
    if head is None or start + head.start("month") == span.start:
        return None
    same_day = re.compile(
        rf"\b{head.group('month')[:3]}[a-z]*\.?\s{head.group('day')}(?:st|nd|rd|th)?\b",
        re.IGNORECASE,
    )
    found = list(same_day.finditer(doc.text, 0, start))
    return make_span(doc.text, found[-1].start(), found[-1].end()) if found else None


STORY_REACH = 1000  # characters back: the last few paragraphs of the story
STORY_DAYS = 92  # how far past a named date a day without a year may run on in its story
FULL_DATE = re.compile(  # "December 16, 2010", "16 December 2010"
    r"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z]{3})))"  # "ExecutionsFEB. 4, 2015": a line run on
    r"(?=[jfmasond\d])(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
    r"(?:,?\s+|[-\u2013])"  # "August 5th-1957": a dash before a year of four digits ends no range
    r"(?P<year>(?:19|20)\d\d)(?:\b|(?=[A-Z][a-z]))",  # "October 6, 2014The seam": the next
    re.IGNORECASE,  # line run into the year, as scraped tweets' dates are; the year ends it
)
BORN = re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def story_date(doc: Document, span: Span, day: date) -> date | None:
    """A day written without a year, in the year of the full date the story named a little
    earlier when it follows that date within weeks ("on December 16, 2010 ... On December 27"
    is 2010-12-27); None when no such date is near."""
    found = list(FULL_DATE.finditer(doc.text, max(0, span.start - STORY_REACH), span.start))
    named = found[-1] if found else None
    if named is None or BORN.search(doc.text, max(0, named.start() - 12), named.start()):
        return None  # "born on May 1, 1950": a life's start, not the story's year
    if EXPLICIT_YEAR.search(doc.text, named.end(), span.start):
        return None  # "in November 2023" since: the story has moved on to another year
    month = MONTHS.index((named.group("month") or named.group("month2")).lower()[:3]) + 1
    try:
        start = date(
            int(named.group("year")), month, int(named.group("day") or named.group("day2"))
        )
    except ValueError:
        return None
    for year in (start.year, start.year + 1):
        moved = year_shift(day, year - day.year)
        if moved is not None and timedelta(0) <= moved - start <= timedelta(days=STORY_DAYS):
            return moved
    return None


def untensed_clause(node) -> bool:
    """A participle clause with no auxiliary of its own ("while campaigning in Iowa on
    Tuesday", "the only state holding a primary Tuesday", "voting on Monday was slow"): it has
    no tense, and its time is the clause's it hangs on. Not a gerund after a preposition
    ("for making fares free from Nov. 13", "explained after winning Ohio on Mar. 15, he would"),
    which the parse often hangs on the wrong verb."""
    if node.tag_ != "VBG" or has_aux(node):
        return False
    return node.dep_ in ("advcl", "acl", "csubj")


def governing_verb(node):
    """The nearest verb above ``node`` in the parse, or None."""
    return next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)


def ahead_of(node) -> bool:
    """ "ahead of Monday's vote", "ahead of the June 7 primary": the date is still to come."""
    return node.lower_ == "ahead" and any(t.lower_ == "of" for t in node.rights)


DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def day_part(node) -> bool:
    """ "morning" in "Saturday morning": a part of the weekday's own day, no noun it describes
    ("Saturday night's captures" is dated by "captures", not by "night")."""
    return node.lower_ in DAY_PARTS and node.dep_ != "poss"


def in_past(node) -> bool:
    """Whether the nearest verb above ``node`` is in the past tense, its own or its
    auxiliary's ("had been paying rent until May")."""
    verb = governing_verb(node)
    while verb is not None and verb.tag_ == "VBG" and not has_aux(verb):
        verb = governing_verb(verb)  # "showed him leading": the tense of "showed"
    return verb is not None and (verb.tag_ in ("VBD", "VBN") or past_aux(verb))


def past_aux(verb) -> bool:
    """ "had been paying", "was trying": an auxiliary in the past tense makes the verb's."""
    return any(t.dep_ in ("aux", "auxpass") and t.tag_ == "VBD" for t in verb.lefts)


SCHEDULING = frozenset({"schedule", "slate", "set", "plan", "expect", "book"})  # "is set for"
SCHEDULED = frozenset({"scheduled", "slated", "planned", "expected", "booked"})  # the lemma may
# miss: "slated" is lemmatised "slat"
INTENT = frozenset({"hope", "want", "intend", "aim", "promise", "vow", "pledge", "threaten"})
INTENT |= SCHEDULING | {"prepare"}


def past_infinitive(node) -> bool:
    """An infinitive whose only auxiliary is "to", under a verb in the past tense ("attempted
    to enter the country on Monday", "was the first to make the appeal on Tuesday", "were due
    to file by March 15"): it has no tense of its own and takes that verb's, as a participle
    clause does. Not under a verb of intent or plan ("was scheduled to speak on Friday",
    "hoped to finish by Friday"), whose infinitive looks ahead of it."""
    lefts = [t for t in node.lefts if t.dep_ in ("aux", "auxpass")]
    if node.tag_ != "VB" or [t.lower_ for t in lefts] != ["to"]:
        return False
    if node.dep_ != "xcomp" and not (node.dep_ in ("acl", "relcl") and node.head.pos_ == "ADJ"):
        return False  # "released the emails to influence the Nov. 8 election": a purpose
    verb = governing_verb(node)
    if verb is None or verb.lemma_ in INTENT or verb.lower_ in INTENT_FORMS:
        return False
    return verb.tag_ == "VBD" or past_aux(verb)


INTENT_FORMS = SCHEDULED | {"hoped"}


def has_aux(verb) -> bool:
    return any(t.dep_ in ("aux", "auxpass") for t in verb.lefts)


def looks_ahead(doc: Document, span: Span) -> bool:
    """ "may wait until February's primaries", "ahead of the March vote": a month the date's
    preposition puts after the clause's time, when that clause is not in the past tense."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    if (mark := _until_mark(tokens)) is not None:  # the parse may make the date the subject
        return not (in_past(mark) or in_past(mark.head))  # of a clause "until" opens
    for node in tokens.root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.lower_ in ("until", "till") or ahead_of(node):
            return not in_past(node)
    return False


def _until_mark(tokens):
    """The "until" or "till" right before a date that the parse makes the marker of a clause
    ("wait until February's primaries to decide"), not the date's preposition."""
    first = tokens[0]
    before = first.doc[first.i - 1] if first.i else None
    if before is None or before.lower_ not in ("until", "till") or before.dep_ != "mark":
        return None
    return before


def coming_off(node) -> bool:
    """ "is coming off a strong debate Thursday night": what one comes off is behind one."""
    return node.lemma_ == "come" and any(t.lower_ == "off" for t in node.rights)


IN_BEFORE = re.compile(  # "in five years", "in about 3 to 4 weeks" (each end), "in some days"
    r"\bin\s+(?:(?:about|around|roughly|approximately|some|just|another)\s+)?"
    rf"(?:(?:\d[\d,.]*|an?|{NUMBER_WORD})\s?(?:to|or|-|\u2013)\s?)?$",
    re.IGNORECASE,
)
IN_TIME = re.compile(r"(?:['\u2019]s?)?\s+time\b")  # "in a month's time", "in two weeks' time"
FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "wo"})


def in_units_ahead(doc: Document, span: Span) -> bool:
    """ "will be finished in five years", "plans to open in two years", "expires in 30 days": a
    window ahead of the article's date, where "in" hangs on a verb about the future (a future
    auxiliary, an infinitive under a verb not in the past, or the present tense). "The first
    win in two years" (on a noun), "the ninth manager in eight years" (an ordinal counts
    through the span), "rose 5% in two years" and "went on to win in 20 minutes" last. "In a
    month's time" says the window itself, unless its verb is past ("was built in a month's
    time"); each end of "in about 3 to 4 weeks" is read as the count alone would be."""
    lead = IN_BEFORE.search(doc.text, max(0, span.start - 40), span.start)
    tokens = doc.tokens(span)
    if lead is None or tokens is None or not len(tokens) or tokens[0].i == 0:
        return False
    before = tokens.doc[max(0, tokens[0].i - 8) : tokens[0].i]
    preposition = next((t for t in before if t.idx == lead.start()), None)
    if preposition is None:
        return False
    verb = preposition.head
    if preposition.lower_ != "in" or preposition.dep_ != "prep":
        return False  # "to squeeze in two extra minutes": a particle, no window
    if IN_TIME.match(doc.text, span.end):  # the window itself, on a verb the parser may miss
        return verb.tag_ not in ("VBD", "VBN")  # ("They filethat ... in a month's time")
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if tokens[-1].dep_ in MODIFIER_LINKS:
        return False  # "in a five year timescale": the units describe a noun
    if any(_ranks_through(t) for t in tokens.doc[verb.i + 1 : preposition.i]):
        return False
    auxes = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass")]
    if any(t.lower_ == "to" for t in auxes):
        head = verb.head  # "plans to open", not "went on to win" or "good enough to romp"
        return head is not verb and head.pos_ in ("VERB", "AUX") and head.tag_ not in ("VBD", "VBN")
    if any(t.lower_ in FUTURE_AUX for t in auxes):
        return True
    if not auxes and _imperative(verb):
        return True  # "In three days, let's make history!": a call to act, ahead
    return not auxes and verb.tag_ in ("VBZ", "VBP")


def _imperative(verb) -> bool:
    """A bare verb with no subject that heads its sentence or a quoted one ("shouted, 'In three
    days, let's make history!'"): "let's", "wait", "vote"."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "ccomp")
        and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in verb.children)
    )


WINDOW_RANGE_LEAD = re.compile(  # "for the next seven to 20 years": each end
    r"\b(?:the\s+)?(?P<word>next|past|last|coming)\s+"
    rf"(?P<low>(?:\d[\d,.]*|{NUMBER_WORD})\s?(?:to|or|-|\u2013)\s?)?$",
    re.IGNORECASE,
)
WINDOW_RANGE_NEXT = re.compile(r"\s?(?:to|or|-|\u2013)\s?\w")  # "seven [to 20] years"
UNIT_OF = re.compile(r"[^,.;]*?(?:second|minute|hour|day|week|month|year)s?\s+of\s")


def in_a_window(doc: Document, span: Span) -> bool:
    """Whether a count of time units is a window ahead or an end of a range in one: the one
    test the measure readers ask (`extract`, `ranges`)."""
    return in_units_ahead(doc, span) or ends_a_window_range(doc, span) or units_from_now(doc, span)


FROM_NOW = re.compile(r"\s+from\s+now\b", re.IGNORECASE)
UNITS_TIME = re.compile(r"['\u2019]s?\s+time\b")  # "eight months' time", "a week's time"
FROM_NOW_END = re.compile(r"\s+from\s+now$", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"(?:(?<=s)['\u2019]|['\u2019]s)(\s+time)?$")
TIME_AFTER = re.compile(r"\s+time\b")


def units_from_now(doc: Document, span: Span) -> bool:
    """ "six months from now", "we're talking about eight months' time": a window ahead of the
    article's date (docs/quantities.md: N units from now) with no "in" before it; the
    possessive "time" not under a verb in the past ("after a month's time he left")."""
    if FROM_NOW.match(doc.text, span.end) or FROM_NOW_END.search(span.text):
        return True
    time = UNITS_TIME.match(doc.text, span.end)
    ends = POSSESSIVE_END.search(span.text)  # "eight months'" + " time", or the whole phrase
    if time is None and not (ends and (ends.group(1) or TIME_AFTER.match(doc.text, span.end))):
        return False
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    return not in_past(tokens[-1])


def ends_a_window_range(doc: Document, span: Span) -> bool:
    """Whether a count of time units is an end of a range in a window back or ahead ("the next
    seven to 20 years", "over the past two or three months"), a window as "the next 20 years"
    is; not when the range closes something ("the last 20 to 30 minutes of the match")."""
    lead = WINDOW_RANGE_LEAD.search(doc.text, max(0, span.start - 30), span.start)
    if lead is None:
        return False
    if lead.group("low") is None and WINDOW_RANGE_NEXT.match(doc.text, span.end) is None:
        return False  # a window with no range is read as one already
    closes = lead.group("word").lower() == "last" and UNIT_OF.match(doc.text, span.start)
    return not closes


def _ranks_through(token) -> bool:
    """An ordinal or a superlative before "in N units": the span is what it ranks through."""
    return token.ent_type_ == "ORDINAL" or token.tag_ == "JJS" or token.lower_ in ("first", "last")


def adverbial_on_a_name(head, node) -> bool:
    """A bare weekday the parse hangs as an adverbial on the proper noun before it ("planned
    to rally in Ann Arbor, Michigan Monday"): it dates the clause, not the place, so the
    clause's tense points it."""
    return head.dep_ == "npadvmod" and node.i == head.head.i and node.pos_ == "PROPN"


def present_passive(verb) -> bool:
    """A past participle whose only tensed auxiliary is a present form of "be" ("votes are
    tallied March 15", "the killing is included"): the present tense, not the past; "has been
    held" (the perfect) and "was held" stay past."""
    auxes = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(t.tag_ in ("VBZ", "VBP") for t in auxes)
        and all(t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP", "VBG") for t in auxes)
    )


def bare_participle(node) -> bool:
    """A past participle with no auxiliary that modifies a noun ("the ads reserved in
    December come from"): a participle clause with no tense of its own, which takes the
    tense of the verb it hangs on, as "while campaigning on Tuesday" does."""
    return node.tag_ == "VBN" and node.dep_ == "acl" and not has_aux(node)


def not_present_perfect(token) -> bool:
    """An auxiliary or possessive before a scheduling verb other than the "has" or "have" of
    the present perfect, whose plan still stands ("has set a hearing for May 2")."""
    if token.dep_ == "aux" and token.lemma_ == "have" and token.tag_ in ("VBZ", "VBP"):
        return False
    return token.dep_ in ("aux", "auxpass", "poss")


def future_in_sentence(doc: Document, span: Span) -> bool:
    """Whether the date's sentence has a future auxiliary anywhere ("will tour together ...
    and concludes October 10th"): its present tense may be a schedule's, not the present."""
    tokens = doc.tokens(span)
    return tokens is not None and any(t.lower_ in FUTURE_AUX for t in tokens.sent)


def verb_in_future(doc: Document, span: Span) -> bool:
    """Whether the verb the date hangs on is in the future tense ("will happen in January")."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    for node in tokens.root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return any(t.lower_ in FUTURE_AUX for t in node.lefts)
    return False
