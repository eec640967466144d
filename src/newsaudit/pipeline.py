"""The analysis pipeline: ingest → document → extractors → assessors → report.

Data flows one way. Each stage receives the document and the findings of earlier stages;
the NLP runs once, in `build_document`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from newsaudit.assessors.headline import assess_headline
from newsaudit.assessors.indicators import compute_indicators
from newsaudit.assessors.language import flag_language
from newsaudit.document import Document, build_document, build_documents
from newsaudit.extractors.claims import extract_claims
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.extractors.sources import extract_sources
from newsaudit.extractors.structure import extract_structure
from newsaudit.extractors.text_language import detect_language
from newsaudit.findings import Claim, Indicator
from newsaudit.ingest import Article
from newsaudit.models.registry import call_model, missing_models
from newsaudit.report.model import Report


def rank_claims(claims: list[Claim]) -> list[Claim]:
    """Score check-worthiness and put the claims most worth checking first."""
    scores = call_model("checkworthy", "score", [c.span.text for c in claims]) if claims else None
    if scores is None:
        return claims
    for claim, score in zip(claims, scores, strict=True):
        claim.checkworthiness = round(float(score), 4)
    return sorted(claims, key=lambda c: (-(c.checkworthiness or 0.0), c.span.start))


def trace_provenance(article: Article, corpus: str) -> tuple[dict, Indicator]:
    """Reuse of this article's text in a corpus store, and how original it is."""
    from newsaudit.corpus import trace_article

    provenance = trace_article(article, corpus)
    reused = float(provenance.get("reused_share") or 0.0)
    indicator = Indicator(
        "originality",
        round(1 - reused, 3),
        f"{reused:.0%} of the text is found in earlier articles of the corpus.",
    )
    return provenance, indicator


def analyze(
    article: Article | str | dict, *, corpus: str | None = None, stance: bool = True
) -> Report:
    """Analyse one article and return its report.

    ``corpus`` (a store URL) adds provenance; ``stance=False`` skips the learned headline stance
    (about a tenth of the time of an analysis; see README, Speed).
    """
    started = time.perf_counter()
    return analyze_document(build_document(article), corpus=corpus, stance=stance, started=started)


def analyze_many(
    articles: Iterable[Article | str | dict], *, stance: bool = True, batch_size: int = 8
) -> Iterator[Report]:
    """`analyze` for many articles, in order, with spaCy run on batches of them (`nlp.pipe`).

    Same reports as `analyze` one by one (the corpus Spark job checks it byte for byte); an
    article the NLP cannot read raises here, ending the iteration, as in `build_documents`.
    """
    started = time.perf_counter()
    for doc in build_documents(articles, batch_size=batch_size):
        yield analyze_document(doc, stance=stance, started=started)
        started = time.perf_counter()


def analyze_document(
    doc: Document, *, corpus: str | None = None, stance: bool = True, started: float | None = None
) -> Report:
    """Every stage after the NLP, on a built `Document`."""
    started = time.perf_counter() if started is None else started
    structure = extract_structure(doc)
    text_language = detect_language(doc.text)
    if text_language.supported:
        attributions = extract_quotes(doc, structure)
        quotes = [q for q in attributions if q.statement]
        acts = [q for q in attributions if not q.statement]  # kept apart, never a claim's source
        claims = rank_claims(extract_claims(doc, structure, quotes))
        sources = extract_sources(doc, structure, quotes, claims)
        quantities = extract_quantities(doc, structure)
        language = flag_language(doc, structure)
        headline = assess_headline(doc, structure, stance=stance)
    else:  # English-only stages would invent findings; the report says why they are empty
        quotes, acts, claims, sources, quantities, language = [], [], [], [], [], []
        headline = []
    indicators = compute_indicators(
        doc,
        structure,
        quotes,
        sources,
        claims,
        quantities,
        language,
        headline,
        english=text_language.supported,
    )
    provenance = None
    if corpus:
        provenance, originality = trace_provenance(doc.article, corpus)
        indicators.append(originality)
    return Report(
        article=doc.article,
        structure=structure,
        entities=doc.entities if text_language.supported else [],
        quotes=quotes,
        attributed_acts=acts,
        sources=sources,
        claims=claims,
        quantities=quantities,
        language=language,
        headline=headline,
        indicators=indicators,
        provenance=provenance,
        text_language=text_language,
        extra={"models_unavailable": missing_models()} if missing_models() else {},
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
    )
