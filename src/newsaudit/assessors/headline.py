"""Does the body support each headline line? Term support first, a learned stance model on top.

Term support is the check a careful editor makes: every number, name and key word of the
headline should be found in the body. It explains itself (the unsupported terms are listed),
which a stance probability alone does not. When the trained stance model is installed its
verdict and evidence sentences are added; the two are combined conservatively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsaudit.document import Document
from newsaudit.findings import HeadlineLine, Structure
from newsaudit.models.registry import call_model
from newsaudit.spans import Span, make_span

NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
WEAK_LEMMAS = {
    "be",
    "have",
    "do",
    "say",
    "get",
    "make",
    "go",
    "know",
    "take",
    "see",
    "come",
    "think",
    "look",
    "want",
    "give",
    "use",
    "find",
    "tell",
    "ask",
    "work",
    "seem",
    "feel",
    "try",
    "leave",
    "call",
    "can",
    "will",
    "would",
    "should",
    "could",
    "may",
    "might",
    "must",
    "rest",
    "thing",
    "way",
    "what",
    "here",
    "there",
    "now",
    "just",
    "also",
    "very",
    "so",
    "not",
    "out",
}
NUMBER_WORDS = {
    "hundred": "hundreds",
    "hundreds": "hundreds",
    "thousand": "thousands",
    "thousands": "thousands",
    "million": "millions",
    "millions": "millions",
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
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70"}
SPELLED_NUMBERS |= {  # "Star Trek 4" is the fourth film
    word: str(value)
    for value, word in enumerate(
        ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth"]
    )
    if word
}  # fmt: skip
SCALE_SUFFIX = re.compile(r"^(\d[\d,.]*)(?:m|mn|bn|b|k|million|billion|trillion)$")
SCALE_LETTERS = frozenset({"m", "mn", "bn", "b", "k"})
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
STEM_CHARS = 6  # weak words match on their first six letters: "investigating"/"investigation"
# Headlines abbreviate what bodies spell out: one word of a group supports the others.
ALIAS_GROUPS = (
    {"uk", "u.k", "britain", "british", "brits"},
    {"us", "u.s", "usa", "u.s.a", "america", "american", "americans"},
    {"eu", "european"},
    {"un", "u.n"},
    {"dutch", "netherlands"},
    {"utd", "united"},
    {"dems", "democrats", "democratic", "democrat"},
    {"gop", "republican", "republicans"},
    {"tory", "tories", "conservative", "conservatives"},
    {"pm", "prime"},
    {"govt", "government"},
    {"intl", "international"},
    # Headline verbs and the nouns bodies use for the same event (docs/headline.md).
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
)
ALIASES = {word: group for group in ALIAS_GROUPS for word in group}
MEDIA_TAGS = frozenset(
    {"video", "videos", "photo", "photos", "pics", "watch", "audio", "gallery", "highlights"}
)
PHOTO_CREDITS = frozenset(
    {"getty", "images", "ap", "photo", "reuters", "afp", "epa", "shutterstock", "file", "pa"}
)
AGAINST_CONFIDENT = 0.5
SUPPORTED_SHARE = 0.8
UNSUPPORTED_SHARE = 0.5
EVIDENCE_SENTENCES = 3


@dataclass(slots=True)
class _Term:
    span: Span
    keys: set[str]
    strong: bool  # numbers and names must be supported; a missing one decides


def _normal(word: str) -> str:
    word = word.lower().strip(".’'").replace(",", "") if word[:1].isdigit() else word.lower()
    word = word.strip(".’'")
    word = SPELLED_NUMBERS.get(word, word)
    word = MONTH_ABBREVIATIONS.get(word, word)
    return NUMBER_WORDS.get(word, word)


def _stem(word: str) -> str | None:
    """A crude stem for weak words only; short words and numbers have none."""
    return word[:STEM_CHARS] if len(word) > STEM_CHARS and word.isalpha() else None


def _furniture(tokens) -> set[int]:
    """Token indices of a headline's furniture, which no body repeats: media tags ("[VIDEO]",
    "Watch:"), labels ("Story highlights") and a photo credit after a bar ("| Getty", "| AP
    Photo")."""
    out = set()
    after_bar = False
    for token in tokens:
        word = token.lower_
        if token.text == "|":
            after_bar = True
            continue
        following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        label = word == "story" and following == "highlights"
        if word in MEDIA_TAGS or label or (after_bar and word in PHOTO_CREDITS):
            out.add(token.i)
            continue
        after_bar = False
    return out


def _site_tokens(doc: Document, tokens) -> set[int]:
    """Headline words that name the publishing site ("The Guardian view on …"): the body of an
    outlet's own article need not name the outlet."""
    site = doc.article.source or ""
    words = {w.casefold() for w in re.findall(r"\w+", site) if len(w) > 2}
    words -= {"the", "news", "com", "www", "net", "org", "daily", "online"}
    return {t.i for t in tokens if t.lower_ in words}


def _terms(doc: Document, line: Span) -> list[_Term]:
    """Numbers, names and content words of a headline line, each with its lookup keys."""
    tokens = doc.tokens(line)
    if tokens is None:
        return []
    terms: list[_Term] = []
    furniture = _furniture(tokens)
    site = _site_tokens(doc, tokens)
    for token in tokens:
        if token.is_punct or token.is_space or (token.is_stop and token.pos_ != "NUM"):
            continue
        if token.i in furniture or token.i in site:
            continue
        if token.lower_ in SCALE_LETTERS and token.i > 0 and token.nbor(-1).like_num:
            continue  # the "m" of "£71.6m": the number carries it
        if token.pos_ not in CONTENT_POS or token.lemma_.lower() in WEAK_LEMMAS:
            continue
        span = make_span(doc.text, token.idx, token.idx + len(token.text))
        keys = {_normal(token.text), _normal(token.lemma_)}
        keys |= {alias for key in list(keys) for alias in ALIASES.get(key, ())}
        # Title Case makes every headline word a PROPN, so names come from the entity layer.
        strong = token.pos_ == "NUM" or token.ent_type_ in NAME_ENTITIES
        terms.append(_Term(span, keys, strong))
    return terms


def _body_sentences(doc: Document, structure: Structure) -> list[Span]:
    sentences = []
    for paragraph in structure.body_paragraphs():
        sentences.extend(s.span for s in doc.sentences_in(paragraph.span))
    return sentences


def _keys_of(doc: Document, span: Span) -> set[str]:
    tokens = doc.tokens(span)
    if tokens is None:
        return set()
    keys = set()
    for token in tokens:
        if not (token.is_punct or token.is_space):
            keys.add(_normal(token.text))
            keys.add(_normal(token.lemma_))
            if match := SCALE_SUFFIX.match(token.lower_):  # "71.6million" holds "71.6"
                keys.add(_normal(match.group(1)))
    return keys


def _evidence(
    sentence_keys: list[set[str]], sentences: list[Span], terms: list[_Term]
) -> list[Span]:
    """Body sentences sharing most headline terms: where a reader should look first."""
    scored = []
    for index, keys in enumerate(sentence_keys):
        hits = sum(1 for term in terms if term.keys & keys)
        if hits:
            scored.append((-hits, index))
    return [sentences[i] for _, i in sorted(scored)[:EVIDENCE_SENTENCES]]


def _found(term: _Term, body_keys: set[str], body_stems: set[str]) -> bool:
    """A term is in the body by one of its keys, or (a weak word) by its stem."""
    if term.keys & body_keys:
        return True
    return not term.strong and any(_stem(k) in body_stems for k in term.keys if _stem(k))


def _verdict(terms: list[_Term], unsupported: list[_Term]) -> bool | None:
    if not terms:
        return None
    share = 1 - len(unsupported) / len(terms)
    if any(t.strong for t in unsupported) or share < UNSUPPORTED_SHARE:
        return False
    return True if share >= SUPPORTED_SHARE else None


def _check_line(
    doc: Document, line: Span, role: str, sentences: list[Span], sentence_keys: list[set[str]]
) -> HeadlineLine:
    body_keys = set().union(*sentence_keys) if sentence_keys else set()
    body_stems = {_stem(k) for k in body_keys} - {None}
    terms = _terms(doc, line)
    unsupported = [t for t in terms if not _found(t, body_keys, body_stems)]
    return HeadlineLine(
        span=line,
        role=role,
        supported=_verdict(terms, unsupported) if sentences else None,
        evidence=_evidence(sentence_keys, sentences, terms),
        unsupported_terms=[t.span for t in unsupported],
    )


def _headline_lines(structure: Structure) -> list[tuple[Span, str]]:
    lines = []
    if structure.headline is not None:
        lines.append((structure.headline, "headline"))
    if structure.standfirst is not None:
        lines.append((structure.standfirst, "standfirst"))
    return lines


SITE_SUFFIX = re.compile(r"\s+[|⋆•–—-]\s+(?:\S+\s*){1,5}$")


def _strip_site_name(doc: Document, line: Span) -> Span:
    """ "… ⋆ Freedom Daily", "… | Example News": the site's name is not part of the claim."""
    match = SITE_SUFFIX.search(line.text)
    if match and match.start() > 15:
        return make_span(doc.text, line.start, line.start + match.start())
    return line


def _strip_site_prefix(doc: Document, line: Span) -> Span:
    """ "LinkNaija | Nigeria's news platform: Chelsea …": the site's name and motto first."""
    site = (doc.article.source or "").strip()
    if len(site) < 3 or not line.text.casefold().startswith(site.casefold()):
        return line
    match = re.match(r"^[^:|]{0,60}?(?:\s\|\s[^:|]{0,60}?)?[:|]\s*(?=\S)", line.text)
    if match and len(line.text) - match.end() > 10:
        return make_span(doc.text, line.start + match.end(), line.end)
    return line


def _split_kicker(doc: Document, line: Span) -> Span:
    """ "Aleppo:The Killing Fields…", "Opinion | …": a kicker before a colon or a bar is a label,
    not a claim."""
    match = re.match(r"^[^:|]{1,25}(?::|\s\|)\s*(?=\S)", line.text)
    if match and len(line.text) - match.end() > 10:
        return make_span(doc.text, line.start + match.end(), line.end)
    return line


def _combine(term_verdict: bool | None, stance: dict | None) -> bool | None:
    """The README's rule: terms decide, the stance can only hold a verdict back or say no.

    ``false``: a number or name of the headline is missing from the body, fewer than half of its
    terms are there, or the stance is confidently unrelated or disagree. ``true``: every number
    and name and at least 80% of the other terms are in the body, and the stance (if any) is
    agree or discuss. Anything else is ``null``.
    """
    if not stance:
        return term_verdict
    label = stance["label"]
    probability = stance["probabilities"].get(label, 0.0)
    if label in ("unrelated", "disagree") and probability >= AGAINST_CONFIDENT:
        return False
    if term_verdict is True and label not in ("agree", "discuss"):
        return None
    return term_verdict


def _add_stance(line: HeadlineLine, body: list[Span]) -> None:
    result = call_model("stance", "predict", line.span.text, [s.text for s in body])
    if result is None:
        return
    line.stance = {"label": result.label, "probabilities": dict(result.probabilities)}
    line.evidence = [body[i] for i in result.evidence if 0 <= i < len(body)] or line.evidence
    line.supported = _combine(line.supported, line.stance)


def _add_clickbait(lines: list[HeadlineLine]) -> None:
    scores = call_model("clickbait", "probability", [line.span.text for line in lines])
    for line, score in zip(lines, scores or [], strict=False):
        line.clickbait = round(float(score), 4)


def assess_headline(
    doc: Document, structure: Structure, *, stance: bool = True
) -> list[HeadlineLine]:
    """One entry per headline line, with term support, evidence and (if wanted) stance.

    The learned stance embeds every body sentence with static pieces distilled from MiniLM
    (~7 ms per article in all); ``stance=False`` keeps term support and clickbait only.
    """
    sentences = _body_sentences(doc, structure)
    sentence_keys = [_keys_of(doc, s) for s in sentences]
    out = []
    for line, role in _headline_lines(structure):
        checked = _check_line(doc, line, role, sentences, sentence_keys)
        kicker_free = _split_kicker(doc, _strip_site_prefix(doc, _strip_site_name(doc, line)))
        if kicker_free != line:
            inner = _check_line(doc, kicker_free, role, sentences, sentence_keys)
            checked.supported, checked.unsupported_terms = inner.supported, inner.unsupported_terms
        if sentences and stance:
            _add_stance(checked, sentences)
        out.append(checked)
    if out:
        _add_clickbait(out)
    return out
