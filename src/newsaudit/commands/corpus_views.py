"""`newsaudit corpus index|quotes|conflicts|speakers|sources|relays`: who said what, across a
corpus store (SQLite, PostgreSQL) or the Parquet output of `corpus analyze-spark`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsaudit.io import write_output

DB_HELP = "corpus database: a path or sqlite:///path (SQLite), or postgresql://…"
REPORTS_HELP = "or the Parquet output directory of `corpus analyze-spark`"


def _source_options(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="URL", help=DB_HELP)
    where.add_argument("--reports", metavar="DIR", help=REPORTS_HELP)
    if json_flag:
        p.add_argument("--json", action="store_true", help="machine-readable output")


def register_views(corpus: argparse._SubParsersAction) -> None:
    """Add the views to the `corpus` group."""
    p = corpus.add_parser("index", help="(re)build the index of the views below")
    _source_options(p, json_flag=False)
    p.set_defaults(func=run_index)

    p = corpus.add_parser("quotes", help="one quotation across the corpus, earliest first")
    p.add_argument("text", metavar="TEXT", help="the quoted words")
    _source_options(p)
    p.set_defaults(func=run_quotes)

    p = corpus.add_parser(
        "conflicts", help="one quotation credited to different speakers (or to nobody)"
    )
    _source_options(p)
    p.add_argument("--limit", type=int, default=100, help="cases to show (most articles first)")
    p.set_defaults(func=run_conflicts)

    for name, what in (("speakers", "who is quoted"), ("sources", "which sources are named")):
        p = corpus.add_parser(
            name, help=f"{what}: how often, by which outlets, through which relays"
        )
        _source_options(p)
        p.add_argument("--name", help="only this name (and its variants)")
        p.add_argument("--limit", type=int, default=50, help="rows to show (most articles first)")
        p.set_defaults(func=run_speakers if name == "speakers" else run_sources)

    p = corpus.add_parser("relays", help="which outlets' text and quotes reach which others")
    _source_options(p)
    p.add_argument("--outlet", help="only edges from or to this outlet or relay")
    p.add_argument("--limit", type=int, default=200, help="edges to show (largest first)")
    p.set_defaults(func=run_relays)


@contextmanager
def _views(args: argparse.Namespace) -> Iterator:
    """A store whose views index is up to date: the corpus store, or one beside the Parquet."""
    from newsaudit.corpus import open_store

    if args.reports:
        from newsaudit.corpus.views_parquet import open_parquet_views

        with open_parquet_views(args.reports) as store:
            yield store
        return
    from newsaudit.corpus.views import ensure_views

    with open_store(args.db) as store:
        ensure_views(store)
        yield store


def _emit(args: argparse.Namespace, result: dict, text: Callable[[dict], list[str]]) -> int:
    if args.json:
        write_output(json.dumps(result, ensure_ascii=False), None)
    else:
        write_output("\n".join(text(result)), None)
    return 0


def run_index(args: argparse.Namespace) -> int:
    from newsaudit.corpus import open_store
    from newsaudit.corpus.views import ensure_views

    if args.reports:
        from newsaudit.corpus.views_parquet import open_parquet_views

        with open_parquet_views(args.reports, rebuild=True) as store:
            counts = store.query("SELECT k, v FROM view_meta WHERE k = 'reports'")
        print(json.dumps({"articles": int(counts[0][1])}))
        return 0
    with open_store(args.db) as store:
        print(json.dumps(ensure_views(store, quiet=True, rebuild=True)))
    return 0


def _where(m: dict) -> str:
    return f"{m['source_id']} ({m['date'] or 'no date'}, {m['outlet'] or 'unknown outlet'})"


def _appearance_line(m: dict) -> str:
    via = f" via {', '.join(m['via'])}" if m["via"] else ""
    return (
        f"  {_where(m)} [{m['start']}:{m['end']}] speaker: {m['speaker'] or 'nobody'}{via}: "
        f"“{_short(m['text'])}”"
    )


def _short(text: str | None, n: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def run_quotes(args: argparse.Namespace) -> int:
    from newsaudit.corpus.views import find_quote

    def text(r: dict) -> list[str]:
        lines = [f"{len(r['appearances'])} appearances"]
        lines += [_appearance_line(m) for m in r["appearances"]]
        for c in r["conflicts"]:
            who = c["speaker"] or "nobody"
            lines.append(f"conflict: attributed to {who} in {', '.join(c['source_ids'])}")
        return lines

    with _views(args) as store:
        return _emit(args, find_quote(store, args.text), text)


def run_conflicts(args: argparse.Namespace) -> int:
    from newsaudit.corpus.views import list_conflicts

    def text(r: dict) -> list[str]:
        lines = [f"{r['total']} conflicting quotations (showing {len(r['conflicts'])})"]
        for c in r["conflicts"]:
            who = "; ".join(
                f"{a['speaker'] or 'nobody'} in {', '.join(a['source_ids'])}"
                for a in c["attributions"]
            )
            lines.append(f"{c['kind']} across {c['articles']} articles: {who}")
            lines += [_appearance_line(m) for m in c["appearances"]]
        return lines

    with _views(args) as store:
        return _emit(args, list_conflicts(store, limit=args.limit), text)


def _counts(d: dict, n: int = 5) -> str:
    return ", ".join(f"{k} ({v})" for k, v in list(d.items())[:n]) or "-"


def run_speakers(args: argparse.Namespace) -> int:
    from newsaudit.corpus.views import list_speakers

    def text(r: dict) -> list[str]:
        lines = [f"{len(r['speakers'])} speakers"]
        for s in r["speakers"]:
            lines.append(
                f"  {s['speaker']}: {s['quotes']} quotes in {s['articles']} articles; "
                f"as {_counts(s['variants'])}; outlets {_counts(s['outlets'])}; "
                f"relays {_counts(s['relays'])}"
            )
        return lines

    with _views(args) as store:
        return _emit(args, list_speakers(store, args.name, args.limit), text)


def run_sources(args: argparse.Namespace) -> int:
    from newsaudit.corpus.views import list_sources

    def text(r: dict) -> list[str]:
        lines = [f"{len(r['sources'])} sources"]
        for s in r["sources"]:
            lines.append(
                f"  {s['source']} ({s['type']}): {s['articles']} articles, {s['quotes']} quotes; "
                f"outlets {_counts(s['outlets'])}; relays {_counts(s['relays'])}"
            )
        return lines

    with _views(args) as store:
        return _emit(args, list_sources(store, args.name, args.limit), text)


def run_relays(args: argparse.Namespace) -> int:
    from newsaudit.corpus.views import list_relays

    def text(r: dict) -> list[str]:
        lines = [f"{len(r['relays'])} relay edges"]
        for e in r["relays"]:
            first = e["earliest"]
            via = f"; its sources came via {', '.join(e['via'])}" if e.get("via") else ""
            lines.append(
                f"  {e['kind']:<5} {e['from']} → {e['to']}: {e['count']} "
                f"(earliest {first['source_id']}, {first['date'] or 'no date'}){via}"
            )
        return lines

    with _views(args) as store:
        return _emit(args, list_relays(store, args.outlet, args.limit), text)
