"""A terminal rendering a person can take in at a glance."""

from __future__ import annotations

import textwrap
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsaudit.report.model import Report

WIDTH = 100
COLORS = {
    "bold": "\033[1m",
    "red": "\033[31m",
    "green": "\033[32m",
    "yellow": "\033[33m",
    "dim": "\033[2m",
    "reset": "\033[0m",
}


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Out:
    def __init__(self, color: bool) -> None:
        self.lines: list[str] = []
        self.color = color

    def paint(self, text: str, *styles: str) -> str:
        if not self.color or not styles:
            return text
        return "".join(COLORS[s] for s in styles) + text + COLORS["reset"]

    def heading(self, text: str) -> None:
        self.lines.append("")
        self.lines.append(self.paint(text, "bold"))

    def item(self, text: str) -> None:
        self.lines.append(textwrap.fill(text, WIDTH, initial_indent="  ", subsequent_indent="    "))


def _where(report: Report, offset: int) -> str:
    """ "¶3": the paragraph (counting from 1, headline included) an offset falls in."""
    starts = [p.span.start for p in report.structure.paragraphs]
    return f"¶{max(1, bisect_right(starts, offset))}" if starts else f"@{offset}"


def _byline_name(report: Report) -> str | None:
    author = report.structure.byline_author
    return author.name if author is not None else None


def _meta(out: _Out, report: Report) -> None:
    """Who wrote it, when and where it was published: what a reader checks first."""
    article = report.article
    parts = [
        f"{label}: {value}"
        for label, value in (
            ("by", article.author or _byline_name(report)),
            ("date", article.date),
            ("source", article.source),
            ("url", article.url),
        )
        if value
    ]
    if parts:
        out.lines.append("; ".join(parts))


def _provenance(out: _Out, report: Report) -> None:
    """Reused passages and where they were found (with --corpus)."""
    provenance = report.provenance
    if not provenance:
        return
    passages = provenance.get("passages") or []
    share = float(provenance.get("reused_share") or 0.0)
    out.heading(f"Provenance: {share:.0%} of the text found in earlier articles")
    earliest = provenance.get("earliest_source") or {}
    if earliest:
        when = f", {earliest['date']}" if earliest.get("date") else ""
        out.item(f"earliest source: {earliest.get('title') or earliest.get('source_id')}{when}")
    for passage in passages:
        text = report.text[passage["start"] : passage["end"]]
        out.item(
            f"{_where(report, passage['start'])} from {passage['source_id']} "
            f"(similarity {passage['similarity']:.2f}): {' '.join(text.split())}"
        )


def _language(out: _Out, report: Report) -> None:
    """The detected language; when the English stages were skipped, the one line saying so."""
    lang = report.text_language
    if lang is None:
        return
    probability = f", {lang.probability:.2f}" if lang.probability is not None else ""
    out.lines.append(f"language: {lang.name} ({lang.code}{probability})")
    if lang.note:
        out.lines.append(out.paint(textwrap.fill(lang.note, WIDTH), "yellow"))


def _structure(out: _Out, report: Report) -> None:
    s = report.structure
    roles: dict[str, int] = {}
    for paragraph in s.paragraphs:
        roles[paragraph.role] = roles.get(paragraph.role, 0) + 1
    out.heading("Structure")
    out.item(", ".join(f"{n} {role.replace('_', ' ')}" for role, n in roles.items()))
    for label, span in (("byline", s.byline), ("dateline", s.dateline)):
        if span is not None:
            out.item(f"{label}: {span.text}")
    if s.byline_author is not None and s.byline_author.origin == "metadata":
        out.item(f"byline (from the metadata, not in the text): {s.byline_author.name}")
    for credit in s.credits:
        out.item(f"credit ({credit.what}): {', '.join(n.text for n in credit.names)}")
    for placeholder in s.placeholders:
        out.item(f"missing embed: {_short(placeholder.text)}")
    if s.author_bio is not None:
        out.item(f"author bio: {_short(s.author_bio.text, 80)}")


def _headline(out: _Out, report: Report) -> None:
    if not report.headline:
        return
    out.heading("Headline check")
    for line in report.headline:
        mark = {
            True: out.paint("supported", "green"),
            False: out.paint("NOT supported", "red"),
            None: out.paint("unclear", "yellow"),
        }[line.supported]
        extra = ""
        if line.stance:
            extra += f"; stance {line.stance.get('label')}"
        if line.clickbait is not None:
            extra += f"; clickbait {line.clickbait:.2f}"
        out.item(f"{line.role}: “{_short(line.span.text, 70)}” → {mark}{extra}")
        if line.unsupported_terms:
            terms = ", ".join(t.text for t in line.unsupported_terms)
            out.item(f"not in the body: {terms}")


def _quotes(out: _Out, report: Report) -> None:
    out.heading(f"Quotes ({len(report.quotes)})")
    for quote in report.quotes:
        speaker = quote.speaker
        who = speaker.name or (speaker.span.text if speaker.span else "unknown speaker")
        if speaker.role:
            who += f" ({speaker.role})"
        via = f" via {', '.join(quote.via)}" if quote.via else ""
        where = _where(report, quote.content.start)
        content = " ".join(quote.content.text.split())
        out.item(f"{where} [{quote.kind}] {who}{via}: {content}")
    if report.attributed_acts:
        out.heading(f"Attributed acts, not quotes ({len(report.attributed_acts)})")
        for act in report.attributed_acts:
            speaker = act.speaker
            who = speaker.name or (speaker.span.text if speaker.span else "unknown")
            cue = act.cue.text if act.cue else ""
            where = _where(report, act.content.start)
            out.item(f"{where} {who} {cue}: {' '.join(act.content.text.split())}")


def _sources(out: _Out, report: Report) -> None:
    out.heading(f"Sources ({len(report.sources)})")
    names = {s.id: s.name for s in report.sources}
    for source in report.sources:
        via = f" via {', '.join(names[v] for v in source.via)}" if source.via else ""
        credited = ", credited" if source.credited else ""
        out.item(
            f"{source.name} [{source.type}]{via}: {len(source.quotes)} quotes, "
            f"{len(source.mentions)} mentions{credited}"
        )


def _claims(out: _Out, report: Report) -> None:
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.kind] = counts.get(claim.kind, 0) + 1
    out.heading("Claims: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    ranked = sorted(report.claims, key=lambda c: -(c.checkworthiness or 0))
    for claim in ranked[:5]:
        score = f"{claim.checkworthiness:.2f} " if claim.checkworthiness is not None else ""
        text = " ".join(claim.span.text.split())
        out.item(f"{_where(report, claim.span.start)} {score}[{claim.kind}] {text}")


def _quantities(out: _Out, report: Report) -> None:
    if not report.quantities:
        return
    out.heading(f"Numbers ({len(report.quantities)})")
    parts = []
    for q in report.quantities:
        flags = "vague" if q.vague else ("approx." if q.approximate else "")
        parts.append(f"{q.span.text}{' (' + flags + ')' if flags else ''}")
    out.item("; ".join(parts))


def _indicators(out: _Out, report: Report) -> None:
    out.heading("Indicators")
    for indicator in report.indicators:
        out.item(f"{indicator.id} = {indicator.value}: {indicator.explanation}")


def render_text(report: Report, *, color: bool = False) -> str:
    out = _Out(color)
    title = report.structure.headline.text if report.structure.headline else "(no headline)"
    out.lines.append(out.paint(f"newsaudit — {_short(title, 80)}", "bold"))
    _meta(out, report)
    _language(out, report)
    sections = (_structure, _headline, _quotes, _sources, _claims, _quantities, _provenance)
    for section in (*sections, _indicators):
        section(out, report)
    return "\n".join(out.lines) + "\n"
