"""Does the body support each headline line? Term support first, a learned stance model on top.

Term support is the check a careful editor makes: every number, name and key word of the
headline should be found in the body. It explains itself (the unsupported terms are listed),
which a stance probability alone does not. When the trained stance model is installed its
verdict and evidence sentences are added; the two are combined conservatively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsaudit.assessors.headline_words import (
    ACRONYM_GLUE,
    ALIASES,
    SCALE_LETTERS,
    SCALE_SUFFIX,
    acronym_of,
    initials_of,
    normal_word,
    same_place,
    stems,
    unit_of_compound,
    value_keys,
)
from newsaudit.casing import FUNCTION_WORDS, inflected_verb
from newsaudit.document import Document
from newsaudit.findings import HeadlineLine, Structure
from newsaudit.models.registry import call_model
from newsaudit.nlp import english_words
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
# Entities matched as peoples and places by their shared start ("Israeli" / "Israel";
# `headline_words.same_place`), and the pairs that share none (`headline_words.ALIAS_GROUPS`).
PLACE_ENTITIES = frozenset({"NORP", "GPE", "LOC"})
MEDIA_TAGS = frozenset(
    {"video", "videos", "photo", "photos", "pics", "watch", "audio", "gallery", "highlights"}
)
PHOTO_CREDITS = frozenset(
    {"getty", "images", "ap", "photo", "reuters", "afp", "epa", "shutterstock", "file", "pa"}
)
TITLE_CONTENT_WORDS = 3  # a line whose content words are all capitalised is in Title Case
FORCING = frozenset(":|\"“‘'—–-")  # after these a capital is the position's, not a name's
AGAINST_CONFIDENT = 0.5
SUPPORTED_SHARE = 0.8
UNSUPPORTED_SHARE = 0.5
ON_TOPIC_SHARE = 1 / 3  # with a stance that finds the body on the headline's topic
EVIDENCE_SENTENCES = 3


@dataclass(slots=True)
class _Term:
    span: Span
    keys: set[str]
    strong: bool  # numbers and names must be supported; a missing one decides
    prefix: str | None = None  # "Co." stands for a capitalised body word it starts: "County"
    acronym: str | None = None  # "cpd": the initials of a body name ("Columbus Police …")
    place: str | None = None  # "israeli": a people or place, found by its country's name


class _Body:
    """What the body offers a headline term: its word keys; and, worked out only when a term
    needs them, their stems, the words it writes capitalised and its names' initials."""

    def __init__(self, doc: Document, sentences: list[Span], keys: set[str]) -> None:
        self.doc, self.sentences, self.keys = doc, sentences, keys
        self._stems: set[str] | None = None
        self._capitalised: set[str] | None = None
        self._initials: set[str] | None = None

    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = set().union(*(stems(k) for k in self.keys)) if self.keys else set()
        return self._stems

    def capitalised(self) -> set[str]:
        if self._capitalised is None:
            self._read_capitals()
        return self._capitalised or set()

    def initials(self) -> set[str]:
        if self._initials is None:
            self._read_capitals()
        return self._initials or set()

    def _read_capitals(self) -> None:
        """Capitalised words, and the initials of each run of them ("Columbus Police
        Department", glue words such as "of" allowed inside)."""
        capitalised: set[str] = set()
        initials: set[str] = set()
        for sentence in self.sentences:
            run: list[str] = []
            for token in self.doc.tokens(sentence) or []:
                if token.is_alpha and token.text[0].isupper():
                    run.append(token.text)
                    capitalised.add(token.lower_)
                elif not (run and token.lower_ in ACRONYM_GLUE):
                    initials |= initials_of(run) if len(run) > 1 else set()
                    run = []
            initials |= initials_of(run) if len(run) > 1 else set()
        self._capitalised, self._initials = capitalised, initials


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


def _capitals_style(line: str) -> str | None:
    """ "caps" for a line mostly in capitals, "title" for Title Case (every content word
    capitalised): there a capital is the style's, not a name's. None for sentence case."""
    line = re.sub(r"\S*\d\S*", " ", line)  # "4K", "1080p" are neither case
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", line)
    words = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(words) < TITLE_CONTENT_WORDS:
        return None
    if sum(w.isupper() for w in words) * 2 > len(words):
        return "caps"
    return "title" if all(w[0].isupper() for w in words) else None


def _capital_forced(token, first: int) -> bool:
    """The line's first word, or the first after a colon, a bar, a dash or a quotation mark."""
    previous = token.i - 1
    while previous >= first and token.doc[previous].is_space:
        previous -= 1
    return previous < first or token.doc[previous].text in FORCING


def _is_name(token, style: str | None, first: int) -> bool:
    """A name the body must repeat: one the entity recogniser finds, unless its capital is
    the headline's style or position and the word is an English dictionary word ("Falls",
    "Short", "Gigantic", "West"); an acronym outside a line in capitals stays a name ("US")."""
    if token.ent_type_ not in NAME_ENTITIES or not any(c.isupper() for c in token.text):
        return False
    if acronym_of(token.text) and style != "caps":
        return True
    if style is None and not _capital_forced(token, first):
        return True
    words = english_words()
    lower = token.text.lower()
    return not (lower in words or token.lemma_.lower() in words or inflected_verb(lower, words))


def _name_end(token):
    """The last token of the entity ``token`` is in: a person's surname."""
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        token = token.doc[token.i + 1]
    return token


def _terms(doc: Document, line: Span) -> list[_Term]:
    """Numbers, names and content words of a headline line, each with its lookup keys."""
    tokens = doc.tokens(line)
    if tokens is None:
        return []
    terms: list[_Term] = []
    furniture = _furniture(tokens)
    site = _site_tokens(doc, tokens)
    style = _capitals_style(line.text)
    for token in tokens:
        # "US" is no stop word: an acronym the recogniser puts in a name
        named = style != "caps" and acronym_of(token.text) and token.ent_type_ in NAME_ENTITIES
        if (
            token.is_punct
            or token.is_space
            or (token.is_stop and token.pos_ != "NUM" and not named)
        ):
            continue
        if token.i in furniture or token.i in site:
            continue
        letters = [c for c in token.text if c.isalnum()]
        if not letters or (len(letters) == 1 and not token.like_num):
            continue  # "|", an initial
        if token.lower_ in SCALE_LETTERS and token.i > 0 and token.nbor(-1).like_num:
            continue  # the "m" of "£71.6m": the number carries it
        if unit_of_compound(token):
            continue  # the "five" of "Twenty-five": so does "Twenty"
        if token.pos_ not in CONTENT_POS or token.lemma_.lower() in WEAK_LEMMAS:
            continue
        span = make_span(doc.text, token.idx, token.idx + len(token.text))
        keys = {normal_word(token.text), normal_word(token.lemma_)}
        keys |= {alias for key in list(keys) for alias in ALIASES.get(key, ())}
        if token.like_num or SCALE_SUFFIX.match(token.lower_):
            keys |= {k for k in value_keys(token) if k.startswith("=")}
        acronym = acronym_of(token.text) if style != "caps" else None
        if token.ent_type_ == "PERSON" and (last := _name_end(token)) is not token:
            keys |= {normal_word(last.text), normal_word(last.lemma_)}  # "Joel" with "Embiid"
        prefix = None
        if token.text.endswith(".") and token.text[:1].isupper() and acronym is None:
            prefix = token.text[:-1].lower() if len(token.text) > 2 else None
        # Title Case makes every headline word a PROPN, so names come from the entity layer.
        strong = token.pos_ == "NUM" or _is_name(token, style, tokens.start)
        place = token.lower_ if token.ent_type_ in PLACE_ENTITIES and token.is_alpha else None
        terms.append(_Term(span, keys, strong, prefix, acronym, place))
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
        if not (token.is_punct or token.is_space) or token.text == "%":
            keys.add(normal_word(token.text))
            keys.add(normal_word(token.lemma_))
            if match := SCALE_SUFFIX.match(token.lower_):  # "71.6million" holds "71.6"
                keys.add(normal_word(match.group(1)))
            if token.like_num or match:
                keys |= value_keys(token)
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


def _found(term: _Term, body: _Body) -> bool:
    """A term is in the body by one of its keys, an acronym by the initials of a body name
    ("CPD" by "Columbus Police Department"), an abbreviation by a capitalised body word it
    starts ("Co." by "County"), or a weak word by its stem."""
    if term.keys & body.keys:
        return True
    if term.acronym and "acro:" + term.acronym in body.initials():
        return True
    if term.prefix and any(
        w.startswith(term.prefix) and len(w) > len(term.prefix) for w in body.capitalised()
    ):
        return True
    if term.place and any(same_place(term.place, w) for w in body.capitalised()):
        return True
    return not term.strong and any(stems(k) & body.stems() for k in term.keys)


def _verdict(terms: list[_Term], unsupported: list[_Term]) -> bool | None:
    if not terms:
        return None
    share = 1 - len(unsupported) / len(terms)
    if any(t.strong for t in unsupported) or share < UNSUPPORTED_SHARE:
        return False
    return True if share >= SUPPORTED_SHARE else None


def _check_line(
    doc: Document,
    line: Span,
    role: str,
    sentences: list[Span],
    sentence_keys: list[set[str]],
    body: _Body,
) -> tuple[HeadlineLine, float | None]:
    """The line with its term verdict, and the share of its terms found when every number and
    name is (None when one is missing: that decides)."""
    terms = _terms(doc, line)
    unsupported = [t for t in terms if not _found(t, body)]
    checked = HeadlineLine(
        span=line,
        role=role,
        supported=_verdict(terms, unsupported) if sentences else None,
        evidence=_evidence(sentence_keys, sentences, terms),
        unsupported_terms=[t.span for t in unsupported],
    )
    if any(t.strong for t in unsupported):
        return checked, None
    return checked, 1 - len(unsupported) / len(terms) if terms else None


def _headline_lines(structure: Structure) -> list[tuple[Span, str]]:
    lines = []
    if structure.headline is not None:
        lines.append((structure.headline, "headline"))
    if structure.standfirst is not None:
        lines.append((structure.standfirst, "standfirst"))
    return lines


SITE_SUFFIX = re.compile(r"\s+[|⋆•–—-]\s+(?:\S+\s*){1,5}$")
SITE_SEGMENTS = 3  # "… | Nassau, Bahamas | Bahamas Local News - Nassau, Bahamas"


def _strip_site_name(doc: Document, line: Span) -> Span:
    """ "… ⋆ Freedom Daily", "… | Example News": the site's name is not part of the claim, nor
    are the section and place names a site puts beside it, one short segment after another,
    nor a tail that is the page's own site name however long."""
    text = line.text
    end = len(text)
    site = (doc.article.source or "").strip()
    if len(site) >= 3:
        tail = re.search(r"\s+[|⋆•–—-]\s+" + re.escape(site) + r"\s*$", text, re.IGNORECASE)
        if tail and tail.start() > 15:
            end = tail.start()
    for _ in range(SITE_SEGMENTS):
        match = SITE_SUFFIX.search(text[:end])
        if not match or match.start() <= 15:
            break
        end = match.start()
    return line if end == len(text) else make_span(doc.text, line.start, line.start + end)


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


def _asks(text: str) -> bool:
    """ "Is X the answer?", "What we know … ?": a headline that asks claims nothing."""
    return "?" in text


def _combine(
    term_verdict: bool | None, stance: dict | None, words_found: float | None = None
) -> bool | None:
    """The README's rule: terms decide, the stance can only hold a verdict back or say no.

    ``false``: a number or name of the headline is missing from the body, the stance is
    confidently disagree, or it is confidently unrelated while the terms do not support the
    headline (a body holding every number, name and most words of the headline is not about
    something else: the two disagree, and that is ``null``); fewer than half of the terms in
    the body (``words_found``, every number and name there) is ``false`` without a stance, or
    with one when fewer than a third are there; a third or more under an agree or discuss
    stance are ordinary words put otherwise: weak support (``null``), not a contradiction.
    ``true``: every number and name and at least 80% of the other terms are in the body, and
    the stance (if any) is agree or discuss. Anything else is ``null``.
    """
    if not stance:
        return term_verdict
    label = stance["label"]
    probability = stance["probabilities"].get(label, 0.0)
    if label == "disagree" and probability >= AGAINST_CONFIDENT:
        return False
    if label == "unrelated" and probability >= AGAINST_CONFIDENT and term_verdict is not True:
        return False
    if term_verdict is True and label not in ("agree", "discuss"):
        return None
    on_topic = label in ("agree", "discuss")
    if term_verdict is False and on_topic and (words_found or 0.0) >= ON_TOPIC_SHARE:
        return None
    return term_verdict


def _add_stance(line: HeadlineLine, body: list[Span], words_found: float | None) -> None:
    result = call_model("stance", "predict", line.span.text, [s.text for s in body])
    if result is None:
        return
    line.stance = {"label": result.label, "probabilities": dict(result.probabilities)}
    line.evidence = [body[i] for i in result.evidence if 0 <= i < len(body)] or line.evidence
    line.supported = _combine(line.supported, line.stance, words_found)


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
    body = _Body(doc, sentences, set().union(*sentence_keys) if sentence_keys else set())
    out = []
    for line, role in _headline_lines(structure):
        checked, words_found = _check_line(doc, line, role, sentences, sentence_keys, body)
        kicker_free = _split_kicker(doc, _strip_site_prefix(doc, _strip_site_name(doc, line)))
        if kicker_free != line:
            inner, words_found = _check_line(doc, kicker_free, role, sentences, sentence_keys, body)
            checked.supported, checked.unsupported_terms = inner.supported, inner.unsupported_terms
        if sentences and stance:
            _add_stance(checked, sentences, words_found)
        if checked.supported is True and _asks(kicker_free.text):
            checked.supported = None  # a question states nothing a body could repeat
        out.append(checked)
    if out:
        _add_clickbait(out)
    return out
