"""Speakers: who a quote is attributed to, resolved as far as the article allows.

A mention ("Power", "she", "The defense ministry") is resolved to the fullest name the article
gives ("Samantha Power", "Russia’s defense ministry"), with the role or title the article
attaches to that name, and a coarse type (person, organisation, government, media, unnamed).
Resolution is deliberately simple and local: last names match the fullest PERSON entity,
pronouns take the most recent compatible speaker, definite descriptions take the fullest
earlier mention with the same head words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsaudit.document import Document
from newsaudit.findings import Speaker, SpeakerType
from newsaudit.spans import Span, make_span


def _lexicon(words: str) -> frozenset[str]:
    """A word list written as text, one space apart (easier to read and extend)."""
    return frozenset(words.split())


MEDIA_WORDS = _lexicon(
    """
    news agency tv television channel newspaper paper magazine times post journal reuters
    ap afp interfax tass bbc cnn correspondent reporter broadcaster radio outlet network
    station daily tribune herald gazette wire press associated politico fox msnbc abc nbc
    cbs npr bloomberg guardian telegraph website blog editorial headline report ledger
    chronicle courier dispatch examiner inquirer enquirer sentinel bulletin
    """
)
# Newspaper titles that are also ordinary words: media only as the last, capitalised word of
# a name ("the Boston Globe", "The Observer"), never "a star" or "an independent".
TITLE_WORDS = frozenset(
    {"Globe", "Mail", "Mirror", "Express", "Independent", "Observer", "Star", "Sun", "Standard"}
)
GOVERNMENT_WORDS = _lexicon(
    """
    ministry government department administration kremlin pentagon army military police
    council parliament congress senate embassy authorities cabinet court prosecutors
    commission regime state white_house
    """
)
ORGANISATION_WORDS = _lexicon(
    """
    group company party campaign committee union un nato organization organisation
    coalition foundation institute association corporation firm bank university movement
    alliance charity board
    """
)
UNNAMED_WORDS = _lexicon(
    """
    officials witnesses sources residents people analysts experts critics observers
    activists diplomats insiders aides supporters officers others many some source
    official spokesman spokeswoman spokesperson someone witness resident analyst expert
    aide insider diplomat critic observer voters democrats republicans members leaders
    economists scientists researchers doctors lawyers lawyer workers opponents proponents
    protesters demonstrators students parents dozens hundreds thousands millions scores
    """
)
RELATION_WORDS = _lexicon(
    """
    mother father wife husband son daughter brother sister parent child friend partner widow
    uncle aunt cousin grandmother grandfather girlfriend boyfriend fiancee fiance
    attorney adviser advisor assistant secretary deputy successor predecessor biographer
    """
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Words before a name that tell its gender: the only evidence the article itself gives.
COURTESY_TITLES = {"mr": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "dame": "f"}
GENDER_TITLES = {
    **COURTESY_TITLES,
    **dict.fromkeys(("lord", "king", "prince"), "m"),
    **dict.fromkeys(("lady", "queen", "princess"), "f"),
}
POSSESSIVE_MARKERS = ("’s", "'s", "’", "'")
POSSESSIVE = re.compile(r"['’]s\b")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
APPOSED_DEPS = frozenset({"appos", "compound", "npadvmod", "nmod"})
LEADING_DESCRIPTION_DEPS = frozenset({"advcl", "dep"})
# Words before a name that are no part of it; verbs only as participles ("Describing"), since
# "Will", "Jack" or "Dolly" may be tagged AUX, VERB or ADV and still be a first name.
NOT_NAME_POS = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN", "VBD"})
HONORIFICS = frozenset(COURTESY_TITLES) | {"mx", "dr", "madam", "mme"}  # titles, not roles
AGE = re.compile(r"^\d{1,3}(?:,\s*|$)")  # "Jane Cole, 54, a teacher": the age is no role
TRAILING_AGE = re.compile(r",\s*\d{1,3}$")
NOT_APPOSITION = frozenset(
    {"along", "together", "and", "or", "with", "plus", "as", "who", "whose", "which"}
)
ROLE_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "case", "punct", "appos"})
# Titles written short before a name ("Gov. Eric Holcomb"), read as the role word they stand for.
ROLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "atty": "attorney",
    "supt": "superintendent",
    "amb": "ambassador",
    "adm": "admiral",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "det": "detective",
    "insp": "inspector",
    "cmdr": "commander",
    "prof": "professor",
}
# Role nouns a later description may use for a person the article introduced with that role:
# "the governor" for "Gov. Eric Holcomb", "the president" for "President Donald Trump".
ROLE_NOUNS = _lexicon(
    """
    governor president mayor senator minister secretary chancellor premier ambassador sheriff
    judge justice commissioner director chairman chairwoman chair spokesman spokeswoman
    spokesperson coach manager ceo founder prosecutor attorney general representative
    congressman congresswoman lawmaker superintendent chief principal king queen prince
    princess pope admiral colonel sergeant captain detective inspector commander professor
    lieutenant treasurer auditor comptroller speaker leader
    """
)
ROLE_DETERMINERS = frozenset({"the"})


def role_words(role: str) -> frozenset[str]:
    """The words of a role, lower-cased, abbreviated titles spelled out: "Lt. Gov." gives
    {lieutenant, governor}; "the state's governor" gives {state, governor}."""
    words = re.findall(r"[\w-]+", POSSESSIVE.sub(" ", role.lower()))
    return frozenset(ROLE_ABBREVIATIONS.get(w, w) for w in words if w not in DETERMINERS)


def _leading_titles(name: str) -> set[str]:
    """Role words a PERSON name starts with ("Prince Harry", "Gov. Eric Holcomb")."""
    titles = set()
    for word in name.split()[:-1]:
        spelled = ROLE_ABBREVIATIONS.get(word.lower().rstrip("."), word.lower())
        if spelled not in ROLE_NOUNS:
            break
        titles.add(spelled)
    return titles


def role_description(text: str) -> frozenset[str] | None:
    """The role words of a bare definite role description ("the governor", "the former
    president"), or None for anything else: a name, an indefinite "a senator", a plural."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in ROLE_DETERMINERS or len(words) > 4:
        return None
    rest = words[1:]
    if any(not w.isalpha() or not w.islower() for w in rest) or rest[-1] not in ROLE_NOUNS:
        return None
    return frozenset(rest)


def _words(text: str) -> list[str]:
    return [w.strip(".,’'\"").lower() for w in text.replace("’s", " ").split()]


def _core(text: str) -> str:
    """A description without leading determiners, for matching "the ministry" to earlier ones."""
    words = _words(text)
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


@dataclass(slots=True)
class SpeakerResolver:
    """Per-document resolver; remembers speakers in order so pronouns can refer back."""

    doc: Document
    fullest: dict[str, str] = field(default_factory=dict)  # surname -> fullest PERSON name
    roles: dict[str, str] = field(default_factory=dict)  # fullest name -> role/title
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    names: dict[Span, str] = field(default_factory=dict)  # PERSON entity span -> its name
    genders: dict[str, str] = field(default_factory=dict)  # fullest name -> "m" / "f"
    # every proper suffix of an earlier non-person description's core -> the longest such
    # description (the first of equal length), so a later "the ministry" finds it at once
    descriptions: dict[str, str] = field(default_factory=dict)
    # fullest name -> the words of every role the article gives that person, and where the
    # person is first named (a role description refers back only to someone named before it)
    role_sets: dict[str, set[str]] = field(default_factory=dict)
    first_named: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entity in self.doc.entities:
            if entity.label == "PERSON":
                self.names[entity.span] = _person_name(self.doc, entity.span)
        for name in self.names.values():
            for word in name.split():
                known = self.fullest.get(word)
                if known is None or len(name) > len(known):
                    self.fullest[word] = name
        for span, name in self.names.items():
            full = self.fullest.get(name.split()[-1], name)
            role = self._role_around(span)
            if role and full not in self.roles:
                self.roles[full] = role
            if role:
                self.role_sets.setdefault(full, set()).update(role_words(role))
            titles = _leading_titles(name)  # "Prince Harry": the entity holds the title
            if titles:
                self.role_sets.setdefault(full, set()).update(titles)
            self.first_named[full] = min(self.first_named.get(full, span.start), span.start)
            gender = self._titled_gender(span)
            if gender and self.genders.setdefault(full, gender) != gender:
                self.genders[full] = "?"  # two people share the surname: no evidence

    def _titled_gender(self, name: Span) -> str | None:
        """ "Mr Vale" or "Ms. Pires": the title before the surname, in or just before the name."""
        tokens = self.doc.tokens(name)
        if tokens is None or len(tokens) == 0:
            return None
        first = tokens[0]
        before = self.doc.doc[first.i - 1] if first.i > 0 else None
        for token in (first, before):
            if token is not None:
                gender = GENDER_TITLES.get(token.lower_.rstrip("."))
                if gender:
                    return gender
        return None

    def _gender_fits(self, name: str | None, wanted: str | None) -> bool:
        known = self.genders.get(name or "")
        return wanted is None or known in (None, "?") or known == wanted

    def _role_around(self, name: Span) -> str | None:
        """Title words before the name in its noun phrase, or an appositive after it."""
        tokens = self.doc.tokens(name)
        if tokens is None or len(tokens) == 0:
            return None
        root = tokens.root
        left = [t for t in root.subtree if t.i < tokens.start]
        while left and left[0].is_punct:
            left = left[1:]
        titled = any(
            t.pos_ in ("NOUN", "PROPN") and t.lower_.rstrip(".") not in HONORIFICS for t in left
        )
        if left and left[-1].i == tokens.start - 1 and titled:
            start = left[0].idx
            return make_span(self.doc.text, start, tokens.start_char).text or None
        for child in root.children:
            if child.dep_ == "appos" and child.i > root.i:
                sub = list(child.subtree)
                text = self.doc.text[sub[0].idx : sub[-1].idx + len(sub[-1])].strip(" ,")
                return AGE.sub("", text) or None
        return None

    def resolve(self, mention: Span | None, at: int) -> Speaker:
        """Resolve a mention at offset ``at`` and remember it for later pronouns."""
        if mention is None:
            return Speaker(None, None, "unknown", None)
        speaker = self._resolve(mention, at)
        self.history.append((at, speaker))
        if speaker.name and speaker.type != "person":
            self._remember_description(speaker.name)
        return speaker

    def _remember_description(self, name: str) -> None:
        core = _core(name)
        for cut in range(1, len(core) + 1):
            known = self.descriptions.get(core[cut:])
            if known is None or len(name) > len(known):
                self.descriptions[core[cut:]] = name

    def _resolve(self, mention: Span, at: int) -> Speaker:
        lowered = mention.text.lower()
        if lowered in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(mention, lowered)
        persons = [e for e in self.doc.entities_in(mention) if e.label == "PERSON"]
        head = _root(self.doc, mention)
        if persons and head is not None:
            named = [e for e in persons if self._names_head(e.span, head)]
            if not named and head.pos_ == "NOUN":
                # "Mr Jackson's mother", "a lawyer for Smith": the person named is not the speaker
                return Speaker(mention.text, None, _description_type(mention, head), mention)
            persons = named or persons
        if persons:
            entity = persons[0]
            name = self.names[entity.span]
            full = self.fullest.get(name.split()[-1], name)
            role = self._role_in_mention(mention, entity.span) or self.roles.get(full)
            return Speaker(full, role, "person", mention)
        holder = self.role_holder(mention.text, mention.start)
        if holder is not None:  # "the governor": the one person introduced as governor
            return Speaker(holder, self.roles.get(holder), "person", mention)
        last_word = mention.text.split()[-1]
        if last_word in self.fullest and last_word[:1].isupper():
            full = self.fullest[last_word]  # "Ortiz" the parser did not tag as a person
            return Speaker(full, self.roles.get(full), "person", mention)
        kind = speaker_type(self.doc, mention)
        name = TRAILING_AGE.sub("", mention.text)  # "Ms Cole, 54"
        return Speaker(self._fullest_description(name), None, kind, mention)

    def role_holder(self, text: str, before: int) -> str | None:
        """The person a bare role description ("the governor") refers to: the only person the
        article gives that role ("Gov. Eric Holcomb", "Holcomb, the governor"), provided that
        person is named before ``before``. None when no one or several people fit."""
        wanted = role_description(text)
        if wanted is None:
            return None
        fits = [name for name, words in self.role_sets.items() if wanted <= words]
        if len(fits) != 1 or self.first_named.get(fits[0], before) >= before:
            return None
        return fits[0]

    def _names_head(self, name: Span, head) -> bool:
        """Whether a PERSON name is the mention's head or stands beside it ("the minister Paul
        Roux", "the BBC's correspondent in Jakarta, Rachel Harvey"), rather than owning it or
        hanging off a preposition ("Roux's aide", "a lawyer for Roux")."""
        if name.start <= head.idx < name.end:
            return True
        root = _root(self.doc, name)
        if root is None:
            return False
        if root.dep_ == "appos" or (root.head == head and root.dep_ in APPOSED_DEPS):
            return True
        # "A teacher from Dayton, Mary Cole says": the parse hangs the description on the verb
        return root.head == head.head and head.dep_ in LEADING_DESCRIPTION_DEPS and head.i < root.i

    def _role_in_mention(self, mention: Span, name: Span) -> str | None:
        """ "UN Ambassador Samantha Power" or "Mike Purdy, a historian"; a title ("Ms.") or
        company kept ("Ms. Pires, along with Judge Vale") is not a role."""
        before = make_span(self.doc.text, mention.start, name.start).text
        if before and _core(before) and _core(before) not in HONORIFICS:
            return self._with_owner(mention.start, before.rstrip(","))
        after = AGE.sub("", make_span(self.doc.text, name.end, mention.end).text.strip(" ,"))
        if not after or after.split()[0].lower() in NOT_APPOSITION:
            return None
        first = self.doc.tokens(make_span(self.doc.text, mention.end - len(after), mention.end))
        if first is not None and len(first) and first[0].pos_ == "ADP":
            return None  # "Trump, in Kentucky, said": where, not who
        return after

    def _with_owner(self, start: int, role: str) -> str:
        """'the United States’ UN Ambassador' when the parser left the owner outside the NP."""
        head = self.doc.text[max(0, start - 3) : start].rstrip()
        marker = next((m for m in POSSESSIVE_MARKERS if head.endswith(m)), None)
        if marker is None:
            return role
        owner_end = start - (len(self.doc.text[:start]) - len(self.doc.text[:start].rstrip()))
        owner_end -= len(marker)
        for entity in self.doc.entities:
            if entity.span.end == owner_end and entity.label in ("GPE", "ORG", "NORP"):
                return self.doc.text[entity.span.start : start].strip() + " " + role
        return role

    def _pronoun(self, mention: Span, lowered: str) -> Speaker:
        want_person = lowered in PERSON_PRONOUNS
        gender = PRONOUN_GENDER.get(lowered)
        for _, earlier in reversed(self.history):
            same_kind = (earlier.type == "person") == want_person
            if same_kind and earlier.name and self._gender_fits(earlier.name, gender):
                return Speaker(earlier.name, earlier.role, earlier.type, mention)
        if want_person:
            for entity in reversed(self.doc.entities):
                if entity.label != "PERSON" or entity.span.end > mention.start:
                    continue
                full = self.fullest.get(entity.span.text.split()[-1], entity.span.text)
                if self._gender_fits(full, gender):
                    return Speaker(full, self.roles.get(full), "person", mention)
        return Speaker(None, None, "person" if want_person else "unknown", mention)

    def _fullest_description(self, text: str) -> str:
        """'The defense ministry' -> 'Russia’s defense ministry' when that was said earlier."""
        known = self.descriptions.get(_core(text))
        return known if known is not None and len(known) > len(text) else text


def _root(doc: Document, span: Span):
    """The syntactic head token of a span, or None for an empty one."""
    tokens = doc.tokens(span)
    return tokens.root if tokens is not None and len(tokens) else None


def _person_name(doc: Document, name: Span) -> str:
    """A PERSON entity's text without leading words that are no part of a name: the small NER
    sometimes takes in the verb before it ("Describing Mr Jackson")."""
    tokens = doc.tokens(name)
    if tokens is None or len(tokens) < 2:
        return name.text
    start = 0
    while start < len(tokens) - 1 and (
        tokens[start].pos_ in NOT_NAME_POS or tokens[start].tag_ in PARTICIPLE_TAGS
    ):
        start += 1
    return name.text[tokens[start].idx - name.start :] if start else name.text


def _description_type(mention: Span, head) -> SpeakerType:
    """The type of a description that names someone else ("Mr Vale's mother", "a report by …")."""
    if head.lower_ in UNNAMED_WORDS or head.tag_ == "NNS":
        return "unnamed"
    if head.lower_ in RELATION_WORDS:
        return "person"
    if head.lower_ in MEDIA_WORDS:
        return "media"
    if head.lower_ in GOVERNMENT_WORDS:
        return "government"
    if head.lower_ in ORGANISATION_WORDS or set(_words(mention.text)) & ORGANISATION_WORDS:
        return "organisation"
    return "unknown"


def _is_newspaper_title(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[0] in ("the", "The") and words[-1] in TITLE_WORDS


def speaker_type(doc: Document, mention: Span) -> SpeakerType:
    """A coarse type from entities and head words; 'unnamed' for officials, witnesses …"""
    root = _root(doc, mention)
    head = root.lower_ if root is not None else ""
    words = set(_words(mention.text))
    labels = {e.label for e in doc.entities_in(mention)}
    if "PERSON" in labels:
        return "person"
    if head in UNNAMED_WORDS and not labels & {"ORG"}:
        return "unnamed"
    if words & MEDIA_WORDS or _is_newspaper_title(mention.text):
        return "media"
    if words & GOVERNMENT_WORDS or "white house" in mention.text.lower():
        return "government"
    if labels & {"ORG", "NORP"} or words & ORGANISATION_WORDS:
        return "organisation"
    if head in UNNAMED_WORDS:
        return "unnamed"
    if labels & {"GPE"}:
        return "government"
    return "unknown"
