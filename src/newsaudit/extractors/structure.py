"""Structure: headline, standfirst, byline, dateline, body, author bio, credits, placeholders.

News text that reaches a fact-checker is rarely clean: aggregators paste wire copy under
their own headline, leave lines where an embedded tweet or video used to be, and append the
writer's biography. Each paragraph gets exactly one role, so later stages can keep credits and
biographies out of quotes and claims.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsaudit.authors import ROLES, clean_author
from newsaudit.document import Document
from newsaudit.extractors.boilerplate import boilerplate_paragraphs, match_rule
from newsaudit.extractors.genre import detect_genre
from newsaudit.findings import BylineAuthor, Credit, Paragraph, Structure
from newsaudit.spans import Span, make_span

TERMINAL = tuple('.!?"”’»)')
# Only the cue ignores case: "By the time the vote came" is prose, not a byline.
BYLINE = re.compile(
    r"^(?i:by|written by|posted by|words by|reporting by)\s+[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})*"
)
# "Jane Roe in London and AP writer Tom Lee contributed reporting." / "... contributed to this
# report." The contributors are the names before the verb.
CONTRIBUTED = re.compile(
    r"^\(?(?P<names>[A-Z][^.!?]{1,300}?)\s+(?:also\s+)?contributed"
    r"(?:\s+(?:reporting|research|additional reporting|to this (?:report|story|article)))?"
    r"(?:\s+(?:from|in)\s+[A-Z][^.!?]{0,80})?\s*[.)]*\s*$"
)
CONTRIBUTOR_ROLE = re.compile(
    r"^(?:(?:the\s+)?(?:associated press|ap|reuters|afp|staff|news)\s+)?"
    r"(?:(?:staff|contributing|senior|freelance)\s+)?"
    r"(?:writers?|reporters?|correspondents?|journalists?|photographers?|editors?)\s+",
    re.IGNORECASE,
)
PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’ -]*$")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z. ]{1,25})?)"
    r"(?:\s*\((?P<agency>[A-Za-z .&-]{2,30})\))?\s*[-–—]+\s+"
)
CREDIT = re.compile(
    r"(?:^|(?<=[.;(]\s)|(?<=[.;(]))\s*"
    r"(?P<what>quotes?|video|videos|photos?|photographs?|images?|pictures?|footage|"
    r"(?:additional\s+)?reporting|writing|editing|graphics?)"
    r"(?:\s+(?:in|for)\s+this\s+(?:story|article|report|post))?"
    r"\s+(?:came\s+|come\s+|courtesy\s+of\s+|were\s+|was\s+|are\s+|is\s+)?"
    r"(?:from|by|via|of|courtesy)\s+(?P<names>[^.;()\n]+)",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(
    r"\b(watch|video|videos|tweet(?:s|ed)?|twitter|reacted|embed(?:ded)?|gallery|slideshow|"
    r"listen|podcast|instagram|facebook|pic\.twitter|photo(?:s)?|below|above|click|image)\b",
    re.IGNORECASE,
)
BIO_CUE = re.compile(
    r"\b(?:is|was|has been|serves as)\s+(?:the|a|an)\s+(?:[\w,’'-]+\s+){0,6}?"
    r"(?:editor|correspondent|reporter|writer|chief|director|author|contributor|journalist|"
    r"columnist|producer|analyst|founder|host|blogger|commentator|fellow)\b"
    r"|\b(?:years? in the (?:media|news|newspaper) business|follow (?:him|her|them) on|"
    r"(?:his|her) work has (?:appeared|been published)|is the author of)\b",
    re.IGNORECASE,
)
LEADING_ARTICLE = re.compile(r"^\s*the\s+", re.IGNORECASE)
SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&|;)\s*")
MAX_HEADER_CHARS = 300


def _is_headerlike(span: Span) -> bool:
    """Short, unpunctuated lines read as headings, not prose (closing quotes don't count)."""
    text = span.text.rstrip("\"”’'») ")
    return len(text) <= MAX_HEADER_CHARS and "\n" not in text and not text.endswith(TERMINAL[:3])


def _headline(doc: Document, paragraphs: list[Span]) -> Span | None:
    title_span = doc.article.title_span
    if title_span is not None:
        return title_span
    first = paragraphs[0]
    if len(paragraphs) > 1 and _is_headerlike(first) and len(first.text.split()) <= 30:
        return first
    return None


def _standfirst(paragraphs: list[Span], index: int) -> Span | None:
    """A deck under the headline: one short unpunctuated line before the body starts."""
    if index + 1 >= len(paragraphs):
        return None
    candidate = paragraphs[index]
    words = len(candidate.text.split())
    text = candidate.text
    if 5 <= words <= 60 and _is_headerlike(candidate) and not BYLINE.match(text):
        return None if _is_boilerplate(candidate) or _is_placeholder(candidate) else candidate
    return None


def _credits(doc: Document, span: Span) -> list[Credit]:
    out = []
    for match in CREDIT.finditer(span.text):
        names = []
        base = span.start + match.start("names")
        pos = 0
        for part in SPLIT_NAMES.split(match.group("names")):
            found = match.group("names").find(part, pos) if part else -1
            if found < 0 or not part.strip():
                continue
            pos = found + len(part)
            lead = len(part) - len(LEADING_ARTICLE.sub("", part))
            name = make_span(doc.text, base + found + lead, base + found + len(part))
            if name.text and name.text[0].isupper():
                names.append(name)
        if names:
            what = match.group("what").lower().split()[-1]
            line = make_span(doc.text, span.start + match.start(), span.end)
            out.append(Credit(line, what, names))
    return _trim_credit_spans(doc, out)


def _contributor_credit(doc: Document, span: Span) -> Credit | None:
    """A "… contributed reporting" line as a reporting credit naming the contributors."""
    if len(span.text) > 400:
        return None
    match = CONTRIBUTED.match(span.text)
    if not match:
        return None
    names = []
    base = span.start + match.start("names")
    pos = 0
    for part in SPLIT_NAMES.split(match.group("names")):
        found = match.group("names").find(part, pos) if part.strip() else -1
        if found < 0:
            continue
        pos = found + len(part)
        lead = len(part) - len(CONTRIBUTOR_ROLE.sub("", LEADING_ARTICLE.sub("", part)))
        cleaned = PLACE_TAIL.sub("", part[lead:])
        name = make_span(doc.text, base + found + lead, base + found + lead + len(cleaned))
        if name.text and name.text[0].isupper():
            names.append(name)
    return Credit(span, "reporting", names) if names else None


def _trim_credit_spans(doc: Document, credits: list[Credit]) -> list[Credit]:
    """Two credits on one line ("Quotes from AP. Video from VOX") each end where the next starts."""
    for current, following in pairwise(credits):
        current.span = make_span(doc.text, current.span.start, following.span.start)
    return credits


def _is_credit_line(span: Span, credits: list[Credit]) -> bool:
    covered = sum(len(c.span) for c in credits)
    return bool(credits) and len(span) <= 400 and covered >= 0.6 * len(span)


def _is_placeholder(span: Span) -> bool:
    """A short line that points at media the text no longer has ("Watch the video below").

    A line ending in a colon without such a word ("From the Daily Caller:") introduces the
    next paragraph and stays in the body, where the quotes stage reads it.
    """
    text = span.text
    words = text.split()
    if not words or len(words) > 14 or text.endswith((".", "”", '"')):
        return False
    return bool(PLACEHOLDER.search(text)) or text.startswith(("[", "pic.twitter", "http"))


def _is_boilerplate(span: Span) -> bool:
    return match_rule(span.text) is not None


def _is_bio(doc: Document, span: Span, position_from_end: int) -> bool:
    """A paragraph about the writer near the end: a person introduced by a job in journalism."""
    if position_from_end > 2 or not BIO_CUE.search(span.text[:400]):
        return False
    first_sentence = span.text[:200]
    people = [e for e in doc.entities_in(span) if e.label == "PERSON"]
    return any(e.span.start - span.start < len(first_sentence) for e in people)


def _dateline(doc: Document, span: Span) -> Span | None:
    match = DATELINE.match(span.text)
    if not match or len(match.group("place").split()) > 5:
        return None
    return make_span(doc.text, span.start, span.start + match.end())


def _byline(doc: Document, span: Span) -> Span | None:
    match = BYLINE.match(span.text)
    if match and len(span.text) <= 120:
        return make_span(doc.text, span.start, span.start + match.end())
    return None


def _classify_rest(doc: Document, spans: list[Span], structure: Structure) -> None:
    """Roles for everything after the headline block, from the end inwards for bios."""
    total = len(spans)
    furniture = boilerplate_paragraphs([s.text for s in spans])
    for index, span in enumerate(spans):
        from_end = total - 1 - index
        credits = _credits(doc, span)
        contributors = _contributor_credit(doc, span)
        if contributors is not None:
            structure.credits.append(contributors)
            structure.paragraphs.append(Paragraph(span, "credit"))
        elif _is_credit_line(span, credits):
            structure.credits.extend(credits)
            structure.paragraphs.append(Paragraph(span, "credit"))
        elif furniture[index] is not None:
            structure.boilerplate.append(span)
            structure.paragraphs.append(Paragraph(span, "boilerplate"))
        elif structure.byline is None and index < 3 and (byline := _byline(doc, span)):
            structure.byline = byline
            structure.paragraphs.append(Paragraph(span, "byline"))
        elif _is_placeholder(span) and 0 < index < total - 1:
            structure.placeholders.append(span)
            structure.paragraphs.append(Paragraph(span, "placeholder"))
        elif structure.author_bio is None and _is_bio(doc, span, from_end):
            structure.author_bio = span
            structure.paragraphs.append(Paragraph(span, "author_bio"))
        else:
            if structure.dateline is None and not structure.body_paragraphs():
                structure.dateline = _dateline(doc, span)
            structure.paragraphs.append(Paragraph(span, "body"))


def extract_structure(doc: Document) -> Structure:
    """Give every paragraph one role; find the headline block, credits and the bio."""
    structure = Structure()
    paragraphs = doc.paragraphs
    if not paragraphs:
        return structure
    headline = _headline(doc, paragraphs)
    index = 0
    if headline is not None:
        structure.headline = headline
        structure.paragraphs.append(Paragraph(paragraphs[0], "headline"))
        index = 1
        standfirst = _standfirst(paragraphs, index)
        if standfirst is not None:
            structure.standfirst = standfirst
            structure.paragraphs.append(Paragraph(standfirst, "standfirst"))
            index += 1
    _classify_rest(doc, paragraphs[index:], structure)
    structure.genre, structure.genre_cue = detect_genre(doc, structure)
    structure.byline_author = _byline_author(doc, structure)
    return structure


def _role_word(word: str) -> bool:
    word = word.strip(".").lower()
    return word in ROLES or word.removesuffix("s") in ROLES


def _byline_names(line: str) -> list[str]:
    """ "By Jane Roe, Tom Lee and Ann Poe" → three names; "By Evan Roe, August" → one: a month,
    a date or a role word ("Staff Writer") after a comma is no name."""
    names: list[str] = []
    for piece in re.split(r"\s*,\s*", line):
        for name in (clean_author(piece) or "").split("; "):
            if name and not all(_role_word(w) for w in name.split()):
                names.append(name)
    return names


def _byline_author(doc: Document, structure: Structure) -> BylineAuthor | None:
    """The byline's names with the line as evidence; else the cleaned author metadata, with no
    span (extracted page text seldom keeps the byline line, the page's metadata does)."""
    if structure.byline is not None:
        names = _byline_names(structure.byline.text)
        if names:
            return BylineAuthor("; ".join(names), names, "byline", structure.byline)
    author = (doc.article.author or "").strip()
    if author:
        names = [n.strip() for n in author.split(";") if n.strip()]
        return BylineAuthor("; ".join(names), names, "metadata", None)
    return None


def spans_with_roles(doc: Document, structure: Structure, roles: tuple[str, ...]) -> list[Span]:
    """Paragraphs with one of ``roles``, outside excluded spans; all of them when no roles exist.

    Later stages read only the parts of an article that carry reporting; an empty Structure
    (a stage run on its own) means every paragraph counts.
    """
    if not structure.paragraphs:
        return list(doc.paragraphs)
    excluded = structure.excluded_spans()
    return [
        p.span
        for p in structure.paragraphs
        if p.role in roles and not any(x.overlaps(p.span) for x in excluded)
    ]
