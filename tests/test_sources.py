from newsaudit.document import build_document
from newsaudit.extractors.sources import classify, extract_sources, name_key
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
