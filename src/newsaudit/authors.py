"""Cleaning author metadata: names only, not the dates and labels pages glue to them.

trafilatura reads the author from a page's metadata and byline markup, and real pages put more
than names there: "Jeff Foust Monday; November", "Detroit News wire services Published",
"By Jane Roe | Updated 3:15 PM". A report that shows the author must show a name, so each part
loses the byline cue in front and the date, time and publishing labels behind it; parts left
with nothing are dropped, duplicates merged, and the names joined with "; " (trafilatura's own
separator).
"""

from __future__ import annotations

import re

PARTS = re.compile(r"\s*(?:;|\|| / |\n)\s*")
CUE = re.compile(
    r"^(?:(?:(?:view|see) all posts|zeige alle beiträge|alle beiträge|zum profil|beitrag|"
    r"written|posted|published|reported|words|text|story|photos?|interview)\s+(?:by|von)|"
    r"by|von|vom|par|por|autor(?:in)?|auteur|author|text|interview)[:\s]\s*",
    re.IGNORECASE,
)
AND = re.compile(r"\s+(?:and|und|y|et)\s+|\s*&\s*", re.IGNORECASE)
ORGANISATION = re.compile(r"\b(?:gmbh|ag|e\s?v|inc|ltd|llc|s\.?a|corp)\b\.?$", re.IGNORECASE)
DEGREES = frozenset(["phd", "md", "msc", "mba", "dr", "prof", "rn", "jd"])
ROLES = frozenset(
    [
        "staff",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "contributor",
        "redakteur",
        "redakteurin",
        "redaktion",
    ]
)
ABBREVIATION = re.compile(r"^(?:[A-Z]|Jr|Sr|St)$")
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag"
)
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar februar märz mai juni juli oktober dezember"
)
LABELS = (
    "published updated posted modified last on at am pm uhr et est edt pst pdt gmt utc bst "
    "veröffentlicht aktualisiert publiziert stand vor ago hora publicación tiempo lesezeit "
    "reading read min mins text interview foto fotos photo photos bild"
)
JUNK = frozenset(f"{WEEKDAYS} {LABELS}".split())
MONTH_NAMES = frozenset(MONTHS.split())  # junk only beside a number: "Theresa May" is a name
NUMBERISH = re.compile(r"^[\d:.,/-]+(?:am|pm|h)?$", re.IGNORECASE)
NOT_A_NAME = re.compile(r"@|https?://|www\.|^\W*$")
MAX_NAME_WORDS = 8


def _bare(word: str) -> str:
    return word.strip(",.·–—-()[]").lower()


def _is_junk(word: str, following: str = "") -> bool:
    bare = _bare(word)
    if bare in MONTH_NAMES:
        return bool(NUMBERISH.match(_bare(following)))
    return not bare or bare in JUNK or bool(NUMBERISH.match(bare))


def clean_part(part: str) -> str | None:
    """One author string without its byline cue and trailing date or label; None if nothing
    of a name is left."""
    text = CUE.sub("", " ".join(part.split()).strip(" ,·–—-'\"‘’“”")).strip(" ,·–—-")
    words = text.split()
    for index, word in enumerate(words):  # a date or label ends the name
        following = words[index + 1] if index + 1 < len(words) else ""
        if index > 0 and _is_junk(word, following):
            words = words[:index]
            break
    while words and _is_junk(words[-1]):
        words.pop()
    name = " ".join(words).strip(" ,·–—-")
    if not name or _is_junk(name) or _bare(name) in MONTH_NAMES or NOT_A_NAME.search(name):
        return None
    if len(words) > MAX_NAME_WORDS:
        return None
    return name


def _site_keys(sites: tuple[str | None, ...]) -> set[str]:
    """Letters-only forms of the site name and host ("jungle.world" → "jungleworld", "jungle")."""
    keys = set()
    for site in sites:
        if not site:
            continue
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", site.casefold()).split("/")[0]
        labels = host.split(".")
        keys.add(re.sub(r"\W", "", host))
        if len(labels) > 1:
            keys.add(re.sub(r"\W", "", "".join(labels[:-1])))
            keys.add(re.sub(r"\W", "", labels[-2]))
    return {k for k in keys if len(k) >= 3}


def _is_site(name: str, keys: set[str]) -> bool:
    flat = re.sub(r"\W", "", name.casefold())
    return any(flat == k or flat.startswith(k) or k in flat for k in keys)


def _drop_tail_roles(name: str, keys: set[str]) -> str:
    """ "Adam Roe Example Staff" → "Adam Roe": a role word, and the site's name before it."""
    words = name.split()
    while len(words) > 2 and (words[-1].lower() in ROLES or _is_site(words[-1], keys)):
        words.pop()
    return " ".join(words)


def clean_author(value: str | None, sites: tuple[str | None, ...] = ()) -> str | None:
    """The names in an author field, joined with "; ", or None when none is left.

    ``sites`` (the site name, the host) lets a part naming the outlet itself go when a person is
    named beside it ("Rob Roe; CNN" → "Rob Roe"); an outlet named alone stays.
    """
    if not value:
        return None
    keys = _site_keys(sites)
    names: list[str] = []
    seen: set[str] = set()
    for part in PARTS.split(value):
        for piece in AND.split(part):
            name = clean_part(piece)
            if name and name.split()[-1].strip(".").lower() in DEGREES and len(name.split()) == 1:
                name = None
            if name:
                name = _drop_tail_roles(name, keys)
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)
    people = [n for n in names if not _is_site(n, keys) and not ORGANISATION.search(n)]
    return "; ".join(people or names) or None


def restore_initials(author: str | None, page: str) -> str | None:
    """Put back the full stops of initials the page writes ("Leah C Stokes" → "Leah C. Stokes")
    when the author appears in the page that way; metadata extraction drops them."""
    if not author:
        return author
    out = []
    for name in author.split("; "):
        words = name.split()
        if len(words) < 2 or not any(ABBREVIATION.match(w) for w in words):
            out.append(name)
            continue
        pieces = [re.escape(w) + (r"(\.?)" if ABBREVIATION.match(w) else "()") for w in words]
        pattern = r"(\s*)".join(pieces)
        match = re.search(r"(?<![\w.])" + pattern + r"(?!\w)", page, re.IGNORECASE)
        if match is None:
            out.append(name)
            continue
        groups = list(match.groups())  # dot, gap, dot, gap, ..., dot
        rebuilt = ""
        for index, word in enumerate(words):
            rebuilt += word + groups[2 * index]
            if index + 1 < len(words):
                gap = groups[2 * index + 1]
                rebuilt += "" if not gap and groups[2 * index] else " "
        out.append(rebuilt)
    return "; ".join(out)
