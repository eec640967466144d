"""How a headline word meets the body's words: numbers however they are written ("three",
"3", "$1.2bn" = "$1.2 billion"), short forms ("Oct." = "October"), headline language ("slams" =
"criticised"), crude stems for weak words, peoples and their places ("Israeli" = "Israel"), and
acronyms against the initials of body names. `assessors.headline` builds its terms and verdict
on these."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NUMBER_WORDS = {
    "hundred": "hundreds",
    "hundreds": "hundreds",
    "thousand": "thousands",
    "thousands": "thousands",
    "million": "millions",
    "millions": "millions",
    "billion": "billions",
    "billions": "billions",
    "trillion": "trillions",
    "trillions": "trillions",
    "dozen": "dozens",
    "dozens": "dozens",
}
# Numbers are one key whether spelled out or written in digits ("three" and "3").
SPELLED_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
     "ninety": "90"}  # fmt: skip
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
SPELLED_NUMBERS |= {  # "Star Trek 4" is the fourth film, "6th" the sixth, "twice" two goals
    word: str(value)
    for value, word in enumerate(
        ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth"]
    )
    if word
} | {"twice": "2", "thrice": "3"}  # fmt: skip
ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
SCALE_SUFFIX = re.compile(r"^(\d[\d,.]*)(m|mn|bn|b|k|million|billion|trillion)$")
SCALE_LETTERS = frozenset({"m", "mn", "bn", "b", "k"})
# "1.2bn", "1.2 billion" and "1,200,000,000" are one value: a number and the scale after it.
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
          "billion": 1e9, "trillion": 1e12}  # fmt: skip
SCALE_NAMES = ((1e12, "trillions"), (1e9, "billions"), (1e6, "millions"), (1e3, "thousands"))
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# "Oct." and "October" are one key ("may" is left alone: the verb and the month look alike).
MONTH_ABBREVIATIONS = {m[:3]: m for m in MONTHS if m != "may"} | {"sept": "september"}
# Weekdays and compass points, as the months ("sat" and "sun" are words and left alone).
SHORT_FORMS = MONTH_ABBREVIATIONS | {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "ne": "northeast",
    "nw": "northwest",
    "se": "southeast",
    "sw": "southwest",
}
STEM_CHARS = 6  # weak words match on their first six letters: "investigating"/"investigation"
# ... or on what is left without an ending: "opens"/"opening", "chances"/"chance"
SUFFIXES = (
    "ingly",
    "edly",
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ally",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "al",
    "s",
)
# Words inside a name that an acronym may skip: "Department of Health" is DH or DOH.
ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "&", "de", "on", "in"})
ACRONYM_LETTERS = (2, 6)
# Headlines abbreviate what bodies spell out: one word of a group supports the others.
ALIAS_GROUPS = (
    {"uk", "u.k", "britain", "british", "brits"},
    {"us", "u.s", "usa", "u.s.a", "america", "american", "americans"},
    {"eu", "european"},
    {"un", "u.n"},
    {"dutch", "netherlands"},
    {"french", "france"},
    {"spanish", "spain", "spaniard", "spaniards"},
    {"irish", "ireland"},
    {"welsh", "wales"},
    {"scottish", "scots", "scotland"},
    {"swiss", "switzerland"},
    {"danish", "denmark", "danes"},
    {"finnish", "finland", "finns"},
    {"polish", "poland", "poles"},
    {"greek", "greeks", "greece"},
    {"portuguese", "portugal"},
    {"norwegian", "norwegians", "norway"},
    {"thai", "thailand"},
    {"filipino", "filipinos", "philippine", "philippines"},
    {"afghan", "afghans", "afghanistan"},
    {"emirati", "uae", "emirates"},
    {"aussie", "aussies", "australia", "australian", "australians"},
    {"utd", "united"},
    {"dems", "democrats", "democratic", "democrat"},
    {"gop", "republican", "republicans"},
    {"tory", "tories", "conservative", "conservatives"},
    {"pm", "prime"},
    {"govt", "government"},
    {"intl", "international"},
    {"percent", "%", "pct", "cent"},  # "10 percent", "10%", "10 per cent"
    # Headline verbs and the nouns bodies use for the same event (README, "Headline checks").
    {
        "kill",
        "killed",
        "dead",
        "death",
        "deaths",
        "die",
        "died",
        "fatal",
        "fatality",
        "fatalities",
        "slain",
        "killing",
    },
    {"injure", "injured", "injury", "injuries", "wound", "wounded", "hurt"},
    {"arrest", "arrested", "detain", "detained", "custody"},
    {"sack", "sacked", "dismiss", "dismissed", "oust", "ousted"},
    {
        "plunge",
        "plunged",
        "fall",
        "fell",
        "drop",
        "dropped",
        "slide",
        "slid",
        "tumble",
        "tumbled",
        "lower",
        "decline",
        "declined",
        "sink",
        "sank",
        "slump",
        "slumped",
        "dip",
        "dipped",
    },
    {
        "rise",
        "rose",
        "climb",
        "climbed",
        "jump",
        "jumped",
        "surge",
        "surged",
        "soar",
        "soared",
        "increase",
        "increased",
        "grow",
        "grew",
        "higher",
    },
    {"probe", "investigate", "investigation", "investigating", "inquiry"},
    {"quit", "resign", "resigned", "resignation"},
    {"laid", "layoff", "layoffs", "redundancy", "redundancies"},
    {"win", "won", "victory", "beat", "defeat", "defeated"},
    {"sue", "sued", "lawsuit"},
    {"ban", "banned", "prohibit", "prohibited"},
    # Headline language: the short verbs and nouns of headlines and the plain words bodies use
    # for them (a general list of headlinese, not one page's words).
    {"slam", "blast", "lash", "criticise", "criticize", "criticism", "condemn", "condemnation",
     "rebuke", "denounce"},
    {"reject", "rejected", "refuse", "refused", "refusal", "snub", "spurn", "rebuff"},
    {"spot", "spotted", "detect", "detected", "discover", "discovered", "observe", "observed",
     "sight", "sighted"},
    {"eye", "mull", "weigh", "consider", "considering"},
    {"vow", "pledge", "promise"},
    {"hail", "praise", "laud", "applaud"},
    {"axe", "ax", "scrap", "scrapped", "cancel", "cancelled", "canceled", "abandon"},
    {"seek", "sought", "request", "appeal"},
    {"reveal", "unveil", "disclose"},
    {"fix", "repair", "solve", "resolve"},
    {"problem", "issue", "glitch", "flaw", "bug"},
    {"row", "dispute", "feud", "spat", "clash", "rift"},
    {"deal", "agreement", "pact", "accord", "treaty"},
    {"quiz", "question", "questioned", "interrogate"},
    {"firm", "company", "business", "corporation"},
    {"study", "research"},
    {"cop", "cops", "police", "officer", "officers"},
    {"jail", "jailed", "prison", "imprison", "imprisoned"},
    {"blaze", "fire", "inferno"},
    {"quake", "earthquake", "tremor"},
    {"wed", "marry", "married", "marriage", "wedding"},
    {"kid", "child", "children"},
    {"teen", "teenager", "teenage"},
    {"mom", "mum", "mother"},
    {"dad", "father"},
    {"doctor", "physician", "medic"},
    {"cash", "money", "funds", "funding"},
    # Clipped forms headlines use for the words bodies spell out.
    {"exec", "execs", "executive", "executives"},
    {"admin", "administration"},
    {"dept", "department"},
    {"uni", "university"},
    {"celeb", "celebrity"},
)  # fmt: skip
ALIASES = {word: group for group in ALIAS_GROUPS for word in group}
PLACE_SHARED = 4
PLACE_ENDINGS = frozenset(
    {"", "a", "ia", "y", "ey", "o", "e", "en", "n", "an", "ian", "ean", "ans", "ians", "eans",
     "ese", "ish", "i", "is", "s", "es", "er", "ers", "on", "um", "ns"}
)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def normal_word(word: str) -> str:
    if not word.isascii():  # "Céline" is "Celine", "São" is "Sao"
        word = "".join(
            c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
        )
    word = word.lower().strip(".’'").replace(",", "") if word[:1].isdigit() else word.lower()
    word = word.strip(".’'")
    if match := ORDINAL.match(word):  # "6th" is "sixth"
        word = match.group(1)
    word = SPELLED_NUMBERS.get(word, word)
    word = SHORT_FORMS.get(word, word)
    return NUMBER_WORDS.get(word, word)


def unit_after(token):
    """The "five" of "twenty-five" or "twenty five" when ``token`` is the tens, else None."""
    if token.lower_ not in TENS:
        return None
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text == "-":
        i += 1
    return doc[i] if i < len(doc) and doc[i].lower_ in UNITS else None


def unit_of_compound(token) -> bool:
    """ "five" in "twenty-five": the tens before it carries the number."""
    doc, i = token.doc, token.i - 1
    if token.lower_ not in UNITS or i < 0:
        return False
    if doc[i].text == "-":
        i -= 1
    unit = unit_after(doc[i]) if i >= 0 else None
    return unit is not None and unit.i == token.i


def value_keys(token) -> set[str]:
    """A number's value with the scale written after it ("=1200000000" for "1.2bn", "1.2
    billion" and "1,200,000,000") and, when a scale or thousands separators were written, the
    scale's name ("billions"): what a headline's "$1.2 billion" needs of a body's "$1.2bn"."""
    text = token.lower_.replace(",", "")
    last = unit_after(token) or token  # "Twenty-five": the unit ends the number
    text = SPELLED_NUMBERS.get(text, text)
    if last.i != token.i:
        text = str(int(text) + int(SPELLED_NUMBERS[last.lower_]))
    scale = None
    if match := SCALE_SUFFIX.match(text):
        text, scale = match.group(1).rstrip("."), match.group(2)
    elif last.i + 1 < len(token.doc) and token.doc[last.i + 1].lower_ in SCALES:
        scale = token.doc[last.i + 1].lower_
    try:
        value = float(text) * SCALES.get(scale or "", 1.0)
    except ValueError:
        return set()
    keys = {f"={value:.12g}"}
    if (scale or "," in token.text) and value >= 1e3:  # a bare "2019" is a year, not thousands
        keys.add(next(name for size, name in SCALE_NAMES if value >= size))
    return keys


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> frozenset[str]:
    """Crude stems for weak words only: the first six letters of a long word, and the word
    without its ending ("officially" and "official" give "offici"; "dipped" gives "dip")."""
    if not word.isalpha():
        return frozenset()
    out = {word[:STEM_CHARS]} if len(word) > STEM_CHARS else set()
    root = word
    for suffix in SUFFIXES:
        if root.endswith(suffix) and len(root) - len(suffix) >= 3:
            root = root[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if len(root) > 3 and root[-1] == root[-2] and root[-1] not in "aeiouls":
        root = root[:-1]  # "dipp" of "dipped"
    if len(root) > 3 and root.endswith("e"):
        root = root[:-1]  # "chance" and "chances" meet at "chanc"
    if root != word or len(word) <= STEM_CHARS:
        out.add(root)
    return frozenset(out)


def same_place(a: str, b: str) -> bool:
    """A people and its place, or two forms of either: "Israeli" and "Israel", "Swedish" and
    "Sweden", "Chinese" and "China", "Texan" and "Texas": a shared start of four letters or more
    and what is left of each word a demonym's or a country's ending ("Austrian" and
    "Australia" are not one)."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= PLACE_SHARED and a[shared:] in PLACE_ENDINGS and b[shared:] in PLACE_ENDINGS


def acronym_of(text: str) -> str | None:
    """ "CPD", "U.N.", "WH": two to six capitals (full stops allowed), else None."""
    letters = text.replace(".", "")
    low, high = ACRONYM_LETTERS
    if low <= len(letters) <= high and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def initials_of(names: list[str]) -> set[str]:
    """Acronym keys of one run of capitalised body words, with and without its glue words:
    "Columbus Police Department" gives "acro:cpd" (and "acro:pd", "acro:cp" …)."""
    out = set()
    for keep_glue in (True, False):
        letters = "".join(w[0].lower() for w in names if keep_glue or w.lower() not in ACRONYM_GLUE)
        low, high = ACRONYM_LETTERS
        for i in range(len(letters)):
            for j in range(i + low, min(len(letters), i + high) + 1):
                out.add("acro:" + letters[i:j])
    return out
