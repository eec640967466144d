"""The seed article traced against wire copy written for this test (needs ../shared)."""

from __future__ import annotations

import json
import random

import pytest

from newsaudit.cli import main
from newsaudit.corpus.bench import _insert, _substitute
from newsaudit.ingest import article_from_parts

pytestmark = pytest.mark.shared

LEAD_A = (
    "GENEVA (Wire) - Aid agencies appealed on Wednesday for safe corridors out of the besieged "
    "districts, saying convoys had waited at the checkpoints for two days without permission "
    "to move. A spokeswoman for the relief coalition said fuel for generators would run out "
    "within the week."
)
LEAD_B = (
    "BEIRUT (Wire) - Diplomats said talks on a ceasefire would resume at the weekend, although "
    "neither side had agreed on who would monitor it. The foreign ministers are expected to "
    "meet in a neutral capital, officials said, and a draft text was circulated on Tuesday."
)
CLOSE = "Reporting by the wire desk; editing by the night team."
OTHER = (
    "LISBON (Wire) - Portugal's parliament approved the budget on Friday after the governing "
    "party secured the support of two regional deputies, ending weeks of uncertainty. The "
    "finance minister said the plan would cut the deficit while raising pensions modestly."
)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _pick(seed_text: str) -> tuple[str, str]:
    """Two long body paragraphs of the seed: one to copy verbatim, one to edit lightly."""
    paras = _paragraphs(seed_text)
    body = paras[len(paras) // 4 : -2]
    long = [p for p in body if len(p.split()) >= 30]
    return long[0], long[-1]


def test_seed_trace_finds_the_verbatim_and_the_edited_passage(seed_text, tmp_path, capsys):
    verbatim, original = _pick(seed_text)
    rng = random.Random(5)
    edited = _insert(_substitute(original, rng, ["reportedly"]), rng, [])
    assert edited != original
    records = [
        {
            "id": "wire-a",
            "title": "Agencies appeal for corridors",
            "text": "\n\n".join([LEAD_A, verbatim, CLOSE]),
            "date": "2016-12-14",
        },
        {
            "id": "wire-b",
            "title": "Ceasefire talks to resume",
            "text": "\n\n".join([LEAD_B, edited, CLOSE]),
            "date": "2016-12-15",
        },
        {"id": "wire-c", "title": "Portugal passes budget", "text": OTHER + "\n\n" + CLOSE},
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "wire.sqlite")
    assert main(["corpus", "ingest", str(src), "--db", db, "--quiet"]) == 0
    capsys.readouterr()

    seed_file = tmp_path / "seed.txt"
    seed_file.write_text(seed_text, encoding="utf-8")
    assert main(["corpus", "trace", str(seed_file), "--db", db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)

    text = article_from_parts(seed_text).text
    passages = result["passages"]
    assert [p["source_id"] for p in passages] == ["wire-a", "wire-b"]
    for passage, paragraph in zip(passages, (verbatim, original), strict=True):
        start = text.index(paragraph)
        end = start + len(paragraph)
        overlap = min(end, passage["end"]) - max(start, passage["start"])
        assert overlap / (max(end, passage["end"]) - min(start, passage["start"])) > 0.9
    assert passages[0]["similarity"] == 1.0 and passages[1]["similarity"] < 1.0
    assert result["earliest_source"]["source_id"] == "wire-a"
