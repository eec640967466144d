"""Sources: who the article credits, merged across mentions, typed, and chained.

A reader judging an aggregation like "X said …, Interfax reported" needs to see both links of
the chain: the ministry made the statement, Interfax carried it, the aggregator copied it.
Sources come from three places: quote speakers, the outlets quotes were relayed through
("told Reuters", "as quoted by Interfax"), and credit lines ("Quotes came from AP").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsaudit.document import Document
from newsaudit.extractors.speakers import SpeakerResolver, role_description, role_words
from newsaudit.findings import Claim, Quote, Source, SourceType, Structure
from newsaudit.spans import Span, make_span

WIRE_AGENCIES = {
    "associated press": "Associated Press",
    "ap": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "interfax": "Interfax",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "xinhua": "Xinhua",
    "upi": "United Press International",
    "united press international": "United Press International",
    "dpa": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "press association": "Press Association",
    "pa media": "PA Media",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency",
    "bloomberg": "Bloomberg",
    "canadian press": "The Canadian Press",
    "australian associated press": "Australian Associated Press",
    "press trust of india": "Press Trust of India",
    "irna": "IRNA",
    "sana": "SANA",
}
OUTLET_WORDS = re.compile(
    r"\b(news|tv|television|channel|radio|newspaper|times|post|journal|herald|gazette|tribune|"
    r"magazine|network|broadcaster|daily|website|blog|cnn|bbc|fox|msnbc|nbc|abc|cbs|npr|pbs|"
    r"al jazeera|guardian|telegraph|politico|axios|breitbart|huffpost|huffington|vox|"
    r"bureau|press|media|outlet)\b",
    re.IGNORECASE,
)
GOVERNMENT_WORDS = re.compile(
    r"\b(ministry|department|government|administration|white house|kremlin|pentagon|army|"
    r"military|police|parliament|congress|senate|cabinet|embassy|regime|authorities|"
    r"presidency|council|commission|prosecutors?|court)\b",
    re.IGNORECASE,
)
OFFICIAL_ROLES = re.compile(
    r"\b(minister|secretary|ambassador|president|spokes(?:man|woman|person)|official|senator|"
    r"governor|mayor|lawmaker|congress(?:man|woman)|representative|general|chancellor|"
    r"commissioner|envoy|diplomat|prime minister|premier|chief of staff|attorney general|sheriff|"
    r"deputy|director|chair|chairman|chairwoman|leader|king|queen|prince)\b",
    re.IGNORECASE,
)
UNNAMED_WORDS = re.compile(
    r"^(?:some |several |two |three |many |other |senior |local |unnamed |anonymous )*"
    r"(?:[\w-]+ ){0,4}?(?:officials?|witnesses|sources?|residents|analysts|experts|people|"
    r"diplomats|activists|observers|insiders|aides|critics|officers|rebels|fighters|others|"
    r"hundreds|thousands|dozens|millions|protesters|demonstrators|marchers|crowds?|many|"
    r"some|voters|users|students|workers|families|survivors|victims|doctors|medics)\b",
    re.IGNORECASE,
)
AND_OTHERS = re.compile(r"\s+and\s+(?:many\s+|several\s+)?others?\b.*$", re.IGNORECASE)
PREPOSITION = re.compile(r"\s+(?:of|in|with|from|at|for|on|who|which|that)\s+")
DROP_TOKENS = {"the", "a", "an", "its", "their", "his", "her", "'s", "’s", "s"}
POSSESSIVE = re.compile(r"['’]s\b")
_WORD_CHAR = re.compile(r"\w")


@dataclass(slots=True)
class _Draft:
    name: str
    type: SourceType
    key: frozenset[str]
    surface: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    mentioned: set[Span] = field(default_factory=set)  # the same, for a membership test
    via: list[int] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    credited: bool = False


def name_key(name: str) -> frozenset[str]:
    """Order-free content words: "Russia's defense ministry" → {russia, defense, ministry}."""
    words = re.findall(r"[\w-]+", POSSESSIVE.sub("", name.lower()))
    return frozenset(w for w in words if w not in DROP_TOKENS)


def canonical_wire(name: str) -> str | None:
    lowered = re.sub(r"^the\s+", "", name.strip().lower())
    lowered = re.sub(r"\s+(news agency|agency|news service|wire)$", "", lowered)
    lowered = re.sub(r"^(?:[\w’']+['’]s\s+)", "", lowered)
    return WIRE_AGENCIES.get(lowered)


UNNAMED_JOURNALIST = re.compile(
    r"\b(?:correspondent|reporter|journalist|stringer|crew)s?$", re.IGNORECASE
)


def classify(name: str, speaker_type: str | None = None, role: str | None = None) -> SourceType:
    """Type a source from its name, the quote stage's speaker type and its role."""
    if canonical_wire(name):
        return "wire"
    if UNNAMED_JOURNALIST.search(name.strip()):
        return "unnamed"  # "Orient TV's correspondent": a journalist the article doesn't name
    if speaker_type == "unnamed" or (UNNAMED_WORDS.match(name) and not _has_proper_noun(name)):
        return "unnamed"
    if speaker_type == "media" or OUTLET_WORDS.search(name):
        return "outlet"
    if speaker_type == "person" or (speaker_type is None and _looks_like_person(name)):
        return "official" if role and _official_role(role) else "person"
    if GOVERNMENT_WORDS.search(name):
        return "government"
    if OFFICIAL_ROLES.search(name):
        return "official"
    if _described_not_named(name):
        return "unnamed"
    return "government" if speaker_type == "government" else "organisation"


def _official_role(role: str) -> bool:
    """ "Gov." and "Sen." are official roles as much as "governor" and "senator" are."""
    return bool(OFFICIAL_ROLES.search(role) or OFFICIAL_ROLES.search(" ".join(role_words(role))))


# How specific a type is: merged mentions take the most specific ("Holcomb" typed person and
# "Gov. Eric Holcomb" typed official are one official).
SPECIFICITY = {
    "unnamed": 0,
    "person": 1,
    "organisation": 1,
    "official": 2,
    "government": 2,
    "outlet": 2,
    "wire": 3,
}
ORGANISATION_TYPES = frozenset({"organisation", "government", "outlet"})
PERSON_TYPES = frozenset({"person", "official"})
ACRONYM = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z]\.?){2,7})$")
CONNECTIVES = frozenset({"of", "and", "for", "the", "on", "in", "&", "to", "at", "de"})


def _more_specific(a: SourceType, b: SourceType) -> SourceType:
    return b if SPECIFICITY[b] > SPECIFICITY[a] else a


def _described_not_named(name: str) -> bool:
    """ "The same Chicago environmentalists", "the prime suspect in …": a description, no name."""
    name = AND_OTHERS.sub("", name.strip())
    head = PREPOSITION.split(name, maxsplit=1)[0].split()
    return bool(head) and head[-1][:1].islower()


def _has_proper_noun(name: str) -> bool:
    """A capital after the first word ("officials of Hamas"); a lone first word can't tell."""
    return any(w[:1].isupper() for w in name.split()[1:])


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


class _Registry:
    """Collects drafts and merges mentions that name the same source."""

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.merged: dict[int, int] = {}  # a draft folded into another -> that other

    def add(self, name: str, type_: SourceType, mention: Span | None) -> int:
        display = canonical_wire(name) or _display_name(name)
        key = name_key(display)
        index = self._find(key, type_)
        if index is None:
            self.drafts.append(_Draft(display, type_, key))
            index = len(self.drafts) - 1
        draft = self.drafts[index]
        if len(display) > len(draft.name) and type_ == draft.type and type_ != "wire":
            draft.name, draft.key = display, key
        if {type_, draft.type} <= PERSON_TYPES:
            draft.type = _more_specific(draft.type, type_)
        draft.surface.add(name)
        if mention is not None and mention not in draft.mentioned:
            draft.mentions.append(mention)
            draft.mentioned.add(mention)
        return index

    def merge(self, keep: int, drop: int) -> None:
        """Fold draft ``drop`` into ``keep`` (``drop`` stays, empty, until ``compact``)."""
        kept, dropped = self.drafts[keep], self.drafts[drop]
        kept.surface |= dropped.surface | {dropped.name}
        for mention in dropped.mentions:
            if mention not in kept.mentioned:
                kept.mentions.append(mention)
                kept.mentioned.add(mention)
        kept.via.extend(v for v in dropped.via if v not in kept.via)
        kept.credited = kept.credited or dropped.credited
        kept.type = _more_specific(kept.type, dropped.type)
        self.merged[drop] = keep

    def target(self, index: int) -> int:
        while index in self.merged:
            index = self.merged[index]
        return index

    def compact(self, owners: list[int | None]) -> list[int | None]:
        """Drop merged drafts, renumber the rest, and point owners and relays at the kept ones."""
        new_index: dict[int, int] = {}
        drafts = []
        for index, draft in enumerate(self.drafts):
            if index not in self.merged:
                new_index[index] = len(drafts)
                drafts.append(draft)
        for index, draft in enumerate(drafts):
            vias = [new_index[self.target(v)] for v in draft.via]
            draft.via = [v for v in dict.fromkeys(vias) if v != index]
        owners = [None if o is None else new_index[self.target(o)] for o in owners]
        self.drafts, self.merged = drafts, {}
        return owners

    def _find(self, key: frozenset[str], type_: SourceType) -> int | None:
        if not key:
            return None
        for index, draft in enumerate(self.drafts):
            if draft.key == key:
                return index
        for index, draft in enumerate(self.drafts):
            if _same_referent(key, draft.key, type_, draft.type):
                return index
        return None


def _same_referent(a: frozenset[str], b: frozenset[str], type_a: str, type_b: str) -> bool:
    """ "The defense ministry" is "Russia's defense ministry"; "Power" is "Samantha Power"."""
    if type_a != type_b and {type_a, type_b} != {"person", "official"}:
        return False
    smaller, larger = (a, b) if len(a) <= len(b) else (b, a)
    if type_a in ("person", "official"):
        return len(smaller) == 1 and smaller <= larger
    if type_a == "unnamed":
        return a == b
    return len(smaller) >= 2 and smaller <= larger


def _display_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().strip(",.;:"))
    if name.isupper() and " " in name:
        name = name.title()  # "ASSOCIATED PRESS"; one word in capitals is an acronym or a
        # call sign ("UNICEF", "KXAN-TV") and keeps them
    return re.sub(r"^(?:The|the)\s+(?=[a-z])", "", name)


def _speaker_sources(registry: _Registry, quotes: list[Quote]) -> list[int | None]:
    owners: list[int | None] = []
    for quote in quotes:
        speaker = quote.speaker
        name = speaker.name or (speaker.span.text if speaker.span else None)
        if not name or speaker.type == "writer":
            owners.append(None)
            continue
        type_ = classify(name, speaker.type, speaker.role)
        owners.append(registry.add(name, type_, speaker.span))
    return owners


def _relay_sources(
    doc: Document, registry: _Registry, quotes: list[Quote], owners: list[int | None]
) -> None:
    """Link each quote's source to the outlets it came through."""
    for quote, owner in zip(quotes, owners, strict=True):
        for via_name in quote.via:
            mention = _find_mention(doc, quote, via_name)
            via_index = registry.add(via_name, classify(via_name, "media"), mention)
            vias = registry.drafts[owner].via if owner is not None else None
            if vias is not None and via_index != owner and via_index not in vias:
                vias.append(via_index)
    _nested_relays(doc, registry, quotes, owners)


def _nested_relays(
    doc: Document, registry: _Registry, quotes: list[Quote], owners: list[int | None]
) -> None:
    """ "X said …, Interfax reported": a quote inside a media source's content is relayed by it."""
    for outer, outer_owner in zip(quotes, owners, strict=True):
        if outer_owner is None or registry.drafts[outer_owner].type not in ("wire", "outlet"):
            continue
        for inner, inner_owner in zip(quotes, owners, strict=True):
            if inner is outer or inner_owner is None or inner_owner == outer_owner:
                continue
            anchor = inner.cue or inner.content
            if outer.content.contains(anchor) or outer.content.contains(inner.content):
                vias = registry.drafts[inner_owner].via
                if outer_owner not in vias:
                    vias.append(outer_owner)


def _find_mention(doc: Document, quote: Quote, name: str) -> Span | None:
    """The via name's occurrence nearest the quote (in its sentence or paragraph)."""
    paragraph = doc.paragraphs[doc.paragraph_index(quote.content.start)]
    start = doc.text.find(name, paragraph.start, paragraph.end)
    if start < 0:
        return None
    return make_span(doc.text, start, start + len(name))


def _credit_sources(doc: Document, registry: _Registry, structure: Structure) -> None:
    """Names in credit lines: people where the entity layer says so, otherwise outlets."""
    for credit in structure.credits:
        for name in credit.names:
            is_person = any(e.label == "PERSON" and e.span.overlaps(name) for e in doc.entities)
            kind = classify(name.text, "person" if is_person else "media")
            index = registry.add(name.text, kind, name)
            registry.drafts[index].credited = True


def _merge_variants(doc: Document, registry: _Registry) -> None:
    """Fold sources that are other names of an earlier one: a role description into the one
    person the article gives that role, a lone surname into the one full name it ends, an
    acronym into its expansion. Each only when exactly one source fits."""
    drafts = registry.drafts
    resolver: SpeakerResolver | None = None
    for index, draft in enumerate(drafts):
        if index in registry.merged:
            continue
        keep = None
        if role_description(draft.name) is not None or role_description("the " + draft.name):
            resolver = resolver or SpeakerResolver(doc)
            keep = _role_holder(doc, registry, resolver, index)
        elif draft.type in PERSON_TYPES | {"organisation"}:
            keep = _surname_owner(doc, registry, index)
        if keep is None and draft.type in ORGANISATION_TYPES:
            keep = _expansion(doc, registry, index)
        if keep is not None:
            registry.merge(keep, index)


def _live(registry: _Registry, index: int) -> list[tuple[int, _Draft]]:
    return [
        (i, d) for i, d in enumerate(registry.drafts) if i != index and i not in registry.merged
    ]


def _role_holder(
    doc: Document, registry: _Registry, resolver: SpeakerResolver, index: int
) -> int | None:
    """ "The governor" (or "governor", as displayed) → the source "Eric Holcomb" when he is
    the one person the article introduced as governor."""
    draft = registry.drafts[index]
    name = draft.name if role_description(draft.name) else "the " + draft.name
    holder = resolver.role_holder(
        name, min((m.start for m in draft.mentions), default=len(doc.text))
    )
    if holder is None:
        return None
    key = name_key(holder)
    fits = [i for i, d in _live(registry, index) if d.type in PERSON_TYPES and d.key == key]
    return fits[0] if len(fits) == 1 else None


def _surname_owner(doc: Document, registry: _Registry, index: int) -> int | None:
    """ "Holcomb" → "Eric Holcomb" when one person source's name ends with that word. An
    organisation-typed word only when no organisation in the text is named with it ("Ford"
    beside "Ford Motor Co.")."""
    draft = registry.drafts[index]
    words = draft.name.split()
    if len(words) != 1 or not words[0][:1].isupper() or not words[0].isalpha():
        return None
    word = words[0]
    fits = [
        i
        for i, d in _live(registry, index)
        if d.type in PERSON_TYPES and len(d.name.split()) >= 2 and d.name.split()[-1] == word
    ]
    if len(fits) != 1:
        return None
    if draft.type == "organisation" and any(
        e.label == "ORG" and word in e.span.text.split() and e.span.text != word
        for e in doc.entities
    ):
        return None
    return fits[0]


def _initials(name: str) -> set[str]:
    """Initials of a name's words but connectives, also without its first word ("U.S. Centers
    for Disease Control" gives UCDC and CDC; "Russia's Federal Security Service": RFSS, FSS)."""
    words = [w.strip("()“”\"',.") for w in name.split()]
    words = [w for w in words if w and w.lower() not in CONNECTIVES]
    # every content word counts: "the European Union's top court" is no "EU"
    return {"".join(w[0].upper() for w in words[i:]) for i in range(min(2, len(words)))}


def _expansion(doc: Document, registry: _Registry, index: int) -> int | None:
    """ "CDC" or "the CDC" → "Centers for Disease Control and Prevention": the one
    organisation whose initials spell it (all of them, or all but a last word: CDC is the
    Centers for Disease Control and Prevention), or that the article writes with the acronym
    in brackets after it."""
    draft = registry.drafts[index]
    match = ACRONYM.match(draft.name)
    if match is None:
        return None
    acronym = match.group(1)
    letters = acronym.replace(".", "")
    fits = []
    for i, other in _live(registry, index):
        if other.type not in ORGANISATION_TYPES or len(other.name.split()) < 2:
            continue
        defined = re.search(
            re.escape(other.name) + r"\s*\((?:the\s+)?" + re.escape(acronym) + r"\)", doc.text
        )
        initials = _initials(other.name)
        spelled = letters in initials or (
            len(letters) >= 3
            and any(len(x) == len(letters) + 1 and x.startswith(letters) for x in initials)
        )
        if defined or spelled or f"({acronym})" in other.name:
            fits.append(i)
    return fits[0] if len(fits) == 1 else None


def _forms(draft: _Draft) -> tuple[set[str], bool]:
    """The names a source goes by in the text, and whether case is ignored when finding them."""
    forms = {draft.name} | {s for s in draft.surface if len(s) >= 3}
    return forms, draft.type == "wire"


def _all_mentions(doc: Document, drafts: list[_Draft]) -> list[list[Span]]:
    """For each source, every place the article names it, not only where it is quoted.

    A name matches as a whole word (all capitals or a wire's name in any case). All names are
    found in one pass per case mode, so a long article with many sources costs one scan, not
    one scan per name: the pass finds the longest name starting at each word start, and the
    shorter names starting there are its prefixes (looked up where a word ends)."""
    owners: dict[tuple[bool, str], list[int]] = {}
    for index, draft in enumerate(drafts):
        forms, wire = _forms(draft)
        for form in forms:
            folded = wire or form.isupper()
            owners.setdefault((folded, form.lower() if folded else form), []).append(index)
    found: list[set[Span]] = [set(d.mentions) for d in drafts]
    for folded in (False, True):
        names = sorted({name for fold, name in owners if fold == folded})
        if not names:
            continue
        flags = re.IGNORECASE if folded else 0
        pattern = re.compile(r"(?=(?<!\w)(" + _trie_pattern(names) + r")(?!\w))", flags)
        for match in pattern.finditer(doc.text):
            start, longest = match.start(), match.group(1)
            for end in _word_ends(longest):
                name = longest[:end].lower() if folded else longest[:end]
                for index in owners.get((folded, name), ()):
                    found[index].add(make_span(doc.text, start, start + end))
    return [_drop_nested(sorted(spans)) for spans in found]


def _word_ends(text: str) -> list[int]:
    """Where a whole-word prefix of ``text`` may end: before a non-word character or at its end."""
    return [i for i in range(1, len(text)) if not _WORD_CHAR.match(text, i)] + [len(text)]


def _trie_pattern(names: list[str]) -> str:
    """One regex for many literal names that tries the longest first (a trie of characters,
    so a position costs the length of what matches there, not the number of names)."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def _drop_nested(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and kept[-1].contains(span):
            continue
        kept.append(span)
    return kept


def _link_claims(sources: list[Source], quotes: list[Quote], claims: list[Claim]) -> None:
    by_id = {s.id: s for s in sources}
    for index, claim in enumerate(claims):
        if claim.quote is None or claim.quote >= len(quotes):
            continue
        source_id = quotes[claim.quote].source_id
        if source_id is not None:
            claim.source = source_id
            by_id[source_id].claims.append(index)


def extract_sources(
    doc: Document, structure: Structure, quotes: list[Quote], claims: list[Claim]
) -> list[Source]:
    """Merge, type and chain every credited source; link quotes and claims to them."""
    registry = _Registry()
    owners = _speaker_sources(registry, quotes)
    _relay_sources(doc, registry, quotes, owners)
    _credit_sources(doc, registry, structure)
    _merge_variants(doc, registry)
    owners = registry.compact(owners)
    ids = [f"s{i + 1}" for i in range(len(registry.drafts))]
    mentions = _all_mentions(doc, registry.drafts)
    sources = []
    for index, draft in enumerate(registry.drafts):
        sources.append(
            Source(
                id=ids[index],
                name=draft.name,
                type=draft.type,
                mentions=mentions[index],
                via=[ids[v] for v in draft.via],
                credited=draft.credited,
            )
        )
    for quote_index, (quote, owner) in enumerate(zip(quotes, owners, strict=True)):
        if owner is not None:
            quote.source_id = ids[owner]
            sources[owner].quotes.append(quote_index)
    _link_claims(sources, quotes, claims)
    return sources
