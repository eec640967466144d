"""Currencies named in words ("9.5bn kronor", "57.85 Swiss francs", "30bn baht"), from CLDR's
English display names (babel), in American and British spelling ("rubles", "roubles"): each
currency in use today by its full name, singular and plural ("Swedish kronor" is SEK), and by
the noun that ends it ("kronor"). A noun several currencies share ("rupees", "kroner",
"dollars") is the currency of a country the sentence names, else the article's first paragraph
(its headline) names, else the one most countries use (USD, GBP, INR); with no one such
("kroner", Danish and Norwegian alike) it names no currency. A noun that is an English word in
its own right ("real", "marks", "won") names money only in its full name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

from newsaudit.document import Document
from newsaudit.extractors.quantities.currency_codes import code_first
from newsaudit.extractors.quantities.number_forms import measure_unit
from newsaudit.extractors.quantities.values import NUMERIC
from newsaudit.spans import Span, make_span

ENGLISH_WORDS = frozenset(  # nouns of currencies that English uses for something else
    {"real", "reals", "mark", "marks", "won", "sol", "kip", "kips", "dram", "drams", "som"}
)
LOCALES = ("en", "en_GB")  # CLDR's English names, and British spelling ("Russian roubles")
IN_USE_ON = date(2024, 1, 1)  # a fixed day: the table does not change with the clock
KEPT = {"taiwan dollar": "TWD", "taiwan dollars": "TWD", "sterling": "GBP"}  # the older table's


class Names:
    """The table, built once: full names and nouns, and the countries each currency is named by."""

    def __init__(self) -> None:
        english = Locale("en")
        users: dict[str, list[str]] = defaultdict(list)  # currency -> territories using it
        for territory, name in english.territories.items():
            if len(territory) == 2 and territory.isalpha():
                for code in get_territory_currencies(territory, start_date=IN_USE_ON, tender=True):
                    users[code].append(name)
        self.full: dict[str, str] = dict(KEPT)
        nouns: dict[str, set[str]] = defaultdict(set)
        self.countries: dict[str, re.Pattern] = {}
        for code, territories in users.items():
            names = {get_currency_name(code, n, loc) for n in (1, 2) for loc in LOCALES}
            names = {n for n in names if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", n)}
            for name in names:
                *qualifier, noun = name.split()
                self.full[name.lower()] = code
                if noun.lower() not in ENGLISH_WORDS:
                    nouns[noun.lower()].add(code)
                if qualifier:  # "Swedish", "Sri Lankan": the country, as an adjective
                    territories = [*territories, " ".join(qualifier)]
            self.countries[code] = re.compile(  # "Iran", "Sri Lankan", "Swiss": not "Irish"
                rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(set(territories))))})(?!\w)"
            )
        self.nouns = {  # the currencies sharing a noun, those most countries use first
            noun: tuple(sorted(codes, key=lambda c: (-len(users[c]), c)))
            for noun, codes in nouns.items()
        }
        self.users = {code: len(territories) for code, territories in users.items()}
        names = sorted({*self.full, *self.nouns}, key=len, reverse=True)  # longest first
        self.pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")
        full = "|".join(re.escape(n) for n in names if " " in n)  # "Swiss francs", "US dollars"
        bare = "|".join(re.escape(n) for n in names if " " not in n)  # "kronor"; not "Cent"
        self.after = re.compile(rf"[ ](?:(?i:{full})|{bare})\b")


@cache
def names() -> Names:
    return Names()


def currency_named(lowered: str) -> tuple[str | None, bool, tuple[str, ...]]:
    """The currency the first name or noun in ``lowered`` (lower case) names; whether it is a
    full name; and, for a noun several share, the currencies sharing it, the one most
    countries use first (which `currency_in_context` keeps only when no other ties with it)."""
    table = names()
    match = table.pattern.search(lowered)
    if match is None:
        return None, False, ()
    word = match.group()
    if " " in word:
        return table.full[word], True, ()
    shared = table.nouns.get(word, ())
    if len(shared) <= 1:
        return table.full.get(word) or shared[0], False, ()
    return shared[0], False, shared


def in_context(
    doc: Document, span: Span, shared: tuple[str, ...], default: str | None
) -> str | None:
    """Which of the currencies sharing a noun an amount is in: that of the one country its
    sentence names, else the one the article's first paragraph names, else ``default``."""
    places = []
    if doc.sentences:
        places.append(doc.sentences[doc.sentence_index(span.start)].span)
    if doc.paragraphs:
        places.append(doc.paragraphs[0])
    countries = names().countries
    for place in places:
        named = [c for c in shared if countries[c].search(doc.text, place.start, place.end)]
        if len(named) == 1:
            return named[0]
    return default


def currency_in_context(doc: Document, span: Span, unit: str | None) -> str | None:
    """The currency of an amount of money read as ``unit``: where its text names it by a noun
    several currencies share and by no sign ("25bn rupees" in a story on Sri Lanka), the one
    its context names (`in_context`)."""
    named, _, shared = currency_named(span.text.lower())
    if not shared or named != unit or SIGN.search(span.text):
        return unit
    first, second = (names().users[c] for c in shared[:2])
    return in_context(doc, span, shared, named if first > second else None)


SIGN = re.compile(r"[$£€¥₹₦]|\bRs\b")


FUSED_SCALE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:bn|mn|m|tn|k)")  # "30bn": no ordinal


def with_currency_after(doc: Document, span: Span) -> Span | None:
    """An amount and the currency named right after it ("1,546 trillion" + " rials", "30bn" +
    " baht"), which the parser leaves out of its entity or tags no money; None when no
    currency's name in lower case follows ("50 Cent", a name, is capitalised)."""
    if not span.text[-1:].isalnum():
        return None
    if (match := names().after.match(doc.text, span.end)) is None:
        return None
    return make_span(doc.text, span.start, match.end())


SCALED = re.compile(  # "14.96bn", "400m": an amount fused to its scale, a word after it
    r"(?<![\w.,$£€¥])\d(?:[\d,]*\d)?(?:\.\d+)?(?:bn|mn|tn|m)(?= [a-zA-Z])"
)


def scaled_amounts_named(text: str) -> list[tuple[int, int]]:
    """Amounts fused to their scale with a currency named after them ("14.96bn euros", "400m
    euros"), which the parser may leave untagged: no bare number takes in a fused scale."""
    after = names().after
    return [
        (m.start(), named.end())
        for m in SCALED.finditer(text)
        if (named := after.match(text, m.end())) is not None
    ]


NUMBER_AND_WORD = re.compile(r"\d[\d.,]*\s+([A-Z][a-z]+)")  # "50 Cent"
SUBUNITS = frozenset({"cent", "cents", "pence", "penny"})


def is_a_name(doc: Document, span: Span) -> bool:
    """ "50 Cent said": a number and a currency's word capitalised in running text, or inside
    a person's or an organisation's name in the parse, names someone; "50 cents" is money, and
    so is "50 Cents" in a headline's title case."""
    match = NUMBER_AND_WORD.fullmatch(span.text)
    if match is None:
        return False
    word = match.group(1).lower()
    if word not in SUBUNITS and word not in names().nouns:
        return False
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") for t in tokens):
        return True
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in tokens[0].sent)


def with_earlier_currency(doc: Document, quantities: list, sentence: int) -> None:
    """Give the last amount of money in ``quantities``, written with no currency, the currency
    of the amount of money before it in its sentence that no bracket holds (a conversion in
    brackets after an amount lends none): "to 1,546 trillion rials ($175.6bn) from the previous
    year's 1,070 trillion" is in rials."""
    last = quantities[-1]
    start = doc.sentences[sentence].span.start if doc.sentences else 0
    for earlier in reversed(quantities[:-1]):
        if earlier.span.start < start:
            return
        before = doc.text[start : earlier.span.start]
        if earlier.kind == "money" and earlier.unit and before.rfind("(") <= before.rfind(")"):
            last.unit = earlier.unit
            return


def names_money(text: str) -> bool:
    """Whether ``text`` names money by a sign, a code or a currency's name or noun: an amount
    the parser takes for money that names none ("more than 8 million signed up") is a count,
    as a bare number is; one in a currency two countries tie on ("kroner") stays money."""
    lowered = text.lower()
    return bool(
        SIGN.search(text)
        or code_first(text)
        or currency_named(lowered)[0]
        or re.search(r"\d\s?(?:p|c|cents?|pence)\b|\bcents?\b", lowered)
    )


def measured_not_money(doc: Document, span: Span) -> bool:
    """ "1.5 million square feet": an entity the parser tags money that names no currency, and
    ends in a unit of measure after its number, is a measure."""
    numbers = list(NUMERIC.finditer(span.text))
    if not numbers or currency_named(span.text.lower())[0] or SIGN.search(span.text):
        return False
    rest = re.sub(
        r"^\s+(?:hundred|thousand|million|billion|trillion)\b", "", span.text[numbers[-1].end() :]
    )
    unit = measure_unit(rest, 0)
    return unit is not None and unit[1] == len(rest)
