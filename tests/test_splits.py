"""The FINAL parts are carved by date (debates) and by whole topics (FNC-1), never by row."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import shared_path

from newsaudit.models.stance import Pair
from newsaudit.training import splits


def test_debate_date_reads_both_orders():
    assert splits.debate_date("20160926_1pres") == date(2016, 9, 26)
    assert splits.debate_date("20182601_trump_world") == date(2018, 1, 26)
    with pytest.raises(ValueError):
        splits.debate_date("trump_world")


def test_final_debates_are_the_latest_by_date():
    names = ["20180102_a", "20182601_b", "20170505_c", "20180301_d", "20161231_e"]
    development, final = splits.carve_debates(names, final=2)
    assert final == ["20180301_d", "20182601_b"]  # 26 Jan and 1 Mar 2018 beat 2 Jan 2018
    assert sorted(development + final) == sorted(names)


def _pairs() -> list[Pair]:
    return [
        Pair("Apple watch gold edition costs a fortune", "1", "discuss"),
        Pair("Gold Apple watch edition to cost $10,000", "2", "agree"),
        Pair("Apple watch gold edition price revealed", "2", "discuss"),
        Pair("Apple watch battery life edition gold price", "3", "agree"),  # joins by words
        Pair("Man bitten by shark survives", "4", "agree"),
        Pair("Shark attack victim recovers", "4", "disagree"),
        Pair("Shark attack victim recovers", "1", "unrelated"),
        Pair("Volcano erupts in Iceland", "5", "discuss"),
        Pair("Volcano erupts in Iceland", "4", "unrelated"),
    ]


def test_topics_join_claims_by_shared_bodies_and_by_headline_words():
    topics = splits.cluster_topics(_pairs())
    head = topics.of_headline
    assert head["Man bitten by shark survives"] == head["Shark attack victim recovers"]
    assert (
        head["Apple watch gold edition costs a fortune"]
        == head["Apple watch battery life edition gold price"]
    )
    assert head["Volcano erupts in Iceland"] != head["Man bitten by shark survives"]
    assert topics.of_body["1"] == topics.of_body["3"]  # unrelated pairs never join topics
    assert topics.of_body["4"] != topics.of_body["1"]
    assert len(topics.names()) == 3


def test_carving_keeps_topics_whole_and_drops_crossing_pairs():
    pairs = _pairs()
    carving = splits.carve_stance(pairs, share=0.3)
    assert carving.final and carving.development
    final_bodies = {p.body_id for p in carving.final}
    assert not final_bodies & {p.body_id for p in carving.development}
    assert not {p.headline for p in carving.final} & {p.headline for p in carving.development}
    assert len(carving.final) + len(carving.development) + carving.dropped == len(pairs)
    assert splits.carve_stance(list(reversed(pairs)), share=0.3).final_topics == (
        carving.final_topics
    )


def test_real_carvings_are_disjoint():
    import csv
    import sys

    from newsaudit.training.checkworthy import read_debates
    from newsaudit.training.fnc_data import read_pairs

    folder = shared_path("data", "checkworthy", "clef2019_task1", "training")
    development, final = splits.carve_debates([d.name for d in read_debates(folder)])
    assert final == ["20181010_medicare", "20181112_trump_pelosi", "20190108_oval_office"]
    assert len(development) == 16

    csv.field_size_limit(sys.maxsize)
    carving = splits.carve_stance(read_pairs(shared_path("data", "fnc1", "train_stances.csv")))
    final_bodies = {p.body_id for p in carving.final}
    assert not final_bodies & {p.body_id for p in carving.development}
    assert not {p.headline for p in carving.final} & {p.headline for p in carving.development}
    assert 0.18 < len(final_bodies) / 1683 < 0.25
