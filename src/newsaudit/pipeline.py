"""The analysis pipeline: ingest → document → extractors → assessors → report.

Data flows one way. Each stage receives the document and the findings of earlier stages;
the NLP runs once, in `build_document`.
"""

from __future__ import annotations

import time

from newsaudit.assessors.headline import assess_headline
from newsaudit.assessors.indicators import compute_indicators
from newsaudit.assessors.language import flag_language
from newsaudit.document import build_document
from newsaudit.extractors.claims import extract_claims
from newsaudit.extractors.quantities import extract_quantities
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.extractors.sources import extract_sources
from newsaudit.extractors.structure import extract_structure
from newsaudit.ingest import Article
from newsaudit.report.model import Report


def analyze(article: Article | str | dict, **options: object) -> Report:
    """Analyse one article and return its report."""
    started = time.perf_counter()
    doc = build_document(article)
    structure = extract_structure(doc)
    quotes = extract_quotes(doc, structure)
    claims = extract_claims(doc, structure, quotes)
    sources = extract_sources(doc, structure, quotes, claims)
    quantities = extract_quantities(doc, structure)
    language = flag_language(doc, structure)
    headline = assess_headline(doc, structure)
    indicators = compute_indicators(
        doc, structure, quotes, sources, claims, quantities, language, headline
    )
    return Report(
        article=doc.article,
        structure=structure,
        entities=doc.entities,
        quotes=quotes,
        sources=sources,
        claims=claims,
        quantities=quantities,
        language=language,
        headline=headline,
        indicators=indicators,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
    )
