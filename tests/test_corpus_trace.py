"""Text-reuse tracing on small corpora written for these tests."""

from __future__ import annotations

import json

import pytest

from newsaudit.corpus import find_clusters, ingest, open_store, trace_article
from newsaudit.corpus.fingerprint import fold, ngram_hashes, tokenize, winnow
from newsaudit.ingest import article_from_parts

HARBOUR = (
    "The harbour authority in Port Elmsley said on Tuesday that it would close the northern "
    "quay for six weeks while engineers replace the storm gates, which were damaged in the "
    "January floods. Shipping companies were told to divert freight to the southern terminal, "
    "where extra cranes are being installed. The authority's chief executive, Mara Lindqvist, "
    "said the work could not wait until the summer because another storm would leave the town "
    "centre exposed. Local fishermen criticised the decision, saying they had not been consulted "
    "and that the southern terminal had no space for small boats."
)
ORCHARD = (
    "Apple growers in the Vell valley expect their smallest harvest in a decade after a late "
    "frost destroyed blossom across three hundred farms, the regional farmers' union said. The "
    "union asked the ministry for emergency loans and warned that seasonal pickers would find "
    "little work this autumn. A ministry spokesman said officials would visit the valley next "
    "week to assess the damage before deciding on any support package for the growers."
)
TRAM = (
    "The city council voted by 31 to 12 on Thursday to extend the tram line to the airport, "
    "ending a dispute that has lasted almost eight years. Construction is due to begin next "
    "spring and the council expects the first trams to run in 2029. Opponents argued that the "
    "money would be better spent on buses serving the outer districts, where many residents "
    "have no car and journeys to the hospital can take more than an hour."
)
FILLER = (
    "Residents gathered in the square on Saturday evening for the annual lantern parade, which "
    "organisers said drew the largest crowd since it began. Children carried paper boats lit "
    "from inside, and a brass band played until late. Volunteers spent the following morning "
    "collecting litter and returning borrowed chairs to the church hall."
)


def _records() -> list[dict]:
    return [
        {
            "id": "wire-harbour",
            "title": "Port to close northern quay",
            "text": HARBOUR,
            "date": "2024-02-01",
        },
        {"id": "wire-orchard", "title": "Frost hits apple harvest", "text": ORCHARD},
        {
            "id": "wire-tram",
            "title": "Council backs airport tram",
            "text": TRAM,
            "date": "2024-03-05",
        },
        {"title": "Harbour closure (reprint)", "text": HARBOUR, "date": "2024-02-03"},
    ]


@pytest.fixture()
def db(tmp_path) -> str:
    src = tmp_path / "wire.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    url = str(tmp_path / "corpus.sqlite")
    with open_store(url, create=True) as store:
        ingest([str(src)], store, progress=False)
    return url


def _derived(*parts: str) -> tuple:
    article = article_from_parts("\n\n".join(parts), "Weekly round-up")
    return article, trace_article(article, _DB[0])


_DB: list[str] = []


@pytest.fixture(autouse=True)
def _remember(db):
    _DB[:] = [db]


def _span_of(article, passage: str) -> tuple[int, int]:
    start = article.text.index(passage)
    return start, start + len(passage)


def test_verbatim_passage_found_with_both_spans(db):
    passage = HARBOUR[: HARBOUR.index(" The authority's")]
    article, result = _derived(FILLER, passage, "That is all for this week.")
    [p] = result["passages"]
    assert (p["start"], p["end"]) == _span_of(article, passage)
    assert p["source_id"] == "wire-harbour"  # the reprint is later: the dated original wins
    stored = article_from_parts(HARBOUR, "Port to close northern quay").text
    assert stored[p["source_start"] : p["source_end"]] == passage
    assert p["similarity"] == 1.0
    assert result["earliest_source"]["source_id"] == "wire-harbour"
    assert 0.3 < result["reused_share"] < 0.7


@pytest.mark.parametrize(
    "edit",
    [
        ("replace the storm gates", "repair the storm gates"),  # a changed word
        ("harbour authority", "harbor authority"),  # a spelling variant
        ("criticised", "criticized"),
        ("said on Tuesday", "said late on Tuesday"),  # an insertion
        ("for six weeks while", "while"),  # a deletion
    ],
)
def test_lightly_edited_passage_found(db, edit):
    passage = HARBOUR.replace(*edit)
    article, result = _derived(FILLER, passage)
    [p] = result["passages"]
    start, end = _span_of(article, passage)
    overlap = min(end, p["end"]) - max(start, p["start"])
    assert overlap / (max(end, p["end"]) - min(start, p["start"])) > 0.9
    assert p["source_id"] == "wire-harbour"
    assert 0.9 < p["similarity"] < 1.0


def test_reordered_sentences_are_one_passage(db):
    first, second = TRAM.split(". Construction")
    passage = "Construction" + second + " " + first + "."
    article, result = _derived(FILLER, passage)
    [p] = result["passages"]
    start, end = _span_of(article, passage)
    assert abs(p["start"] - start) < 5 and abs(p["end"] - end) < 5
    assert p["source_id"] == "wire-tram"


def test_two_sources_and_earliest_by_date(db):
    _article, result = _derived(TRAM, FILLER, HARBOUR)
    assert [p["source_id"] for p in result["passages"]] == ["wire-tram", "wire-harbour"]
    assert result["earliest_source"]["source_id"] == "wire-harbour"  # 2024-02-01 < 2024-03-05


def test_undated_source_falls_back_to_id_and_ingestion_order(db):
    _article, result = _derived(ORCHARD)
    [p] = result["passages"]
    assert p["source_id"] == "wire-orchard"
    assert result["reused_share"] > 0.9


def test_unrelated_article_has_no_passages(db):
    _, result = _derived(FILLER, "Nothing else happened in town this week, the mayor said.")
    assert result == {"reused_share": 0.0, "passages": [], "earliest_source": None}


def test_a_stored_article_does_not_trace_to_itself_but_to_its_reprint(db):
    article = article_from_parts(ORCHARD, "Frost hits apple harvest")
    assert trace_article(article, db)["passages"] == []
    reprint = article_from_parts(HARBOUR, "Port to close northern quay")
    [p] = trace_article(reprint, db)["passages"]
    assert p["source_id"].startswith("#")  # the reprint had no id of its own


def test_clusters_group_the_reprint_with_its_earliest_member(db):
    with open_store(db) as store:
        clusters = find_clusters(store)
    assert len(clusters) == 1
    assert clusters[0]["size"] == 2
    assert clusters[0]["earliest"]["source_id"] == "wire-harbour"


def test_fold_merges_spelling_variants():
    assert fold("Organised") == fold("organized")
    assert fold("colour") == fold("color")
    assert fold("centre") == fold("center")
    assert fold("house") == "house"


def test_hashes_are_stable_and_winnowing_is_a_subset():
    words = tokenize(HARBOUR).words
    hashes = ngram_hashes(words)
    assert len(hashes) == len(words) - 4
    assert ngram_hashes(["a", "b", "c", "d", "e"]).tolist() == [-6831627335801863106]
    picked = winnow(hashes)
    assert set(picked.tolist()) <= set(hashes.tolist())
    assert 0 < len(picked) < len(hashes)


def test_cached_token_hashes_equal_the_index_hashes():
    tokens = tokenize("The Organised colour of the centre, organized by the colour team.")
    assert tokens.hashes(4) == ngram_hashes(tokens.words, 4).tolist()
