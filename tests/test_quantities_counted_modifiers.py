"""The counted noun's modifiers (docs/quantities.md): the nouns compounded with it join it and
the adjectives before them leave it, whatever the tagger calls them; and a plural noun the
parse takes for a verb is still what a number counts."""

from __future__ import annotations

from quantity_helpers import read as _read
from quantity_helpers import reading as _reading


def _unit(text: str, fragment: str) -> str | None:
    found = _read(text)
    got = _reading(found, text, fragment)
    return None if got is None else got[2]


def test_a_noun_the_tagger_takes_for_an_adjective_is_compounded_with_the_counted_noun():
    text = "The chef dropped those two menu items after a week of complaints."
    assert _unit(text, "two") == "menu items"
    text = "She was one of several keynote speakers who arrived on Monday."
    assert _unit(text, "several") == "keynote speakers"


def test_a_lower_case_noun_the_tagger_takes_for_a_name_is_compounded():
    text = "The prosecutor has dismissed 849 marijuana cases since the new law took effect."
    assert _unit(text, "849") == "marijuana cases"


def test_a_participle_or_a_unit_before_the_noun_stays_out():
    text = "The band's two remaining living members and four anti-spyware bills."
    assert _unit(text, "two") == "members"
    assert _unit(text, "four") == "bills"
    text = "We hold three 10-15 min lightning talks each month."
    assert _unit(text, "three") == "lightning talks"


def test_adjectives_and_names_before_the_counted_noun_stay_dropped():
    text = (
        "The plant built 300 new cars, two federal prison officers watched, and he played "
        "17 NBA seasons before 26 unforced errors cost him the final."
    )
    assert _unit(text, "300") == "cars"
    assert _unit(text, "two") == "prison officers"
    assert _unit(text, "17") == "seasons"
    assert _unit(text, "26") == "unforced errors"  # a term the learned dictionary lists


def test_a_plural_noun_the_parse_takes_for_a_verb_is_counted():
    text = "The winger ran in two of the visitors' seven tries in what proved an easy win."
    assert _unit(text, "seven") == "tries"
    text = "He made only eight cuts in 31 PGA Tour starts that season."
    assert _unit(text, "31") == "starts"
    text = "The blog attracts 600,000 page views a day from fans."
    assert _unit(text, "600,000") == "page views"


def test_a_name_that_is_the_subject_of_its_verb_keeps_the_verb():
    text = "On Tuesday 21 Savage says he will tour again."
    assert _unit(text, "21") != "says"


def test_a_duration_measures_the_unit_its_number_counts_not_a_later_one():
    text = "They scored twice in four minutes before the hour. We play 42 weeks of the year."
    found = _read(text)
    assert _reading(found, text, "four minutes") == ("measure", 4.0, "minutes", None)
    assert _reading(found, text, "42 weeks") == ("measure", 42.0, "weeks", None)
    text = "She trains 2 hours a day and stayed an hour and a half."
    found = _read(text)
    assert _reading(found, text, "2 hours") == ("measure", 2.0, "hours", None)
    assert _reading(found, text, "an hour and a half") == ("measure", 1.5, "hours", None)


def test_a_plural_the_parse_takes_for_a_verb_does_not_make_an_m_millions():
    text = "She coaches 400m runners Anna Smith and Jo Brown. The show drew 2m viewers."
    found = _read(text)
    assert _reading(found, text, "400m") == ("measure", 400.0, "m", None)
    assert _reading(found, text, "2m") == ("count", 2000000.0, "viewers", None)
