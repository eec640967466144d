"""What a number counts or multiplies, from the parse: the counted noun phrase ("6,000
[civilians]", "Ten of the 18 [staffers]"), the noun of a fraction, "N times" as a multiple or a
count of occasions, and a number fused to a noun ("two-state solution") that counts nothing.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.quantities.candidates import ORDINAL_WORD
from newsaudit.extractors.quantities.count_links import (
    first_of_a_pair,
    noun_of_a_fronted_of,
    noun_owned,
    noun_past_comparative,
    only_describing_words,
)
from newsaudit.extractors.quantities.dates import looks_like_date
from newsaudit.extractors.quantities.joined_counts import counts_a_name_alone, next_count
from newsaudit.extractors.quantities.modifier_words import (
    is_describing_adjective,
    is_plural_noun_tagged_verb,
    noun_phrase_start,
)
from newsaudit.extractors.quantities.multiple_times import (
    counts_the_same_occasions,
    times_multiplies,
)
from newsaudit.extractors.quantities.noun_heads import (
    adjective_standing_as_noun,
    compound_head,
    is_gerund_compound,
    is_no_noun,
    participle_standing_for_people,
)
from newsaudit.extractors.quantities.noun_names import (
    after_hyphened_modifier,
    hyphened_end,
    is_name_word,
    name_before_plural,
)
from newsaudit.extractors.quantities.noun_stops import (
    dash_between,
    names_no_counted_noun,
    noun_before_dash,
)
from newsaudit.extractors.quantities.readings import TIME_UNITS, duration_unit
from newsaudit.extractors.quantities.terms import term_start
from newsaudit.extractors.quantities.vague_counts import REPEATING_WORDS
from newsaudit.extractors.quantities.values import NUMBER_WORD, parse_number
from newsaudit.findings import Quantity
from newsaudit.spans import Span, make_span

FUSED_WORD = re.compile(r"-(?:[a-z]|[A-Z](?![\w-]))")  # "two-on-one", "3-D"
IDIOM_NOUNS = frozenset({"point", "time", "stage", "moment"})
ONE_OF_NO_NUMBER = (
    re.compile(  # "one of the / his / Saturn's …" with no number after the determiner
        r"\s+(?:or\s+more\s+)?of\s+(?!(?:(?:the|these|those|its|his|her|their|our|my|your)\s+)?"
        r"(?:\w+['’]s\s+)?(?:[a-z]+\s+)?"  # "one of just three", "one of around 10"
        r"(?:\d(?![\d,.]*[a-z])|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|thirty|forty|fifty|hundred|dozen)\b))",
        re.IGNORECASE,
    )
)  # a number fused to a unit counts nothing: "one of the 1200hp supercars" is the pronoun


def counted_noun(doc: Document, span: Span) -> Span | None:
    """The noun a number counts: "6,000 [civilians]", "hundreds of thousands of [refugees]"."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return None
    last = tokens[-1]
    counts = last.dep_ in ("nummod", "quantmod", "compound")
    vague = last.dep_ == "amod" and (  # "a few rare occasions", "several former aides": the
        last.tag_ == "JJ" or (last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS"))
    )  # parse takes the vague word for an adjective
    head = last.head if counts or vague else None
    if head is not None and head.i > last.i and head.pos_ == "NUM" and head.dep_ == "nummod":
        head = head.head  # "two of three requirements": the noun the second number counts
    if (first := first_of_a_pair(last)) is not None:
        head = first.head  # "five or six young guys": six guys
    reach = last.i  # where the noun phrase may start: right after the number, or after "of"
    if head is None and (people := participle_standing_for_people(doc, last)) is not None:
        return make_span(doc.text, people.idx, people.idx + len(people))  # "three of the
        # accused": the participle stands for the people counted
    if head is None or head.i <= last.i:
        following = _next_word(doc, last)
        if following is not None and following.lower_ == "of":
            objects = [c for c in following.children if c.dep_ == "pobj"]
            head = objects[0] if objects else None
            reach = following.i
            if head is not None and (owned := noun_owned(doc, head)) is not None:
                marks = [t.i for t in doc.doc[head.i : owned.i] if t.dep_ == "case" or t.like_num]
                return _noun_phrase(doc, owned, max(marks))  # "two of the All Blacks' seven
                # tries": the tries, however far
        elif following is not None and following.pos_ in ("NOUN", "PROPN"):
            head = following
        elif following is not None and _plural_verb_after(last, following):
            head = following  # "2 greenhouses full of poppies", the parse's verb
        else:
            head = noun_past_comparative(doc, last)  # "25 million more people"
    if (head is None or counts_a_name_alone(last, head)) and (
        other := next_count(doc, last)
    ) is not None:  # "not one, but two candidates", "Two Ebola and 26 HIV/AIDS cases"
        shared = counted_noun(doc, make_span(doc.text, other.idx, other.idx + len(other)))
        if shared is not None or head is None:
            return shared
    if head is None and (fronted := noun_of_a_fronted_of(last)) is not None:
        return _noun_phrase(doc, fronted, fronted.left_edge.i)  # "Of the 20 sectors, 13 rose"
    if head is None:
        return _shared_noun(doc, tokens, last)
    if head.i > last.i and (compounded := compound_head(head, last)) is not None:
        head = compounded  # "three singles matches", "273 phishing e-mails"
    if is_no_noun(head):
        return None  # "above 50 shows continued growth": a verb, which takes an object
    if (standing := adjective_standing_as_noun(last)) is not None:
        return make_span(doc.text, standing.idx, standing.idx + len(standing))  # "one single"
    if head.pos_ not in ("NOUN", "PROPN") and not is_plural_noun_tagged_verb(head):
        return None
    if (dash := dash_between(doc, last, head)) is not None:
        return noun_before_dash(doc, last, dash)  # "its three marques - BMW, Mini and ..."
    if names_no_counted_noun(doc, last, head) or counts_the_same_occasions(doc, last):
        return None  # "win two tomorrow", "the 100 million mark", "nine times out of ten"
    if head.lower_ == "times" and head.i == last.i + 1 and times_multiplies(doc, head):
        return None  # "up to 10 times more powerful": a multiple, no noun
    fused = head.i == last.i + 2 and doc.doc[last.i + 1].text == "-" and not last.whitespace_
    while not fused and (_compounded(head) or name_before_plural(head)):  # "three plague
        # variants", "20 Serie A appearances": the parse hangs the
        head = head.head  # number on the compound's first noun, which counts the last; but
        # "two-stroke engines" is a number fused to a noun, which counts nothing (docs)
    if (
        _words_between(doc, last.i, head.i) > 3
        and not (reach > last.i and head.left_edge.i == reach + 1)
        and not only_describing_words(doc, last, head)
    ):  # far off, unless "N of the M things", "N of the best young strikers", "N of its
        return None  # Hong Kong shares": however long, the phrase after "of" is the noun's own
    if not any(c.isalpha() for c in head.text):  # "225.86 |" in a table counts no "|"
        return None
    if head.pos_ == "PROPN" and (plural := _plural_after_name(doc, head)) is not None:
        head = plural  # "31 PGA Tour starts": the parse's verb after the name is the noun
    return _noun_phrase(doc, head, last.i)


def _shared_noun(doc: Document, tokens, last) -> Span | None:
    """ "hundreds of thousands or maybe millions of refugees": a count the parse coordinates
    with a later one close by counts the noun after that one's "of", or the noun that one
    counts ("one and perhaps two isolated shots")."""
    joined = [c for t in tokens for c in t.children if c.dep_ == "conj"]
    if (again := _said_again(doc, last)) is not None:
        joined.append(again)  # "dozens upon dozens of vendors", however the parse hangs it
    for other in joined:
        if (second := _second_count_of(other, last)) is not None:
            return _noun_phrase(doc, other, second.i)  # "fired one and perhaps two shots"
        word = other.lower_.rstrip("s")
        if not last.i < other.i <= last.i + 3 or not (other.tag_ == "CD" or word in SCALE_WORDS):
            continue
        of = _next_word(doc, other)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if noun is not None and of.lower_ == "of" and noun.pos_ == "NOUN":
            return _noun_phrase(doc, noun, of.i)
    return None


def _second_count_of(noun, last):
    """The number right after ``last`` that counts ``noun``, when the parse makes the noun,
    not that number, the one joined to ``last`` ("one and perhaps two isolated shots"): the
    two share the noun, as a range's ends do; None otherwise."""
    if noun.pos_ != "NOUN" or noun.i - last.i > 6:
        return None
    counts = [c for c in noun.lefts if c.dep_ == "nummod" and c.like_num]
    second = next((c for c in counts if last.i + 1 < c.i <= last.i + 3), None)
    return second if second is not None and noun.i - second.i <= 3 else None


def _said_again(doc: Document, last):
    """The same vague word right after ``last`` and a joining word ("dozens upon dozens")."""
    if last.i + 2 >= len(doc.doc) or doc.doc[last.i + 1].lower_ not in REPEATING_WORDS:
        return None
    again = doc.doc[last.i + 2]
    return again if again.lower_ == last.lower_ else None


SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion"})


def _next_word(doc: Document, last):
    """The token after a number, past a closing quote that ends a quoted number ('"dozens" of
    canvassers' counts canvassers); None at the end of the text."""
    following = doc.doc[last.i + 1] if last.i + 1 < len(doc.doc) else None
    if (
        following is not None
        and following.is_quote
        and following.i + 1 < len(doc.doc)
        and following.is_right_punct
        and doc.doc[following.i + 1].lower_ == "of"
    ):
        return doc.doc[following.i + 1]
    return following


def _words_to_head(noun) -> int:
    """The words between a noun and its head, a hyphenated word one ("coffee-table"); many
    when the noun itself opens a hyphenated word ("micro" of "micro-blog")."""
    if not noun.whitespace_:
        return 99
    between = noun.doc[noun.i + 1 : noun.head.i]
    return sum(1 for t in between if t.text != "-" and t.nbor(-1).text != "-")


def _compounded(noun) -> bool:
    """A singular common noun the parse compounds into a noun right after it ("plague" of
    "plague variants", "time" of "time NBA champion", "page" of "600,000 page views" though the
    parse takes "views" for a verb), at most two words between (a hyphenated word counts one:
    "page" of "180 page coffee-table publication")."""
    return (
        noun.dep_ == "compound"
        and noun.tag_ == "NN"
        and noun.head.i > noun.i
        and (noun.head.i - noun.i <= 3 or _words_to_head(noun) <= 2)
        and (noun.head.pos_ in ("NOUN", "PROPN") or is_plural_noun_tagged_verb(noun.head))
    )


def _plural_verb_after(number, following) -> bool:
    """A plural noun the parse takes for the verb of a number above one right before it ("2
    greenhouses full of ..."): a plural subject takes no verb in -s."""
    return (
        is_plural_noun_tagged_verb(following)
        and number.lower_ not in ("one", "1")
        and not following.nbor(-1).is_punct
    )


def _plural_after_name(doc: Document, name):
    """The plural noun right after a name that the parse takes for a verb and hangs the
    number on the name ("31 PGA Tour starts", "four of their Davis Cup matches"); None
    otherwise."""
    if name.i + 1 >= len(doc.doc) or name.whitespace_ == "":
        return None
    following = doc.doc[name.i + 1]
    subject = name.head.i == following.i and name.dep_.startswith("nsubj")  # "21 Savage says"
    return following if is_plural_noun_tagged_verb(following) and not subject else None


def _words_between(doc: Document, first: int, last: int) -> int:
    """The words strictly between two tokens; "investor-owned" is one word, not three."""
    between = doc.doc[first + 1 : last]
    fused = sum(
        1
        for t in between
        if t.text == "-"
        and t.i > first + 1
        and not t.whitespace_
        and not doc.doc[t.i - 1].whitespace_
    )
    suspended = sum(  # "coal- and gas-fired": a hyphen left hanging joins its word to the
        1  # next, one modifier in all
        for t in between
        if len(t.text) > 1
        and t.text.endswith("-")
        and t.nbor(1).dep_ == "cc"
        and t.nbor(1).i < last
    )
    quotes = sum(1 for t in between if t.is_quote)  # '10 of “missing” emails': no words
    return len(between) - 2 * fused - 2 * suspended - quotes


def _noun_phrase(doc: Document, head, after: int) -> Span:
    """The noun ``head`` with the nouns compounded with it, none before token ``after``."""
    start, nouns, name = head.i, [head], after  # "prison officers", "energy technology
    while nouns:  # priorities"; but "17 NBA seasons" are seasons
        noun = nouns.pop()
        for c in noun.lefts:
            if c.dep_ == "compound" and c.i > after and is_name_word(doc, c, head, after):
                name = max(name, c.i)  # "two Olivier Awards": the name's words dropped
            elif (
                c.dep_ == "compound"
                and c.i > after
                and (c.pos_ == "NOUN" or head.pos_ == "PROPN" or is_gerund_compound(c))
                and not _a_name_before(c, head)
                and not (noun is head and is_describing_adjective(c))  # "two superb tries"
            ):
                start = min(start, c.i)
                nouns.append(c)
            elif noun is not head and c.dep_ == "amod" and c.i > after and c.is_lower:
                start = min(start, c.i)  # "nuclear power plants": an adjective of the compound
    start = noun_phrase_start(doc, start, head, after)  # "two menu items", "two superb tries"
    start = term_start(doc, start, head, after)  # "26 unforced errors": a listed term
    while (  # "five triple-doubles"
        start - 2 > after
        and doc.doc[start - 1].text == "-"
        and not doc.doc[start - 1].whitespace_
        and not doc.doc[start - 2].whitespace_
    ):
        start -= 2
    start = after_hyphened_modifier(doc, start, head, after)  # "12-inch wafers" are wafers
    first, last = doc.doc[max(start, name + 1)], doc.doc[hyphened_end(doc, head)]
    return make_span(doc.text, first.idx, last.idx + len(last))


NAME_TYPES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT"})


def _a_name_before(word, head) -> bool:
    """A modifier the parse puts in a name the counted noun is not part of: "10 ISIS fighters"
    are fighters, as "17 NBA seasons" are seasons, though the parse tags "ISIS" a common noun."""
    return word.ent_type_ in NAME_TYPES and head.ent_iob_ != "I"


def is_multiple(doc: Document, span: Span) -> bool:
    """Whether "N times" after ``span`` multiplies what follows it ("18 times the number", "five
    times higher", "3 times as steep") rather than counting occasions ("won five times this
    year"): the parse hangs "times" on a word to its right."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens) or tokens[-1].i + 1 >= len(doc.doc):
        return False
    times = doc.doc[tokens[-1].i + 1]
    return times.lower_ == "times" and times_multiplies(doc, times)


def fraction_noun(doc: Document, span: Span) -> Span | None:
    """What a fraction is of: the noun of the phrase after "of" however long ("a quarter of
    the total grazing land"), or the noun a "half" stands before ("half the money")."""
    tokens = doc.tokens(span)
    if tokens is None or not len(tokens):
        return None
    last = tokens[-1]
    if last.dep_ == "predet" and last.head.i > last.i:
        head = last.head
    elif last.i + 1 < len(doc.doc) and doc.doc[last.i + 1].lower_ == "of":
        head = next((c for c in doc.doc[last.i + 1].children if c.dep_ == "pobj"), None)
    else:
        return None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return _noun_phrase(doc, head, last.i)


def is_pronoun_one(doc: Document, span: Span) -> bool:
    """ "one of the biggest", "one-off": a word "one" that counts nothing."""
    if span.text.lower() not in ("one", "a", "an"):
        return False
    following = doc.text[span.end : span.end + 1]
    the_one = span.text.lower() == "one" and doc.text[max(0, span.start - 4) : span.start] in (
        "the ",
        "The ",
    )  # "the one sign you can point to"
    one_of = span.text.lower() == "one" and ONE_OF_NO_NUMBER.match(doc.text, span.end)
    # "one of those nights": the pronoun; "one of 16 hospitals" counts (docs/quantities.md)
    if the_one or one_of or following == "-" or ONE_OR_ANOTHER.match(doc.text, span.end):
        return True  # "one way or another", "from one room to another": alternatives, no count
    return counted_noun(doc, span) is None and not _beside_a_number(doc, span)


def one_of_no_number(doc: Document, span: Span) -> bool:
    """A span ending in the word "one" before "of" and no number ("only one of those
    positions", "just one of which"): the pronoun, whatever word before it the parser puts in
    the span; "just one of three diseases" counts."""
    words = span.text.lower().split()
    return bool(words) and words[-1] == "one" and bool(ONE_OF_NO_NUMBER.match(doc.text, span.end))


ONE_OF = re.compile(r"\s+of\s")


def one_of_a_number(doc: Document, span: Span) -> bool:
    """The word "one" before "of" and a number that counts the noun after "of" ("one of the top
    three players", "one of the world's top 10 exporters"): one of the M things, a count of 1 of
    that noun (docs/quantities.md), whatever the parse makes of "one"; not "one of the 800
    metres favourites", whose number measures a race."""
    if span.text.lower() != "one" or ONE_OF.match(doc.text, span.end) is None:
        return False
    if ONE_OF_NO_NUMBER.match(doc.text, span.end):
        return False
    one = doc.token(span)
    if one is None or one.i + 1 >= len(doc.doc):
        return False
    objects = [c for c in doc.doc[one.i + 1].children if c.dep_ == "pobj"]
    return any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ != "QUANTITY"  # not "800 metres"
        for o in objects
        for c in o.children
    )


def is_an_answer(doc: Document, span: Span) -> bool:
    """ "Absolutely not. Zero.": a number word that is a whole sentence, ended by its stop, an
    answer that counts no noun; a line that is only "Two" heads a section, which counts nothing."""
    word = doc.token(span)
    if word is None:
        return False
    before = [t for t in word.sent if t.i < word.i and not t.is_space]
    after = [t for t in word.sent if t.i > word.i and not t.is_space]
    return (
        all(t.is_quote or t.is_left_punct for t in before)  # '"Zero."'
        and bool(after)
        and after[0].text in (".", "!", "?")
        and all(t.is_punct for t in after)
    )


ONE_OR_ANOTHER = re.compile(r"(?:\s+[a-z]+)?\s+(?:or|after|to)\s+another\b", re.IGNORECASE)


def _beside_a_number(doc: Document, span: Span) -> bool:
    """ "parrying one or two": a number the parse coordinates with another counts as it does,
    though no noun follows."""
    token = doc.token(span)
    if token is None:
        return False
    return any(c.dep_ == "conj" and c.like_num for c in token.children) or (
        token.dep_ == "conj" and token.head.like_num
    )


def is_modifier(doc: Document, core: Span, noun: Span | None) -> bool:
    """A number fused to a singular noun ("two-state solution", "a 3-pointer", "four-door"), or
    "at one point" / "at one time", or one fused into a compound that counts no noun ("a
    two-on-one") or to a lone capital letter ("3-D printers", "2-D images")."""
    if noun is None:
        return FUSED_WORD.match(doc.text, core.end) is not None or _counts_a_modifier(doc, core)
    if is_plural(doc, noun):
        return False
    if _counts_a_modifier(doc, core):
        return True
    fused = doc.text[core.end : core.end + 1] == "-" and (
        noun.start == core.end + 1 or _fused_capitalised_word(doc, core, noun)
    )
    before = doc.text[max(0, core.start - 3) : core.start].lower()
    idiom = before == "at " and core.text.lower() == "one" and noun.text.lower() in IDIOM_NOUNS
    return idiom or fused


FUSED_CAPITALISED = re.compile(r"-([A-Z][a-z]+)\s+")  # "5-Star Hotel"


def _fused_capitalised_word(doc: Document, core: Span, noun: Span) -> bool:
    """ "Turned into 5-Star Hotel": the number fused to a capitalised word that is no time unit,
    the counted noun after it, as "a 5-star hotel" and "a four-door car" in lower case."""
    word = FUSED_CAPITALISED.match(doc.text, core.end)
    return word is not None and noun.start == word.end() and duration_unit(word.group(1)) is None


def _counts_a_modifier(doc: Document, core: Span) -> bool:
    """A number above one on a singular noun compounded into a singular one ("a five time
    NBA champion", "a two state solution"): the hyphen-less "five-time", which counts nothing;
    a unit of time before the noun ("a 30 minute drive") is a duration, read elsewhere."""
    tokens = doc.tokens(core)
    if tokens is None or not len(tokens):
        return False
    number = tokens[-1]
    modified = number.head
    return (
        number.lower_ not in ("one", "1", "a", "an")
        and modified.i > number.i
        and _compounded(modified)
        and duration_unit(modified.text) is None
    )


def is_plural(doc: Document, noun: Span | None) -> bool:
    tokens = doc.tokens(noun) if noun is not None else None
    if tokens is None or not len(tokens):
        return False
    return tokens[-1].tag_ in ("NNS", "NNPS") or is_plural_noun_tagged_verb(tokens[-1])


def _multiplies(doc: Document, token) -> bool:
    """ "twice the clicks", "twice as large": what follows is multiplied; not "scores twice as
    Wild beat Sabres", where "as" opens a clause."""
    following = doc.doc[token.i + 1 : token.i + 3]
    if not len(following):
        return False
    if following[0].lower_ == "the":
        return True
    return (
        following[0].lower_ == "as"
        and len(following) == 2
        and following[1].pos_
        in (
            "ADJ",
            "ADV",
        )
    )


ONCE_OR_MORE = re.compile(r"\s+or\s+(?:twice|thrice|two|three)\b", re.IGNORECASE)
FUSED_TO_A_WORD = re.compile(r"-(?!(?:a|an|or|per)\b|[a-z]+ly\b)[A-Za-z]")  # "twice-nominated";
# not a rate, which counts as "twice a week" does ("twice-a-week", "twice-daily sessions")


def read_times(doc: Document, span: Span) -> Quantity | None:
    """ "scored twice": twice and thrice count times; "once" only after the verb it modifies,
    or before "or twice" ("once or twice a week"), as "he once said", "once again", "at once"
    and "once the deal closes" count nothing."""
    token = doc.token(span)
    if token is None or FUSED_TO_A_WORD.match(doc.text, span.end):
        return None  # "the twice-nominated Foxx": one adjective, as "four-time" counts nothing
    if (
        token.lower_ == "once"
        and not (
            token.pos_ == "ADV"
            and token.dep_ == "advmod"
            and token.head.i < token.i
            and token.head.pos_ == "VERB"  # "was once a key part" is formerly
        )
        and not ONCE_OR_MORE.match(doc.text, span.end)  # a count beside another, whatever the
        and not _once_after_its_verb(doc, token)  # parse hangs it on ("once or twice a week":
    ):  # on the week)
        return None
    value = {"once": 1.0, "twice": 2.0, "thrice": 3.0}[token.lower_]
    if token.lower_ != "once" and _multiplies(doc, token):
        return Quantity(span=span, value=value, unit=None, kind="count")  # a multiple, as
        # "18 times the number" is (docs/quantities.md)
    return Quantity(span=span, value=value, unit="times", kind="count")


COUNTING_ONCE = frozenset({"ever", "only", "just", "not", "least", "than", "exactly"})
ONCE_IDIOM = re.compile(r"\s+(?:again|more|in\s+a\s+while|upon)\b", re.IGNORECASE)


def _once_after_its_verb(doc: Document, token) -> bool:
    """ "without ever once using", "at least once": a count; so is "once" after the verb's
    object, hung on the phrase after it ("shot Brown once by the car", "won best director once
    before", "twice in the first set and once in the second"); not "once again", "once in a
    while" or "was once in charge" (formerly)."""
    if token.i < 1 or ONCE_IDIOM.match(doc.text, token.idx + 4):
        return False
    before = doc.doc[token.i - 1]
    if before.lower_ in COUNTING_ONCE:
        return True
    head = token.head
    return (
        head.i == token.i + 1
        and head.pos_ in ("ADP", "ADV")
        and (
            (before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("dobj", "pobj", "attr", "oprd"))
            or before.lower_ in ("and", "or", "but")
        )  # "The plant once in operation": when, its subject before it
    )


PLURAL_TIME_UNITS = frozenset(TIME_UNITS.values())
OUTSIDE_A_NOUN_PHRASE = frozenset({"VERB", "AUX"})


def time_unit_phrase(doc: Document, span: Span) -> Span:
    """A date or time entity ending in a time unit, cut to the unit's noun phrase when the
    parser's entity takes in words outside it ("it ended up taking [hours]")."""
    words = span.text.rsplit(None, 1)
    if len(words) < 2 or words[1].lower() not in PLURAL_TIME_UNITS:
        return span
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) < 2:
        return span
    start = max(tokens[-1].left_edge.i, tokens[0].i)
    if not any(t.pos_ in OUTSIDE_A_NOUN_PHRASE for t in doc.doc[tokens[0].i : start]):
        return span
    return make_span(doc.text, doc.doc[start].idx, span.end)


def number_before_noun(doc: Document, span: Span) -> Span | None:
    """The number of a date or time entity that is a number and a noun other than a unit of
    time ("17 nights", "more than one night", "two successive quarters": the adjectives
    between describe the noun), with what precedes it; None for a date."""
    words = span.text.rsplit(None, 1)
    if len(words) < 2 or not words[1].isalpha() or not words[1].islower():
        return None  # most dates end in a number or a name: no parse needed
    if duration_unit(words[1]) or looks_like_date(span.text):
        return None
    tokens = doc.tokens(span)
    if tokens is None or len(tokens) < 2:
        return None
    noun, at = tokens[-1], len(tokens) - 2
    while at > 0 and tokens[at].tag_ == "JJ" and tokens[at].is_lower:
        at -= 1  # "two successive quarters", "Two grand slams": adjectives of the noun
    number = tokens[at]
    if noun.pos_ != "NOUN" or number.tag_ != "CD" or ORDINAL_WORD.fullmatch(number.text):
        return None
    return make_span(doc.text, span.start, number.idx + len(number))


LAST_FEW = re.compile(  # "in the last 16", "the final four": the players or teams left in a
    rf"\b(?:last|final)\s+(\d{{1,3}}|(?:{NUMBER_WORD}))$",  # contest, no span of time: no time
    re.IGNORECASE,  # unit follows (an entity that ends with "the last 16 years" is a duration)
)
OF_PLURAL = re.compile(  # "of his 12 games", "of the games"; a name in -s is no plural noun
    r"\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:\S+\s+)?[a-z][\w-]*s\b"  # ("of the
)  # Champions League" names the contest)


def last_few(doc: Document, span: Span) -> Quantity | None:
    """ "the last 16", "the last eight of the Cup": a number that ends "the last" or "the
    final" with no noun after it counts the players or teams left in a contest (count N, no
    unit: "of the Cup" names the contest, not what is counted), not a span of time; "the last
    three of his 12 games" still counts games."""
    left = LAST_FEW.search(doc.text, max(0, span.end - 24), span.end)
    if left is None or left.start(1) < span.start or _noun_after(doc, span.end):
        return None
    noun = counted_noun(doc, span)
    if noun is not None and " of " not in doc.text[span.end : noun.start]:  # "the last two
        # contestant evictions": a noun past a modifier the tagger calls an adjective
        return None
    if left.group(1).lower() == "one":
        return None  # "the final one of the season": the pronoun, as "one of those nights"
    number = make_span(doc.text, left.start(1), span.end)
    return Quantity(number, parse_number(left.group(1)), None, "count")


def _noun_after(doc: Document, at: int) -> bool:
    """Whether a noun, a time unit or "of" and a count of plural things follows ``at``."""
    if OF_PLURAL.match(doc.text, at):
        return True
    tokens = doc.tokens(make_span(doc.text, at, min(len(doc.text), at + 20)))
    word = next((t for t in tokens or [] if not t.is_space), None)
    return word is not None and (word.pos_ in ("NOUN", "PROPN") or bool(duration_unit(word.text)))


COUNT_OF_UNIT = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{NUMBER_WORD}))[\s-]+(?:second|minute|hour|day|week|month|year|decade)s?\b",
    re.IGNORECASE,
)


def duration_before_noun(doc: Document, span: Span) -> Span | None:
    """The count of a time unit that a date entity runs on past, when the parse compounds the
    unit into a noun that is no time unit ("the [40 year] anniversary of the day"); None when the
    entity ends with the count or the unit heads its phrase ("10 years ago")."""
    match = COUNT_OF_UNIT.search(span.text)
    if match is None or match.end() == len(span.text.rstrip()):
        return None
    tokens = doc.tokens(make_span(doc.text, span.start + match.end() - 1, span.start + match.end()))
    if tokens is None or not len(tokens):
        return None
    unit = tokens[-1]
    if unit.dep_ != "compound" or unit.head.i <= unit.i or duration_unit(unit.head.text):
        return None
    return make_span(doc.text, span.start + match.start(), span.start + match.end())
