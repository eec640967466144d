"""The cross-article views (quotes, conflicts, speakers, sources, relays) on a small corpus
holding known conflicts and a reprint (tests/corpus_views_data.py)."""

from __future__ import annotations

import json

import pytest
from corpus_views_data import PLEDGE, corpus_records, write_corpus

from newsaudit.cli import main
from newsaudit.corpus import ingest, open_store
from newsaudit.corpus.names import NameMerger, name_words
from newsaudit.corpus.views import (
    ensure_views,
    find_quote,
    list_conflicts,
    list_relays,
    list_sources,
    list_speakers,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("views")
    url = str(tmp / "c.sqlite")
    with open_store(url, create=True) as store:
        ingest([write_corpus(tmp / "c.jsonl")], store, analyze=True, progress=False)
        ensure_views(store, quiet=True)
    return url


def summary(store) -> dict:
    """What the views say about the test corpus, in a form two back ends can be compared by."""
    return {
        "quotes": find_quote(store, PLEDGE),
        "conflicts": list_conflicts(store),
        "speakers": list_speakers(store),
        "sources": list_sources(store),
        "relays": list_relays(store),
    }


def test_quotes_finds_every_appearance_earliest_first_with_speaker_and_outlet(db):
    with open_store(db) as store:
        result = find_quote(store, "we will NOT close a single hospital this winter!")
    found = [(m["source_id"], m["outlet"], m["speaker"]) for m in result["appearances"]]
    assert found == [
        ("herald-1", "North Herald", "Maria Lind"),
        ("times-1", "Coast Times", "Lind"),  # "this year": a fuzzy match
        ("post-1", "Valley Post", "Tomas Berg"),
        ("post-2", "Valley Post", "Officials"),
    ]
    assert result["first_appearance"]["source_id"] == "herald-1"
    first = result["appearances"][0]
    assert PLEDGE in first["text"] and first["speaker_span"]["text"].endswith("Maria Lind")
    assert result["appearances"][1]["via"] == ["Reuters"]
    keys = {c["speaker_key"]: c["source_ids"] for c in result["conflicts"]}
    assert keys == {
        "maria lind": ["herald-1", "times-1"],
        "tomas berg": ["post-1"],
        None: ["post-2"],
    }


def test_quotes_short_query_and_no_match(db):
    with open_store(db) as store:
        short = find_quote(store, "a single hospital this winter")  # < 5 words: the scan path
        none = find_quote(store, "the moon is made of cheese and always was")
    assert short["appearances"] == []  # shorter than half the quotation: another quote
    assert none == {"query": none["query"], "appearances": [], "first_appearance": None,
                    "conflicts": []}  # fmt: skip


def test_conflicts_give_both_kinds_with_evidence(db):
    with open_store(db) as store:
        result = list_conflicts(store)
    assert result["total"] == 2
    pledge, nurses = result["conflicts"]
    assert pledge["kind"] == "different_speakers"
    assert pledge["speakers"] == ["maria lind", "tomas berg"] and pledge["unattributed"] == 1
    assert [m["source_id"] for m in pledge["appearances"]] == [
        "herald-1",
        "times-1",
        "post-1",
        "post-2",
    ]
    assert nurses["kind"] == "speaker_and_nobody"
    assert {a["speaker"] for a in nurses["attributions"]} == {"Maria Lind", None}
    for case in result["conflicts"]:
        for m in case["appearances"]:  # evidence: spans into each article's text
            assert m["end"] > m["start"] and m["text"]


def test_speakers_merge_name_variants_with_outlets_and_relays(db):
    with open_store(db) as store:
        [lind] = list_speakers(store, name="Lind")["speakers"]
        everyone = list_speakers(store)["speakers"]
    assert lind["speaker"] == "Maria Lind" and lind["articles"] == 3
    assert set(lind["variants"]) == {"Maria Lind", "Lind"} and lind["variants"]["Lind"] == 1
    assert list(lind["outlets"]) == ["North Herald", "Coast Times"]  # most quotes first
    assert lind["relays"] == {"Reuters": 1}
    assert "Officials" not in {s["speaker"] for s in everyone}  # an unnamed source is nobody


def test_sources_and_relays(db):
    with open_store(db) as store:
        [reuters] = list_sources(store, name="reuters")["sources"]
        relays = list_relays(store)["relays"]
        only = list_relays(store, outlet="Reuters")["relays"]
    assert reuters["type"] == "wire" and reuters["outlets"] == {"Coast Times": 1}
    edges = {(e["kind"], e["from"], e["to"]): e for e in relays}
    assert ("via", "Reuters", "Coast Times") in edges
    reuse = edges[("reuse", "North Herald", "Coast Times")]
    assert (
        reuse["earliest"]["source_id"] == "herald-3" and reuse["earliest"]["reached"] == "times-2"
    )
    assert [(e["kind"], e["from"]) for e in only] == [("via", "Reuters")]


def test_cli_text_and_json(db, capsys):
    assert main(["corpus", "conflicts", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "different_speakers across 4 articles" in out and "Tomas Berg in post-1" in out
    assert main(["corpus", "speakers", "--db", db, "--json", "--limit", "1"]) == 0
    [top] = json.loads(capsys.readouterr().out)["speakers"]
    assert top["speaker"] == "Maria Lind"
    assert main(["corpus", "relays", "--db", db]) == 0
    assert "reuse North Herald → Coast Times" in " ".join(capsys.readouterr().out.split())
    assert main(["corpus", "quotes", PLEDGE, "--db", db]) == 0
    assert "4 appearances" in capsys.readouterr().out
    assert main(["corpus", "sources", "--db", db]) == 0
    assert "Reuters (wire)" in capsys.readouterr().out


def test_a_store_without_reports_says_how_to_add_them(tmp_path, capsys):
    src = write_corpus(tmp_path / "c.jsonl")
    url = str(tmp_path / "bare.sqlite")
    assert main(["corpus", "ingest", src, "--db", url, "--quiet"]) == 0
    capsys.readouterr()
    for view in (["quotes", PLEDGE], ["conflicts"], ["speakers"]):
        assert main(["corpus", *view, "--db", url]) == 2
        err = capsys.readouterr().err
        assert "no stored reports" in err and "--analyze" in err and len(err.splitlines()) == 1


def test_index_follows_new_reports(tmp_path):
    url = str(tmp_path / "c.sqlite")
    records = corpus_records()
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps(records[0]) + "\n" + json.dumps(records[2]) + "\n")
    with open_store(url, create=True) as store:
        ingest([str(first)], store, analyze=True, progress=False)
        ensure_views(store, quiet=True)
        assert len(find_quote(store, PLEDGE)["appearances"]) == 2
        more = tmp_path / "b.jsonl"
        more.write_text(json.dumps(records[1]) + "\n")
        ingest([str(more)], store, analyze=True, progress=False)
        assert ensure_views(store, quiet=True)["articles"] == 3  # stale: rebuilt
        assert ensure_views(store, quiet=True) is None  # up to date: left alone
        assert len(find_quote(store, PLEDGE)["appearances"]) == 3


def test_name_merger_merges_only_unambiguous_surnames():
    merger = NameMerger(["Sadiq Khan", "Imran Khan", "Mr Lind", "Maria Lind", "he"])
    assert merger.key("Khan") == "khan"  # two Khans: not guessed
    assert merger.key("Lind") == merger.key("Dr Maria Lind") == "maria lind"
    assert merger.key("Lind's") == "maria lind"
    assert merger.key("she") is None and merger.key(None) is None
    assert name_words("Prime Minister Ola Berg") == ("ola", "berg")


def test_bad_input_is_one_line_and_exit_2(db, tmp_path, capsys):
    cases = [
        ["corpus", "quotes", " ... ", "--db", db],
        ["corpus", "conflicts", "--reports", str(tmp_path / "none")],
        ["corpus", "analyze-spark", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o")],
    ]
    for argv in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("newsaudit: error: ") and len(err.splitlines()) == 1
    assert not (tmp_path / "o").exists()
