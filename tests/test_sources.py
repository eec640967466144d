import newsaudit
from newsaudit.document import build_document
from newsaudit.extractors.sources import classify, extract_sources, name_key
from newsaudit.extractors.speakers import SpeakerResolver, role_description, role_words
from newsaudit.extractors.structure import extract_structure
from newsaudit.findings import Claim, Quote, Speaker
from newsaudit.spans import make_span

TEXT = (
    "Ministry says rebels attacked\n\n"
    "Russia's defense ministry said rebels had attacked at dawn, Russia's Interfax news agency "
    "reported.\n\n"
    "The defense ministry said the army was continuing its operation.\n\n"
    "Residents told Reuters the shelling stopped.\n\n"
    "Quotes in this story came from the ASSOCIATED PRESS and Reuters."
)


def span_of(text, needle, start=0):
    begin = text.index(needle, start)
    return make_span(text, begin, begin + len(needle))


def build():
    doc = build_document(TEXT)
    structure = extract_structure(doc)
    t = doc.text
    ministry = Quote(
        "indirect",
        span_of(t, "rebels had attacked at dawn"),
        span_of(t, "said"),
        Speaker(None, None, "government", span_of(t, "Russia's defense ministry")),
    )
    interfax = Quote(
        "indirect",
        span_of(t, "Russia's defense ministry said rebels had attacked at dawn"),
        span_of(t, "reported"),
        Speaker("Interfax", None, "media", span_of(t, "Interfax")),
    )
    ministry_again = Quote(
        "indirect",
        span_of(t, "the army was continuing its operation"),
        span_of(t, "said", 120),
        Speaker(None, None, "government", span_of(t, "The defense ministry")),
    )
    residents = Quote(
        "indirect",
        span_of(t, "the shelling stopped"),
        span_of(t, "told"),
        Speaker(None, None, "unnamed", span_of(t, "Residents")),
        via=["Reuters"],
    )
    quotes = [ministry, interfax, ministry_again, residents]
    claims = [Claim(doc.sentences[1].span, "attributed", quote=0)]
    return doc, structure, quotes, claims


def test_mentions_of_one_ministry_merge_and_chain_through_interfax():
    doc, structure, quotes, claims = build()
    sources = extract_sources(doc, structure, quotes, claims)
    by_name = {s.name: s for s in sources}
    ministry = by_name["Russia's defense ministry"]
    assert ministry.type == "government"
    assert ministry.quotes == [0, 2]
    assert [by_name_id(sources, v) for v in ministry.via] == ["Interfax"]
    assert by_name["Interfax"].type == "wire"
    assert quotes[2].source_id == ministry.id
    assert claims[0].source == ministry.id and ministry.claims == [0]


def test_relay_and_credit_sources_are_one_source_each():
    doc, structure, quotes, claims = build()
    sources = extract_sources(doc, structure, quotes, claims)
    by_name = {s.name: s for s in sources}
    reuters = by_name["Reuters"]
    assert reuters.type == "wire" and reuters.credited
    assert len(reuters.mentions) == 2
    assert by_name["Associated Press"].credited
    residents = by_name["Residents"]
    assert residents.type == "unnamed"
    assert [by_name_id(sources, v) for v in residents.via] == ["Reuters"]


def by_name_id(sources, source_id):
    return next(s.name for s in sources if s.id == source_id)


def test_classify_types():
    assert classify("the Associated Press") == "wire"
    assert classify("Orient TV") == "outlet"
    assert classify("witnesses") == "unnamed"
    assert classify("Syrian rebel officials and witnesses", "unnamed") == "unnamed"
    assert classify("Samantha Power", "person", "the United States' UN Ambassador") == "official"
    assert classify("Jane Doe", "person") == "person"
    assert classify("the Kremlin") == "government"
    assert classify("Clearstream Holdings", "organisation") == "organisation"


def test_name_key_ignores_possessives_and_articles():
    assert name_key("Russia’s defense ministry") == {"russia", "defense", "ministry"}
    assert name_key("The defense ministry") == {"defense", "ministry"}


def test_an_outlets_unnamed_correspondent_is_a_source_relayed_by_the_outlet():
    text = (
        "Plan delayed\n\n"
        "The pro-opposition Example TV cited its correspondent as saying the plan may slip."
    )
    doc = build_document(text)
    t = doc.text
    quote = Quote(
        "indirect",
        span_of(t, "the plan may slip"),
        span_of(t, "cited"),
        Speaker("Example TV’s correspondent", None, "media", span_of(t, "its correspondent")),
        via=["Example TV"],
    )
    sources = extract_sources(doc, extract_structure(doc), [quote], [])
    by_name = {s.name: s for s in sources}
    correspondent = by_name["Example TV’s correspondent"]
    assert correspondent.type == "unnamed"
    assert [by_name_id(sources, v) for v in correspondent.via] == ["Example TV"]
    assert by_name["Example TV"].type == "outlet"


def test_descriptions_without_a_name_are_unnamed_sources():
    assert classify("The same Chicago environmentalists", "government") == "unnamed"
    assert classify("The prime suspect in the bombings", "government") == "unnamed"
    assert classify("The UN and others", "organisation") == "organisation"


def test_credit_names_are_outlets_unless_the_entity_layer_sees_a_person():
    text = (
        "Council sells utility\n\nThe council voted on Tuesday to sell the utility.\n\n"
        "Reporting from Example Wire and the Riverton Ledger. Photos by Sam Lee"
    )
    doc = build_document(text)
    sources = extract_sources(doc, extract_structure(doc), [], [])
    types = {s.name: s.type for s in sources}
    assert types["Example Wire"] == "outlet"
    assert types["Riverton Ledger"] == "outlet"
    assert types["Sam Lee"] == "person"
    assert all(s.credited for s in sources)


def said(t, content, name, mention, role=None, kind="person", start=0):
    """An indirect quote of ``content`` by a speaker already resolved to ``name``."""
    speaker = Speaker(name, role, kind, span_of(t, mention, start))
    return Quote("indirect", span_of(t, content), None, speaker)


def test_an_acronym_merges_with_its_expansion_in_every_form():
    text = (
        "Cases fall\n\n"
        "The Centers for Disease Control and Prevention said cases fell in May.\n\n"
        "The CDC said deaths fell too. Later CDC said schools may open."
    )
    doc = build_document(text)
    t = doc.text
    full = "The Centers for Disease Control and Prevention"
    quotes = [
        said(t, "cases fell in May", None, full, kind="organisation"),
        said(t, "deaths fell too", None, "The CDC", kind="organisation"),
        said(t, "schools may open", None, "CDC", kind="organisation", start=t.index("Later")),
    ]
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert [(s.name, s.type, s.quotes) for s in sources] == [
        ("The Centers for Disease Control and Prevention", "organisation", [0, 1, 2])
    ]
    assert {q.source_id for q in quotes} == {"s1"}
    assert len(sources[0].mentions) == 3


def test_an_acronym_defined_in_brackets_merges_and_an_unrelated_one_does_not():
    text = (
        "Port reopens\n\n"
        "The Maritime Safety Board (MSB) said the port reopened. MSB said ships wait.\n\n"
        "The IMF said trade would recover. The EU said talks go on. The European Union's top "
        "court said the deal was lawful."
    )
    doc = build_document(text)
    t = doc.text
    quotes = [
        said(t, "the port reopened", None, "The Maritime Safety Board", kind="organisation"),
        said(t, "ships wait", None, "MSB", kind="organisation", start=t.index("MSB said")),
        said(t, "trade would recover", None, "The IMF", kind="organisation"),
        said(t, "talks go on", None, "The EU", kind="organisation"),
        said(t, "the deal was lawful", None, "The European Union's top court", kind="government"),
    ]
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert [(s.name, s.quotes) for s in sources] == [
        ("The Maritime Safety Board", [0, 1]),
        ("The IMF", [2]),
        ("The EU", [3]),  # not the court, whose initials are no "EU"
        ("The European Union's top court", [4]),
    ]


def test_a_surname_merges_with_the_one_full_name_and_takes_the_official_type():
    text = (
        "Schools reopen\n\n"
        "Gov. Eric Holcomb said schools would reopen.\n\n"
        "Holcomb said masks stay. Ann Holcomb, a teacher, said she was glad."
    )
    doc = build_document(text)
    t = doc.text
    quotes = [
        said(t, "schools would reopen", "Eric Holcomb", "Gov. Eric Holcomb", role="Gov."),
        # the parser tagged the lone surname an organisation
        said(t, "masks stay", None, "Holcomb", kind="organisation"),
    ]
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert [(s.name, s.type, s.quotes) for s in sources] == [("Eric Holcomb", "official", [0, 1])]
    # two people with the surname: "Holcomb" is left alone
    quotes.append(said(t, "she was glad", "Ann Holcomb", "Ann Holcomb", role="a teacher"))
    quotes[1].source_id = None
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert sorted(s.name for s in sources) == ["Ann Holcomb", "Eric Holcomb", "Holcomb"]


def test_a_role_word_merges_with_the_one_person_introduced_with_that_role():
    text = (
        "Schools reopen\n\n"
        "Gov. Eric Holcomb said schools would reopen on Monday.\n\n"
        "The governor said masks would stay. President Donald Trump praised the plan.\n\n"
        "The president said it was a model."
    )
    doc = build_document(text)
    t = doc.text
    quotes = [
        said(t, "schools would reopen", "Eric Holcomb", "Gov. Eric Holcomb", role="Gov."),
        said(t, "masks would stay", None, "The governor", kind="unknown"),
        said(t, "it was a model", None, "The president", kind="unknown"),
        said(t, "praised the plan", "Donald Trump", "Donald Trump"),
    ]
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert [(s.name, s.type, s.quotes) for s in sources] == [
        ("Eric Holcomb", "official", [0, 1]),
        ("Donald Trump", "official", [2, 3]),
    ]


def test_a_role_word_stays_apart_when_two_people_hold_the_role_or_none_came_before():
    text = (
        "Governors meet\n\n"
        "The governor said talks went well. Gov. Eric Holcomb said schools reopen.\n\n"
        "Gov. Mike DeWine said the same."
    )
    doc = build_document(text)
    t = doc.text
    holcomb = said(t, "schools reopen", "Eric Holcomb", "Gov. Eric Holcomb", role="Gov.")
    governor = said(t, "talks went well", None, "The governor", kind="unknown")
    sources = extract_sources(doc, extract_structure(doc), [holcomb, governor], [])
    assert len(sources) == 2  # "the governor" speaks before anyone is named governor
    text = text.replace("The governor said talks went well. ", "") + " The governor said no."
    doc = build_document(text)
    t = doc.text
    quotes = [
        said(t, "schools reopen", "Eric Holcomb", "Gov. Eric Holcomb", role="Gov."),
        said(t, "the same", "Mike DeWine", "Gov. Mike DeWine", role="Gov."),
        said(t, "no", None, "The governor", kind="unknown"),
    ]
    sources = extract_sources(doc, extract_structure(doc), quotes, [])
    assert len(sources) == 3  # two governors: which one is not for us to guess


def test_the_speaker_resolver_reads_a_role_word_as_the_person_with_that_role():
    text = (
        "Schools reopen\n\n"
        "Gov. Eric Holcomb said schools would reopen. “We are ready,” the governor said.\n\n"
        "Holcomb added that masks would stay."
    )
    report = newsaudit.analyze(text).to_dict()
    names = {q["speaker"]["name"] for q in report["quotes"]}
    assert names == {"Eric Holcomb"}
    assert [(s["name"], s["type"]) for s in report["sources"]] == [("Eric Holcomb", "official")]


def test_role_descriptions():
    assert role_description("the governor") == {"governor"}
    assert role_description("the former president") == {"former", "president"}
    assert role_description("a senator") is None
    assert role_description("the Governor") is None
    assert role_description("the governors") is None
    assert role_words("Lt. Gov.") == {"lieutenant", "governor"}
    assert classify("Eric Holcomb", "person", "Gov.") == "official"


def test_a_title_inside_the_name_counts_as_the_role():
    text = (
        "Royals speak\n\n"
        "Prince Harry spoke on Sunday. His grandfather, Prince Philip, was in hospital.\n\n"
        "The prince said the family had cut him off."
    )
    doc = build_document(text)
    resolver = SpeakerResolver(doc)
    assert resolver.role_holder("the prince", text.index("The prince")) is None  # two princes


def test_a_name_in_capitals_is_title_cased_only_when_it_has_several_words():
    text = (
        "“Children are hungry,” UNICEF said on Monday. “Roads are closed,” a driver told "
        "KXAN-TV. “Help is coming,” said MARIA LOPEZ."
    )
    doc = build_document(text)
    structure = extract_structure(doc)
    quotes = newsaudit.extractors.quotes.extract_quotes(doc, structure)
    names = {s.name for s in extract_sources(doc, structure, quotes, [])}
    assert {"UNICEF", "KXAN-TV", "Maria Lopez"} <= names, names
