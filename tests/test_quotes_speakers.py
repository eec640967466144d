"""Who speaks: speaker phrases, names, roles, types, and pronouns resolved to names."""

from __future__ import annotations

import pytest
from quote_helpers import only, quotes_of, rule_quote, rule_quotes

from newsaudit.document import build_document


def test_unnamed_speakers() -> None:
    quote = only(quotes_of("Witnesses said the fire started shortly after midnight."))
    assert quote.speaker.type == "unnamed"


def test_surname_and_pronoun_resolve_to_the_fullest_name() -> None:
    text = (
        "Jane Ortiz, the state's junior senator, said the vote was rigged. Ortiz later said "
        "she would appeal. She said the court would agree."
    )
    quotes = quotes_of(text)
    assert [q.speaker.name for q in quotes] == ["Jane Ortiz"] * 3
    assert quotes[0].speaker.role == "the state's junior senator"
    assert [q.speaker.span.text for q in quotes] == [
        "Jane Ortiz, the state's junior senator",
        "Ortiz",
        "She",
    ]


def test_writers_own_i_think_is_not_credited_to_the_last_speaker() -> None:
    quotes = quotes_of(
        "Mayor Ann Reyes said the bridge would close in May. "
        "I guess the council never read the engineers' report."
    )
    writer = [q for q in quotes if q.speaker.type == "writer"]
    assert [q.speaker.span.text for q in writer] == ["I"]
    assert all(q.speaker.name != "Ann Reyes" for q in writer)


def test_relative_pronoun_speaks_for_its_antecedent() -> None:
    # the rule candidate: whether the learned filter keeps it is the filter's business
    quotes = rule_quotes(
        "The plan angered local farmers, who say it could ruin the harvest this year."
    )
    [quote] = [q for q in quotes if q.speaker.span is not None and q.speaker.span.text == "who"]
    assert quote.speaker.name is not None and quote.speaker.name.endswith("farmers")


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    text = (
        "Singer Tom Vale went on trial on Monday. Mr Vale's mother said she is certain "
        "her son is innocent."
    )
    quote = next(q for q in quotes_of(text) if q.content.text.startswith("she is certain"))
    assert quote.speaker.name == "Mr Vale's mother"


def test_the_named_spokesman_speaks_not_his_employer() -> None:
    quote = only(quotes_of("Mayor Ann Lee's spokesman Josh Ellery said the office had no comment."))
    assert quote.speaker.name == "Josh Ellery"


def test_a_verb_the_ner_took_into_a_name_is_dropped() -> None:
    from newsaudit.document import build_document
    from newsaudit.extractors.speakers import _person_name
    from newsaudit.spans import make_span

    text = "Describing Mr Vale as kind, the judge smiled."
    document = build_document(text)
    assert document.doc[0].pos_ == "VERB"  # the parse this test relies on
    assert _person_name(document, make_span(text, 0, len("Describing Mr Vale"))) == "Mr Vale"


def test_a_statement_saying_is_attributed_to_whoever_issued_it() -> None:
    """The participle reports the words; "issued a statement" is not a second quote."""
    text = "The mayor of Riverton issued a statement saying that the bridge would reopen in June."
    (quote,) = quotes_of(text)
    # PolNeAR's cue may take in the act ("issued a statement saying"); it ends at the participle
    assert quote.cue is not None and quote.cue.text.endswith("saying")
    assert quote.content.text == "that the bridge would reopen in June"
    assert quote.speaker.span is not None and quote.speaker.span.text == "The mayor of Riverton"


def test_records_showing_something_are_the_source_without_their_own_clause() -> None:
    text = "Shipping records showing that the cargo left Lisbon in May were filed with the court."
    quote = next(q for q in quotes_of(text) if q.cue and q.cue.text == "showing")
    assert quote.speaker.span is not None and quote.speaker.span.text == "Shipping records"


def test_a_participle_hung_on_the_object_after_a_comma_speaks_for_the_subject() -> None:
    """The parse "rejected [the claim, saying …]" still makes Holt the speaker."""
    from spacy.tokens import Doc

    from newsaudit.extractors.quotes.verbs import _subject
    from newsaudit.nlp import load_pipeline

    words = ["Holt", "rejected", "the", "claim", ",", "saying", "it", "was", "false", "."]
    parsed = Doc(
        load_pipeline().vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 3, 7, 5, 7, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "acl", "nsubj", "ccomp", "acomp", "punct"],
        tags=["NNP", "VBD", "DT", "NN", ",", "VBG", "PRP", "VBD", "JJ", "."],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        lemmas=["Holt", "reject", "the", "claim", ",", "say", "it", "be", "false", "."],
    )
    assert _subject(parsed[5]).text == "Holt"
    without_comma = Doc(
        parsed.vocab,
        words=[w for w in words if w != ","],
        heads=[1, 1, 3, 1, 3, 6, 4, 6, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "acl", "nsubj", "ccomp", "acomp", "punct"],
        tags=["NNP", "VBD", "DT", "NN", "VBG", "PRP", "VBD", "JJ", "."],
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
        lemmas=["Holt", "reject", "the", "claim", "say", "it", "be", "false", "."],
    )
    assert _subject(without_comma[4]).text == "claim"  # "the claim saying …": the claim speaks


def test_a_title_word_inside_a_name_does_not_make_it_a_newspaper() -> None:
    (quote,) = quotes_of("The Independent Party said the plant will close in June.")
    assert quote.speaker.type != "media"


def test_a_quote_the_parse_took_for_a_subject_still_goes_to_the_named_speaker() -> None:
    """The parse makes "One" a second subject of *said*; the name beside the verb speaks."""
    text = (
        "The vote was close.\n\n"
        '"He would be a great senator. Not good, great. One of the brightest members of the '
        'entire Congress," Rep. Elijah E. Cummings said in a phone interview.'
    )
    (quote,) = quotes_of(text)
    assert quote.content.text.startswith('"He would be a great senator.')
    assert quote.speaker.name == "Elijah E. Cummings"


def test_a_courtesy_title_or_company_kept_is_not_a_role() -> None:
    text = (
        "Ms. Pires, along with Judge Tom Vale of the appeals court, wrote that the ruling was "
        "flawed. Mr. Ortiz said the appeal would fail."
    )
    speakers = {q.speaker.name: q.speaker.role for q in quotes_of(text)}
    assert speakers == {"Pires": None, "Ortiz": None}


def test_how_someone_seemed_is_the_writer_s_reading_not_their_words() -> None:
    text = "At the hearing, the minister seemed to suggest that the tax on fuel would rise again."
    quote = next(q for q in quotes_of(text) if "the tax on fuel" in q.content.text)
    assert quote.speaker.span is None and quote.speaker.name is None


def test_a_crowd_counted_in_hundreds_is_an_unnamed_source() -> None:
    text = "Hundreds have demonstrated outside the town hall, saying the library must stay open."
    quote = next(q for q in quotes_of(text) if "library" in q.content.text)
    assert quote.speaker.type == "unnamed"


def test_she_resolves_to_the_woman_the_article_titles_ms_not_the_last_man() -> None:
    text = (
        "Mrs Sarah Jenkins, the mayor, said the bridge would reopen in June. Mr David Clarke, "
        "the council leader, said the budget was spent. She said the plan was final."
    )
    quote = next(q for q in quotes_of(text) if q.speaker.span and q.speaker.span.text == "She")
    assert quote.speaker.name == "Mrs Sarah Jenkins"


def test_an_appositive_speaker_spans_the_whole_phrase() -> None:
    from newsaudit.extractors.quotes import speaker_phrase

    doc = build_document("Another friend, Mariam Emara, told reporters that the family was safe.")
    name = next(t for t in doc.doc if t.text == "Emara")
    assert name.dep_ == "appos"  # the parse this test is about
    cue = next(t for t in doc.doc if t.text == "told")
    start, end = speaker_phrase(name, cue)
    assert doc.text[start:end] == "Another friend, Mariam Emara"


def test_a_speaker_the_parse_read_as_a_clause_still_speaks() -> None:
    from newsaudit.extractors.quotes.verbs import _from_verb

    text = (
        "And Republicans privy to private polling data said surveys they had seen since "
        "Friday still showed the governor leading in the state."
    )
    doc = build_document(text)
    verb = next(t for t in doc.doc if t.text == "said")
    assert [c.dep_ for c in verb.children if c.i < verb.i].count("ccomp") == 1  # the misparse
    candidate = _from_verb(doc, verb)
    assert doc.text[slice(*candidate.source)] == "Republicans privy to private polling data"
    assert [doc.text[a:b] for a, b in candidate.content] == [
        "surveys they had seen since Friday still showed the governor leading in the state"
    ]


def test_an_aside_between_speaker_and_verb_belongs_to_the_speaker_not_the_role() -> None:
    text = (
        "Sen. Kelly Ayotte, in a tough re-election contest, said she would write in another "
        "name. Ms Jane Cole, 54, a teacher, said the plan would fail."
    )
    first, second = quotes_of(text)
    assert first.speaker.span.text == "Sen. Kelly Ayotte, in a tough re-election contest"
    assert first.speaker.name == "Kelly Ayotte" and first.speaker.role == "Sen."
    assert second.speaker.name == "Ms Jane Cole" and second.speaker.role == "a teacher"


def test_a_speaker_phrase_never_cuts_a_hyphenated_word() -> None:
    from newsaudit.extractors.quotes.spans import _whole_words

    text = "Blaze co-host Stu Burguiere and the non-profit said so."
    start = text.index("Blaze")
    assert text[slice(*_whole_words(text, start, text.index("-host")))] == "Blaze co-host"
    profit = text.index("profit")
    assert text[slice(*_whole_words(text, profit, profit + 6))] == "non-profit"


def test_a_reporting_verb_with_an_object_is_not_cited_as_saying() -> None:
    # spaCy makes a new Token on every access, so `verb is verb.head` never held and the
    # "cited X as saying" rule took the object of any root "reported" for the speaker
    text = "Marlow reported between $5,000 and $15,000 in interest income from a bond."
    quote = rule_quote(text, "reported")
    assert quote.speaker.span is not None and quote.speaker.span.text == "Marlow"
    assert quote.via == []
    assert not quote.statement  # reporting an income is an act, not a statement


def test_a_description_before_a_named_speaker_is_part_of_the_speaker() -> None:
    quote = only(
        quotes_of("A retired teacher from Dayton, Mary Cole says the school was never safe.")
    )
    assert quote.speaker.span.text == "A retired teacher from Dayton, Mary Cole"
    assert quote.speaker.name == "Mary Cole" and quote.speaker.type == "person"
    assert quote.speaker.role == "A retired teacher from Dayton"
    # a time before the name is not a description of the speaker
    quote = only(quotes_of("Last week, Mary Cole said the school was never safe."))
    assert quote.speaker.span.text == "Mary Cole"


def test_a_contrasted_second_speaker_is_a_quote_of_its_own() -> None:
    text = (
        "Rubio suggested that someone who doesn't answer questions can't be president, "
        'while Cruz said that the "stakes in this election are too high" for that.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker.name, q.content.text) for q in quotes] == [
        ("Rubio", "that someone who doesn't answer questions can't be president"),
        ("Cruz", 'that the "stakes in this election are too high" for that'),
    ]
    # "while" opening the content is the time of it, not a second speaker
    quote = only(quotes_of("She said that while Smith argued for cuts, the council had voted."))
    assert quote.speaker.span.text == "She"


def test_a_speaker_with_a_whose_clause_read_as_a_clause_still_speaks() -> None:
    text = (
        "Ms. Okafor, whose company, Lumen, makes solar panels for schools, said the tariff "
        "was a mistake."
    )
    quote = next(q for q in quotes_of(text) if q.cue and q.cue.text == "said")
    assert quote.speaker.span.text == (
        "Ms. Okafor, whose company, Lumen, makes solar panels for schools"
    )
    assert quote.speaker.name == "Okafor" and quote.speaker.role is None
    assert quote.content.text == "the tariff was a mistake"


def test_an_inverted_speaker_after_a_double_apostrophe_closer() -> None:
    # the '' closer is one two-character token: a substring test on a string of closers
    # missed it, so NYT-style "''…,'' asked X" quotes lost their speaker
    text = "''Why would I sue the committee?'' asked Mr. Manafort, referring to the attacks."
    quote = rule_quote(text, "asked")
    assert quote.speaker.span is not None and quote.speaker.span.text == "Mr. Manafort"


def test_a_speaker_phrase_keeps_the_bracket_it_opened() -> None:
    text = "Another former lawmaker, Sen. Joe Lieberman (I-Conn.), said he would vote for her."
    quote = only(quotes_of(text))
    assert quote.speaker.span.text == "Another former lawmaker, Sen. Joe Lieberman (I-Conn.)"


@pytest.mark.parametrize(
    "text",
    [
        "For context: the lead of nearly 400 pledged delegates is triple the lead in 2008.",
        "Spoiler alert: he did not take their advice at all, and it cost him.",
        "Editor's note: this story has been updated with the final results.",
    ],
)
def test_a_writers_rubric_before_a_colon_is_not_a_speaker(text: str) -> None:
    assert not [q for q in rule_quotes(text) if q.cue and q.cue.text == ":"]


def test_a_named_head_before_a_colon_still_speaks() -> None:
    quote = rule_quote("Trump: ‘I’m the worst thing that ever happened to them.’", ":")
    assert quote.speaker.span.text == "Trump"
