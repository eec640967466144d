"""Speakers: who a quote is attributed to, resolved as far as the article allows.

A mention ("Power", "she", "The defense ministry") is resolved to the fullest name the article
gives ("Samantha Power", "Russia’s defense ministry"), with the role or title the article
attaches to that name, and a coarse type (person, organisation, government, media, unnamed).
Resolution is rule-based and measured (`newsaudit.evaluation.coref`, on hand-labelled PolNeAR
sources): last names match the fullest PERSON entity (two people sharing a surname stay apart);
"he" / "she" take the latest earlier speaker or person named as a subject or owner outside
quote marks, first one the article shows to be of that gender; a definite description of one
person ("the actress", "the former president") takes the nearest person named before whose
title holds its noun, else whose gender fits; other descriptions take the fullest earlier
mention with the same head words.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
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
    news tv television channel newspaper paper magazine times post journal reuters
    ap afp interfax tass bbc cnn correspondent reporter broadcaster radio outlet network
    station daily tribune herald gazette wire press associated politico fox msnbc abc nbc
    cbs npr bloomberg guardian telegraph website blog editorial headline report ledger
    chronicle courier dispatch examiner inquirer enquirer sentinel bulletin
    """
)
# "agency" is not among them: most agencies in the news are public bodies ("the European
# Medicines Agency", "the agency said"); a news agency is media by its "news" or by the wire list.
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
# Nouns for one person that a definite description ("the actress", "the former president")
# may use for someone the article has named; with the gender the noun itself tells.
PERSON_NOUNS = _lexicon(
    """
    president candidate nominee senator governor mayor congressman congresswoman lawmaker
    judge justice actor actress star singer comedian rapper host anchor businessman
    businesswoman mogul magnate developer billionaire tycoon neurosurgeon surgeon doctor
    woman man democrat republican socialist independent frontrunner front-runner hopeful
    chairman chairwoman chair leader minister secretary ambassador general director
    official spokesman spokeswoman spokesperson founder co-founder executive
    """
)
FEMALE_NOUNS = _lexicon(
    "actress woman businesswoman congresswoman chairwoman spokeswoman wife mother daughter "
    "sister widow girl lady queen princess grandmother"
)
MALE_NOUNS = _lexicon(
    "actor man businessman congressman chairman spokesman husband father son brother "
    "widower boy king prince grandfather"
)
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$")
# "her" and "him" are left out: as objects they are most often someone else
FEMALE_PRONOUNS = frozenset({"she", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "his", "himself"})
MAX_PRONOUN_CANDIDATES = 60  # earlier people a he / she looks back over (bounds dense text)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
NOT_FIRST_NAMES = _lexicon(
    """
    president vice former sen senator gov governor rep representative judge justice gen
    general secretary chairman chairwoman speaker leader gop sgt capt col lt
    """
)
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
    # surname -> first name -> that person's fullest name, in the order the article names them
    people: dict[str, dict[str, str]] = field(default_factory=dict)
    ordered: list[Span] = field(default_factory=list)  # PERSON spans in text order
    ordered_starts: list[int] = field(default_factory=list)  # their starts, for bisect
    # (start, span) of PERSON mentions that are a subject or an owner outside quote marks,
    # and (position, speaker) of the person speakers resolved so far; both kept sorted
    subjects: list[tuple[int, Span]] = field(default_factory=list)
    person_history: list[tuple[int, int, Speaker]] = field(default_factory=list)
    indefinite: dict[str, int | None] = field(default_factory=dict)  # noun -> first "a <noun>"
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
            first = _first_name(name)
            if first is not None:
                people = self.people.setdefault(name.split()[-1], {})
                if len(name) > len(people.get(first, "")):
                    people[first] = name
        for span in self.names:
            full = self._full(span)
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
            clear = gender is not None and not self._ambiguous(span)
            if clear and self.genders.setdefault(full, gender) != gender:
                self.genders[full] = "?"  # two people share the surname: no evidence
        for full, gender in self._pronoun_genders().items():
            self.genders.setdefault(full, gender)
        self.ordered = sorted(self.names, key=lambda span: span.start)
        self.ordered_starts = [span.start for span in self.ordered]
        for span in self.ordered:
            root = _root(self.doc, span)
            if root is not None and root.dep_ in SUBJECT_DEPS and not self._in_quote(span.start):
                self.subjects.append((span.start, span))

    def _ambiguous(self, span: Span) -> bool:
        """A bare surname ("Clinton", "Mr. Clinton") that two people in the article share."""
        name = self.names[span]
        return len(self.people.get(name.split()[-1], ())) > 1 and _first_name(name) is None

    def _full(self, span: Span) -> str:
        """The fullest name of a PERSON mention. When two people share a surname ("Bill
        Clinton", "Hillary Clinton"), a name with a first name keeps it, and a bare surname
        goes to the one its title's gender fits ("Mrs. Clinton"), else to the one the
        article named first (usually its subject)."""
        name = self.names[span]
        surname = name.split()[-1]
        people = self.people.get(surname, {})
        if len(people) <= 1:
            return self.fullest.get(surname, name)
        first = _first_name(name)
        if first is not None:
            return people.get(first, name)
        gender = self._titled_gender(span)
        for full in people.values():
            if gender is not None and self.genders.get(full) == gender:
                return full
        return next(iter(people.values()))

    def _pronoun_genders(self) -> dict[str, str]:
        """Gender the article shows by its pronouns: a sentence naming one person, and the next
        sentence when it names nobody, count "he / his" against "she / her" for that person.
        Two to one or better decides; used only where no title ("Mr", "Ms") did."""
        votes: dict[str, list[int]] = {}
        by_sentence: dict[int, list[Span]] = {}
        for span in self.names:
            by_sentence.setdefault(self.doc.sentence_index(span.start), []).append(span)
        sentences = self.doc.sentences
        for index, spans in by_sentence.items():
            people = {self._full(span) for span in spans}
            if len(people) != 1:
                continue
            tally = votes.setdefault(people.pop(), [0, 0])
            last = index + 1 if index + 1 not in by_sentence else index
            for sentence in sentences[index : min(last, len(sentences) - 1) + 1]:
                for token in self.doc.doc[sentence.token_start : sentence.token_end]:
                    word = token.lower_
                    tally[0] += word in MALE_PRONOUNS
                    tally[1] += word in FEMALE_PRONOUNS
        genders = {}
        for full, (male, female) in votes.items():
            if male >= 2 * max(female, 1) or (male and not female):
                genders[full] = "m"
            elif female >= 2 * max(male, 1) or (female and not male):
                genders[full] = "f"
        return genders

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
        if speaker.type == "person" and speaker.name:
            position = speaker.span.start if speaker.span is not None else at
            bisect.insort(self.person_history, (position, len(self.history), speaker))
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
            full = self._full(entity.span)
            role = self._role_in_mention(mention, entity.span) or self.roles.get(full)
            return Speaker(full, role, "person", mention)
        holder = self.role_holder(mention.text, mention.start)
        if holder is not None:  # "the governor": the one person introduced as governor
            return Speaker(holder, self.roles.get(holder), "person", mention)
        last_word = mention.text.split()[-1]
        if last_word in self.fullest and last_word[:1].isupper():
            people = list(self.people.get(last_word, {}).values())
            # "Ortiz" the parser did not tag as a person
            full = people[0] if len(people) > 1 else self.fullest[last_word]
            return Speaker(full, self.roles.get(full), "person", mention)
        if head is not None and not persons:
            referent = self._description_referent(mention, head)
            if referent is not None:
                role = self.roles.get(referent) or _core(mention.text)
                return Speaker(referent, role, "person", mention)
        kind = speaker_type(self.doc, mention)
        name = TRAILING_AGE.sub("", mention.text)  # "Ms Cole, 54"
        return Speaker(self._fullest_description(name), None, kind, mention)

    def _description_referent(self, mention: Span, head) -> str | None:
        """The named person a definite description of one person stands for: "the actress",
        "the former president", "the 46-year-old". An indefinite one ("a reporter") brings in
        someone new, and so does "the woman" after "a woman": neither is resolved. The person
        is the nearest one named before whose titles hold the noun ("President Obama" for "the
        president"), else the nearest one named before whose gender does not contradict it."""
        words = mention.text.split()
        noun = head.lower_
        if not words or words[0].lower() not in ("the", "this") or len(words) > 7:
            return None
        if head.tag_ != "NN" and not AGE_NOUN.match(noun):
            return None
        if noun not in PERSON_NOUNS and not AGE_NOUN.match(noun):
            return None
        if any(e.label not in ("NORP", "DATE", "CARDINAL") for e in self.doc.entities_in(mention)):
            return None
        if noun not in self.indefinite:
            found = re.search(
                rf"\b(?:an?|another)\s+(?:[\w’'“”\"-]+\s+){{0,4}}{re.escape(noun)}\b",
                self.doc.text,
                re.I,
            )
            self.indefinite[noun] = found.start() if found else None
        first_indefinite = self.indefinite[noun]
        if first_indefinite is not None and first_indefinite < mention.start:
            return None
        gender = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None
        cut = bisect.bisect_left(self.ordered_starts, mention.start)
        before = (self._full(s) for s in reversed(self.ordered[:cut]) if s.end <= mention.start)
        fitting = [full for full in before if self._gender_fits(full, gender)]
        for full in fitting:
            if noun in self.role_sets.get(full, ()):
                return full
        return fitting[0] if fitting else None

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
        if want_person:
            return self._person_pronoun(mention, gender)
        for _, earlier in reversed(self.history):
            if earlier.type != "person" and earlier.name:
                return Speaker(earlier.name, earlier.role, earlier.type, mention)
        return Speaker(None, None, "unknown", mention)

    def _person_pronoun(self, mention: Span, gender: str | None) -> Speaker:
        """ "he" / "she": the latest earlier person, among the speakers already resolved and
        the people named as a subject or an owner outside quote marks ("President Obama
        prompted outrage when he …", "One of Trump's jeremiads came when he …"), whose
        gender does not contradict the pronoun's."""
        spoken = self.person_history[
            : bisect.bisect_left(self.person_history, (mention.start, -1, None))
        ]
        named = self.subjects[: bisect.bisect_left(self.subjects, mention.start, key=_first)]
        candidates = heapq.merge(
            ((position, speaker) for position, _, speaker in reversed(spoken)),
            (
                (start, self._speaker_of(span))
                for start, span in reversed(named)
                if span.end <= mention.start
            ),
            key=_first,
            reverse=True,
        )
        ranked = list(itertools.islice(candidates, MAX_PRONOUN_CANDIDATES))
        # first one the article shows to be of the pronoun's gender, back to the paragraph
        # before; else the latest one whose gender is not known to differ
        paragraph = self.doc.paragraph_index(mention.start)
        for position, earlier in ranked:
            if gender is None or self.doc.paragraph_index(position) < paragraph - 1:
                break
            if self.genders.get(earlier.name or "") == gender:
                return Speaker(earlier.name, earlier.role, earlier.type, mention)
        for _, earlier in ranked:
            if self._gender_fits(earlier.name, gender):
                return Speaker(earlier.name, earlier.role, earlier.type, mention)
        for span in reversed(self.ordered):
            if span.end <= mention.start and self._gender_fits(self._full(span), gender):
                full = self._full(span)
                return Speaker(full, self.roles.get(full), "person", mention)
        return Speaker(None, None, "person", mention)

    def _speaker_of(self, span: Span) -> Speaker:
        full = self._full(span)
        return Speaker(full, self.roles.get(full), "person", span)

    def _in_quote(self, offset: int) -> bool:
        """Whether ``offset`` falls inside quote marks opened earlier in its paragraph."""
        paragraph = self.doc.paragraphs[self.doc.paragraph_index(offset)]
        before = self.doc.text[paragraph.start : offset]
        curly = before.count("“") > before.count("”")
        return curly or before.count('"') % 2 == 1 or before.count("''") % 2 == 1

    def _fullest_description(self, text: str) -> str:
        """'The defense ministry' -> 'Russia’s defense ministry' when that was said earlier."""
        known = self.descriptions.get(_core(text))
        return known if known is not None and len(known) > len(text) else text


def _first(item: tuple) -> int:
    return item[0]


def _first_name(name: str) -> str | None:
    """ "Hillary Clinton" -> "Hillary"; None for a bare or titled surname ("Mr. Clinton")."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].rstrip(".").lower()
    if first in HONORIFICS or first in GENDER_TITLES or first in NOT_FIRST_NAMES:
        return None
    return words[0] if words[0][:1].isupper() else None


def _root(doc: Document, span: Span):
    """The syntactic head token of a span, or None for an empty one."""
    tokens = doc.tokens(span)
    return tokens.root if tokens is not None and len(tokens) else None


def _person_name(doc: Document, name: Span) -> str:
    """A PERSON entity's text without leading words that are no part of a name: the small NER
    sometimes takes in the verb before it ("Describing Mr Jackson")."""
    text = name.text
    for marker in POSSESSIVE_MARKERS[:2]:  # "Bill Clinton's years": the name is "Bill Clinton"
        if text.endswith(marker) and len(text) > len(marker):
            text = text[: -len(marker)]
            name = make_span(doc.text, name.start, name.start + len(text))
            break
    tokens = doc.tokens(name)
    if tokens is None or len(tokens) < 2:
        return text
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


def _media_word_misread(doc: Document, mention: Span, words: set[str]) -> bool:
    """ "told Fox", "told Politico": one media word the NER reads as a person, unless someone
    in the article bears it as a surname ("Liam Fox")."""
    if len(words) != 1 or not words <= MEDIA_WORDS or not mention.text.strip()[:1].isupper():
        return False
    word = mention.text.strip()
    return not any(e.label == "PERSON" and word in e.span.text.split()[1:] for e in doc.entities)


def speaker_type(doc: Document, mention: Span) -> SpeakerType:
    """A coarse type from entities and head words; 'unnamed' for officials, witnesses …"""
    from newsaudit.extractors.outlets import is_outlet, outlet_headed  # both read this module
    from newsaudit.extractors.sources import canonical_wire

    root = _root(doc, mention)
    head = root.lower_ if root is not None else ""
    words = set(_words(mention.text))
    labels = {e.label for e in doc.entities_in(mention)}
    if is_outlet(doc, mention.text) or outlet_headed(doc, root):
        return "media"  # an outlet by the article's own evidence ("told Ruptly"), or by its
        # head noun when the NER misreads its name ("The Telegraph newspaper")
    if "PERSON" in labels and not _media_word_misread(doc, mention, words):
        return "person"
    if head in UNNAMED_WORDS and not labels & {"ORG"}:
        return "unnamed"
    if words & MEDIA_WORDS or _is_newspaper_title(mention.text) or canonical_wire(mention.text):
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
