"""Numbers that are not counts: fractions, model numbers and phone numbers (scores and tallies
are in `tallies`).

Read as counts, they make the report wrong in ways a reader notices at once: a tennis score
"6-3" summed to 9, "one-third" read as 1, the "787" of "12 787 jets" counted as 787 jets, "911
calls" as nine hundred and eleven calls. The quantities stage asks this module first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsaudit.document import Document
from newsaudit.extractors.quantities.values import UNITS_WORDS, VULGAR
from newsaudit.spans import Span, make_span

SPELLED = r"one|two|three|four|five|six|seven|eight|nine|ten|a"  # "a third", "two-thirds"
FRACTION = re.compile(
    rf"^(?P<count>{SPELLED})[\s-]+(?P<part>half|halves|thirds?|quarters?|fourths?|fifths?|"
    r"sixths?|eighths?|tenths?)$",
    re.IGNORECASE,
)
SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})")
COUNTS = {"a": 1} | {w: v for w, v in UNITS_WORDS.items() if 1 <= v <= 10}  # "a third"
PARTS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6}
PARTS |= {"eighth": 8, "tenth": 10}
EMERGENCY = re.compile(r"^(?:911|999|112|000)$")
EMERGENCY_NOUNS = frozenset(
    {"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
     "center", "centre", "system", "line", "emergency", "recording", "recordings", "tape"}
)  # fmt: skip


def is_reference_mark(text: str, start: int, end: int) -> bool:
    """ "a charm[2]", "in class.[3][4]": a number in square brackets fused to the word or mark
    before it, a footnote's reference, not an amount; "[2]" after a space may be a table's cell.
    So is a number in a bracket of reference numbers (`_cited_source`)."""
    return (
        start >= 2
        and text[start - 1] == "["
        and text[end : end + 1] == "]"
        and not text[start - 2].isspace()
    ) or _cited_source(text, start)


CITATION = re.compile(  # "body fat (3, 10).", "the density of your body (9)."
    r"(?<=\S )\(\s*\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\s*\)(?=[.,;]|[ \t]*(?:\n|$))"
)
WORD_BEFORE = re.compile(r"(?:^|\s)([a-z]+|\S*\)) $")  # a lower-case word or a closing bracket


def _citation(text: str, bracket: re.Match) -> bool:
    """A bracket of reference numbers after a lower-case word ("Buttigieg (0)" scores a name)."""
    return WORD_BEFORE.search(text, max(0, bracket.start() - 30), bracket.start()) is not None


def _cited_source(text: str, start: int) -> bool:
    """A number in a bracket that holds only small whole numbers, after a lower-case word and
    before the end of its sentence or clause, in an article with two such brackets or more:
    the numbers of the sources it cites, not amounts ("as low as 2% (3, 10)."); an age in
    brackets follows a name ("Smith (45)") and is left alone."""
    opening = text.rfind("(", max(0, start - 12), start)
    if opening < 0 or (bracket := CITATION.match(text, opening)) is None:
        return False
    if bracket.end() <= start or not _citation(text, bracket):
        return False
    return _citations(text) >= 2


@lru_cache(maxsize=2)
def _citations(text: str) -> int:
    """How many brackets of reference numbers ``text`` holds, counted once per article."""
    return sum(_citation(text, other) for other in CITATION.finditer(text))


LONE_SLASHED = re.compile(r"[ \t]*(\d{1,2})/(\d{1,2})[ \t]*(?:\n|$)")


def is_item_counter(text: str, start: int) -> bool:
    """ "2/5" alone on its line, with "1/5" or "3/5" alone on another: the place of a slide or
    item in a run of them, a numbered line's marker as "2." is, not a fraction or a date."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or (lone := LONE_SLASHED.match(text, line_start)) is None:
        return False
    place, total = int(lone.group(1)), int(lone.group(2))
    if not 0 < place <= total:
        return False
    neighbours = "|".join(str(k) for k in (place - 1, place + 1) if 0 < k <= total)
    return bool(neighbours) and (
        re.search(rf"(?m)^[ \t]*(?:{neighbours})/{total}[ \t]*$", text) is not None
    )


LONE_PLACE_OF = re.compile(r"[ \t]*(\d{1,3}) of (\d{1,3})[ \t]*(?:\n|$)")


def is_place_of_total(text: str, start: int) -> bool:
    """ "1 of 21" alone on its line, the span either number: a gallery's or slideshow's counter,
    the place of an item in a run of them, as "2/5" alone on its line is (no count)."""
    line_start = text.rfind("\n", 0, start) + 1
    lone = LONE_PLACE_OF.match(text, line_start)
    if lone is None or start not in (lone.start(1), lone.start(2)):
        return False
    return 0 < int(lone.group(1)) <= int(lone.group(2))


def fraction_value(text: str) -> float | None:
    """1/3 for "one-third" or "1/3", 2/3 for "two-thirds", 0.5 for "one-half" or "half";
    None otherwise."""
    stripped = text.strip()
    if stripped.lower() in ("half", "a half", "one half"):  # "half of Americans"
        return 0.5
    if stripped in VULGAR:  # "½ cup", "¼ of voters"
        return round(VULGAR[stripped], 4)
    if digits := SLASHED.fullmatch(stripped):  # "1/3 of members", not a date "11/20"
        top, bottom = int(digits.group(1)), int(digits.group(2))
        return round(top / bottom, 4) if top < bottom and bottom in (2, 3, 4, 5, 8, 10) else None
    match = FRACTION.match(stripped)
    if not match:
        return None
    part = match.group("part").lower().removesuffix("s")
    if part not in PARTS:
        return None
    return round(COUNTS[match.group("count").lower()] / PARTS[part], 4)


def is_identifier(doc: Document, span: Span) -> bool:
    """A number that names rather than counts: "Boeing 787", "the 12 787 jets", "911 calls".

    A number right after a capitalised name that is not a sentence start (a model or series
    number), right after another bare number, or an emergency number before a word for calls.
    """
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) != 1 or not tokens[0].text.isdigit():
        return False
    token = tokens[0]
    previous = doc.doc[token.i - 1] if token.i > 0 else None
    following = doc.doc[token.i + 1] if token.i + 1 < len(doc.doc) else None
    if (
        EMERGENCY.match(token.text)
        and following is not None
        and following.lower_ in EMERGENCY_NOUNS
    ):
        return True
    if previous is None or "\n" in previous.whitespace_:
        return False
    if previous.like_num and previous.text[:1].isdigit() and previous.whitespace_:
        return True  # "12 787 jets": the second number names the model
    return (
        previous.ent_type_ in ("ORG", "PRODUCT")  # a maker or a product line: "Boeing 787"
        and previous.text[:1].isupper()
        and len(token.text) >= 2
        and not (1900 <= int(token.text) <= 2100)
    )


# ---------------------------------------------------------------- ordinals

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# an ordinal in words, its tens joined by a hyphen: "the twenty-first", not the "first" alone
ORDINAL_WORDS = rf"(?:(?P<tens>{'|'.join(TENS)})-)?(?P<word>{'|'.join(ORDINALS)})"
ORDINAL = re.compile(
    rf"\b(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)|{ORDINAL_WORDS})\b",
    re.IGNORECASE,
)
# "the third quarter" of a company or an economy is a period of the year, not of a game
PERIOD_PART = re.compile(r"[\s-]+(?:quarter|half)\b", re.IGNORECASE)
FINANCE = re.compile(
    r"\b(?:earn\w*|results?|revenues?|sales|profits?|loss(?:es)?|income|gdp|econom\w*|fiscal|"
    r"quarterly|shares|dividends?|guidance|forecasts?|inflation|output|growth|grew|exports?|"
    r"imports?|spending|demand|prices|charges?|writedowns?|downturn|upturn|slowdown|recession|"
    r"same\s+period\s+(?:(?:of|in)\s+)?(?:(?:19|20)\d\d|last\s+year|a\s+year))\b"  # "a sharp
    # downturn", "well up on the same period of 2003": growth; not "the same period against X"
    r"|(?:US\$|[$\u00a3\u20ac\u00a5])\s?\d",  # money: "a $337m hit in the fourth quarter"
    re.IGNORECASE,
)
OF_A_YEAR = re.compile(r"\s+of\s+(?:(?:19|20)\d\d|(?:the|this|last|next)\s+year)\b", re.I)


def ordinal_value(text: str) -> tuple[int, int, int] | None:
    """(value, start, end) of the first ordinal in ``text``: "30th", "the fourth consecutive"."""
    match = ORDINAL.search(text)
    if match is None:
        return None
    digits, word = match.group("digits"), match.group("word")
    tens = TENS[match.group("tens").lower()] if match.group("tens") else 0  # "twenty-first"
    value = int(digits.replace(",", "")) if digits else tens + ORDINALS[word.lower()]  # "1,000th"
    return value, match.start(), match.end()


def quarter_is_a_period(text: str, end: int, sentence: str) -> bool:
    """Whether the ordinal ending at ``end`` starts "third quarter" / "first half" of a year:
    a year follows ("first half of 2020", "of the year") or the sentence speaks of earnings,
    sales, growth or the economy, or names an amount of millions or billions."""
    if (period := PERIOD_PART.match(text, end)) is None:
        return False
    year_after = OF_A_YEAR.match(text, period.end())  # "of 2020", "of the year"
    return year_after is not None or FINANCE.search(sentence) is not None


# ---------------------------------------------------------------- units of measure

UNIT_WORDS = (  # the units of measure, as written after a number; an abbreviation keeps its
    # period ("8 oz.", "1 Tbsp."), as "cu.ft." does; a symbol takes none ("5 g.", "60 mph.")
    r"(?:cubic|square|sq\.?)\s+(?:feet|foot|inch(?:es)?|yards?|miles?|met(?:er|re)s?|"
    r"kilomet(?:er|re)s?)|cu\.\s?ft\.?|sq\.?\s?ft\.?|lb-ft|lbs?\.?|oz\.?|"
    r"[kKMGT]B/s|k?m/s|"  # a rate per second is its unit as written, as "km/h" is: "3.5 GB/s"
    r"[kMGT]Wh|[kMG]W|mAh|mph|km/h|kph|hp|bhp|horsepower|km|cm|mm|nm|kg|mg|[cCkK]arats?|"
    r"(?:inch(?:es)?|feet|foot|ft\.?|yards?|miles?|(?:kilo|centi|milli)?met(?:er|re)s?)"
    r"(?:\s+(?:per|an|a)\s+(?:hour|second|gallon))?|mpg|cc|ml|°[CF]?|"
    r"(?:kilo)?grams?|tonnes?|tons?|lit(?:er|re)s?|gallons?|acres?|hectares?|"
    r"degrees?(?:\s+(?:Celsius|Fahrenheit|[Cc]entigrade|C|F))?|knots|[GMT]Hz|[KGMT]B|(?<=\d)[kmgt]b|"
    r"[kKmMgG]bps|kps|fps|Nm|watts?|(?:kilo)?calories|k?cal|stone|"  # "512mb", "550 calories"
    r"megapixels?|(?<=\d)(?:MP|mp)|bits?|bytes?|ppi|dpi|(?:tea|table)spoons?|[Tt]sp\.?|[Tt]bsp\.?|cups?|g|gm|"
    r"(?:mins?|hrs?|secs?|yrs?)\.?|"
    r"(?:kilo|mega|giga|tera|peta)(?:watt-hours?|watts?|bytes?|bits?|hertz|flops?|volts?|joules?)|"
    r"(?<=\d)in|in(?=\s?[(),;])"  # inches: "6in", "a 4.7 in (diagonal) screen"; not "5 in 2019"
)
MEASURE_UNIT = re.compile(  # written right after the number: "82 kWh", "406 lb-ft", "22-inch"
    rf"(?:\s?-\s?|\s)?(?P<unit>{UNIT_WORDS})(?![\w-])"
)
PLURALS = {"inch": "inches", "foot": "feet", "ton": "tons", "cup": "cups", "bit": "bits"}
# the plurals the regular rule (SPELLED_UNIT) does not make: irregular or short


def unit_as_written(unit: str, hyphenated: bool) -> str:
    """The unit as the text writes it; a hyphenated "20-inch" is inches, as "66-year-old" is
    years."""
    unit = unit.strip().lstrip("-").strip()
    square = AREA_OR_VOLUME.match(unit)  # "a 38,000-square-foot centre" is 38,000 square feet,
    if not (hyphenated or square or DIMENSION_AT_END.search(unit)):  # and so is "a 15,000
        return unit  # square-foot office"; "a 2 inch-thick slab" is 2 inches
    head = unit[square.end() :] if square else unit
    head = DIMENSION_AT_END.sub("", head)  # "a 30-foot-tall statue": 30 feet
    if head.istitle() and head.isalpha():
        head = head.lower()  # "18-Karat gold" in title case is 18 karats
    if head.lower() in PLURALS:
        head = PLURALS[head.lower()]
    elif SPELLED_UNIT.fullmatch(head) and head.lower() not in PLURALS.values():  # not "feet"
        head += "s"  # "8-gigabyte" is gigabytes
    return f"{square.group(1)} {head}" if square else head


SPELLED_UNIT = re.compile(  # a unit spelled out, which takes a regular plural: "gigabyte",
    r"(?:[a-z]+-)*[a-z]{3,}[a-rt-y]"  # "kilowatt-hour"; not "GB", "lb-ft", "hertz", "mins"
)
AREA_OR_VOLUME = re.compile(r"(square|cubic)-", re.IGNORECASE)
DIMENSION_WORD = r"-(?:long|tall|wide|high|deep|thick)"  # "-long" of "a 30-foot-long shark"
DIMENSION_AT_END = re.compile(rf"{DIMENSION_WORD}$", re.IGNORECASE)


def measure_unit(text: str, end: int) -> tuple[str, int] | None:
    """The unit of measure written right after a number ending at ``end``, and where it ends."""
    match = MEASURE_UNIT.match(text, end)
    if match is None:
        return None
    hyphenated = "-" in text[end : match.start("unit")]
    return unit_as_written(match.group("unit"), hyphenated), match.end()


MINUS_WORD = re.compile(r"minus\s+(?=\d|[a-z])", re.IGNORECASE)
MINUS_BEFORE = re.compile(r"\bminus\s+$", re.IGNORECASE)
SUBTRACTED_FROM = re.compile(r"(?:\d|\bplus\s+or|\b(?:or|and))\s+$", re.IGNORECASE)


def _minus_word(text: str, start: int) -> bool:
    """The word "minus" before a number, as written: "a balance of minus 10", "cooled to minus
    160 degrees"; not a subtraction ("5 minus 3") nor a margin ("plus or minus two percent")."""
    if MINUS_WORD.match(text, start):
        at = start
    elif found := MINUS_BEFORE.search(text, max(0, start - 8), start):
        at = found.start()
    else:
        return False
    return SUBTRACTED_FROM.search(text, max(0, at - 10), at) is None


def negative_sign(text: str, start: int) -> bool:
    """A minus sign fused to the number at ``start`` and standing alone ("| -12.99 |"), not the
    dash of a range ("0-60") nor of a pair of shares ("64%-27%"); or the word "minus" before it."""
    if text[start : start + 1] in ("-", "\u2212"):
        return start == 0 or not (text[start - 1].isdigit() or text[start - 1] == "%")
    if _minus_word(text, start):
        return True
    if start == 0 or text[start - 1] not in ("-", "\u2212"):
        return False
    return start == 1 or text[start - 2] in " \t\n(|"


def in_running_text(sentence) -> bool:
    """Whether a sentence has a long lower-case word: running text, where a capitalised word
    marks a name, not a headline or a line in title case."""
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in sentence)


CALENDAR_NAME = re.compile(  # a day after a month or weekday is a date, not a name's number;
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"  # whole
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"  # words only: "Mario 64"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?$",  # is a name
    re.IGNORECASE,
)


NUMBERED_NAME_ENTITIES = frozenset(
    {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"}
)  # "+972 Magazine"
VERSION = re.compile(r"\d{1,2}\.\d{1,2}")


def _inside_a_name(doc: Document, token) -> bool:
    """A capitalised word right after a proper noun on the same line ("Rocket Pass"): inside
    a name, even where the parser starts a sentence at it."""
    if token.i == 0:
        return False
    before = doc.doc[token.i - 1]
    return before.pos_ == "PROPN" and before.whitespace_ == " " and before.text[:1].isupper()


QUOTE_CLOSES = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"'}
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for"})
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def opens_a_quoted_title(text: str, start: int, end: int) -> bool:
    """A number that opens a quoted title, alone or before capitalised words (the film "1917,",
    the "2018 Welcome Festival", "20 Questions"): a name, not a year or a count; a quoted
    sentence ("2018 was hard") is not a title."""
    if _curly_apostrophe_title(text, start, end):
        return True
    closing = QUOTE_CLOSES.get(text[start - 1 : start]) if start else None
    if closing is None or (closing == '"' and start > 1 and not text[start - 2].isspace()):
        return False
    stop = text.find(closing, end, end + 80)
    if stop < 0 or "\n" in text[end:stop]:
        return False
    words = WORD.findall(text, end, stop)
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _curly_apostrophe_title(text: str, start: int, end: int) -> bool:
    """A title a right single quote opens and closes, as typesetting often writes the opening
    one (Movie \u201913 Hours\u2019 Is): at least one capitalised word after the number, and a
    closing quote no letter follows, so an elided year ("in \u201913 Obama\u2019s", "\u201913
    and \u201914") is no title."""
    if start < 2 or text[start - 1] != "\u2019" or not text[start - 2].isspace():
        return False
    stop = text.find("\u2019", end, end + 80)
    if stop < 0 or "\n" in text[end:stop] or text[stop + 1 : stop + 2].isalpha():
        return False
    words = WORD.findall(text, end, stop)
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and len(capitalised) + sum(
        w.lower() in TITLE_SMALL_WORDS for w in words
    ) == len(words)


NAME_LINKS = frozenset({"compound", "nummod", "amod", "quantmod"})


def starts_a_capitalised_name(doc: Document, span: Span) -> bool:
    """A capitalised number word inside a sentence that is not in title case, which the parse
    compounds into the proper noun after it: "the Five-hundred-meter Aperture Spherical Radio
    Telescope", "the Three Gorges Dam" are names, however their words measure."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    first = tokens[0]
    if first.is_sent_start or not first.text[:1].isupper() or not first.is_alpha:
        return False
    if "\n" in doc.text[max(0, first.idx - 1) : first.idx]:
        return False
    if doc.text[span.end : span.end + 2].lstrip()[:1] in QUOTE_CLOSES:
        return False  # 'Three "War Stories"': the quotes hold the name, the number counts it
    node = tokens[-1]
    for _ in range(4):
        if node.dep_ not in NAME_LINKS or node.head.i <= node.i:
            return False
        node = node.head
        if node.pos_ == "PROPN" and node.text[:1].isupper():
            return in_running_text(first.sent)
    return False


TITLE_NUMBER_END = re.compile(r"[ \t]*(?:\n|$|[:/|(\u2013\u2014])")
TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019]{3,}")


def ends_a_title(doc: Document, span: Span) -> bool:
    """A number after a capitalised word on a line in title case, ending the line or its part
    before a colon, slash or dash ("Dare to Play 3:", "Grand Theft Auto 5 / review"): the
    number of a title or a sequel, a name, not a count."""
    if not span.text.isdigit() or span.start < 2 or doc.text[span.start - 1] != " ":
        return False
    if 1900 <= int(span.text) <= 2100:  # "Tour Dates 2020:": a year heads the list
        return False
    if not TITLE_NUMBER_END.match(doc.text, span.end):
        return False
    line_start = doc.text.rfind("\n", 0, span.start) + 1
    words = TITLE_WORD.findall(doc.text, line_start, span.start)
    if len(words) < 2 or doc.text[line_start : span.start].count(" ") < 2:
        return False
    previous = doc.text[line_start : span.start - 1].rsplit(None, 1)[-1]
    return previous == words[-1] and all(w[:1].isupper() for w in words)


def _a_heading(doc: Document, word, number) -> bool:
    """A line that is only a singular noun and a number ("Meal 1", "Step 3", "Part 2"): the
    heading of a section, which the number labels; "Goals 12" on a line is a tally."""
    if word.tag_ not in ("NN", "NNP"):
        return False
    start = doc.text.rfind("\n", 0, word.idx) + 1
    end = doc.text.find("\n", number.idx)
    line = doc.text[start : end if end >= 0 else len(doc.text)].strip()
    return line == f"{word.text} {number.text}"


def _singular_label(word, following) -> bool:
    """A singular noun capitalised only as it opens the sentence ("Figure 1 shows", "Chapter 3
    ends"): the number it takes after it labels it, as "page 12" does inside a sentence; not
    when a noun or an adjective follows the number, which it then counts ("Whisk 8 oz. cream",
    an imperative the parser took for a noun)."""
    if following is not None and following.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return False
    return word.tag_ in ("NN", "NNP") and word.text[1:].islower() and word.is_alpha


def _camel_case(token) -> bool:
    """A proper noun written with a capital inside it ("iPhone", "eBay"): a name as surely as a
    capitalised one is."""
    text = token.text
    return token.pos_ == "PROPN" and text[:1].islower() and any(c.isupper() for c in text[1:])


def is_named_number(doc: Document, span: Span) -> bool:
    """ "S&P 500", "FTSE 100", "One Home Depot": a number inside a name.

    A number of two digits or more (not a year) right after an acronym in text that is not all
    capitals, one of three digits or more right after a proper noun when no plural noun follows,
    one the parse hangs on the name or singular noun right before it (a count stands before
    its noun, a label after it: "Apollo 11", "type 2", "page 12"), a version after an acronym
    ("HDMI 2.1") or, when no plural noun follows, a name ("Python 3.6"), one the parse compounds
    into the name after it ("+972 Magazine", "the Four Paths Police"), one fused behind an "@"
    that the parse makes a proper noun ("@1377 Apartments"), or a capitalised "One" inside a
    sentence before a name.
    """
    token = doc.token(span)
    if token is None:
        return False
    if span.start and doc.text[span.start - 1] == "@" and token.pos_ == "PROPN":
        return True  # "@1377 Apartments": a handle or a brand the parse takes for a name
    previous = doc.doc[token.i - 1] if token.i > 0 else None
    following = doc.doc[token.i + 1] if token.i + 1 < len(doc.doc) else None
    if (
        token.dep_ == "compound"
        and token.ent_type_ in NUMBERED_NAME_ENTITIES
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
        and token.head.ent_type_ == token.ent_type_
    ):  # "+972 Magazine": the number starts the name the parse compounds it into
        return True
    if (
        "." in span.text
        and VERSION.fullmatch(token.text)
        and previous is not None
        and previous.whitespace_
        and (
            (previous.text.isupper() and len(previous.text) >= 2)
            or (
                previous.pos_ == "PROPN"
                and previous.text[:1].isupper()
                and not previous.is_sent_start
                and previous.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")  # "Biden 51.3"
                and (following is None or following.tag_ not in ("NNS", "NNPS"))
            )
        )
    ):  # "HDMI 2.1", "CC BY-ND 4.0", "Python 3.6": a version after an acronym or a name
        return True
    if (
        token.text.isdigit()
        and not 1900 <= int(token.text) <= 2100
        and following is not None
        and following.text in ("'s", "\u2019s")
    ):  # "iOS 13's", "Apollo 11's": a count takes no possessive, a name's number does
        return True
    if token.text.isdigit() and previous is not None and "\n" not in previous.whitespace_:
        acronym = previous.text.isupper() and len(previous.text) >= 2 and previous.whitespace_
        shouted = following is not None and following.text.isupper()  # "LOSE 25 POUNDS"
        year = 1900 <= int(token.text) <= 2100
        if acronym and not shouted and len(token.text) >= 2 and not year:
            return True
        name = previous.pos_ == "PROPN" and previous.text[:1].isupper() and previous.whitespace_
        counts = following is not None and following.tag_ in ("NNS", "NNPS")  # "Paris 300 people"
        if name and not counts and len(token.text) >= 3 and not year and not previous.is_sent_start:
            return True  # "the Nikkei 225 rose"
        if (  # the parse puts the number in the name before it: "Destiny 2", "Apollo 11"
            token.dep_ in ("nummod", "appos")
            and token.head.i == previous.i
            and (previous.text[:1].isupper() or _camel_case(previous))  # "iPhone 8"
            and previous.pos_ in ("PROPN", "NOUN")
            and previous.whitespace_
            and (
                not previous.is_sent_start
                or (acronym and not shouted)  # "NBC 5 believes": the capitals are its own
                or _inside_a_name(doc, previous)
                or _a_heading(doc, previous, token)
                or _singular_label(previous, following)
            )
            and not CALENDAR_NAME.match(previous.text)
            and not year
        ):
            return True
        if (  # the same with a singular common noun: "type 2 immune responses", "page 12",
            token.dep_ in ("nummod", "appos")  # or "type 2 immune response", which no 2 counts
            and (
                token.head.i == previous.i
                or (token.head.i == previous.head.i and token.head.tag_ == "NN")
            )
            and previous.tag_ == "NN"
            and previous.is_lower
            and previous.whitespace_
            and not year
        ):
            return True
    if (  # "the Four Paths Police": a capitalised number word compounded into the name after it
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.dep_ == "compound"
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
        and token.head.text[:1].isupper()
        and in_running_text(token.sent)  # not title case
    ):
        return True
    return (  # "Two Bartholomew County warrants" are two: only "One" names
        token.text == "One"
        and not token.is_sent_start
        and following is not None
        and following.pos_ == "PROPN"
        and bool(following.ent_type_)
    )


CALENDAR_WORD = re.compile(  # a year after these dates them: "Christmas 2019", "Fall 2020"
    r"(?:spring|summer|autumn|fall|winter|christmas|easter|thanksgiving|halloween|ramadan|"
    r"hanukkah|diwali|eid|passover|lent|new|year|fiscal|fy|q[1-4]|h[12])",
    re.IGNORECASE,
)
YEAR_AT_END = re.compile(r"(?:^|\s)(?:19|20)\d\d$")


def year_in_a_name(doc: Document, span: Span) -> bool:
    """ "Football Manager 2020", "Tomb Raider 2013", "the Annual Conference (AICE) 2022": a year
    the parse hangs on the capitalised name of two words or more right before it (or past a
    bracketed acronym) is the name's edition, as "Apollo 11" is a name's number; not after a
    month, weekday, season or holiday ("Christmas 2019"), nor at a line's or sentence's start."""
    if not YEAR_AT_END.search(span.text):
        return False
    tokens = doc.tokens(make_span(doc.text, span.end - 4, span.end))
    if tokens is None or len(tokens) != 1 or tokens[0].i < 2:
        return False
    token = tokens[0]
    name = doc.doc[token.i - 1]
    if token.dep_ not in ("nummod", "appos") or not name.whitespace_:
        return False
    if name.text == ")":  # "Exhibition (AICE) 2022": the name before the bracketed acronym
        opening = next((k for k in range(token.i - 3, max(0, token.i - 5), -1)
                        if doc.doc[k].text == "("), None)  # fmt: skip
        if opening is None or opening < 1:
            return False
        name = doc.doc[opening - 1]
    elif token.head.i != name.i or not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in name.lefts
    ):  # a title of two words or more: "Boris 2022" may date what Boris did, "(Smith 2016)"
        return False  # cites a year
    return (
        name.pos_ == "PROPN"
        and (name.text[:1].isupper() or _camel_case(name))
        and name.is_alpha
        and not name.is_sent_start
        and "\n" not in doc.text[name.idx - 2 : name.idx]
        and token.head.i <= name.i
        and token.head.pos_ == "PROPN"
        and not CALENDAR_NAME.match(name.text)
        and not CALENDAR_WORD.fullmatch(name.text)
        and (name.ent_type_ != "PERSON" or token.ent_type_ == "PERSON")  # "Jane Doe 1946": when
    )
