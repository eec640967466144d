"""Boilerplate: page furniture is marked and kept out of claims, quotes and language flags."""

from __future__ import annotations

import pytest

from newsaudit.extractors.boilerplate import boilerplate_paragraphs, load_rules, match_rule
from newsaudit.pipeline import analyze

FURNITURE = [
    ("Sign up for our morning newsletter to get the day's top stories.", "newsletter"),
    ("Get the best of our reporting delivered straight to your inbox.", "newsletter"),
    ("Follow Harbor Wire's coverage of the storm at example.org/storm.", "follow"),
    ("Follow us on Instagram", "follow"),
    ("Also on Harbor Wire: Ferry service returns to the islands", "related"),
    ("Related Coverage", "related"),
    ("Like this story? Tell a friend.", "engagement"),
    ("Share this article", "engagement"),
    ("Already a subscriber? Log in to keep reading.", "subscription"),
    ("Bet $10, get $150 in bonus bets with our exclusive promo code.", "betting"),
    ("Gambling problem? Call 1-800-GAMBLER. Must be 21+ to wager.", "betting"),
    ("© 2026 Harbor Wire. All rights reserved.", "legal"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "legal"),
    ("Advertisement", "ads"),
    ("Story continues below", "ads"),
    ("4 min read", "meta"),
]
PROSE = [
    "Also on Monday, the council voted to raise the water rates by 4 percent.",
    "Residents who signed up for the program will receive a letter next week, the mayor said.",
    "More from the hearing is expected on Thursday, when the budget comes back to the floor.",
    "The sportsbooks lobby spent $2 million on the campaign, according to state filings, and "
    "lawmakers from both parties accepted donations from it over three election cycles while "
    "the bill was drafted, amended twice in committee and finally passed by a single vote in "
    "the senate after a long debate that ran past midnight and left several members angry "
    "about the process.",
    "Follow-up tests showed no contamination in the river, officials said.",
]


@pytest.mark.parametrize(("text", "category"), FURNITURE)
def test_furniture_is_matched_with_its_category(text, category):
    rule = match_rule(text)
    assert rule is not None, text
    assert rule.category == category


@pytest.mark.parametrize("text", PROSE)
def test_prose_is_not_furniture(text):
    assert match_rule(text) is None


def test_every_rule_has_a_reason_and_a_known_form():
    rules = load_rules()
    assert len(rules) > 20
    assert all(r.why and r.category for r in rules)


def test_a_related_box_takes_the_headline_lines_under_it():
    texts = [
        "The bridge reopened on Friday after two years of repairs.",
        "More stories",
        "Ferry service returns to the islands",
        "- Storm damage closes the harbour road",
        "Officials said the work cost $40 million, more than planned.",
    ]
    assert boilerplate_paragraphs(texts) == [None, "related", "related", "related", None]


def test_a_long_read_more_link_opens_no_box():
    texts = ["Read more: Ferry service returns to the islands", "What happens next"]
    assert boilerplate_paragraphs(texts) == ["related", None]


ARTICLE = (
    "Harbor bridge reopens after repairs\n\n"
    "The Harbor Bridge reopened on Friday after two years of repairs, the city said.\n\n"
    "Sign up for our newsletter to get the latest harbor news.\n\n"
    '"It is a relief," said Mayor Ann Lee, who cut the ribbon.\n\n'
    "Bet $5, get $200 in bonus bets instantly with the promo code HARBOR.\n\n"
    "Like this story? Share it with a friend!\n\n"
    "Follow Harbor Wire's coverage of the bridge at example.org/bridge."
)


def test_boilerplate_stays_out_of_claims_quotes_and_flags():
    report = analyze(ARTICLE, stance=False)
    marked = [p.span.text for p in report.structure.paragraphs if p.role == "boilerplate"]
    assert len(marked) == 4
    assert [b.text for b in report.structure.boilerplate] == marked
    for claim in report.claims:
        assert not any(b.overlaps(claim.span) for b in report.structure.boilerplate)
    for quote in report.quotes:
        assert not any(b.overlaps(quote.content) for b in report.structure.boilerplate)
    for flag in report.language:
        assert not any(b.overlaps(flag.span) for b in report.structure.boilerplate)
    assert any("reopened" in c.span.text for c in report.claims)
