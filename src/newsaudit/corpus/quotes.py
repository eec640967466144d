"""One quotation across the corpus: where it appears, its first appearance, and who said it.

Reads the `quotes` of stored reports (ingest with ``--analyze``). Matching tolerates small
edits and truncation (fuzzy partial match on normalised text). A conflict is the same words
attributed to speakers with different surnames.
"""

from __future__ import annotations

import json
import re

from rapidfuzz import fuzz

from newsaudit.corpus.db import Store
from newsaudit.corpus.trace import Source, _age_key
from newsaudit.errors import InputError

MIN_SCORE = 85  # rapidfuzz partial ratio between the normalised quotations
MIN_LENGTH_RATIO = 0.5  # a stored quotation shorter than half the query is another quote
_NON_WORD = re.compile(r"[^\w]+")
_NOT_A_NAME = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _surname(name: str | None) -> str | None:
    words = _norm(name or "").split()
    if not words or (len(words) == 1 and words[0] in _NOT_A_NAME):
        return None
    return words[-1]


def find_quote(store: Store, text: str, min_score: float = MIN_SCORE) -> dict:
    """Every stored quotation matching `text`, earliest first, with speaker conflicts.

    Quotations come from stored reports: a store ingested without ``--analyze`` has none, and
    that is an error that says how to add them, not "0 appearances".
    """
    total, without = store.execute(
        "SELECT COUNT(*), COUNT(*) - COUNT(report) FROM articles"
    ).fetchone()
    if total and total == without:
        raise InputError(
            f"the store has {total:,} articles but no reports, so no quotations: add them with "
            f"`newsaudit corpus ingest SOURCE... --db {store.url} --analyze` "
            "(stored articles get a report; nothing is stored twice)"
        )
    target = _norm(text)
    found = []
    rows = store.execute(
        "SELECT id, record_id, title, date, url, report FROM articles WHERE report IS NOT NULL"
    ).fetchall()
    for article_id, record_id, title, date, url, report in rows:
        source = Source(article_id, record_id, title, "", date, url)
        for quote in json.loads(report).get("quotes") or []:
            match = _match(target, quote, min_score)
            if match is not None:
                found.append((source, {**source.to_dict(), **match}))
    found.sort(key=lambda sm: (_age_key(sm[0]), sm[1]["start"]))
    appearances = [m for _, m in found]
    return {
        "query": text,
        "appearances": appearances,
        "first_appearance": appearances[0] if appearances else None,
        "conflicts": _conflicts(appearances),
        "articles_without_report": without,
    }


def _match(target: str, quote: dict, min_score: float) -> dict | None:
    content = quote.get("content") or {}
    stored = _norm(content.get("text") or "")
    if not stored or not target:
        return None
    if min(len(stored), len(target)) < MIN_LENGTH_RATIO * max(len(stored), len(target)):
        return None
    score = fuzz.partial_ratio(target, stored)
    if score < min_score:
        return None
    speaker = (quote.get("speaker") or {}).get("name")
    return {
        "start": content.get("start"),
        "end": content.get("end"),
        "text": content.get("text"),
        "speaker": speaker,
        "score": round(score / 100, 3),
    }


def _conflicts(appearances: list[dict]) -> list[dict]:
    """Speakers (grouped by surname) when the same words are given to more than one."""
    by_speaker: dict[str, dict] = {}
    for m in appearances:
        key = _surname(m["speaker"])
        if key is not None:
            entry = by_speaker.setdefault(key, {"speaker": m["speaker"], "source_ids": []})
            entry["source_ids"].append(m["source_id"])
    return list(by_speaker.values()) if len(by_speaker) > 1 else []
