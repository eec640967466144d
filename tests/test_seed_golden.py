"""Golden test on the seed article (../shared/seed/aleppo.txt): the issue's figures, end to end."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def report(seed_report):
    return seed_report.to_dict()


def source_names(report, source_id):
    by_id = {s["id"]: s for s in report["sources"]}
    return by_id[source_id]["name"], [by_id[v]["name"] for v in by_id[source_id]["via"]]


def quotes_with(report, words):
    return [q for q in report["quotes"] if words in q["content"]["text"]]


def test_direct_quotes_with_speakers_and_roles(report):
    direct = {q["speaker"]["name"]: q for q in report["quotes"] if q["kind"] == "direct"}
    assert set(direct) == {"Samantha Power", "Boris Johnson"}
    assert direct["Samantha Power"]["speaker"]["role"] == "the United States’ UN Ambassador"
    assert direct["Boris Johnson"]["speaker"]["role"] == "U.K. Foreign Secretary"
    assert direct["Samantha Power"]["content"]["text"].startswith("“It is your noose")
    assert direct["Boris Johnson"]["content"]["text"].startswith("“I have information")


@pytest.mark.parametrize(
    ("words", "speaker", "via"),
    [
        ("Government forces resumed shelling", "Syrian rebel officials and witnesses", ["Reuters"]),
        ("rebels had resumed fighting at dawn", "Russia’s defense ministry", ["Interfax"]),
        ("continuing its operation", "Russia’s defense ministry", ["Interfax"]),
        ("6,000 civilians have left", "Russia’s defense ministry", ["Interfax"]),
        ("obstructing the deal", "Officials with Aleppo-based rebel groups", []),
        ("may be delayed until Thursday", "Orient TV’s correspondent", ["Orient TV"]),
        ("deep concern", "The UN and others", []),
    ],
)
def test_reported_statements_and_their_chains(report, words, speaker, via):
    [quote] = quotes_with(report, words)
    name, relays = source_names(report, quote["source_id"])
    assert name == speaker
    assert relays == via


def test_credits_name_ap_reuters_and_vox(report):
    credited = {s["name"] for s in report["sources"] if s["credited"]}
    assert credited == {"Associated Press", "Reuters", "VOX News"}
    assert [c["what"] for c in report["structure"]["credits"]] == ["quotes", "video"]


def test_author_bio_found_and_kept_out_of_claims_and_quotes(report):
    bio = report["structure"]["author_bio"]
    assert bio["text"].startswith("Jim Williams is the Washington Bureau Chief")
    for claim in report["claims"]:
        assert claim["span"]["end"] <= bio["start"] or claim["span"]["start"] >= bio["end"]
    assert all(q["content"]["start"] < bio["start"] for q in report["quotes"])


def test_embed_placeholder_found(report):
    assert [p["text"] for p in report["structure"]["placeholders"]] == [
        "How twitter has reacted to the situation"
    ]


def test_numbers_and_vague_quantities(report):
    by_text = {q["span"]["text"]: q for q in report["quantities"]}
    six = next(q for t, q in by_text.items() if "6,000" in t)
    assert six["value"] == 6000 and six["approximate"] and six["unit"] == "civilians"
    rebels = next(q for t, q in by_text.items() if t.startswith("366"))
    assert rebels["value"] == 366 and not rebels["approximate"]
    vague = {q["span"]["text"].split(" of Syrian")[0] for q in report["quantities"] if q["vague"]}
    assert {"Thousands", "hundreds of thousands"} <= vague


def test_standfirst_not_supported_by_the_body(report):
    lines = {h["role"]: h for h in report["headline"]}
    standfirst = lines["standfirst"]
    assert standfirst["span"]["text"].startswith("Aleppo:Thousands die everyday")
    assert standfirst["supported"] is False
    assert {"NATO", "die"} <= {t["text"] for t in standfirst["unsupported_terms"]}
    assert standfirst["evidence"]


def test_indicators_point_at_evidence(report):
    indicators = {i["id"]: i for i in report["indicators"]}
    assert indicators["missing_embeds"]["value"] == 1
    assert indicators["author_bio_present"]["value"] is True
    assert indicators["headline_unsupported"]["value"] == 2
    assert indicators["unnamed_sources"]["value"] >= 2


def test_top_five_claims_include_the_unattributed_murder_sentence_and_the_6000(report):
    top = [c["span"]["text"] for c in report["claims"][:5]]
    assert any("murder of hundreds of thousands" in t for t in top)
    assert any("almost 6,000 civilians have left rebel-held areas" in t for t in top)
    murder = next(c for c in report["claims"] if "murder of hundreds" in c["span"]["text"])
    assert murder["kind"] == "unattributed"
    scores = [c["checkworthiness"] for c in report["claims"]]
    assert scores == sorted(scores, reverse=True)
    indicators = {i["id"]: i for i in report["indicators"]}
    worthy = [c for c in report["claims"] if c["checkworthiness"] >= 0.5]
    orphans = [c for c in worthy if c["kind"] != "attributed"]
    assert worthy  # the news cut still lets the article's top claim through
    share = indicators["unattributed_checkworthy_share"]["value"]
    assert share == pytest.approx(len(orphans) / len(worthy), abs=1e-3)


def test_learned_headline_checks_on_the_seed(report):
    lines = {h["role"]: h for h in report["headline"]}
    standfirst = lines["standfirst"]
    assert standfirst["stance"]["label"] != "agree"
    labels = {"agree", "disagree", "discuss", "unrelated"}
    assert set(standfirst["stance"]["probabilities"]) == labels
    assert standfirst["supported"] is False and standfirst["evidence"]
    indicators = {i["id"]: i for i in report["indicators"]}
    assert indicators["loaded_headline"]["value"] is True
    assert lines["headline"]["clickbait"] > 0.5
