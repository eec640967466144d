"""Outlets the article itself shows to be outlets: "told Ruptly", "told KQED", "told The Hill".

A word list cannot know every outlet, so a name the list misses is an outlet when the article
gives evidence for it. The name must be a bare proper name (no common-noun head: "WeWork
executives" is people) that is no person (no PERSON entity, no surname of one), place or body
with a government or organisation word ("Congress", "the Intelligence Committee"), and one of:

* the article uses it as media elsewhere: beside a media noun ("Ruptly, the Russian video
  agency", "video agency Ruptly"), as the owner of a journalist ("Ruptly's correspondent"), as
  the subject of *broadcast* / *air* / *televise*, as who held an interview ("in an interview
  with Ruptly"), or as the credit of a dateline ("AUSTIN (KXAN) —");
* it is what someone told or spoke to, and the sentence says it was an interview ("told Ruptly
  in an interview"), or it is the article's own publisher ("told DW" on dw.com), or its shape
  is a publication's or a station's: a title written with a capital "The" inside a sentence
  ("told The Oregonian", "told The Hill") or a North American broadcast call sign the article
  does not spell out as an acronym ("told KQED", "KXAN-TV"; not "WADA" after "World
  Anti-Doping Agency").

An acronym after a lower-case "the" ("the FBI") is a body, and an ambiguous media noun counts
only after a word that makes it media ("news agency", not "space agency").

The names found are media for every mention in the article (`speakers.speaker_type`), so a
relay ("told Ruptly") and a statement by the same outlet ("Ruptly reported") type alike, and
the sources stage types them as an outlet (measured: ``benchmarks/relay_changes.py``).
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.speakers import GOVERNMENT_WORDS, ORGANISATION_WORDS, _lexicon

# what someone tells, speaks, or explains something to: "told X", "said to X", "spoke to X"
ADDRESS_VERBS = _lexicon("tell say speak talk explain confirm admit reveal insist add describe")
# verbs whose direct object is who hears it: "told Reuters", "wrote the local newspaper"
ADDRESSEE_VERBS = _lexicon("tell inform assure advise notify remind brief email text write warn")
# verbs whose "to" points at something rather than at who hears it
NOT_ADDRESSED_BY_TO = _lexicon("point refer respond react object listen agree turn link return")
# a noun that makes the name beside it an outlet ("Ruptly, the video agency", "broadcaster NHK");
# an ambiguous one only after a word that makes it media ("news agency", not "space agency";
# "TV channel", not "YouTube channel"; "radio station", not "police station")
MEDIA_NOUNS = _lexicon("""
    newspaper daily weekly tabloid magazine broadcaster outlet newswire publication podcast
    radio television tv
    """)
AMBIGUOUS_MEDIA_NOUNS = _lexicon("agency network station channel site website service")
MEDIA_MODIFIERS = _lexicon("news video press photo television tv radio broadcast cable")
# a journalist or programme an outlet owns ("Ruptly's correspondent", "KQED's Forum")
JOURNALIST_NOUNS = _lexicon("""
    correspondent correspondents reporter reporters journalist journalists anchor columnist
    newsroom cameraman interviewer broadcast podcast programme
    """)
BROADCAST_VERBS = frozenset({"broadcast", "air", "televise"})
INTERVIEW_NOUNS = frozenset({"interview", "broadcast", "podcast"})
_NAME = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
_MEDIA = "|".join(
    [
        *sorted(MEDIA_NOUNS),
        *(rf"(?:{'|'.join(sorted(MEDIA_MODIFIERS))})\s+{n}" for n in sorted(AMBIGUOUS_MEDIA_NOUNS)),
    ]
)
_CREDIT = r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}"
_JOURNALIST = "|".join(sorted(JOURNALIST_NOUNS))
# the same evidence written out, for what the parse misreads: "Ruptly, the Russian video
# agency", "video agency Ruptly", "Ruptly's correspondent"
SURFACE = re.compile(
    rf"(?<![\w’'])(?P<apposed>{_NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_MEDIA})\b"
    rf"|\b(?:{_MEDIA})\s+(?P<after>{_NAME})"
    rf"|(?<![\w’'])(?P<owner>{_NAME})['’]s\s+(?:{_JOURNALIST})\b"
    rf"|(?<![\w’'])(?P<airer>{_NAME})\s+(?:aired|broadcast|televised)\b"
    rf"|(?m:^[A-Z][A-Z.,’' -]{{1,40}}\((?P<dateline>{_CREDIT})\)\s*[—–-])"
)  # the last: a dateline's credit, "AUSTIN (KXAN) —"
CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|HD\d?))?$")
NOT_NAME_LABELS = frozenset(
    {"PERSON", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"}
)
TITLE_MISREADS = frozenset({"PERSON", "NORP"})
DETERMINERS = ("the", "The")


def outlet_names(doc: Document) -> frozenset[str]:
    """The names this article shows to be outlets (without a leading "the"); computed once."""
    known = doc.memo.get("outlets")
    if known is None:
        known = doc.memo["outlets"] = frozenset(_find(doc))
    return known


def is_outlet(doc: Document, text: str) -> bool:
    """Whether a mention's text is one of the article's outlets ("Ruptly", "the Ruptly")."""
    names = outlet_names(doc)
    return bool(names) and _bare(text) in names


def _bare(text: str) -> str:
    words = text.strip().split()
    if len(words) > 1 and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _find(doc: Document) -> set[str]:
    people = {w for e in doc.entities if e.label == "PERSON" for w in e.span.text.split()}
    excluded = GOVERNMENT_WORDS | ORGANISATION_WORDS
    publisher = _publisher(doc)
    found: set[str] = set()

    def add(tokens, titled: bool = False, surface: bool = False) -> None:
        """Keep a name that passes the gate; a title ("The Hill") may be misread as a person
        or a nationality ("The Oregonian") by the small NER."""
        while tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        if not tokens or not all(_capitalised(t) for t in tokens):
            return
        if not surface and not _is_name(tokens[-1]):
            return  # a sentence's first word may be any word, unless the media noun tells
        name = doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        words = name.split()
        if any(w.lower() in excluded for w in words):
            return
        if len(words) == 1 and name in people and not titled:
            return  # "told King" when the article names Gayle King
        span = doc.doc[tokens[0].i : tokens[-1].i + 1]
        labels = {e.label_ for e in span.ents} - (TITLE_MISREADS if titled else set())
        if labels & NOT_NAME_LABELS or _is_person_start(span) or _institution(span):
            return
        found.add(name)

    for match in SURFACE.finditer(doc.text):
        start, end = match.span(next(k for k, v in match.groupdict().items() if v))
        span = doc.doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            add(list(span), surface=True)  # the parse may miss these ("Ruptly" read as an adverb)
    for token in doc.doc:
        lemma = token.lemma_.lower()
        if token.dep_ == "appos" and _is_media_noun(token) and _is_name(token.head):
            add(_name_tokens(token.head))  # "Ruptly, the Russian video agency"
        elif token.dep_ == "appos" and _is_name(token) and _is_media_noun(token.head):
            add(_name_tokens(token))  # "the video agency, Ruptly,"
        elif token.dep_ == "compound" and _is_media_noun(token) and _is_name(token.head):
            if token.i < token.head.i and not token.text[:1].isupper():
                add(_name_tokens(token.head))  # "video agency Ruptly", "public radio station KQED"
        elif token.dep_ == "poss" and token.head.lower_ in JOURNALIST_NOUNS and _is_name(token):
            add(_name_tokens(token))  # "Ruptly's correspondent"
        elif token.dep_ == "nsubj" and token.head.lemma_.lower() in BROADCAST_VERBS:
            if _is_name(token):
                add(_name_tokens(token))  # "Ruptly aired the footage"
        elif token.dep_ == "pobj" and token.head.lower_ == "with" and _is_name(token):
            if token.head.head.lemma_.lower() in INTERVIEW_NOUNS:
                add(_name_tokens(token))  # "in an interview with Ruptly"
        elif lemma in ADDRESS_VERBS | ADDRESSEE_VERBS and token.pos_ in ("VERB", "AUX"):
            for target in addressees(token):
                if (
                    _interview_beside(token, target)
                    or _outlet_shape(doc, target)
                    or _squashed(_name_tokens(target)) in publisher
                ):
                    add(_name_tokens(target), titled=_titled(target))
    return found


def addressees(verb) -> list:
    """Who a verb of saying addresses: "told X", "wrote the local newspaper", "said to X". A
    direct object only after a verb whose object is who hears it (not "blamed the network");
    "to" not after a verb that points at something ("pointed to"); a capitalised word right
    after *told* is its object however it is tagged (the parser reads "Ruptly" as an adverb)."""
    lemma = verb.lemma_.lower()
    out = []
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and lemma in ADDRESSEE_VERBS:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "to" and lemma not in NOT_ADDRESSED_BY_TO:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif (
            child.i == verb.i + 1
            and lemma == "tell"
            and child.dep_ in ("advmod", "npadvmod", "nsubj", "attr")
            and child.text[:1].isupper()
        ):
            out.append(child)
    return out


def _publisher(doc: Document) -> set[str]:
    """The article's own publisher, squashed: its site name ("HelloGiggles", "DW.COM") and the
    name in its address ("www.dw.com" gives "dw"), so "told DW" on dw.com is an outlet."""
    forms = set()
    source = doc.article.source or ""
    forms.add(re.sub(r"\W|_", "", re.sub(r"\.(?:com|org|net|co\.uk)$", "", source.lower())))
    host = re.match(r"^(?:\w+:)?//(?:www\.)?([^/:]+)", doc.article.url or "")
    if host:
        forms.add(re.sub(r"\W|_", "", host.group(1).split(".")[0].lower()))
    return {f for f in forms if len(f) >= 2}


def _squashed(tokens) -> str:
    return re.sub(r"\W|_", "", "".join(t.text for t in tokens).lower())


def _interview_beside(verb, target) -> bool:
    """ "told Ruptly in an interview", "told Ruptly in a phone interview on Monday"."""
    return any(
        t.lemma_.lower() in INTERVIEW_NOUNS
        for child in verb.children
        if child.dep_ in ("prep", "advcl", "npadvmod") and child.i > target.i
        for t in child.subtree
    )  # not in what was told: "told X the tone of the interview was cordial"


def _titled(target) -> bool:
    """ "told The Oregonian": a capital "The" inside a sentence writes a title."""
    tokens = _name_tokens(target)
    first = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i else None
    if first is None or first.text != "The" or first.is_sent_start or not first.i:
        return False
    previous = first.doc[first.i - 1]
    return not previous.is_punct or previous.text == ","


def _institution(span) -> bool:
    """ "the FBI", "the EU": an acronym with a lower-case "the" is a body, not an outlet (the
    outlets written so, "the BBC", "the AP", are in the word list)."""
    before = span.doc[span.start - 1] if span.start else None
    return len(span) == 1 and span.text.isupper() and before is not None and before.text == "the"


def _outlet_shape(doc: Document, target) -> bool:
    """A publication's title ("The Oregonian" with a capital inside a sentence) or a call sign
    ("KQED", "KXAN-TV") that the article does not spell out as an acronym ("… (KFOR)")."""
    tokens = _name_tokens(target)
    if not tokens:
        return False
    if _titled(target):
        return True
    name = doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    return bool(CALL_SIGN.match(name)) and not _spelled_out(doc, name)


def _spelled_out(doc: Document, acronym: str) -> bool:
    """ "the Kosovo Force (KFOR)": the article gives the words the acronym stands for."""
    for match in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", doc.text):
        words = re.findall(r"[^\W\d_]+", doc.text[max(0, match.start() - 120) : match.start()])
        initials = "".join(w[0] for w in words if w[0].isupper())
        if initials.upper().endswith(acronym.split("-")[0]):
            return True
    return False
    return False


def _name_tokens(token) -> list:
    """The proper name a token heads, without a determiner: "the Argus Leader" gives
    [Argus, Leader]; empty when the phrase is no bare name ("WeWork executives", "a crowd")."""
    if not _is_name(token):
        return []
    kept = [
        t
        for t in token.subtree
        if t.i <= token.i and t.lower_ not in ("the",) and not (t.is_punct and t.text != "-")
    ]
    if not kept or kept[0].i < token.i - 5:
        return []
    if any(t.dep_ in ("poss", "case", "det") for t in kept) or not all(map(_capitalised, kept)):
        return []
    if [t.i for t in kept] != list(range(kept[0].i, kept[-1].i + 1)):
        return []
    return kept


def _is_name(token) -> bool:
    """A capitalised word that is no pronoun, no sentence opener and no common noun head."""
    text = token.text
    return (
        text[:1].isupper()
        and token.pos_ not in ("PRON", "DET", "VERB", "AUX", "ADP", "CCONJ", "SCONJ")
        and text not in ("I",)
        and (token.pos_ == "PROPN" or not token.is_sent_start)
    )


def _capitalised(token) -> bool:
    return token.text[:1].isupper() or token.text == "-" or token.is_digit


def _is_media_noun(token) -> bool:
    if token.pos_ != "NOUN":
        return False
    if token.lower_ in MEDIA_NOUNS:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.lower_ in AMBIGUOUS_MEDIA_NOUNS
        and before is not None
        and (before.lower_ in MEDIA_MODIFIERS)
    )


def _is_person_start(span) -> bool:
    """ "Mr Ruptly", "Dr. Moy": a title before the name makes it a person."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "sir")


def outlet_headed(doc: Document, root) -> bool:
    """ "The Telegraph newspaper": a phrase headed by an outlet noun, outside any person's name
    (the NER reads "Telegraph" as a person)."""
    if root is None or not _is_media_noun(root):
        return False
    return not any(
        e.label == "PERSON" and e.span.start <= root.idx < e.span.end for e in doc.entities
    )
