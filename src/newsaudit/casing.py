"""Headline case for the parser: title-case lines are shown to spaCy in sentence case.

The small English model reads capitalised words as proper nouns, so "Another GOP Figure
Endorses Hillary Clinton" parses as one long name: no verb, no cue, no speaker. Headlines and
subheadings are written that way, and in aggregated news they carry attributions ("Sanders
Vows to Eliminate Tax Breaks"). Before parsing, each title-case line gets a word lower-cased
on the article's own evidence: a function word ("To", "For", "Is"), or a word whose forms the
running text writes lower-case more often than capitalised mid-sentence ("Endorses" when the
body has "endorsed"). A word the body never uses goes lower-case when it is an inflected form
of an English verb ("Betrays"), or a dictionary word (both lists are the lemmatizer's own) that
the entity recogniser, run on the line as written, does not put inside a short name: "Graham"
and "Bush" are dictionary words too. Left capitalised in a lower-cased line, a common word
reads as a name ("Entirely Run by").

Only letter case changes, so the text keeps its length and every offset; the parse is then
moved onto the original text (`newsaudit.nlp.parse`), so no token, span or report ever shows
the changed case.

The parser is also shown plain spaces for the Unicode ones (no-break, thin, em …; `spaced`):
spaCy splits words only on a plain space, so "another\u00a0friend" was three tokens, one of
them a space token in the middle of the sentence that the parser attached at random.
"""

from __future__ import annotations

import re
from collections import Counter

UNICODE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LINE = re.compile(r"[^\n]+")
MIN_TITLE_WORDS = 4
TITLE_SHARE = 0.7  # share of a line's words that start upper-case for it to be title case


def spaced(text: str) -> str:
    """``text`` with each Unicode space as a plain one (same length)."""
    return UNICODE_SPACES.sub(" ", text)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _words(
    """
    a an the and or but nor for of to in on at by with from into onto over under after before
    about as than if is are was were be been being has have had do does did will would can
    could should might must shall not no its his her their our your my this that these
    those who what when where why how up out off down via vs per he she it they we you him
    them us me
    """
)
INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""))
INFLECTIONS += (("ing", ""), ("ing", "e"))
SENTENCE_END = re.compile(r"(^|[.!?:;\"“”]\s*|\n\s*)$")
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# parse attributes moved from the sentence-case parse onto the original text
PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE")


def is_title_line(line: str) -> bool:
    """Most words capitalised and the rest function words ("Calls for Special Prosecutor"), but
    not a line in capitals (left as it is: no case to go by). "The Harbour Gazette reports:"
    is a sentence that starts with a name."""
    words = WORD.findall(line)
    if len(words) < MIN_TITLE_WORDS:
        return False
    if any(w[0].islower() and w.lower() not in FUNCTION_WORDS for w in words):
        return False
    capitals = sum(w.isupper() for w in words if len(w) > 1)
    titled = sum(w[0].isupper() for w in words)
    return titled >= TITLE_SHARE * len(words) and capitals < len(words) / 2


def title_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in LINE.finditer(text) if is_title_line(m.group())]


def _usage(text: str, titled: list[tuple[int, int]]) -> tuple[Counter, Counter]:
    """How the running text writes the title lines' words: lower-case, and capitalised
    mid-sentence (counted per stem; other words are skipped on their first letters)."""
    lines = [text[a:b] for a, b in titled]
    prefixes = {w[:3].lower() for line in lines for w in WORD.findall(line)}
    lower: Counter = Counter()
    capital: Counter = Counter()
    spans = iter(titled)
    current = next(spans, None)
    for match in WORD.finditer(text):
        word = match.group()
        if word[:3].lower() not in prefixes:
            continue
        while current is not None and match.start() >= current[1]:
            current = next(spans, None)
        if current is not None and current[0] <= match.start() < current[1]:
            continue
        if word.islower():
            lower[stem_of(word)] += 1
        elif word[0].isupper() and not _starts_sentence(text, match.start()):
            capital[stem_of(word.lower())] += 1
    return lower, capital


def _starts_sentence(text: str, offset: int) -> bool:
    return bool(SENTENCE_END.search(text[max(0, offset - 3) : offset]))


def sentence_case(
    text: str,
    verbs: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
    names: frozenset[int] = frozenset(),
) -> str:
    """``text`` with the common words of its title-case lines lower-cased (same length).

    The article's own usage decides first. A word it never uses elsewhere goes lower case
    when it is an inflected form of one of ``verbs`` ("Betrays", "Slammed"), or one of
    ``words`` (dictionary words) that does not start at an offset in ``names`` (where a parse
    of the line as written found a name: "Graham", "Bush" and "Mark" are dictionary words).
    Left capitalised in a lower-cased line, such a word reads as a name ("Entirely Run by").
    """
    titled = title_lines(text)
    if not titled:
        return text
    lower, capital = _usage(text, titled)
    chars = list(text)
    for start, end in titled:
        line = text[start:end]
        for match in WORD.finditer(line):
            word = match.group()
            before = line[: match.start()].rstrip()
            if not before or before[-1] in ":.!?\"“‘'" or (word.isupper() and len(word) > 1):
                continue  # a line's or clause's first word, an acronym ("GOP", "FIX IS IN")
            key = word.lower()
            stem = stem_of(key)
            offset = start + match.start()
            if capital[stem] and capital[stem] >= lower[stem]:
                continue  # a name the article capitalises mid-sentence
            if (
                key in FUNCTION_WORDS
                or lower[stem]
                or inflected_verb(key, verbs)
                or (offset not in names and (key in words or inflected_verb(key, words)))
            ):
                chars[offset : offset + len(word)] = key
    return "".join(chars)


def inflected_verb(word: str, verbs: frozenset[str]) -> bool:
    """ "betrays", "slammed", "vowing": an ending on a known verb's base form."""
    for suffix, base_end in INFLECTIONS:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if base + base_end in verbs:
            return True
        if (
            suffix in ("ed", "ing")
            and len(base) > 2
            and base[-1] == base[-2]
            and base[:-1] in verbs
        ):
            return True  # "slammed", "slamming"
    return False


def stem_of(word: str) -> str:
    """A crude stem that joins a headline's "Endorses" to the body's "endorsed"."""
    for suffix in ("ing", "ies", "es", "ed", "s", "e", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
