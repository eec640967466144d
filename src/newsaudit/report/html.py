"""A self-contained HTML report: no external assets, every piece of article text escaped.

The article is shown with quotes highlighted per speaker, numbers and loaded terms marked, and
claims underlined by kind; beside it, sources, headline checks and indicators with their
evidence. Overlapping findings are handled by cutting the text at every span boundary and
giving each piece the classes of all findings that cover it.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsaudit.report.model import Report
    from newsaudit.spans import Span

SPEAKER_COLORS = (
    "#fde68a",
    "#bfdbfe",
    "#bbf7d0",
    "#fecaca",
    "#ddd6fe",
    "#fbcfe8",
    "#a5f3fc",
    "#fed7aa",
    "#d9f99d",
    "#e5e7eb",
)
CSS = """
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,sans-serif;margin:0;color:#111;background:#fafafa;
overflow-wrap:break-word}
header{padding:12px 24px;background:#111;color:#fff}header h1{font-size:18px;margin:0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;padding:24px}
article p{background:#fff;padding:8px 12px;margin:0 0 8px;border-left:4px solid #ddd}
article p.headline{font-size:20px;font-weight:700}article p.standfirst{font-style:italic}
article p.credit,article p.author_bio,article p.placeholder,article p.boilerplate,.faded{opacity:.6}
.role{font-size:11px;color:#666;text-transform:uppercase;margin-right:6px}
.num{border-bottom:2px solid #2563eb}.loaded{background:#fca5a5!important}
.c-unattributed{text-decoration:underline dotted #b91c1c}
.c-opinion{text-decoration:underline wavy #7c3aed}
section{background:#fff;padding:8px 16px;margin-bottom:16px}h2{font-size:16px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:3px 6px;
text-align:left;vertical-align:top;font-size:13px}.no{color:#b91c1c;font-weight:700}
.yes{color:#15803d;font-weight:700}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px}
.legend{margin:16px 24px 0;padding:8px 16px}
.legend ul{margin:4px 0;padding-left:18px;font-size:13px}.legend .sample{padding:0 3px}
@media (max-width:720px){
main{grid-template-columns:minmax(0,1fr);gap:12px;padding:8px}
header{padding:10px 12px}.legend{margin:8px 8px 0}section{padding:6px 8px}
article p{padding:6px 8px}td,th{padding:3px 4px;font-size:12px}
}
"""


def _speaker_classes(report: Report) -> dict[int, int]:
    """Quote index → colour index, one colour per source (or speaker name)."""
    keys: dict[str, int] = {}
    out = {}
    for index, quote in enumerate(report.quotes):
        key = quote.source_id or quote.speaker.name or f"q{index}"
        out[index] = keys.setdefault(key, len(keys)) % len(SPEAKER_COLORS)
    return out


def _marks(report: Report) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) for every finding shown inline."""
    marks = []
    colours = _speaker_classes(report)
    for index, quote in enumerate(report.quotes):
        who = quote.speaker.name or (quote.speaker.span.text if quote.speaker.span else "?")
        marks.append(
            (
                quote.content.start,
                quote.content.end,
                f"q{colours[index]}",
                f"{quote.kind} quote: {who}",
            )
        )
    for q in report.quantities:
        tip = f"{q.kind}: {q.value} {q.unit or ''}" + (" (vague)" if q.vague else "")
        marks.append((q.span.start, q.span.end, "num", tip))
    for flag in report.language:
        marks.append((flag.span.start, flag.span.end, "loaded", f"{flag.category}: {flag.term}"))
    for claim in report.claims:
        if claim.kind != "attributed":
            tip = f"{claim.kind} claim"
            marks.append((claim.span.start, claim.span.end, f"c-{claim.kind}", tip))
    return marks


def _render_span(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    inside = [m for m in marks if m[0] < end and start < m[1]]
    cuts = sorted({start, end} | {max(start, min(end, p)) for m in inside for p in m[:2]})
    pieces = []
    for left, right in pairwise(cuts):
        if right <= left:
            continue
        active = [m for m in inside if m[0] <= left and right <= m[1]]
        chunk = escape(text[left:right])
        if active:
            classes = " ".join(sorted({m[2] for m in active}))
            tips = escape("; ".join(dict.fromkeys(m[3] for m in active)))
            chunk = f'<span class="{classes}" title="{tips}">{chunk}</span>'
        pieces.append(chunk)
    return "".join(pieces).replace("\n", "<br>")


def _article(report: Report) -> str:
    marks = _marks(report)
    rows = []
    for paragraph in report.structure.paragraphs:
        span = paragraph.span
        body = _render_span(report.text, span.start, span.end, marks)
        role = paragraph.role
        rows.append(f'<p class="{role}"><span class="role">{role}</span>{body}</p>')
    return "<article>" + "".join(rows) + "</article>"


def _cell(value: object) -> str:
    return escape("" if value is None else str(value))


def cut(text: str, limit: int) -> str:
    """``text`` whole if it fits in ``limit`` characters, otherwise cut at the last word
    boundary that fits and ended with "…" (a lone word longer than the limit is cut inside)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if not text[limit - 1].isspace():
        space = head.rfind(" ")
        if space > 0:
            head = head[:space]
    return head.rstrip(" ,;:—–-") + "…"


def _spans_list(spans: list[Span], limit: int = 4) -> str:
    return "<br>".join(f"“{escape(cut(s.text, 120))}”" for s in spans[:limit])


def _table(head: str, rows: list[str]) -> str:
    """A table that reflows to the width it has, and scrolls rather than clips if it cannot."""
    return f'<div class="scroll"><table>{head}{"".join(rows)}</table></div>'


def _sources(report: Report) -> str:
    names = {s.id: s.name for s in report.sources}
    colours = _speaker_classes(report)
    rows = []
    for source in report.sources:
        colour = next((colours[i] for i in source.quotes), None)
        swatch = (
            f'<span class="swatch" style="background:{SPEAKER_COLORS[colour]}"></span>'
            if colour is not None
            else ""
        )
        via = ", ".join(names[v] for v in source.via)
        rows.append(
            f"<tr><td>{swatch}{_cell(source.name)}</td><td>{_cell(source.type)}</td>"
            f"<td>{_cell(via)}</td><td>{len(source.quotes)}</td><td>{len(source.mentions)}"
            f"{' ✓credited' if source.credited else ''}</td></tr>"
        )
    head = "<tr><th>source</th><th>type</th><th>via</th><th>quotes</th><th>mentions</th></tr>"
    return f"<section><h2>Sources</h2>{_table(head, rows)}</section>"


def _headline(report: Report) -> str:
    rows = []
    for line in report.headline:
        verdict = {
            True: '<span class="yes">supported</span>',
            False: '<span class="no">not supported</span>',
            None: "unclear",
        }[line.supported]
        stance = escape(str(line.stance.get("label"))) if line.stance else ""
        click = f"{line.clickbait:.2f}" if line.clickbait is not None else ""
        missing = ", ".join(escape(t.text) for t in line.unsupported_terms)
        rows.append(
            f"<tr><td>{escape(line.role)}: “{escape(line.span.text)}”</td><td>{verdict}"
            f"</td><td>{stance}</td><td>{click}</td><td>{missing}</td></tr>"
        )
    head = (
        "<tr><th>line</th><th>body support</th><th>stance</th><th>clickbait</th>"
        "<th>missing</th></tr>"
    )
    return f"<section><h2>Headline check</h2>{_table(head, rows)}</section>"


def _quotes(report: Report) -> str:
    rows = []
    for quote in report.quotes:
        s = quote.speaker
        rows.append(
            f"<tr><td>{_cell(s.name or (s.span.text if s.span else None))}</td>"
            f"<td>{_cell(s.role)}</td><td>{_cell(quote.kind)}</td>"
            f"<td>{escape(cut(quote.content.text, 200))}</td></tr>"
        )
    head = "<tr><th>speaker</th><th>role</th><th>kind</th><th>content</th></tr>"
    return f"<section><h2>Quotes</h2>{_table(head, rows)}</section>"


def _claims(report: Report) -> str:
    ranked = sorted(report.claims, key=lambda c: -(c.checkworthiness or 0))
    rows = []
    for claim in ranked[:10]:
        score = f"{claim.checkworthiness:.2f}" if claim.checkworthiness is not None else ""
        rows.append(
            f"<tr><td>{score}</td><td>{escape(claim.kind)}</td>"
            f"<td>{escape(cut(claim.span.text, 240))}</td></tr>"
        )
    head = "<tr><th>check</th><th>kind</th><th>claim</th></tr>"
    return f"<section><h2>Claims to check first</h2>{_table(head, rows)}</section>"


def _indicators(report: Report) -> str:
    rows = [
        f"<tr><td>{escape(i.id).replace('_', '_<wbr>')}</td><td>{_cell(i.value)}</td>"
        f"<td>{escape(i.explanation)}"
        f"<br><small>{_spans_list(i.evidence)}</small></td></tr>"
        for i in report.indicators
    ]
    head = "<tr><th>indicator</th><th>value</th><th>what it means, evidence</th></tr>"
    return f"<section><h2>Indicators</h2>{_table(head, rows)}</section>"


def _provenance(report: Report) -> str:
    """Reused passages and their sources (with --corpus), as in the JSON."""
    provenance = report.provenance
    if not provenance:
        return ""
    share = float(provenance.get("reused_share") or 0.0)
    rows = [
        f"<tr><td>{escape(' '.join(report.text[p['start'] : p['end']].split()))}</td>"
        f"<td>{escape(str(p['source_id']))}</td><td>{p['similarity']:.2f}</td></tr>"
        for p in provenance.get("passages") or []
    ]
    earliest = provenance.get("earliest_source") or {}
    first = (
        f"<p>Earliest source: {escape(str(earliest.get('title') or earliest.get('source_id')))}"
        f"{escape(', ' + earliest['date']) if earliest.get('date') else ''}</p>"
        if earliest
        else ""
    )
    head = "<tr><th>reused passage</th><th>found in</th><th>similarity</th></tr>"
    return f"<section><h2>Provenance: {share:.0%} reused</h2>{first}{_table(head, rows)}</section>"


def _language(report: Report) -> str:
    """The detected language, and the one line saying which stages were skipped, if any."""
    lang = report.text_language
    if lang is None:
        return ""
    line = f"<p>Language: {escape(lang.name)} ({escape(lang.code)})</p>"
    return line + (f'<p class="note">{escape(lang.note)}</p>' if lang.note else "")


def _legend(report: Report) -> str:
    """What every colour and underline in the report means, with the colours this report uses."""
    colours = _speaker_classes(report)
    names = {s.id: s.name for s in report.sources}
    speakers: dict[int, str] = {}
    for index, quote in enumerate(report.quotes):
        who = names.get(quote.source_id or "") or quote.speaker.name
        who = who or (quote.speaker.span.text if quote.speaker.span else "speaker unknown")
        speakers.setdefault(colours[index], who)
    quoted = ", ".join(
        f'<span class="sample q{i}">{escape(who)}</span>' for i, who in sorted(speakers.items())
    )
    items = [
        "Background colour: a quote, one colour per source"
        + (f" ({quoted}); the same colour marks the source in Sources" if quoted else "")
        + ".",
        '<span class="sample num">blue underline</span>: a number or quantity (hover for its '
        "value; vague ones are marked so).",
        '<span class="sample loaded">red background</span>: a loaded, sensational, absolute, '
        "opinion or hedging term.",
        '<span class="sample c-unattributed">red dotted underline</span>: an assertion of fact '
        "that the article attributes to no one.",
        '<span class="sample c-opinion">purple wavy underline</span>: an opinion claim.',
        '<span class="sample faded">faded paragraph</span>: a credit line, author bio, '
        "placeholder for missing media or boilerplate, kept out of the analysis.",
        'Small capitals before a paragraph: its role. Headline check: <span class="yes">'
        'supported</span> or <span class="no">not supported</span> by the body; '
        "“✓credited”: a credit line names the source.",
        "Long evidence is cut at a word and ends with “…”; the JSON report holds it whole.",
    ]
    body = "".join(f"<li>{item}</li>" for item in items)
    return f'<section class="legend" id="legend"><h2>Legend</h2><ul>{body}</ul></section>'


def render_html(report: Report) -> str:
    title = report.structure.headline.text if report.structure.headline else "article"
    colours = "".join(f".q{i}{{background:{c}}}" for i, c in enumerate(SPEAKER_COLORS))
    side = _headline(report) + _sources(report) + _quotes(report) + _claims(report)
    side += _provenance(report)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>newsaudit: {escape(title)}</title><style>{CSS}{colours}</style></head><body>"
        f"<header><h1>newsaudit report — {escape(title)}</h1><small>Indicators and evidence for a "
        f"person to weigh; no verdict.</small>{_language(report)}</header>"
        f"{_legend(report)}<main>{_article(report)}<div>{side}{_indicators(report)}</div></main>"
        "</body></html>\n"
    )
