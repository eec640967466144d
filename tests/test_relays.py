"""Relays to outlets the word list does not know (issue 14): the article's own evidence."""

from __future__ import annotations

import pytest

from newsaudit.document import build_document
from newsaudit.extractors.outlets import outlet_names
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.extractors.sources import extract_sources
from newsaudit.findings import Quote, Structure

QUOTE = "“We have nothing left,” "


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(build_document(text), Structure())


def via_of(text: str) -> list[str]:
    """The relays of the one quote whose content is "We have nothing left"."""
    found = [q for q in quotes_of(text) if "nothing left" in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes_of(text)]
    return found[0].via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the name used as media elsewhere in the article
        (
            "Ruptly, the Russian video agency, filmed the ruins. " + QUOTE + "a woman told Ruptly.",
            ["Ruptly"],
        ),
        ("The video agency Ruptly filmed the ruins. " + QUOTE + "a woman told Ruptly.", ["Ruptly"]),
        ("Ruptly's correspondent filmed the ruins. " + QUOTE + "a woman told Ruptly.", ["Ruptly"]),
        ("Ruptly aired the footage on Monday. " + QUOTE + "a woman told Ruptly.", ["Ruptly"]),
        # the sentence says it was an interview
        (QUOTE + "a woman told Ruptly in an interview in eastern Aleppo.", ["Ruptly"]),
        # a title with a capital "The" inside a sentence; a broadcast call sign
        (QUOTE + "a woman told The Oregonian on Monday.", ["The Oregonian"]),
        (QUOTE + "a woman told The Hill on Monday.", ["The Hill"]),
        (QUOTE + "a woman told KQED on Monday.", ["KQED"]),
        (QUOTE + "a woman told KXAN-TV on Monday.", ["KXAN-TV"]),
        # a dateline credits the station
        ("AUSTIN (KXAN) — The vote passed.\n\n" + QUOTE + "a teacher told KXAN.", ["KXAN"]),
        # outlets the word list knows, including a name the NER reads as a person
        (QUOTE + "a woman told Sky News on Monday.", ["Sky News"]),
        (QUOTE + "she told The Telegraph newspaper.", ["The Telegraph newspaper"]),
        (QUOTE + "the pollster told Fox.", ["Fox"]),
        (QUOTE + "an insurgent source told Agence France-Presse.", ["Agence France-Presse"]),
        # a journalist was told: the outlet that owns them carried the words
        (QUOTE + "the governor told CNN's Jake Tapper on Sunday.", ["CNN"]),
        # where it was told is no part of the outlet's name
        (
            QUOTE + "a woman told the Ruptly video agency in eastern Aleppo.",
            ["the Ruptly video agency"],
        ),
    ],
)
def test_an_outlet_the_article_shows_is_a_relay(text: str, via: list[str]) -> None:
    assert via_of(text) == via


@pytest.mark.parametrize(
    "text",
    [
        # no evidence in the article: an unknown name is not taken for an outlet
        QUOTE + "a woman told Ruptly in eastern Aleppo.",
        # bodies, people, audiences
        QUOTE + "the minister told lawmakers on Monday.",
        QUOTE + "the minister told Parliament on Monday.",
        QUOTE + "the minister told Congress in an interview.",
        QUOTE + "the minister told the committee on Monday.",
        QUOTE + "the minister told the Intelligence Committee on Monday.",
        QUOTE + "the minister told John Smith on Monday.",
        QUOTE + "the minister told Smith's lawyer on Monday.",
        QUOTE + "the witness told the FBI in an interview.",
        "Gayle King met her on Monday. " + QUOTE + "the minister told King in an interview.",
        # an acronym the article spells out is no call sign
        "The World Anti-Doping Agency (WADA) met. " + QUOTE + "the athlete told WADA.",
        # a space agency is no news agency; a website is no outlet by that word alone
        "The space agency NASA launched a probe. " + QUOTE + "the engineer told NASA.",
        # the object of a verb that acts on it does not relay ("blamed the network")
        "Cruz blamed the network for the report, saying “We have nothing left.”",
    ],
)
def test_no_relay_without_evidence_of_an_outlet(text: str) -> None:
    assert via_of(text) == []


def test_the_articles_own_publisher_is_an_outlet() -> None:
    """ "told DW" on dw.com: the publisher named in the page's address or site name."""
    article = {"text": QUOTE + "a spokesman told DW.", "url": "https://www.dw.com/en/a-1"}
    quote = only_quote(article)
    assert quote.via == ["DW"]
    article = {"text": QUOTE + "a dermatologist tells HelloGiggles.", "source": "HelloGiggles"}
    assert only_quote(article).via == ["HelloGiggles"]
    assert only_quote({"text": QUOTE + "a spokesman told DW."}).via == []


def only_quote(article: dict) -> Quote:
    quotes = extract_quotes(build_document(article), Structure())
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


def test_a_person_named_like_a_media_word_stays_a_person() -> None:
    text = "Liam Fox spoke at noon. " + QUOTE + "the minister told Fox."
    assert via_of(text) == []


def test_an_outlet_is_typed_alike_as_relay_and_as_speaker() -> None:
    """ "told Ruptly" and "Ruptly reported": one source, an outlet, whichever comes first."""
    text = (
        "Ruptly, the Russian video agency, reported that the market was shelled. "
        + QUOTE
        + "a woman told Ruptly."
    )
    doc = build_document(text)
    assert "Ruptly" in outlet_names(doc)
    quotes = extract_quotes(doc, Structure())
    sources = extract_sources(doc, Structure(), quotes, [])
    ruptly = [s for s in sources if "Ruptly" in s.name]
    assert len(ruptly) == 1 and ruptly[0].type == "outlet"
    woman = next(s for s in sources if s.name.endswith("woman"))
    assert woman.via == [ruptly[0].id]


@pytest.mark.parametrize(
    ("text", "media"),
    [
        ("“Supplies are short,” the European Medicines Agency said on Monday.", False),
        ("“Supplies are short,” the agency said on Monday.", False),
        ("“Supplies are short,” the Xinhua news agency said on Monday.", True),
        ("“Supplies are short,” the Anadolu Agency said on Monday.", True),
    ],
)
def test_an_agency_is_media_only_as_a_news_agency(text: str, media: bool) -> None:
    quote = only_quote(text)
    assert (quote.speaker.type == "media") is media, quote.speaker
