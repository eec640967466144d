"""The report object and its JSON form (schema ``newsaudit.report/1``, see schema.json)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from newsaudit import __version__
from newsaudit.findings import (
    Claim,
    Entity,
    HeadlineLine,
    Indicator,
    LanguageFlag,
    Quantity,
    Quote,
    Source,
    Structure,
    TextLanguage,
)
from newsaudit.ingest import Article
from newsaudit.spans import Span

SCHEMA_ID = "newsaudit.report/1"
SCHEMA_PATH = Path(__file__).with_name("schema.json")


def to_plain(value: object) -> object:
    """Findings to JSON-ready values; every Span becomes {"start", "end", "text"}."""
    if isinstance(value, Span):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, Claim):
            out["attributed"] = value.attributed
        return out
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


@dataclass(slots=True)
class Report:
    article: Article
    structure: Structure
    entities: list[Entity]
    quotes: list[Quote]
    sources: list[Source]
    claims: list[Claim]
    quantities: list[Quantity]
    language: list[LanguageFlag]
    headline: list[HeadlineLine]
    indicators: list[Indicator]
    # what a source is said to have done rather than said ("endorsed X", "declined to
    # comment"): attributions in PolNeAR's sense, kept apart from the quotes
    attributed_acts: list[Quote] = field(default_factory=list)
    provenance: dict | None = None
    text_language: TextLanguage | None = None
    elapsed_ms: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict:
        article = self.article
        out = {
            "schema": SCHEMA_ID,
            "generator": f"newsaudit {__version__}",
            "article": {
                "id": article.id,
                "title": article.title,
                "author": article.author,
                "date": article.date,
                "url": article.url,
                "source": article.source,
                "format": article.format,
            },
            "detected_language": to_plain(self.text_language),
            "text": article.text,
            "structure": to_plain(self.structure),
            "entities": to_plain(self.entities),
            "quotes": to_plain(self.quotes),
            "attributed_acts": to_plain(self.attributed_acts),
            "sources": to_plain(self.sources),
            "claims": to_plain(self.claims),
            "quantities": to_plain(self.quantities),
            "language": to_plain(self.language),
            "headline": to_plain(self.headline),
            "indicators": to_plain(self.indicators),
        }
        if self.provenance is not None:
            out["provenance"] = self.provenance
        out.update(self.extra)
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        from newsaudit.report.html import render_html

        return render_html(self)

    def to_text(self, *, color: bool = False) -> str:
        from newsaudit.report.text import render_text

        return render_text(self, color=color)
