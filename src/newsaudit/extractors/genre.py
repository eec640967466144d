"""Genre: news report, or an opinion or analysis piece, from the title, URL, section and text.

A column states its writer's views without crediting anyone; read as a news report it scores no
opinion and dozens of "unattributed assertions". The page usually says what it is: a label in
the title ("Opinion | …", "Column: …", "… | Editorial", "The Guardian view on …"), the URL's
section ("/opinion/", "/commentisfree/"), the site's categories, or a text written in the first
person. The first signal found decides; the report names it.
"""

from __future__ import annotations

import re

from newsaudit.document import Document
from newsaudit.extractors.intervals import SpanSet
from newsaudit.findings import Structure

OPINION_WORDS = r"opinion|opinions|column|columns|columnist|editorial|editorials|commentary|"
OPINION_WORDS += r"comment|op-ed|oped|viewpoint|perspective|letters?|essay|commentisfree"
ANALYSIS_WORDS = r"analysis|news analysis|explainer"
TITLE_LABEL = re.compile(
    rf"^\s*(?P<label>{OPINION_WORDS}|{ANALYSIS_WORDS})\s*[|:–—-]\s+(?=\S)"
    rf"|\s[|–—-]\s*(?P<tail>{OPINION_WORDS}|{ANALYSIS_WORDS})\s*$"
    r"|^\s*the\s+[\w’' ]{2,30}\s+view\s+on\b",
    re.IGNORECASE,
)
URL_SECTION = re.compile(rf"/(?P<label>{OPINION_WORDS}|{ANALYSIS_WORDS})(?:/|-|$)", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me)\b")
QUOTE_MARKS = re.compile(r"[\"“”«»„]")
FIRST_PERSON_SHARE = 0.3  # of body sentences: a text written in the first person
MIN_SENTENCES = 8


def _kind(label: str) -> str:
    return "analysis" if re.fullmatch(ANALYSIS_WORDS, label.strip(), re.IGNORECASE) else "opinion"


def detect_genre(doc: Document, structure: Structure) -> tuple[str, str | None]:
    """("opinion" | "analysis" | "news", the cue that decided it, or None for news)."""
    title = structure.headline.text if structure.headline is not None else ""
    if match := TITLE_LABEL.search(title):
        label = match.group("label") or match.group("tail") or "view"
        return _kind(label), f"the title is labelled {match.group(0).strip(' |:–—-')!r}"
    url = doc.article.url or ""
    if match := URL_SECTION.search(re.sub(r"^https?://[^/]+", "", url)):
        return _kind(match.group("label")), f"the URL is in the {match.group('label')!r} section"
    sections = " ".join(str(v) for k in ("categories", "tags") if (v := doc.article.extra.get(k)))
    if match := re.search(rf"\b({OPINION_WORDS})\b", sections, re.IGNORECASE):
        return "opinion", f"the page's section is {match.group(1)!r}"
    bodies = SpanSet(p.span for p in structure.body_paragraphs())
    sentences = [s for s in doc.sentences if bodies.contains(s.span)]
    if len(sentences) >= MIN_SENTENCES:
        own = [s for s in sentences if not QUOTE_MARKS.search(s.span.text)]  # not quoted voices
        personal = sum(1 for s in own if FIRST_PERSON.search(s.span.text))
        if personal / len(sentences) >= FIRST_PERSON_SHARE:
            share = personal / len(sentences)
            return "opinion", f"{share:.0%} of the body sentences are in the first person"
    return "news", None
