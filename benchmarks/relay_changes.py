"""Every `via` a change adds or removes, for judging by hand (issue 14, "relays are recorded").

``dump`` writes one JSON line per quote (document, content, cue, speaker, via, sentence) and
one per source (name, type, via) for the English DEVELOPMENT pages of
``../shared/data/extraction`` (`real_pages.part_of`; the FINAL part is never read) and the
PolNeAR development documents (``../shared/data/quotes/polnear_dev.jsonl``), with the code
on ``PYTHONPATH``. ``diff`` compares two dumps: quotes whose `via` changed (matched on document,
cue and content start) and sources whose type changed. Parses are cached under ``--cache``
(spaCy bytes, keyed by text) so the two versions read the same parse.

    git archive BASE src | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src python benchmarks/relay_changes.py dump --out /tmp/before.jsonl
    PYTHONPATH=src python benchmarks/relay_changes.py dump --out /tmp/after.jsonl
    python benchmarks/relay_changes.py diff /tmp/before.jsonl /tmp/after.jsonl

Nothing here is imported by runtime code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = SHARED / "quotes" / "polnear_dev.jsonl"
EXTRACTION = SHARED / "extraction"


def _texts(limit: int | None) -> Iterator[tuple[str, object]]:
    from newsaudit.errors import InputError
    from newsaudit.evaluation.real_pages import iter_pages
    from newsaudit.ingest import Article
    from newsaudit.io import read_article

    count = 0
    for page in iter_pages(EXTRACTION, "dev"):
        try:
            yield page.id, read_article(str(page.path))
        except InputError:  # a page with no article in it: no quotes either way
            continue
        count += 1
        if limit and count >= limit:
            break
    with POLNEAR.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit and n >= limit:
                break
            record = json.loads(line)
            yield f"polnear/{record['doc_id']}", Article(text=record["text"])


def _parsed(nlp, text: str, cache: Path):
    from spacy.tokens import Doc

    from newsaudit.nlp import parse

    path = cache / (hashlib.sha256(text.encode("utf-8")).hexdigest()[:24] + ".spacy")
    if path.is_file():
        return Doc(nlp.vocab).from_bytes(path.read_bytes())
    doc = parse(nlp, text)
    path.write_bytes(doc.to_bytes())
    return doc


def dump(out: Path, cache: Path, limit: int | None) -> None:
    from newsaudit.document import _wrap
    from newsaudit.extractors.claims import extract_claims
    from newsaudit.extractors.quotes import extract_quotes
    from newsaudit.extractors.sources import extract_sources
    from newsaudit.extractors.structure import extract_structure
    from newsaudit.extractors.text_language import detect_language
    from newsaudit.nlp import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = 2_000_000
    cache.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as sink:
        for name, article in _texts(limit):
            if not article.text.strip() or not detect_language(article.text).supported:
                continue
            doc = _wrap(article, _parsed(nlp, article.text, cache))
            structure = extract_structure(doc)
            quotes = [q for q in extract_quotes(doc, structure) if q.statement]
            claims = extract_claims(doc, structure, quotes)
            sources = extract_sources(doc, structure, quotes, claims)
            for q in quotes:
                sentence = doc.sentences[doc.sentence_index((q.cue or q.content).start)].span.text
                row = {
                    "doc": name,
                    "at": [q.cue.start if q.cue else None, q.content.start],
                    "content": q.content.text[:160],
                    "cue": q.cue.text if q.cue else None,
                    "speaker": q.speaker.name,
                    "speaker_type": q.speaker.type,
                    "via": q.via,
                    "sentence": sentence[:400],
                }
                sink.write(json.dumps({"quote": row}, ensure_ascii=False) + "\n")
            names = {s.id: s.name for s in sources}
            for s in sources:
                row = {"doc": name, "name": s.name, "type": s.type}
                row["via"] = [names.get(v, v) for v in s.via]
                sink.write(json.dumps({"source": row}, ensure_ascii=False) + "\n")


def _load(path: Path) -> tuple[dict, dict]:
    quotes, sources = {}, {}
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if "quote" in record:
            q = record["quote"]
            quotes[(q["doc"], *q["at"])] = q
        else:
            s = record["source"]
            sources[(s["doc"], s["name"])] = s
    return quotes, sources


def diff(before: Path, after: Path) -> None:
    old_quotes, old_sources = _load(before)
    new_quotes, new_sources = _load(after)
    added = removed = 0
    for key in sorted(old_quotes.keys() | new_quotes.keys(), key=str):
        old, new = old_quotes.get(key), new_quotes.get(key)
        was = old["via"] if old else []
        now = new["via"] if new else []
        if was == now:
            continue
        q = new or old
        for via in now:
            if via not in was:
                added += 1
                print(f"+ {q['doc']} | via {via!r} | {q['speaker']!r} ({q['speaker_type']})")
                print(f"    {q['sentence']!r}")
        for via in was:
            if via not in now:
                removed += 1
                print(f"- {q['doc']} | via {via!r} | {q['speaker']!r} ({q['speaker_type']})")
                print(f"    {q['sentence']!r}")
        if (old is None) != (new is None):
            print(f"    (quote only {'after' if old is None else 'before'})")
    retyped = 0
    for key in sorted(old_sources.keys() | new_sources.keys(), key=str):
        old, new = old_sources.get(key), new_sources.get(key)
        if old and new and (old["type"] != new["type"] or old["via"] != new["via"]):
            retyped += 1
            print(f"~ source {key[0]} | {key[1]!r}: {old['type']} -> {new['type']}, ", end="")
            print(f"via {old['via']} -> {new['via']}")
        elif (old is None) != (new is None):
            retyped += 1
            s = new or old
            print(f"{'>' if old is None else '<'} source {key[0]} | {key[1]!r} ({s['type']})")
    print(f"{added} via added, {removed} removed, {retyped} sources changed or new/gone")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--cache", type=Path, default=Path("/tmp/newsaudit-relay-parses"))
    d.add_argument("--limit", type=int, default=None)
    c = commands.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}")
        return 0
    if args.command == "dump":
        dump(args.out, args.cache, args.limit)
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())
