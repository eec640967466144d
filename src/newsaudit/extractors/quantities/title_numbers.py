"""Numbers that belong to the name of a work or a place, read from the parse and the capitals
around them (docs/quantities.md, "What is not a quantity": a number inside a name).

In running text a count is written before a lower-case noun; only a title capitalises the verbs
and small words that follow its noun ("101 Things All Young Adults Should Know", "Three
Generations That Built an Empire", '7 Minutes To "Hello World!"'), so a number that opens such
a run of capitals names a book, a film or a talk. A line in title case capitalises every word
and says nothing of names, so it keeps its counts ("5 Things You Should Know" as a headline).
A number before "block of" and a capitalised street ("the 3600 block of East Meyer Boulevard")
is an address: one block is named, none counted. A counted noun that is a model's code
("seven Airbus 320s", "four Bombardier CJR-900s", "seven iPhone 5Cs") is a product's name: the
count keeps to its number, as "hundreds of iPhone 5Cs" does, and the model's digits read nothing.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import TITLE_SMALL_WORDS
from newsaudit.spans import Span

# words a title capitalises but running text writes in lower case after a noun
TITLE_ONLY = frozenset({"AUX", "VERB", "DET", "PRON", "ADP", "SCONJ", "PART", "ADV", "CCONJ"})
SMALL_WORDS = TITLE_SMALL_WORDS | {"by"}
LONG_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}(?![\w'\u2019-])")
BLOCK_OF = re.compile(r"\d[\d,]* [Bb]lock of (?:the )?[A-Z]")


def is_capitalised(token) -> bool:
    """A word of letters with a capital first and not all in capitals ("Things", not "NASA")."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper()


def _title_run(number) -> list:
    """The capitalised words (and a title's small words in lower case) right after
    ``number`` on its line, up to punctuation or a lower-case word."""
    run = []
    for word in number.doc[number.i + 1 : number.i + 10]:
        if "\n" in word.doc[word.i - 1].whitespace_:
            break
        if is_capitalised(word) or (run and word.lower_ in SMALL_WORDS and word.is_lower):
            run.append(word)
            continue
        break
    while run and run[-1].is_lower:
        run.pop()
    return run


def _line_has_running_text(doc: Document, number, run: list) -> bool:
    """A lower-case word of four letters or more on the number's line outside the run: the
    line is running text, not a headline in title case."""
    text = doc.text
    line_start = text.rfind("\n", 0, number.idx) + 1
    line_end = text.find("\n", number.idx)
    line_end = len(text) if line_end < 0 else line_end
    run_end = run[-1].idx + len(run[-1].text)
    outside = text[line_start : number.idx] + " " + text[run_end:line_end]
    return bool(LONG_LOWER.search(outside))


def opens_a_title(doc: Document, tokens) -> bool:
    """A number followed by a capitalised noun and a run of capitals that holds a verb or a
    small word only a title capitalises ("101 Things All Young Adults Should Know", "Three
    Generations That Built an Empire"), on a line of running text: the title of a work; "three
    All Blacks players", "in 2015 The Guardian said" and a headline in title case keep theirs."""
    if tokens is None or not len(tokens):
        return False
    number = next((t for t in tokens if t.like_num), None)
    if number is None or number.i + 2 >= len(number.doc):
        return False
    run = _title_run(number)
    if len(run) < 2 or run[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(w.pos_ in TITLE_ONLY and is_capitalised(w) and not w.is_sent_start for w in run[1:]):
        return False
    return _line_has_running_text(doc, number, run)


def block_of_a_street(doc: Document, span: Span) -> bool:
    """ "the 3600 block of East Meyer Boulevard": the block's number in an address; a count of
    blocks takes the plural ("walked 3 blocks")."""
    return bool(BLOCK_OF.match(doc.text, span.start))


MODEL_CODE = re.compile(r"(?=.*\d)(?:[A-Z][\w-]*|\d[\w-]*)")
NAME_BEFORE = re.compile(r"(?:[A-Z][A-Za-z]+|[a-z]+[A-Z][A-Za-z]*) $")


def is_a_model(doc: Document, noun: Span | None) -> bool:
    """A counted noun that ends in a word with digits, a code in capitals ("CJR-900s", "iPhone
    5Cs") or after a capitalised name ("Airbus 320s"): a model, not a common noun; "two
    top-10s" count top-10s."""
    if noun is None:
        return False
    last = noun.text.rsplit(" ", 1)[-1]
    if not MODEL_CODE.fullmatch(last):
        return False
    if any(c.isupper() for c in last):
        return True
    start = noun.end - len(last)
    return bool(NAME_BEFORE.search(doc.text, max(0, start - 30), start))


def names_a_work_or_place(doc: Document, span: Span, label: str, tokens) -> bool:
    """Whether the candidate opens a title or numbers a block of a street (module docstring)."""
    if label not in ("CARDINAL", "NUMBER", "WORD", "DATE", "TIME", "QUANTITY"):
        return False
    return block_of_a_street(doc, span) or opens_a_title(doc, tokens)
