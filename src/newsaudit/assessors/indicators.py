"""Indicators: small, explainable measurements a person weighs, never a verdict.

Each indicator has an id (stable across versions: tools key on it), a value, a one-line
explanation written for a reader, and the spans that produced it.
"""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.findings import (
    Claim,
    HeadlineLine,
    Indicator,
    LanguageFlag,
    Quantity,
    Quote,
    Source,
    Structure,
)
from newsaudit.spans import Span

RELAY_TYPES = ("wire", "outlet")
CHECKWORTHY = 0.5  # the check-worthiness model's cut (scores are rescaled to put it at 0.5)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _attribution(claims: list[Claim], genre: str = "news") -> list[Indicator]:
    attributed = [c for c in claims if c.kind == "attributed"]
    unattributed = [c for c in claims if c.kind == "unattributed"]
    opinion = [c for c in claims if c.kind == "opinion"]
    return [
        Indicator(
            "attributed_share",
            _share(len(attributed), len(claims)),
            f"{len(attributed)} of {len(claims)} body sentences credit a source.",
            [c.span for c in attributed],
        ),
        Indicator(
            "unattributed_assertions",
            len(unattributed),
            f"{len(unattributed)} sentences assert facts without crediting anyone"
            + (f" (an {genre} piece: the writer's own voice)." if genre != "news" else "."),
            [c.span for c in unattributed],
        ),
        Indicator(
            "opinion_share",
            _share(len(opinion), len(claims)),
            f"{len(opinion)} of {len(claims)} body sentences carry opinion or evaluation markers.",
            [m for c in opinion for m in c.markers] or [c.span for c in opinion],
        ),
    ]


def _genre(structure: Structure) -> Indicator:
    """Opinion and analysis pieces argue in the writer's voice: read their claims that way."""
    if structure.genre == "news":
        return Indicator("opinion_piece", False, "Read as a news report (no opinion label found).")
    return Indicator(
        "opinion_piece",
        True,
        f"An {structure.genre} piece ({structure.genre_cue}): its uncredited sentences are the "
        "writer's own argument, and one loaded word makes a sentence opinion.",
        [structure.headline] if structure.headline is not None else [],
    )


def _checkworthy(claims: list[Claim]) -> list[Indicator]:
    """Of the claims most worth checking, how many does the article credit to nobody?"""
    if not any(c.checkworthiness is not None for c in claims):
        return []
    worthy = [c for c in claims if (c.checkworthiness or 0.0) >= CHECKWORTHY]
    orphan = [c for c in worthy if c.kind != "attributed"]
    return [
        Indicator(
            "unattributed_checkworthy_share",
            _share(len(orphan), len(worthy)),
            f"{len(orphan)} of {len(worthy)} check-worthy claims are credited to nobody.",
            [c.span for c in orphan],
        )
    ]


def _originators(sources: list[Source]) -> list[Source]:
    """Sources that said something themselves, not outlets that only carried others' words."""
    relays = {v for s in sources for v in s.via}
    only_relays = {
        s.id
        for s in sources
        if s.id in relays and s.type in RELAY_TYPES and not _own_quotes(s, sources)
    }
    return [s for s in sources if s.quotes and s.id not in only_relays]


def _own_quotes(source: Source, sources: list[Source]) -> bool:
    relayed = {q for s in sources if source.id in s.via for q in s.quotes}
    return bool(set(source.quotes) - relayed)


def _sourcing(sources: list[Source], quotes: list[Quote]) -> list[Indicator]:
    named = [s for s in sources if s.type != "unnamed" and s.quotes]
    unnamed = [s for s in sources if s.type == "unnamed"]
    originators = _originators(sources)
    wires = [s for s in sources if s.type == "wire"]
    relayed_quotes = {q for s in sources if s.via for q in s.quotes}
    return [
        Indicator(
            "named_sources",
            len(named),
            f"{len(named)} named sources are quoted or paraphrased.",
            [m for s in named for m in s.mentions[:1]],
        ),
        Indicator(
            "unnamed_sources",
            len(unnamed),
            f"{len(unnamed)} sources are not named (officials, witnesses, sources).",
            [m for s in unnamed for m in s.mentions[:1]],
        ),
        Indicator(
            "distinct_sources",
            len(sources),
            f"The article credits {len(sources)} distinct sources, including relays and credits.",
            [m for s in sources for m in s.mentions[:1]],
        ),
        Indicator(
            "independent_sources",
            len(originators),
            f"{len(originators)} independent originating sources once relays are counted once.",
            [m for s in originators for m in s.mentions[:1]],
        ),
        Indicator(
            "wire_dependence",
            _share(len(relayed_quotes), len(quotes)) if quotes else (1.0 if wires else None),
            _relay_explanation(len(relayed_quotes), len(quotes), [s.name for s in wires]),
            [m for s in wires for m in s.mentions],
        ),
    ]


def _relay_explanation(relayed: int, total: int, wires: list[str]) -> str:
    named = f" Wire agencies credited: {', '.join(wires)}." if wires else ""
    return f"{relayed} of {total} quotes reached the article through another outlet.{named}"


def _quotation_share(doc: Document, structure: Structure, quotes: list[Quote]) -> Indicator:
    body = sum(len(p.span) for p in structure.body_paragraphs())
    direct = [q.content for q in quotes if q.kind in ("direct", "mixed")]
    quoted = _covered_chars(direct)
    return Indicator(
        "direct_quotation_share",
        _share(quoted, body),
        f"{quoted} of {body} body characters are direct quotation.",
        direct,
    )


def _covered_chars(spans: list[Span]) -> int:
    """Characters covered by the union of spans (nested quotes counted once)."""
    covered, reach = 0, 0
    for span in sorted(spans):
        start = max(span.start, reach)
        if span.end > start:
            covered += span.end - start
        reach = max(reach, span.end)
    return covered


def _language(language: list[LanguageFlag], structure: Structure) -> list[Indicator]:
    head = [s for s in (structure.headline, structure.standfirst) if s is not None]
    loaded = [f for f in language if f.category in ("loaded", "sensational")]
    in_head = [f for f in loaded if any(h.contains(f.span) for h in head)]
    absolutes = [f for f in language if f.category in ("absolute", "exclamation")]
    return [
        Indicator(
            "loaded_language",
            len(loaded),
            f"{len(loaded)} loaded or sensational terms, {len(in_head)} of them in the headline.",
            [f.span for f in loaded],
        ),
        Indicator(
            "loaded_headline",
            bool(in_head),
            "The headline uses loaded or sensational terms."
            if in_head
            else "No loaded terms found in the headline.",
            [f.span for f in in_head],
        ),
        Indicator(
            "absolutes_and_exclamations",
            len(absolutes),
            f"{len(absolutes)} absolutes or exclamations (always, never, everyone, '!').",
            [f.span for f in absolutes],
        ),
    ]


def _headline(headline: list[HeadlineLine]) -> list[Indicator]:
    unsupported = [h for h in headline if h.supported is False]
    terms = [t for h in unsupported for t in h.unsupported_terms]
    roles = ", ".join(h.role for h in unsupported) or "none"
    out = [
        Indicator(
            "headline_unsupported",
            len(unsupported),
            f"Headline lines the body does not support: {roles}."
            + (f" Missing from the body: {', '.join(t.text for t in terms[:8])}." if terms else ""),
            terms or [h.span for h in unsupported],
        )
    ]
    scored = [h for h in headline if h.clickbait is not None]
    if scored:
        top = max(scored, key=lambda h: h.clickbait or 0)
        out.append(
            Indicator(
                "clickbait",
                round(top.clickbait or 0, 3),
                f"Clickbait probability of the {top.role}: {top.clickbait:.2f}.",
                [top.span],
            )
        )
    return out


def _structure(structure: Structure) -> list[Indicator]:
    bio = [structure.author_bio] if structure.author_bio else []
    return [
        Indicator(
            "missing_embeds",
            len(structure.placeholders),
            f"{len(structure.placeholders)} lines stand for embedded media missing from the text.",
            list(structure.placeholders),
        ),
        Indicator(
            "author_bio_present",
            bool(bio),
            "The article ends with a biography of its writer (kept out of claims and quotes)."
            if bio
            else "No author biography found.",
            bio,
        ),
        Indicator(
            "credit_lines",
            len(structure.credits),
            "Credit lines: " + (" | ".join(c.span.text for c in structure.credits) or "none"),
            [c.span for c in structure.credits],
        ),
    ]


def _numbers(quantities: list[Quantity]) -> Indicator:
    vague = [q for q in quantities if q.vague]
    return Indicator(
        "vague_quantities",
        len(vague),
        f"{len(vague)} of {len(quantities)} quantities are vague (hundreds, thousands, dozens).",
        [q.span for q in vague],
    )


def compute_indicators(
    doc: Document,
    structure: Structure,
    quotes: list[Quote],
    sources: list[Source],
    claims: list[Claim],
    quantities: list[Quantity],
    language: list[LanguageFlag],
    headline: list[HeadlineLine],
    *,
    english: bool = True,
) -> list[Indicator]:
    """All indicators, in a fixed order so reports are easy to compare.

    ``english=False`` (a text in a language the findings stages do not handle) keeps only the
    structural indicators: the others would measure findings that were never looked for.
    """
    if not english:
        return _structure(structure)
    return [
        _genre(structure),
        *_attribution(claims, structure.genre),
        *_checkworthy(claims),
        *_sourcing(sources, quotes),
        _quotation_share(doc, structure, quotes),
        *_language(language, structure),
        *_headline(headline),
        _numbers(quantities),
        *_structure(structure),
    ]
