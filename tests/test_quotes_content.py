"""Reported speech: what a cue reports, where its content starts and ends."""

from __future__ import annotations

from quote_helpers import only, quotes_of, rule_quote, rule_quotes

from newsaudit.document import build_document
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quote_marks import quoted_regions


def test_said_that_with_role_and_via() -> None:
    text = "Acme Corp chief executive Tom Reyes told Bloomberg that profits would fall this year."
    quote = only(quotes_of(text))
    assert quote.kind == "indirect"
    assert quote.content.text == "that profits would fall this year"
    assert quote.cue.text == "told"
    assert quote.via == ["Bloomberg"]
    assert quote.speaker.name == "Tom Reyes"
    assert quote.speaker.role == "Acme Corp chief executive"


def test_trailing_attribution_to_an_organisation() -> None:
    quote = only(
        quotes_of("Prices will rise again next month, the central bank warned on Tuesday.")
    )
    assert quote.content.text == "Prices will rise again next month"
    assert quote.speaker.span.text == "the central bank"


def test_accused_of() -> None:
    quote = only(quotes_of("Police accused the driver of ignoring three red lights."))
    assert quote.content.text == "the driver of ignoring three red lights"
    assert quote.speaker.type == "government"


def test_cited_its_correspondent_as_saying() -> None:
    quote = only(
        quotes_of("The local radio station cited its reporter as saying the road was closed.")
    )
    assert quote.content.text == "the road was closed"
    assert quote.speaker.span.text == "its reporter"
    assert quote.speaker.type == "media"
    assert quote.via == ["local radio station"]


def test_according_to() -> None:
    quote = only(quotes_of("According to the health ministry, 40 people were treated in hospital."))
    assert quote.cue.text == "According to"
    assert quote.content.text == "40 people were treated in hospital"
    assert quote.speaker.type == "government"


def test_a_parenthetical_cue_before_its_verb_splits_the_content() -> None:
    quote = only(quotes_of("Those who still want a ballot, she said, must register by Friday."))
    assert quote.speaker.span.text == "she"
    assert [f.text for f in quote.content_fragments] == [
        "Those who still want a ballot",
        "must register by Friday",
    ]


def test_the_object_of_an_urge_belongs_to_the_content() -> None:
    quote = only(quotes_of("Brown urged the council to delay the vote."))
    assert quote.content.text == "the council to delay the vote"
    assert quote.speaker.span.text == "Brown"


def test_a_complement_after_the_object_belongs_to_the_content() -> None:
    quote = only(quotes_of("Residents called the new bridge a dangerous mistake."))
    assert quote.content.text == "the new bridge a dangerous mistake"


def test_a_copula_with_a_dummy_subject_is_not_a_quote() -> None:
    assert quotes_of("It is unclear whether the bridge will reopen in May.") == []


def test_a_clause_the_parse_hung_after_a_phrase_still_belongs_to_the_cue() -> None:
    """spaCy's small parser reads "said after the meeting she would …" as an adverbial clause."""
    quotes = quotes_of(
        "Berg said after the meeting she would not accept the offer if it were made."
    )
    assert [q.content.text for q in quotes] == ["she would not accept the offer if it were made"]
    assert quotes[0].speaker.name == "Berg"


def test_an_adverbial_clause_with_its_own_conjunction_is_not_displaced_content() -> None:
    """ "said loudly because she was angry": the clause gives a reason, it is not what was said."""
    from newsaudit.extractors.quotes.verbs import _displaced_clause
    from newsaudit.nlp import load_pipeline

    parsed = load_pipeline()("Berg said loudly because she was angry.")
    assert parsed[5].dep_ == "advcl"  # the parse this test relies on
    assert _displaced_clause(parsed[1]) == ([], "")


def test_as_someone_explained_attributes_the_main_clause() -> None:
    text = "As the city engineer Tom Vale explained, three repairs were postponed in the deal."
    (quote,) = quotes_of(text)
    assert quote.content.text == "three repairs were postponed in the deal"
    assert quote.speaker.name == "Tom Vale"


def test_as_with_a_verb_that_has_its_own_object_reports_nothing() -> None:
    assert quotes_of("As he said goodbye, the crowd cheered.") == []


def test_when_a_note_was_forwarded_is_not_what_was_replied() -> None:
    text = '"We are delighted," replied Ortega when an aide forwarded her the note.'
    quote = rule_quote(text, "replied")
    assert quote.content.text == '"We are delighted,"'
    assert quote.speaker.name == "Ortega"  # the parse took the inverted speaker for an object


def test_two_cues_holding_each_other_keep_the_first() -> None:
    text = "But, Okafor added, he did not support closing the border."
    (quote,) = [q for q in rule_quotes(text) if q.content.text]
    assert quote.cue.text == "added" and quote.speaker.name == "Okafor"
    assert quote.content.text.endswith("he did not support closing the border")


def test_the_occasion_before_a_cue_is_not_its_content_and_no_is_an_answer() -> None:
    (quote,) = rule_quotes("Asked if he was ever bullied, the retired senator said no.")
    assert quote.content.text == "no" and quote.speaker.span.text == "the retired senator"


def test_according_to_is_not_swallowed_by_a_verb_without_a_speaker() -> None:
    from newsaudit.extractors.quotes.nesting import Candidate, _drop_inner

    text = "According to a fund-raising document, the hotel will offer 300 rooms to travelers."
    doc = build_document(text)
    according = Candidate([(39, 57)], (0, 12), (13, 37), 0, True, rule="according")
    speakerless = Candidate([(0, 57)], (62, 67), None, 10, True, rule="ccomp")
    assert _drop_inner(doc, [according, speakerless]) == [according, speakerless]
    named = Candidate([(0, 57)], (62, 67), (39, 48), 10, True, rule="ccomp")
    assert _drop_inner(doc, [according, named]) == [named]


def test_a_second_statement_by_the_same_speaker_is_its_own_quote() -> None:
    text = (
        'Mayor Dunn insisted that the city has "never been safer," claiming that crime fell by '
        "a third. Ms. Pires said she admires his energy and praised his record on housing."
    )
    by_cue = {q.cue.text: q for q in rule_quotes(text) if q.cue}
    assert by_cue["insisted"].content.text == 'that the city has "never been safer,"'
    assert by_cue["claiming"].speaker.name == "Dunn"
    assert by_cue["claiming"].content.text == "that crime fell by a third"
    assert by_cue["said"].content.text == "she admires his energy"
    assert by_cue["praised"].speaker.name == "Pires"


def test_what_the_speaker_reports_before_a_final_said_stays_one_quote() -> None:
    text = (
        "The bureau looked for a link between the two men and did not find one, said the "
        "bureau's director, Ann Cole."
    )
    quotes = rule_quotes(text)
    quote = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert quote.content.text.endswith("did not find one")
    assert all(q.speaker.name != "Ann Cole" for q in quotes if q is not quote)


def test_a_subject_the_parse_took_for_an_object_belongs_to_the_content() -> None:
    text = (
        'He also argued the harbour tunnel, which is widely backed by the council, "would not '
        'last ten years" without new funds.'
    )
    quotes = rule_quotes(text)
    quote = next(q for q in quotes if q.cue and q.cue.text == "argued")
    assert quote.content.text.startswith("the harbour tunnel, which is widely backed")
    assert not any(q.speaker.name == "the council" for q in quotes)


def test_the_phrase_before_a_parenthetical_attribution_is_content() -> None:
    text = (
        "In a general election polarized by the mayor's appeals to anxious voters, those "
        "Democrats argued, black and Hispanic voters would turn out strongly to defeat him."
    )
    quote = rule_quote(text, "argued")
    assert quote.content_fragments[0].text.startswith("In a general election polarized")


def test_who_was_told_is_not_what_was_said() -> None:
    text = (
        "The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that "
        "there was likely to be a strong public reaction."
    )
    quote = rule_quote(text, "told")
    assert quote.content.text == "that there was likely to be a strong public reaction"


def test_a_closing_cue_the_parse_took_for_a_relative_clause_reports_the_clause_before() -> None:
    text = (
        "BMW is preparing to enter the market for car-style people carriers, the firm's chief "
        "has told BBC News."
    )
    doc = build_document(text)
    assert next(t for t in doc.doc if t.text == "told").dep_ == "relcl"  # the misparse
    quote = rule_quote(text, "told")
    assert quote.content.text == text[: text.index(",")]


def test_a_time_clause_is_not_a_parenthetical_attribution() -> None:
    text = (
        "However, when it reported the results, the airline was upbeat about prospects for "
        "2005, despite tough competition."
    )
    assert all(
        "upbeat" not in q.content.text
        for q in rule_quotes(text)
        if q.cue and q.cue.text.endswith("reported")
    )


def test_a_relative_clause_reaching_back_over_the_cue_leaves_speaker_and_cue_out() -> None:
    text = "She used a private server, which an FBI inquiry said was extremely careless."
    quote = rule_quote(text, "said")
    assert quote.speaker.span.text == "an FBI inquiry"
    assert [f.text for f in quote.content_fragments] == ["which", "was extremely careless"]


def _content_of(text: str, verb_text: str):
    """The candidate the verb ``verb_text`` makes (there must be one) and its content pieces."""
    from newsaudit.extractors.quotes.verbs import _from_verb

    doc = build_document(text)
    regions = Regions(quoted_regions(doc.text, doc.paragraphs))
    verb = next(t for t in doc.doc if t.text == verb_text)
    candidate = _from_verb(doc, verb, True, regions)
    assert candidate is not None
    return candidate, [text[a:b] for a, b in candidate.content]


def test_a_quote_closing_the_sentence_before_is_not_what_a_verb_with_an_object_reports() -> None:
    text = (
        "The senator praised the ranchers, “who will fix the water board.” Lopez predicted "
        "a comfortable win in the valley."
    )
    _, content = _content_of(text, "predicted")
    assert content == ["a comfortable win in the valley"]


def test_a_quote_before_an_addressee_verb_is_still_what_was_said() -> None:
    text = "“Will the bridge reopen?” The reporters asked him again on Friday."
    _, content = _content_of(text, "asked")
    assert content == ["“Will the bridge reopen?”"]


def test_a_passive_verb_of_saying_reports_its_subject_and_the_agent_speaks() -> None:
    text = "The closure of the mill was first reported by the Valley Courier."
    candidate, content = _content_of(text, "reported")
    assert content == ["The closure of the mill"]
    assert text[slice(*candidate.source)] == "the Valley Courier"
    assert candidate.rule == "fb_passive" and not candidate.statement


def test_the_subject_of_a_raising_or_expectation_verb_is_part_of_what_is_reported() -> None:
    text = "The water board is expected to approve the new rates next week."
    candidate, content = _content_of(text, "expected")
    assert content == [
        "The water board",
        "to approve the new rates next week",
    ]
    assert candidate.source is None


def test_an_addressee_of_a_passive_verb_is_not_content() -> None:
    text = "The driver was told to leave the building."
    _, content = _content_of(text, "told")
    assert content == ["to leave the building"]


def test_words_before_an_aside_belong_with_the_quote_after_it() -> None:
    text = "A slower summer, she said, “would give the crews time to finish the bridge.”"
    quote = only(quotes_of(text))
    assert [f.text for f in quote.content_fragments] == [
        "A slower summer",
        "“would give the crews time to finish the bridge.”",
    ]
    assert quote.speaker.span is not None and quote.speaker.span.text == "she"
