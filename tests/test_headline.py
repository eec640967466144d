from newsaudit.assessors.headline import assess_headline
from newsaudit.document import build_document
from newsaudit.extractors.structure import extract_structure


def check(text):
    doc = build_document(text)
    return assess_headline(doc, extract_structure(doc))


def test_headline_whose_terms_are_all_in_the_body_is_supported():
    [line] = check(
        "Council sells water utility for $48 million\n\n"
        "The council voted on Tuesday to sell the city's water utility. "
        "The buyer will pay $48 million for the utility, officials said."
    )
    assert line.supported is True
    assert line.unsupported_terms == []
    assert line.evidence


def test_number_and_name_missing_from_the_body_make_it_unsupported():
    [line] = check(
        "NATO says 5,000 died in the city\n\n"
        "Officials said fighting continued in the city on Tuesday. Residents fled the area."
    )
    assert line.supported is False
    assert {"NATO", "5,000"} <= {t.text for t in line.unsupported_terms}


def test_no_body_means_no_verdict():
    assert check("Just a line") == []


def test_site_name_after_the_headline_is_not_a_missing_term():
    [line] = check(
        "Council sells water utility ⋆ Example Daily\n\n"
        "The council voted on Tuesday to sell the city's water utility, officials said."
    )
    assert line.supported is True
    assert {"Example", "Daily"}.isdisjoint({t.text for t in line.unsupported_terms})


def test_stance_can_be_skipped_for_speed():
    import newsaudit

    report = newsaudit.analyze(
        "Council sells water utility\n\nThe council voted on Tuesday to sell the utility.",
        stance=False,
    )
    assert [h.stance for h in report.headline] == [None]


def test_title_case_words_are_not_names_the_body_must_repeat():
    [line] = check(
        "Council Betrays Families With Water Deal\n\n"
        "The council voted on Tuesday to sell the water utility in a deal families opposed."
    )
    assert line.supported is not False


def test_an_abbreviation_in_the_headline_is_supported_by_the_spelled_out_body():
    [line] = check(
        "UK and Dutch ministers meet on river plan\n\n"
        "British and Netherlands ministers met on Tuesday to agree the river plan. "
        "The ministers said the plan would be signed in June."
    )
    assert {t.text for t in line.unsupported_terms} & {"UK", "Dutch"} == set()


def test_media_tags_labels_and_photo_credits_are_not_terms_the_body_must_repeat():
    [line] = check(
        "Mayor Ruiz reopens river bridge [VIDEO] | Getty\n\n"
        "Mayor Dan Ruiz reopened the river bridge on Tuesday after a year of repairs."
    )
    assert {t.text for t in line.unsupported_terms} & {"VIDEO", "Getty"} == set()
    [story] = check(
        "Story highlights Ruiz reopens the river bridge\n\n"
        "Mayor Dan Ruiz reopened the river bridge on Tuesday after a year of repairs."
    )
    assert {t.text for t in story.unsupported_terms} & {"Story", "highlights"} == set()


def test_spelled_out_numbers_and_month_abbreviations_match_the_body():
    [line] = check(
        "Three firefighters hurt in Oct. blaze at Riverton mill\n\n"
        "A fire at the Riverton mill on October 4 injured 3 firefighters, the fire chief said. "
        "The blaze burned for six hours before crews put it out."
    )
    assert {"Three", "Oct"}.isdisjoint({t.text.strip(".") for t in line.unsupported_terms})
    assert line.supported is not False


def test_a_headline_verb_is_found_through_the_body_noun():
    [line] = check(
        "Storm kills four in Riverton\n\n"
        "The storm caused four deaths in Riverton on Monday, officials said. "
        "Two more people were taken to hospital."
    )
    assert "kills" not in {t.text for t in line.unsupported_terms}


def test_an_opinion_label_before_a_bar_is_not_checked():
    [line] = check(
        "Opinion | Riverton should keep its water utility\n\n"
        "Riverton should keep its water utility, because selling it would raise rates. "
        "The council votes on the sale next week."
    )
    assert "Opinion" not in {t.text for t in line.unsupported_terms}
    assert line.supported is not False


def test_missing_loaded_words_keep_the_verdict_from_supported():
    """The README's rule: true needs at least 80% of the headline's words in the body."""
    [line] = check(
        "Riverton Council Betrays Every Family With Shocking Water Deal\n\n"
        "The Riverton council voted 5-2 on Monday to sell the water utility in a deal worth "
        "$48 million, officials said. Families will see new rates next year."
    )
    missing = {t.text for t in line.unsupported_terms}
    assert {"Betrays", "Shocking"} <= missing
    assert line.supported is not True


def test_ordinals_and_scaled_numbers_match_digits():
    [line] = check(
        "Harbor Trek 4 sells for £71.6m\n\n"
        "The fourth Harbor Trek film was sold for £71.6million on Monday, the studio said."
    )
    assert {"4", "71.6", "m"}.isdisjoint({t.text for t in line.unsupported_terms})


def test_the_site_name_in_the_headline_is_not_checked():
    from newsaudit.ingest import article_from_parts

    article = article_from_parts(
        "Riverton should keep its water utility, because selling it would raise rates.",
        "Harbor Ledger | The city's paper: Riverton should keep its water utility",
        source="Harbor Ledger",
    )
    doc = build_document(article)
    [line] = assess_headline(doc, extract_structure(doc), stance=False)
    missing = {t.text for t in line.unsupported_terms}
    assert {"Harbor", "Ledger", "paper"}.isdisjoint(missing)
    assert line.supported is True


def missing_in(text):
    [line] = check(text)
    return line, {t.text for t in line.unsupported_terms}


def test_an_acronym_is_found_through_the_initials_of_a_body_name():
    line, missing = missing_in(
        "RPD arrests four after harbour break-in\n\n"
        "Officers of the Riverton Police Department arrested four people on Monday after a "
        "break-in at the harbour, a spokesman said."
    )
    assert "RPD" not in missing
    assert line.supported is True


def test_an_abbreviation_with_a_full_stop_is_found_through_the_word_it_starts():
    line, missing = missing_in(
        "Napa Co. board backs lake resort plan on Wed. night\n\n"
        "The Napa County board of supervisors backed the lake resort plan on Wednesday night."
    )
    assert {"Co.", "Wed."}.isdisjoint(missing)
    assert line.supported is True


def test_a_first_name_is_found_through_the_surname_the_body_uses():
    line, missing = missing_in(
        "Marta Kowalczyk wins Riverton marathon\n\n"
        "Kowalczyk won the Riverton marathon on Sunday in two hours and nine minutes."
    )
    assert "Marta" not in missing
    assert line.supported is True


def test_weak_words_meet_their_body_forms_without_the_ending():
    line, missing = missing_in(
        "Riverton museum officially opens its doors\n\n"
        "The official opening of the Riverton museum drew crowds to its doors on Saturday."
    )
    assert {"officially", "opens"}.isdisjoint(missing)
    assert line.supported is True


def test_a_dictionary_word_capitalised_by_title_case_is_no_name_that_decides():
    """ "Falls" and "Short" (Title Case) and "Gigantic" (the first word) are capitalised by the
    style or the position, not as names: missing, they are weak words; a missing name written
    as one mid-sentence still says false."""
    line, missing = missing_in(
        "Stadia Falls Short of 4K at Launch, Harbor 2 Runs at a Native 1080p\n\n"
        "Google's Stadia service runs Harbor 2 at a native 1080p, not 4K, at its launch this week."
    )
    assert {"Falls", "Short"} <= missing
    assert line.supported is not False
    line, missing = missing_in(
        "Gigantic Chinese telescope opens to astronomers worldwide\n\n"
        "The Chinese telescope, the largest radio dish, opens to astronomers from other "
        "countries this year."
    )
    assert "Gigantic" in missing
    assert line.supported is not False
    line, missing = missing_in(
        "Water deal backed by Smith, the council says\n\n"
        "The council says the water deal has the backing it needs."
    )
    assert "Smith" in missing
    assert line.supported is False


def test_section_and_site_segments_after_the_headline_are_not_checked():
    line, missing = missing_in(
        "Two drivers hurt in Riverton crash - Harbor 7 | Local News, Weather | Riverton\n\n"
        "Two drivers were hurt in a crash in Riverton on Monday, police said."
    )
    assert {"|", "Harbor", "7", "Local", "News", "Weather"}.isdisjoint(missing)
    assert line.supported is True


def test_an_acronym_in_a_title_case_line_is_still_a_name():
    line, missing = missing_in(
        "US Troops Leave Riverton Base After Ten Years\n\n"
        "Troops left the Riverton base on Monday after ten years there, officials said."
    )
    assert "US" in missing
    assert line.supported is False


def test_the_stance_says_no_alone_only_when_the_terms_do_not_support_the_headline():
    from newsaudit.assessors.headline import _combine

    def stance(label, p):
        rest = (1 - p) / 3
        labels = ("agree", "disagree", "discuss", "unrelated")
        return {"label": label, "probabilities": {k: p if k == label else rest for k in labels}}

    assert _combine(True, stance("unrelated", 0.9)) is None  # terms and stance disagree
    assert _combine(None, stance("unrelated", 0.9)) is False
    assert _combine(True, stance("disagree", 0.6)) is False
    assert _combine(True, stance("unrelated", 0.4)) is None
    assert _combine(True, stance("agree", 0.7)) is True
    assert _combine(False, stance("agree", 0.9)) is False


def test_a_scaled_amount_is_one_value_however_it_is_written():
    """ "$1.2 billion" and "$1.2bn", "1.5 million" and "1,500,000", "100,000" and "100K" are
    one amount: the scale word is found, not a missing number that says false."""
    for headline, body in [
        ("Harbor Mills raises $1.2 billion for new plant", "it raised $1.2bn"),
        ("Harbor Mills raises $1.2bn for new plant", "it raised $1.2 billion"),
        ("Harbor Mills hires 1.5 million workers for new plant", "it will hire 1,500,000 workers"),
        ("Harbor Mills cuts power to 100,000 at new plant", "it cut power to 100K homes"),
    ]:
        line, missing = missing_in(
            f"{headline}\n\nHarbor Mills said on Monday that for its new plant {body}."
        )
        assert line.supported is True, (headline, missing)
    line, missing = missing_in(  # a different scale is still a missing number
        "Harbor Mills raises £5 million for new plant\n\n"
        "Harbor Mills said on Monday that it raised £5 billion for its new plant."
    )
    assert "million" in missing
    assert line.supported is False


def test_a_bare_year_is_not_thousands():
    _line, missing = missing_in(
        "Thousands march in Riverton\n\nPeople marched in Riverton in 2019, officials said."
    )
    assert "Thousands" in missing
    _, missing = missing_in(
        "Thousands march in Riverton\n\nSome 5,000 people marched in Riverton on Saturday."
    )
    assert "Thousands" not in missing


def test_percent_ordinals_and_twice_match_their_other_spellings():
    _line, missing = missing_in(
        "Riverton prices rise 10 percent for 6th month\n\n"
        "Prices in Riverton rose 10% for the sixth month running, the statistics office said."
    )
    assert {"percent", "6th"}.isdisjoint(missing)
    _, missing = missing_in(
        "Kowalczyk scores twice as Riverton win\n\n"
        "Kowalczyk scored two goals as Riverton won on Sunday."
    )
    assert "twice" not in missing


def test_a_people_is_found_through_its_country_and_the_reverse():
    """A nationality the body gives as its country is no missing name: "Israeli" / "Israel",
    "Swedish" / "Sweden", "French" / "France" (no shared start: listed); two different
    countries that share a start are still apart ("Austrian" / "Australia")."""
    for headline, body in [
        ("Officials say Israeli jets struck the Riverton mill", "Jets from Israel struck"),
        ("Officials say Swedish firm bought the Riverton mill", "A firm from Sweden bought"),
        ("Officials say French minister toured the Riverton mill", "A minister from France toured"),
        ("Officials say Texas firm bought the Riverton mill", "A Texan firm bought"),
    ]:
        line, missing = missing_in(f"{headline}\n\n{body} the Riverton mill, officials said.")
        assert line.supported is True, (headline, missing)
    line, missing = missing_in(
        "Officials say Austrian firm bought the Riverton mill\n\n"
        "A firm from Australia bought the Riverton mill, officials said."
    )
    assert "Austrian" in missing
    assert line.supported is False


def test_a_headline_that_asks_is_never_supported():
    from newsaudit.ingest import article_from_parts

    article = article_from_parts(
        "Riverton will sell its water utility, the council said on Tuesday.",
        "Will Riverton sell its water utility?",
    )
    for stance in (True, False):
        doc = build_document(article)
        [line] = assess_headline(doc, extract_structure(doc), stance=stance)
        assert line.unsupported_terms == []
        assert line.supported is None


def test_ordinary_words_put_otherwise_are_no_contradiction_against_the_stance():
    """Fewer than half of the headline's terms in the body says false without a stance, with
    one that sets the body against the headline, or when fewer than a third are there; a third
    or more under an agreeing or discussing stance is null. A missing number or name (no share
    passed) stays false."""
    from newsaudit.assessors.headline import _combine

    def stance(label, p):
        rest = (1 - p) / 3
        labels = ("agree", "disagree", "discuss", "unrelated")
        return {"label": label, "probabilities": {k: p if k == label else rest for k in labels}}

    assert _combine(False, stance("agree", 0.7), words_found=0.4) is None
    assert _combine(False, stance("discuss", 0.4), words_found=0.4) is None
    assert _combine(False, stance("agree", 0.7), words_found=0.2) is False
    assert _combine(False, stance("unrelated", 0.9), words_found=0.4) is False
    assert _combine(False, stance("disagree", 0.6), words_found=0.4) is False
    assert _combine(False, stance("agree", 0.7), words_found=None) is False
    assert _combine(False, None, words_found=0.4) is False


def test_a_name_is_found_with_or_without_its_accents():
    for headline, body in [("Müller", "Muller"), ("Muller", "Müller")]:
        line, missing = missing_in(
            f"Riverton council honours {headline} for harbour rescue\n\n"
            f"The Riverton council honoured {body} on Monday for the harbour rescue."
        )
        assert line.supported is True, (headline, missing)


def test_headline_words_are_found_through_the_plain_words_bodies_use():
    """Headlinese ("exec", "firm", "slams", "glitch") against a body's "executive",
    "company", "criticised", "problem"."""
    line, missing = missing_in(
        "Harbor exec says firm slams rival over glitch\n\n"
        "An executive at Harbor said the company criticised its rival over the problem."
    )
    assert missing == set()
    assert line.supported is True


def test_a_number_spelled_out_at_the_start_of_a_body_sentence_is_its_digits():
    line, missing = missing_in(
        "25 dead in Riverton crash\n\n"
        "Twenty-five people died in the Riverton crash on Monday, police said."
    )
    assert line.supported is True, missing
    line, missing = missing_in(
        "Twenty five dead in Riverton crash\n\n"
        "In all 25 people died in the Riverton crash on Monday, police said."
    )
    assert line.supported is True, missing
    line, missing = missing_in(  # "Twenty" alone is another number
        "25 dead in Riverton crash\n\n"
        "Twenty people died in the Riverton crash on Monday, police said."
    )
    assert "25" in missing
