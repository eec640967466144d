"""Genre: opinion and analysis pieces are recognised and their claims read as the writer's."""

from __future__ import annotations

import pytest

from newsaudit.document import build_document
from newsaudit.extractors.structure import extract_structure
from newsaudit.ingest import article_from_parts
from newsaudit.pipeline import analyze

BODY = (
    "The council wants to sell the water utility. Rates will rise for every family in town. "
    "The deal was rushed through in a single evening, with no public hearing."
)


def genre(title, url=None, body=BODY, **extra):
    article = article_from_parts(body, title, url=url)
    article.extra.update(extra)
    structure = extract_structure(build_document(article))
    return structure.genre, structure.genre_cue


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Opinion | Riverton is wrong to sell its water", "opinion"),
        ("Column: The water deal sends a dismal signal", "opinion"),
        ("The Ledger view on Riverton: a city sold short | Editorial", "opinion"),
        ("Analysis: Why Riverton is selling its water", "analysis"),
        ("Riverton council sells water utility", "news"),
        ("Opinion polls show Riverton split on water deal", "news"),
    ],
)
def test_title_labels(title, kind):
    assert genre(title)[0] == kind


def test_url_section_and_site_categories():
    found, cue = genre("Riverton is wrong", "https://example.org/opinion/2026/riverton-water")
    assert found == "opinion" and "URL" in cue
    assert genre("Riverton is wrong", categories="Opinion; Columnists")[0] == "opinion"
    assert genre("Riverton sells", "https://example.org/news/riverton")[0] == "news"


def test_a_text_in_the_first_person_is_opinion():
    body = " ".join(
        f"I think the council got point {i} wrong, and my neighbours agree." for i in range(9)
    )
    assert genre("Riverton water", body=body)[0] == "opinion"


def test_opinion_piece_indicator_and_claims():
    report = analyze(
        "Opinion | Riverton is wrong to sell its water\n\n"
        "The council wants to sell the utility. It is a shameful deal. Rates will rise.",
        stance=False,
    )
    indicator = next(i for i in report.indicators if i.id == "opinion_piece")
    assert indicator.value is True and "Opinion" in indicator.explanation
    news = analyze("Riverton sells water utility\n\nThe council sold the utility.", stance=False)
    assert next(i for i in news.indicators if i.id == "opinion_piece").value is False
