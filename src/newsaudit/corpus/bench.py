"""A text-reuse benchmark generated at run time from the shared real corpora (never stored).

Sources: a seeded sample of the BBC and FakeNewsNet articles, ingested into a temporary store.
Hosts: other articles, kept only when they share no 8-word sequence with any source (checked
exactly, independently of the detector). Derived articles are hosts with one or two passages
copied from sources, either verbatim or lightly edited (a changed word, a spelling variant, an
inserted or deleted word, reordered sentences or clauses); the spans are known by construction.
Unrelated hosts are the negatives. Scoring is per passage (same source and character IoU ≥ 0.5)
and per article (exactly the right set of sources, none for a negative).
"""

from __future__ import annotations

import json
import os
import random
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsaudit.errors import InputError
from newsaudit.ingest import Article, article_from_parts, article_from_record

CORPORA = ("bbc", "fakenewsnet_v1")
KINDS = ("verbatim", "edited", "unrelated")
MIN_IOU = 0.5
_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'‘])")
_INSERTS = ("reportedly", "on Monday", "according to officials", "however", "also", "now")
_SPELLINGS = (
    ("ize", "ise"),
    ("ise", "ize"),
    ("yze", "yse"),
    ("or ", "our "),
    ("our ", "or "),
    ("ter ", "tre "),
    ("tre ", "ter "),
    ("eled", "elled"),
    ("elled", "eled"),
)


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    source_id: str


@dataclass(slots=True)
class Derived:
    kind: str
    article: Article
    gold: list[Gold]


def find_data_dir(explicit: str | None) -> Path:
    """The shared data folder: --data, $NEWSAUDIT_SHARED, or ../shared beside the project."""
    here = Path(__file__).resolve()
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("NEWSAUDIT_SHARED"):
        candidates.append(Path(os.environ["NEWSAUDIT_SHARED"]))
    candidates += [Path.cwd().parent / "shared", Path.cwd() / "shared", here.parents[4] / "shared"]
    for base in candidates:
        if (base / "data" / "corpora" / CORPORA[0] / "articles.jsonl").exists():
            return base
    raise InputError("cannot find the shared corpora: give --data DIR (the folder holding data/)")


def load_records(base: Path) -> list[dict]:
    records = []
    for name in CORPORA:
        with (base / "data" / "corpora" / name / "articles.jsonl").open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return [r for r in records if len(_WORDS.findall(r.get("text") or "")) >= 150]


def _grams(text: str, n: int = 8) -> set[int]:
    words = [w.lower() for w in _WORDS.findall(text)]
    return {hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1)}


def split_corpus(records: list[dict], rng: random.Random, n_hosts: int):
    """Sources for the store, and hosts that share no 8-gram with any source."""
    records = records[:]
    rng.shuffle(records)
    cut = n_hosts + n_hosts // 4  # spare hosts: some overlap the sources and are dropped
    sources, pool = records[: len(records) - cut], records[len(records) - cut :]
    owners: dict[int, int] = {}
    for record in sources:
        for g in _grams(record["text"]):
            owners[g] = owners.get(g, 0) + 1
    hosts = [r for r in pool if not (_grams(r["text"]) & owners.keys())][:n_hosts]
    return sources, hosts, owners


def _passage(record: dict, owners: dict[int, int], rng: random.Random) -> str | None:
    """Consecutive sentences (30-90 words) found in no other source."""
    body = article_from_record(record).text
    paras = [p for p in body.split("\n\n")[1:] if p.strip()]
    sentences = [s for p in paras for s in _SENTENCE_END.split(p)]
    for _ in range(10):
        i = rng.randrange(len(sentences))
        chosen: list[str] = []
        for s in sentences[i:]:
            chosen.append(s)
            if len(_WORDS.findall(" ".join(chosen))) >= 30:
                break
        text = " ".join(chosen)
        n_words = len(_WORDS.findall(text))
        if 30 <= n_words <= 90 and all(owners.get(g, 0) == 1 for g in _grams(text)):
            return text
    return None


def edit_passage(text: str, rng: random.Random, vocab: list[str]) -> str:
    """One to three light edits, at most one of them a reordering."""
    ops = rng.sample(["substitute", "spelling", "insert", "delete", "reorder"], rng.randint(1, 3))
    for op in ops:
        text = _EDITS[op](text, rng, vocab)
    return text


def _word_positions(text: str) -> list[re.Match]:
    return [m for m in _WORDS.finditer(text) if len(m.group()) >= 3 and m.start() > 0]


def _substitute(text: str, rng: random.Random, vocab: list[str]) -> str:
    m = rng.choice(_word_positions(text))
    return text[: m.start()] + rng.choice(vocab) + text[m.end() :]


def _spelling(text: str, rng: random.Random, vocab: list[str]) -> str:
    options = [(a, b) for a, b in _SPELLINGS if a in text]
    if options:
        a, b = rng.choice(options)
        at = rng.choice([m.start() for m in re.finditer(re.escape(a), text)])
        return text[:at] + b + text[at + len(a) :]
    m = rng.choice(
        [m for m in _word_positions(text) if len(m.group()) >= 5] or _word_positions(text)
    )
    w = m.group()
    k = rng.randrange(1, len(w) - 1)
    typo = w[:k] + w[k + 1] + w[k] + w[k + 2 :]  # two letters swapped: a misspelling
    return text[: m.start()] + typo + text[m.end() :]


def _insert(text: str, rng: random.Random, vocab: list[str]) -> str:
    m = rng.choice(_word_positions(text))
    return text[: m.start()] + rng.choice(_INSERTS) + " " + text[m.start() :]


def _delete(text: str, rng: random.Random, vocab: list[str]) -> str:
    m = rng.choice(_word_positions(text))
    return (text[: m.start()] + text[m.end() :].lstrip(" ")).rstrip()


def _reorder(text: str, rng: random.Random, vocab: list[str]) -> str:
    sentences = _SENTENCE_END.split(text)
    if len(sentences) >= 2:
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        return " ".join(sentences)
    if ", " in text:
        head, tail = text.rstrip(".").split(", ", 1)
        return f"{tail[0].upper()}{tail[1:]}, {head[0].lower()}{head[1:]}."
    return text


_EDITS = {
    "substitute": _substitute,
    "spelling": _spelling,
    "insert": _insert,
    "delete": _delete,
    "reorder": _reorder,
}


def make_derived(
    kind: str, host: dict, sources: list[dict], owners: dict[int, int], rng: random.Random
) -> Derived | None:
    """A host article with 0 (unrelated), 1 or 2 copied passages at paragraph boundaries."""
    host_article = article_from_record(host)
    paras = [p for p in host_article.text.split("\n\n")[1:] if p.strip()]
    vocab = [w for w in _WORDS.findall(host_article.text) if len(w) >= 4 and w.islower()]
    inserts: list[tuple[int, str, str]] = []
    n = 0 if kind == "unrelated" else rng.choice((1, 1, 2))
    for source in rng.sample(sources, n):
        passage = _passage(source, owners, rng)
        if passage is None:
            return None
        if kind == "edited":
            passage = edit_passage(passage, rng, vocab or ["report"])
        inserts.append((rng.randint(0, len(paras)), passage, source["id"]))
    return _assemble(kind, host_article, host["id"], paras, inserts)


def _assemble(
    kind: str, host: Article, host_id: str, paras: list[str], inserts: list
) -> Derived | None:
    pieces, spots = list(paras), []
    for at, passage, _ in sorted(inserts, key=lambda x: -x[0]):
        pieces.insert(at, passage)
    title = host.title or ""
    offset = len(title) + 2
    for piece in pieces:
        for _, passage, source_id in inserts:
            if piece is passage:
                spots.append(Gold(offset, offset + len(passage), source_id))
        offset += len(piece) + 2
    article = article_from_parts("\n\n".join(pieces), title, id=f"derived-{host_id}")
    if any(article.text[g.start : g.end] not in {p for _, p, _ in inserts} for g in spots):
        return None
    return Derived(kind, article, spots)


def score(derived: list[Derived], predictions: list[dict]) -> dict:
    """Passage P/R/F1 and article accuracy, per kind."""
    out = {}
    for kind in KINDS:
        tp = fp = fn = correct = total = 0
        for d, pred in zip(derived, predictions, strict=True):
            if d.kind != kind:
                continue
            total += 1
            hits = _match(d.gold, pred["passages"])
            tp, fp, fn = tp + hits, fp + len(pred["passages"]) - hits, fn + len(d.gold) - hits
            got = {p["source_id"] for p in pred["passages"]}
            correct += got == {g.source_id for g in d.gold}
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[kind] = {
            "articles": total,
            "gold_passages": tp + fn,
            "predicted_passages": tp + fp,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "article_accuracy": round(correct / total, 4) if total else None,
        }
    return out


def _match(gold: list[Gold], passages: list[dict]) -> int:
    used, hits = set(), 0
    for g in gold:
        for k, p in enumerate(passages):
            inter = max(0, min(g.end, p["end"]) - max(g.start, p["start"]))
            union = max(g.end, p["end"]) - min(g.start, p["start"])
            if k not in used and p["source_id"] == g.source_id and inter / union >= MIN_IOU:
                used.add(k)
                hits += 1
                break
    return hits


def build_benchmark(seed: int, base: Path, per_kind: int):
    rng = random.Random(seed)
    sources, hosts, owners = split_corpus(load_records(base), rng, 3 * per_kind)
    derived = []
    for i, host in enumerate(hosts):
        item = make_derived(KINDS[i % 3], host, sources, owners, rng)
        if item is not None:
            derived.append(item)
    return sources, derived


def run_benchmark(seed: int = 2, data_dir: str | None = None, per_kind: int = 200) -> dict:
    """Generate, ingest, trace and score; everything lives in a temporary directory."""
    from newsaudit.corpus import ingest, open_store, trace_article

    sources, derived = build_benchmark(seed, find_data_dir(data_dir), per_kind)
    with tempfile.TemporaryDirectory(prefix="newsaudit-reuse-") as tmp:
        jsonl = Path(tmp) / "sources.jsonl"
        jsonl.write_text("".join(json.dumps(r) + "\n" for r in sources), encoding="utf-8")
        with open_store(str(Path(tmp) / "corpus.sqlite"), create=True) as store:
            ingest([str(jsonl)], store, progress=False)
            started = time.perf_counter()
            predictions = [trace_article(d.article, store) for d in derived]
            elapsed = time.perf_counter() - started
    scores = score(derived, predictions)
    return {
        "seed": seed,
        "corpus_articles": len(sources),
        "derived_articles": len(derived),
        "trace_ms_mean": round(1000 * elapsed / max(1, len(derived)), 2),
        "kinds": scores,
    }


def format_scores(result: dict) -> str:
    lines = [
        f"reuse benchmark, seed {result['seed']}: {result['corpus_articles']} stored articles, "
        f"{result['derived_articles']} traced ({result['trace_ms_mean']} ms each)",
        f"{'kind':<10} {'articles':>8} {'passages':>8} {'P':>7} {'R':>7} {'F1':>7} {'art.acc':>8}",
    ]
    for kind, s in result["kinds"].items():
        if not s["gold_passages"]:  # negatives: only false passages and article accuracy apply
            lines.append(
                f"{kind:<10} {s['articles']:>8} {0:>8} "
                f"{'false passages: ' + str(s['predicted_passages']):>23} "
                f"{s['article_accuracy']:>8.3f}"
            )
            continue
        lines.append(
            f"{kind:<10} {s['articles']:>8} {s['gold_passages']:>8} {s['precision']:>7.3f} "
            f"{s['recall']:>7.3f} {s['f1']:>7.3f} {s['article_accuracy']:>8.3f}"
        )
    return "\n".join(lines)
