"""Where a counted noun's phrase starts and ends around names and hyphens.

docs/quantities.md gives a count the counted noun with the nouns compounded with it, but drops
proper-noun modifiers ("17 NBA seasons" are seasons). The parse does not always say which words
are names: it tags "Grammy Awards" or "Smarties Book Prizes" as one proper noun whose
modifiers it keeps, hangs "20 Serie A appearances" or "Five Bank of America subsidiaries" on
the name rather than on the plural it counts, and the tokenizer splits "pre-orders" into three
tokens, the number hanging on "pre". A careful reader counts awards, prizes, appearances,
subsidiaries and pre-orders; these helpers let ``nouns`` do the same.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.quantities.number_forms import in_running_text

NAME_LINKS = frozenset({"compound", "nmod"})


def is_name_word(doc: Document, word, head, after: int) -> bool:
    """A capitalised modifier of the counted noun in running text ("two Olivier Awards", "four
    Bond films", "31 PGA Tour events"): a word of a name, as amounts in running text are written
    in lower case, so the name's words are dropped; not an acronym ("DVD", "PC users"), a line in
    title case ("Two Prison Officers Charged") or a quoted title ('three "War Stories"')."""
    if not word.text.istitle() or word.i == word.sent.start or not in_running_text(word.sent):
        return False
    return not any(t.is_quote for t in doc.doc[after + 1 : head.i + 1])


def name_before_plural(noun):
    """The plural common noun a name modifies when the parse hangs a number on the name ("20
    Serie [A] appearances", "Five [Bank] of America subsidiaries"): what the number counts;
    None when the name is no modifier of a plural close after it."""
    target = noun.head
    if (
        noun.pos_ == "PROPN"
        and noun.dep_ in NAME_LINKS
        and noun.i < target.i <= noun.i + 3
        and target.pos_ == "NOUN"
        and target.tag_ == "NNS"
    ):
        return target
    return None


def hyphened_end(doc: Document, head) -> int:
    """The index of the last token of a noun the tokenizer split at its hyphens ("pre-orders",
    "e-mails", "micro-blog"), the pieces written with no space between them."""
    end = head.i
    while (
        end + 2 < len(doc.doc)
        and doc.doc[end + 1].text == "-"
        and not doc.doc[end].whitespace_
        and not doc.doc[end + 1].whitespace_
        and doc.doc[end + 2].is_alpha
    ):
        end += 2
    return end


def after_hyphened_modifier(doc: Document, start: int, head, after: int) -> int:
    """Where the counted noun's phrase starts past a modifier an adjective or a number is
    fused to by a hyphen ("3,000 12-inch wafers", "three second-half goals", "900 full-time
    employees"): such a compound describes the thing as an adjective does, and docs/quantities.md
    drops descriptive adjectives (wafers, goals, employees); "serve-and-volley winners" and the
    head's own hyphen ("five triple-doubles") are kept."""
    for word in reversed(doc.doc[max(start, after + 3) : head.i]):
        fused = doc.doc[word.i - 1].text == "-" and not doc.doc[word.i - 1].whitespace_
        left = doc.doc[word.i - 2]
        if (
            fused
            and not left.whitespace_
            and word.dep_ == "compound"
            and left.head.i == word.i
            and left.pos_ in ("ADJ", "NUM")
        ):
            return word.i + 1
    return start
