import pytest

from newsaudit.document import build_document
from newsaudit.extractors.structure import extract_structure
from newsaudit.ingest import article_from_parts

WIRE_STORY = (
    "Senate passes stopgap budget\n\n"
    "Lawmakers avert a shutdown with hours to spare as the House waits\n\n"
    "By Jane Roe and Tom Lee\n\n"
    "WASHINGTON (Reuters) - The Senate passed the bill on Friday, officials said.\n\n"
    "Watch the video below\n\n"
    "The House is expected to vote on Monday.\n\n"
    "Share this article\n\n"
    "(Reporting by Jane Roe; Editing by Tom Lee)\n\n"
    "Jane Roe is a senior correspondent for the Example Times and has covered Congress since "
    "2010. Follow her on Twitter."
)


def roles(text):
    structure = extract_structure(build_document(text))
    return structure, [p.role for p in structure.paragraphs]


def test_every_part_of_a_wire_story_gets_its_role():
    structure, found = roles(WIRE_STORY)
    assert found == [
        "headline",
        "standfirst",
        "byline",
        "body",
        "placeholder",
        "body",
        "boilerplate",
        "credit",
        "author_bio",
    ]
    assert structure.byline.text == "By Jane Roe and Tom Lee"
    assert structure.dateline.text == "WASHINGTON (Reuters) -"
    assert [c.what for c in structure.credits] == ["reporting", "editing"]
    assert [n.text for c in structure.credits for n in c.names] == ["Jane Roe", "Tom Lee"]
    assert structure.author_bio.text.startswith("Jane Roe is a senior correspondent")


def test_excluded_spans_cover_credit_bio_and_placeholder():
    structure, _ = roles(WIRE_STORY)
    excluded = {s.text.split()[0] for s in structure.excluded_spans()}
    assert {"Watch", "(Reporting", "Jane", "By", "Share"} <= excluded


def test_title_from_metadata_is_the_headline():
    article = article_from_parts(
        "The council met on Monday. It voted to sell.", "Council sells utility"
    )
    structure = extract_structure(build_document(article))
    assert structure.headline.text == "Council sells utility"
    assert structure.standfirst is None


def test_prose_first_paragraph_is_not_a_headline():
    _, found = roles("The council met on Monday and voted.\n\nIt sold the utility.")
    assert found == ["body", "body"]


def test_quote_paragraph_mentioning_information_is_not_a_credit_line():
    text = (
        "Minister warns of shortages\n\n"
        "The minister spoke on Monday:\n\n"
        "\u201cI have information from the ports today that supplies are short.\u201d\n\n"
        "Officials said more ships were due."
    )
    structure, found = roles(text)
    assert "credit" not in found
    assert structure.credits == []


def test_credit_names_drop_the_article_and_keep_capitals():
    structure, _ = roles(
        "A headline about ports\n\nBody sentence one.\n\nQuotes in this story came from the "
        "ASSOCIATED PRESS and Reuters. Video from Example News"
    )
    assert [n.text for c in structure.credits for n in c.names] == [
        "ASSOCIATED PRESS",
        "Reuters",
        "Example News",
    ]


def test_share_counters_and_continuation_lines_are_boilerplate():
    _structure, found = roles(
        "Mayor quits over scandal\n\n"
        "12.3k SHARES SHARE THIS STORY\n\n"
        "The mayor resigned on Monday.\n\n"
        "Story Continued Below\n\n"
        "Her deputy takes over."
    )
    assert found == ["headline", "boilerplate", "body", "boilerplate", "body"]


def test_colon_introduction_without_media_words_stays_in_the_body():
    _, found = roles(
        "Mayor quits over scandal\n\nThe mayor resigned on Monday.\n\n"
        "From the Example Gazette:\n\n\u201cShe had no choice,\u201d an aide said."
    )
    assert found == ["headline", "body", "body", "body"]


def test_quoted_first_paragraph_is_body_not_standfirst():
    _, found = roles(
        "Mayor quits over scandal\n\n"
        '"I will not stay one more day in this office," the mayor said on Monday."\n\n'
        "Her deputy takes over."
    )
    assert found == ["headline", "body", "body"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe in Paris and Tom Lee contributed reporting.", ["Jane Roe", "Tom Lee"]),
        (
            "Associated Press writers Jane Roe and Tom Lee contributed to this report.",
            ["Jane Roe", "Tom Lee"],
        ),
        ("(Staff writer Ann Lee contributed from Riverton.)", ["Ann Lee"]),
        ("The Harbor Wire contributed to this story.", ["Harbor Wire"]),
    ],
)
def test_contributor_lines_are_reporting_credits(line, names):
    structure, found = roles(f"The council met on Monday and voted to sell.\n\n{line}")
    assert found == ["body", "credit"]
    assert [c.what for c in structure.credits] == ["reporting"]
    assert [n.text for n in structure.credits[0].names] == names


def test_a_sentence_about_contributions_is_body():
    _, found = roles(
        "The council met on Monday.\n\nResidents contributed $4,000 to the fund, she said."
    )
    assert found[-1] == "body"


def test_by_the_time_is_not_a_byline():
    structure, found = roles("Council sells utility\n\nBy the time the vote came, most had left.")
    assert structure.byline is None and "byline" not in found


def test_the_byline_author_comes_from_the_byline_line_with_its_span():
    structure, _ = roles(WIRE_STORY)
    author = structure.byline_author
    assert (author.name, author.names, author.origin) == (
        "Jane Roe; Tom Lee",
        ["Jane Roe", "Tom Lee"],
        "byline",
    )
    assert author.span == structure.byline


def test_without_a_byline_line_the_metadata_author_is_shown_with_no_span():
    article = article_from_parts(
        "The council voted on Monday to sell the water utility, officials said.",
        "Council sells utility",
        author="Jane Roe; Tom Lee",
    )
    structure = extract_structure(build_document(article))
    assert structure.byline is None
    author = structure.byline_author
    assert (author.names, author.origin, author.span) == (["Jane Roe", "Tom Lee"], "metadata", None)


def test_no_byline_and_no_metadata_author_means_no_byline_author():
    structure, _ = roles("Council sells utility\n\nBy the time the vote came, most had left.")
    assert structure.byline_author is None


def test_a_date_after_the_byline_names_is_not_a_name():
    structure, _ = roles(
        "Council sells utility\n\nBy Evan Roe, August 14, 2020 2:30 pm\n\n"
        "The council voted on Monday to sell the water utility, officials said."
    )
    assert structure.byline_author.names == ["Evan Roe"]
    structure, _ = roles(
        "Council sells utility\n\nBy Jane Roe, Tom Lee and Ann Poe, Staff Writers\n\n"
        "The council voted on Monday to sell the water utility, officials said."
    )
    assert structure.byline_author.names == ["Jane Roe", "Tom Lee", "Ann Poe"]
