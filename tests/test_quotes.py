"""Quotes and speakers: every quote style, reported speech, speaker resolution, the seed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsaudit.document import build_document
from newsaudit.extractors.intervals import Regions
from newsaudit.extractors.quote_marks import quoted_regions
from newsaudit.extractors.quotes import extract_quotes, quotes_with_features
from newsaudit.findings import Paragraph, Quote, Structure
from newsaudit.spans import Span


def quotes_of(text: str, structure: Structure | None = None) -> list[Quote]:
    doc = build_document(text)
    return extract_quotes(doc, structure or Structure())


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


# --- quote marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we won” today.", ["“we won”"]),
        ('He said "we won" and "they lost".', ['"we won"', '"they lost"']),
        ("It was ‘a betrayal’, and that’s that.", ["‘a betrayal’"]),
        ("Elle a dit «non merci» hier.", ["«non merci»"]),
        ("She said ''we won, and that's that'' on Monday.", ["''we won, and that's that''"]),
        ("Er sagte „nein danke“ gestern.", ["„nein danke“"]),
        # a nested single quote just before the closing '' leaves a space before it
        (
            "''I hate the term 'Manhattan poor,' '' she said, and ''we were not rich.''",
            ["''I hate the term 'Manhattan poor,' ''", "''we were not rich.''"],
        ),
        # the opening curly mark typed again to close
        (
            "“Apparently not,“ he said. “A leopard never changes.”",
            ["“Apparently not,“", "“A leopard never changes.”"],
        ),
        ("The farmers’ market isn’t open.", []),
        # web copy mixes curly and straight marks
        (
            '“I think so," said Mayor Dan Ruiz. "We made mistakes.”',
            ['“I think so,"', '"We made mistakes.”'],
        ),
        ('“I loved "Jaws" as a kid,” she said.', ['“I loved "Jaws" as a kid,”']),
        ('"I loved “Jaws” as a kid," she said.', ['"I loved “Jaws” as a kid,"']),
        ('“A 5" pipe burst,” he said.', ['“A 5" pipe burst,”']),
    ],
)
def test_quoted_regions_pair_every_style(text: str, expected: list[str]) -> None:
    doc = build_document(text)
    assert [r.text for r in quoted_regions(doc.text, doc.paragraphs)] == expected


def test_a_quote_over_several_paragraphs_is_one_region() -> None:
    text = "Intro line.\n\n“First part of it.\n\n“Second part, still quoted.”\n\nAfter."
    doc = build_document(text)
    regions = quoted_regions(doc.text, doc.paragraphs)
    assert [r.text for r in regions] == ["“First part of it.\n\n“Second part, still quoted.”"]


def test_an_unbalanced_mark_is_not_a_region() -> None:
    doc = build_document("He said “this never closes.\n\nA new paragraph without quotes.")
    assert quoted_regions(doc.text, doc.paragraphs) == []


# --- direct quotes ----------------------------------------------------------------------


def test_direct_quote_split_around_the_cue_has_two_fragments() -> None:
    text = (
        "The mayor spoke on Monday.\n\n“We will rebuild the bridge before winter,” said Mayor "
        "Anna Berg. “Nobody will be left behind.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.cue.text == "said"
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.role == "Mayor"
    assert [f.text for f in quote.content_fragments] == [
        "“We will rebuild the bridge before winter,”",
        "“Nobody will be left behind.”",
    ]


def test_straight_quotes_after_said() -> None:
    quote = only(quotes_of('Mayor Anna Berg said "the budget is balanced and schools are safe."'))
    assert quote.kind == "direct"
    assert quote.content.text == '"the budget is balanced and schools are safe."'


def test_guillemets_after_a_colon() -> None:
    quote = only(quotes_of("The minister Paul Roux said: «We will win this battle together.»"))
    assert quote.content.text == "«We will win this battle together.»"
    assert quote.speaker.name == "Paul Roux"


def test_partial_quote_inside_a_sentence_is_mixed() -> None:
    text = "Governor Lee Park said the new law was ‘a betrayal of every farmer in the valley’."
    quote = only(quotes_of(text))
    assert quote.kind == "mixed"
    assert quote.content.text.startswith("the new law was ‘a betrayal")
    assert quote.speaker.name == "Lee Park"


def test_quote_paragraph_takes_speaker_from_colon_paragraph_and_spans_paragraphs() -> None:
    text = (
        "Senator Jane Ortiz addressed the crowd:\n\n“This is the moment to act. We cannot wait "
        "another year.\n\n“Our children are watching us.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Jane Ortiz"
    assert quote.content.text.endswith("“Our children are watching us.”")


def test_quote_paragraph_after_a_verb_of_criticising() -> None:
    text = (
        "Union leader Maria Gomez lashed out at the board during a tense meeting.\n\n"
        "“They have ignored every warning we gave them for three years.”"
    )
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.cue.text == "lashed out at"  # PolNeAR's cue keeps the verb's preposition
    assert quote.speaker.name == "Maria Gomez"
    assert quote.speaker.role == "Union leader"


def test_short_scare_quotes_alone_are_not_quotes() -> None:
    assert quotes_of("The so-called “reform” passed on Friday.") == []


def test_what_a_protest_was_about_is_not_attributed_content() -> None:
    quotes = quotes_of(
        "Thousands of nurses were protesting the closure of the county hospital on Monday."
    )
    assert quotes == []


def test_first_person_cue_inside_a_quote_is_not_a_separate_quote() -> None:
    text = "“I think the plan will fail, and I know why,” Mayor Anna Berg said."
    quote = only(quotes_of(text))
    assert quote.speaker.name == "Anna Berg"


# --- reported speech --------------------------------------------------------------------


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


def test_excluded_paragraphs_yield_no_quotes() -> None:
    text = (
        "The mayor said the road was closed.\n\n"
        "Anna Berg writes about cities and said she loves maps."
    )
    doc = build_document(text)
    bio = Structure(
        paragraphs=[
            Paragraph(doc.paragraphs[0], "body"),
            Paragraph(doc.paragraphs[1], "author_bio"),
        ]
    )
    quotes = extract_quotes(doc, bio)
    assert [q.content.text for q in quotes] == ["the road was closed"]
    unmarked = extract_quotes(doc, Structure())
    assert "she loves maps" in [q.content.text for q in unmarked]
    assert any(doc.paragraphs[1].overlaps(q.content) for q in unmarked)


# --- the seed article -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seed_text: str) -> tuple[list[Quote], object]:
    doc = build_document(seed_text)
    return extract_quotes(doc, Structure()), doc


def _by_speaker(quotes: list[Quote], name: str) -> list[Quote]:
    return [q for q in quotes if q.speaker.name == name]


def test_seed_direct_quotes(seed_quotes) -> None:
    quotes, _ = seed_quotes
    power = [q for q in _by_speaker(quotes, "Samantha Power") if q.kind == "direct"]
    johnson = [q for q in _by_speaker(quotes, "Boris Johnson") if q.kind == "direct"]
    assert len(power) == 1 and len(johnson) == 1
    assert power[0].content.text.startswith("“It is your noose")
    assert power[0].content.text.endswith("shame you?”")
    assert power[0].speaker.role == "the United States’ UN Ambassador"
    assert johnson[0].content.text.startswith("“I have information from Aleppo today")
    assert johnson[0].speaker.role == "U.K. Foreign Secretary"


def test_seed_reported_statements(seed_quotes) -> None:
    quotes, _ = seed_quotes
    reuters = _by_speaker(quotes, "Syrian rebel officials and witnesses")
    assert reuters and reuters[0].via == ["Reuters"] and reuters[0].speaker.type == "unnamed"
    assert reuters[0].content.text == "Government forces resumed shelling early on Wednesday"
    ministry = _by_speaker(quotes, "Russia’s defense ministry")
    assert len(ministry) == 3
    assert all(q.speaker.type == "government" for q in ministry)
    vias = [q.via for q in ministry]
    assert ["Russia’s Interfax news agency"] in vias
    assert any(v and "Interfax" in v[0] for v in vias if v != ["Russia’s Interfax news agency"])
    assert any(q.speaker.span.text == "The defense ministry" for q in ministry)
    rebels = _by_speaker(quotes, "Officials with Aleppo-based rebel groups")
    assert rebels and rebels[0].cue.text == "accused"
    orient = [q for q in quotes if q.via == ["Orient TV"]]
    assert orient and orient[0].speaker.span.text == "its correspondent"
    assert orient[0].content.text == "the plan may be delayed until Thursday"
    un = _by_speaker(quotes, "The UN and others")
    assert un and un[0].cue.text == "have voiced"  # PolNeAR's cue holds its auxiliary


def test_seed_author_bio_yields_no_quotes_once_marked(seed_text: str) -> None:
    doc = build_document(seed_text)
    bio = doc.paragraphs[-1]
    assert bio.text.startswith("Jim Williams is")
    structure = Structure(
        paragraphs=[Paragraph(p, "author_bio" if p == bio else "body") for p in doc.paragraphs]
    )
    quotes = extract_quotes(doc, structure)
    assert quotes and all(not bio.overlaps(q.content) for q in quotes)


# --- properties -------------------------------------------------------------------------

SPEAKERS = ["Mayor Anna Berg", "the ministry", "Witnesses", "She", "Tom Reyes of Acme Corp"]
CLAUSES = ["the bridge will open", "prices fell", "nobody was hurt in the blast"]
TEMPLATES = [
    "{s} said {c}.",
    "“{c},” {s} said.",
    "{c}, {s} told Reuters.",
    "According to {s}, {c}.",
    '{s} said: "{c}."',
    "{s} accused the council of ignoring {c}.",
]


def _check_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(TEMPLATES), st.sampled_from(SPEAKERS), st.sampled_from(CLAUSES)),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([" ", "\n\n"]),
)
def test_every_span_matches_the_text(parts, separator: str) -> None:
    text = separator.join(t.format(s=s, c=c) for t, s, c in parts)
    doc = build_document(text)
    for quote in extract_quotes(doc, Structure()):
        for span in [quote.content, quote.cue, quote.speaker.span, *quote.content_fragments]:
            _check_span(doc.text, span)
        assert quote.content.end > quote.content.start


# --- the learned cue detector -----------------------------------------------------------


def _relation(text: str, source: str, cue: str, content: str) -> dict:
    def frag(piece: str) -> list[dict]:
        start = text.index(piece)
        return [{"start": start, "end": start + len(piece), "text": piece}]

    return {"source": frag(source), "cue": frag(cue), "content": frag(content)}


def test_cue_model_learns_from_tiny_data_and_round_trips() -> None:
    from newsaudit.extractors.quote_cues import CueModel
    from newsaudit.training.quote_cues import train_cue_model

    examples = []
    for name, verb in [("Anna", "said"), ("Tom", "claimed"), ("Lee", "said"), ("Max", "claimed")]:
        text = f"{name} {verb} the river rose. The river rose again."
        examples.append((build_document(text), [_relation(text, name, verb, "the river rose")]))
    model, stats = train_cue_model(examples, c=10.0, min_count=1)
    assert stats["positives"] == 4
    assert model.lemmas == {"say", "claim"}
    doc = build_document("Ruth said the bridge fell. The bridge fell twice.")
    assert [doc.doc[i].text for i in model.cue_tokens(doc)] == ["said"]
    again = CueModel.from_json(model.to_json({"data": "synthetic"}))
    assert again.cue_tokens(doc) == model.cue_tokens(doc)


def test_shipped_cue_model_loads() -> None:
    from newsaudit.extractors.quote_cues import load_cue_model

    model = load_cue_model()
    assert model is not None and "say" in model.lemmas


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


# --- recall rules and the learned quote filter --------------------------------------------


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


def test_quote_filter_round_trips_and_decides_by_weights() -> None:
    from newsaudit.extractors.quote_filter import QuoteFilter

    model = QuoteFilter({"rule=ccomp": 2.0, "rule=fb_dobj": -2.0}, bias=0.0, threshold=0.5)
    assert model.keeps(["rule=ccomp"]) and not model.keeps(["rule=fb_dobj"])
    again = QuoteFilter.from_json(model.to_json({"data": "synthetic"}))
    assert again == model
    with pytest.raises(ValueError):
        QuoteFilter.from_json('{"format": "something-else"}')


def test_quote_filter_learns_which_rules_to_trust() -> None:
    from newsaudit.training.quote_filter import train_quote_filter

    rows = [["rule=ccomp", "lemma=say"]] * 20 + [["rule=fb_prep", "lemma=write"]] * 20
    labels = [1] * 20 + [0] * 20
    model, stats = train_quote_filter(rows, labels, c=1.0)
    assert stats["rows"] == 40 and stats["kept"] == 20
    assert model.keeps(["rule=ccomp", "lemma=say"])
    assert not model.keeps(["rule=fb_prep", "lemma=write"])


def test_every_candidate_carries_filter_features() -> None:

    doc = build_document("Mayor Ann Reyes said the bridge would close in May.")
    [(quote, features)] = quotes_with_features(doc, Structure(), None)
    assert quote.content.text == "the bridge would close in May"
    assert "rule=ccomp" in features and "lemma=say" in features
    assert "source=PERSON" in features and "score=none" in features


def test_shipped_quote_filter_loads_and_keeps_a_plain_report() -> None:
    from newsaudit.extractors.quote_filter import load_quote_filter

    assert load_quote_filter() is not None
    quote = only(quotes_of("Mayor Ann Reyes said the bridge would close in May."))
    assert quote.speaker.name == "Ann Reyes"


def test_a_learned_noun_cue_takes_its_that_clause() -> None:
    from newsaudit.extractors.quotes.verbs import _from_verb

    text = "The mayor repeated his claim that the bridge was safe."
    doc = build_document(text)
    claim = next(t for t in doc.doc if t.text == "claim")
    candidate = _from_verb(doc, claim, learned=True)
    assert candidate is not None
    assert [text[a:b] for a, b in candidate.content] == ["that the bridge was safe"]
    assert candidate.source is not None and text[slice(*candidate.source)] == "his"


def test_a_vote_is_an_act_the_article_asserts_not_a_statement() -> None:
    text = (
        "The state senate voted to approve the budget on Friday. Councillor Tom Reyes, who "
        "voted against the deal, said it was rushed."
    )
    quotes = quotes_of(text)
    assert not any(q.cue and q.cue.text == "voted" for q in quotes)
    assert [q.content.text for q in quotes] == ["it was rushed"]


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


class _CueStub:
    """A cue detector with fixed scores per token index, for tests of what follows it."""

    threshold = 0.5

    def __init__(self, scores: dict[int, float]) -> None:
        self._scores = scores

    def scores(self, doc, regions) -> dict[int, float]:
        return dict(self._scores)


def test_a_headline_action_is_not_a_quote_but_a_headline_statement_is() -> None:
    """Headlines compress actions into verbs; there only verbs of saying make quotes."""
    from newsaudit.extractors.structure import extract_structure

    text = (
        "Vale reckons he will win Madrid title\n\n"
        "Runner Tom Vale is confident he can win his first major title this weekend."
    )
    doc = build_document(text)
    structure = extract_structure(doc)
    assert structure.headline is not None and structure.headline.text.startswith("Vale reckons")
    detector = _CueStub({1: 0.9})  # a learned cue outside the lexicon

    def cues(structure: Structure) -> list[str]:
        return [q.cue.text for q, _ in quotes_with_features(doc, structure, detector) if q.cue]

    assert "reckons" in cues(Structure())  # in a body sentence it would make a quote
    assert "reckons" not in cues(structure)
    colon = build_document('Vale: "I will win in Madrid"\n\nThe runner spoke on Monday.')
    kept = extract_quotes(colon, extract_structure(colon))
    assert [q.content.text for q in kept] == ['"I will win in Madrid"']


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


def test_a_local_newspaper_told_the_words_is_credited_as_the_channel() -> None:
    (quote,) = quotes_of("The plant will close in June, Mayor Dan Ruiz told the Riverton Ledger.")
    assert quote.speaker.name == "Dan Ruiz"
    assert quote.via == ["the Riverton Ledger"]
    (globe,) = quotes_of("The plant will close in June, Mayor Dan Ruiz told the Boston Globe.")
    assert globe.via == ["the Boston Globe"]


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


def test_a_quote_closed_with_the_other_kind_of_mark_is_attributed() -> None:
    text = (
        "Officials welcomed the attention.\n\n"
        '“At this point, I don’t think there is bad publicity," said Mayor Dan Ruiz in a '
        'telephone interview. "We have made mistakes for fifty years.”'
    )
    quotes = quotes_of(text)
    first = next(q for q in quotes if q.content.text.startswith("“At this point"))
    assert first.speaker.name == "Dan Ruiz"
    assert [f.text for f in first.content_fragments] == [
        '“At this point, I don’t think there is bad publicity,"',
        '"We have made mistakes for fifty years.”',
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Mayor Dan Ruiz told reporters on Monday: “We will rebuild the bridge by June.”",
            "We will",
        ),
        ('Lena Holt wrote on Twitter, "The vote was rigged from the start."', "The vote"),
        ("Ruiz tweeted in response: “The bridge will reopen in June, whatever they say.”", "The"),
        ("As the historian Ana Pires put it, “The town forgot its river and its people.”", "The"),
    ],
)
def test_the_quote_after_an_addressee_or_a_medium_is_what_was_said(text: str, words: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.content.text.strip('“"').startswith(words)
    assert quote.kind == "direct"


def test_as_someone_explained_attributes_the_main_clause() -> None:
    text = "As the city engineer Tom Vale explained, three repairs were postponed in the deal."
    (quote,) = quotes_of(text)
    assert quote.content.text == "three repairs were postponed in the deal"
    assert quote.speaker.name == "Tom Vale"


def test_as_with_a_verb_that_has_its_own_object_reports_nothing() -> None:
    assert quotes_of("As he said goodbye, the crowd cheered.") == []


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


def test_a_statement_issued_takes_the_quote_after_it_as_content() -> None:
    """The rule alone (whether such a quote is kept is the learned filter's call)."""
    from newsaudit.extractors.quotes.verbs import _from_verb

    doc = build_document("The council issued a statement on Friday: “We regret closing it.”")
    verb = next(t for t in doc.doc if t.text == "issued")
    regions = Regions(quoted_regions(doc.text, doc.paragraphs))
    candidate = _from_verb(doc, verb, True, regions)
    assert candidate is not None and candidate.rule == "region_after"
    assert [doc.text[a:b] for a, b in candidate.content] == ["“We regret closing it.”"]


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


def rule_quotes(text: str) -> list[Quote]:
    """Every rule candidate as a quote, before the learned filter decides which stay."""
    from newsaudit.extractors.quote_cues import load_cue_model
    from newsaudit.extractors.speaker_ranker import load_speaker_ranker

    doc = build_document(text)
    found = quotes_with_features(doc, Structure(), load_cue_model(), load_speaker_ranker())
    return [q for q, _ in found]


def rule_quote(text: str, cue: str) -> Quote:
    """The first rule candidate whose cue starts with ``cue`` ("wrote" finds "wrote:")."""
    return next(q for q in rule_quotes(text) if q.cue and q.cue.text.startswith(cue))


def test_a_newspaper_quoting_its_own_text_is_the_speaker_not_a_relay() -> None:
    text = (
        'At the time, the Riverton Ledger wrote: "Mayor Dunn said he held off endorsing '
        'either candidate because he never endorses before a primary."'
    )
    quote = next(q for q in quotes_of(text) if q.cue and q.cue.text.startswith("wrote"))
    assert quote.speaker.name == "the Riverton Ledger"
    assert quote.kind == "direct" and quote.via == []


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


def test_as_reported_by_an_outlet_credits_the_outlet() -> None:
    text = "As reported by the Lakeside Courier, the plant closed in March."
    (quote,) = quotes_of(text)
    assert quote.speaker.name == "the Lakeside Courier"
    assert quote.content.text == "the plant closed in March"


def test_a_quote_after_a_colon_follows_any_cue() -> None:
    text = 'Vance swiped at the governor in a series of posts: "Always fighting the people!"'
    quote = rule_quote(text, "swiped")
    assert quote.content.text == '"Always fighting the people!"'


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


def test_an_appositive_speaker_spans_the_whole_phrase() -> None:
    from newsaudit.extractors.quotes import speaker_phrase

    doc = build_document("Another friend, Mariam Emara, told reporters that the family was safe.")
    name = next(t for t in doc.doc if t.text == "Emara")
    assert name.dep_ == "appos"  # the parse this test is about
    cue = next(t for t in doc.doc if t.text == "told")
    start, end = speaker_phrase(name, cue)
    assert doc.text[start:end] == "Another friend, Mariam Emara"


def test_a_cue_ending_its_paragraph_with_a_colon_introduces_the_next_one() -> None:
    text = (
        "Leak claims\n\nThe Harbour Gazette reports:\n\nAt least four emails had their markings "
        "changed to a lower category.\n\nThe bureau declined to comment."
    )
    quote = rule_quote(text, "reports")
    assert quote.content.text.startswith("At least four emails")
    assert quote.speaker.span.text == "The Harbour Gazette"


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


def test_a_quote_after_a_closed_relative_clause_is_not_that_clause_s() -> None:
    from newsaudit.extractors.quotes.verbs import _adjacent_region

    text = 'The tunnel, which is backed by the council, "will not last ten years," he said.'
    doc = build_document(text)
    backed = next(t for t in doc.doc if t.text == "backed")
    assert backed.dep_ == "relcl"  # the parse this test is about
    assert _adjacent_region(doc, backed, Regions(quoted_regions(doc.text, doc.paragraphs))) is None


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


def test_a_quote_continues_after_an_attribution_with_its_own_tail() -> None:
    text = (
        '"I was involved in an effort in 2013 to fix our immigration system," Rubio said, in '
        "response to a friendly question about how immigration policies affected agriculture. "
        '"There was a powerful lesson from 2013 for all of us."'
    )
    doc = build_document(text)
    question = next(t.i for t in doc.doc if t.text == "question")
    detector = _CueStub({question: 0.9})  # a learned cue in the tail makes its own candidate
    quotes = [q for q, _ in quotes_with_features(doc, Structure(), detector)]
    assert any(q.cue and q.cue.text == "question" for q in quotes)  # the tail's own candidate
    quote = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert [f.text for f in quote.content_fragments] == [
        '"I was involved in an effort in 2013 to fix our immigration system,"',
        '"There was a powerful lesson from 2013 for all of us."',
    ]


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


def test_a_speaker_adding_a_second_statement_is_not_a_relay() -> None:
    """A media-like speaker ("news and data seller") whose statement goes on with "adding"
    is not relaying a statement of its own clause's subject."""
    text = (
        "The news and financial data seller said the year had begun well, adding it expected "
        "further gradual improvement in the second quarter."
    )
    by_cue = {q.cue.text: q for q in rule_quotes(text) if q.cue}
    assert by_cue["said"].content.text == "the year had begun well"
    assert by_cue["adding"].speaker.span.text == "The news and financial data seller"


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


def test_a_quote_on_the_next_line_after_wrote_colon_is_what_was_written() -> None:
    text = (
        "Brewer stood.\n\nThe university's media coordinator Dane Lisser wrote:\n“The anthem is "
        "an opportunity to reflect on the liberty we hold sacred.”"
    )
    quote = rule_quote(text, "wrote")
    assert quote.content.text.startswith("“The anthem is")


def test_a_short_quote_continues_the_one_before() -> None:
    quote = next(q for q in rule_quotes('"They sue," he said. "Everybody sues, right?"'))
    assert [f.text for f in quote.content_fragments] == ['"They sue,"', '"Everybody sues, right?"']


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


def test_a_relative_clause_reaching_back_over_the_cue_leaves_speaker_and_cue_out() -> None:
    text = "She used a private server, which an FBI inquiry said was extremely careless."
    quote = rule_quote(text, "said")
    assert quote.speaker.span.text == "an FBI inquiry"
    assert [f.text for f in quote.content_fragments] == ["which", "was extremely careless"]


def test_who_a_newspaper_quotes_after_a_quote_speaks_and_the_newspaper_relays() -> None:
    text = (
        'Rover is in talks. "SAIC is extremely concerned to ensure that its money is used to '
        'invest in the business," the newspaper quotes a source close to the Chinese firm.'
    )
    quote = rule_quote(text, "quotes")
    assert quote.speaker.span.text == "a source close to the Chinese firm"
    assert quote.via == ["newspaper"]


# --- relays -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content", "via"),
    [
        # an outlet's "according to" after a statement relays the statement's speaker
        (
            "The harbour master said the port would close, according to Reuters.",
            "The harbour master",
            "the port would close",
            ["Reuters"],
        ),
        (
            "According to Reuters, the harbour master said the port would close.",
            "the harbour master",
            "the port would close",
            ["Reuters"],
        ),
        # a trailing "X reported" is no part of the content
        (
            "The governor said the state would appeal, the Coast Times reported.",
            "The governor",
            "the state would appeal",
            ["the Coast Times"],
        ),
        # a clause the parse hung on the relay's verb stays content
        (
            "The ministry said rebels had resumed fighting at dawn, but that troops had repelled "
            "the attack, the Coast Times reported.",
            "The ministry",
            "rebels had resumed fighting at dawn, but that troops had repelled the attack",
            ["the Coast Times"],
        ),
        (
            "The governor said, via the Coast Times, that the state would appeal.",
            "The governor",
            "that the state would appeal",
            ["the Coast Times"],
        ),
    ],
)
def test_relays_are_recorded_and_kept_out_of_speaker_and_content(
    text: str, speaker: str, content: str, via: list[str]
) -> None:
    quote = only(quotes_of(text))
    assert quote.speaker.span is not None and quote.speaker.span.text == speaker
    assert quote.content.text == content
    assert quote.via == via


def test_according_to_an_outlet_alone_credits_the_outlet() -> None:
    """With nobody else speaking, "according to" names the source, not a relay."""
    quote = only(quotes_of("The port will close on Friday, according to the Coast Times."))
    assert quote.speaker.span is not None and quote.speaker.span.text == "the Coast Times"
    assert quote.via == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The mayor said the bridge would reopen in June.", True),
        ("The mayor accused the council of wasting money.", True),  # a message as object
        ("The mayor vowed to reopen the bridge.", True),  # an intention
        ("The council named the new bridge after a local nurse.", False),
        ("Mayor Jane Ortiz endorsed Tom Reyes for the council seat.", True),
        ("The utility ordered a power cut across the valley on Friday.", False),
        ("Analysts expect sales growth of 2 percent next year.", True),  # a forecast
        ("Temperatures are forecast to reach 40 degrees on Sunday.", True),
        ("The court declared the curfew unconstitutional on Monday.", True),  # a predicate
        ("The group sees the issue as more urgent than ever.", True),
        ("The researchers found a stone tool in the cave.", False),
    ],
)
def test_statements_are_told_apart_from_acts(text: str, statement: bool) -> None:
    """An attribution whose content is an act ("named the bridge") is kept, but not as a
    statement: the report lists it apart from the quotes."""
    detector = _CueStub(
        {t.i: 0.9 for t in build_document(text).doc if t.pos_ == "VERB"}
    )  # every verb a cue, so the rule alone decides
    doc = build_document(text)
    found = [q for q, _ in quotes_with_features(doc, Structure(), detector)]
    assert found and found[0].statement is statement


def test_the_report_keeps_attributed_acts_out_of_quotes_and_claims() -> None:
    import newsaudit

    report = newsaudit.analyze(
        "Bridge plan\n\nThe mayor said the bridge would reopen in June. "
        "The firm declined to comment."
    )
    assert all(q.statement for q in report.quotes)
    assert [q.cue.text for q in report.quotes if q.cue] == ["said"]
    acts = report.to_dict()["attributed_acts"]
    assert [a["content"]["text"] for a in acts] == ["to comment"]
    assert not acts[0]["statement"] and acts[0]["speaker"]["span"]["text"] == "The firm"
    assert not any(c.source for c in report.claims if "declined" in c.span.text)


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
