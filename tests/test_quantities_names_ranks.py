"""Weekdays and ordinals that the parse puts inside names or set terms: no dates, no ranks
(docs/quantities.md, "What is not a quantity": a named day, a number inside a name, an ordinal
inside a name, a compound that counts no noun)."""

from __future__ import annotations

from quantity_helpers import read, reading


def test_a_weekday_opening_or_closing_a_longer_name_is_no_date():
    text = (
        "The rumour was spread by Sunday Mirror reporter Tom Hale, the agency said. "
        "The league agreed new rules for Monday Night Football with the network. "
        "The squad was named by head coach Mike Friday on the eve of the event. "
        "The player met the board on Monday and flies home on Thursday."
    )
    found = read(text)
    assert reading(found, text, "Sunday Mirror") is None
    assert reading(found, text, "Monday Night") is None
    assert reading(found, text, "Friday") is None
    assert reading(found, text, "Monday", 1)[0] == "date"
    assert reading(found, text, "Thursday")[0] == "date"


def test_a_weekday_after_a_verb_keeps_its_date():
    text = "The minister said Monday Labour would win. Obama met Netanyahu Tuesday in Jerusalem."
    found = read(text)
    assert reading(found, text, "Monday")[0] == "date"
    assert reading(found, text, "Tuesday")[0] == "date"


def test_a_capitalised_ordinal_inside_running_text_is_a_name():
    text = (
        "Aid flows to many Third World countries, the charity said on its website. "
        "Critics of the bill cited the Second Amendment in their letters to the senator. "
        "The award went to First Sergeant Ana Diaz, who led the patrol at dawn."
    )
    found = read(text)
    assert reading(found, text, "Third") is None
    assert reading(found, text, "Second") is None
    assert reading(found, text, "First") is None


def test_an_ordinal_opening_a_sentence_or_in_lower_case_keeps_its_rank():
    text = (
        "Second seed Maria Lopez won her match in straight sets on the clay.\n\n"
        "She is now the third player this year to reach the final of the tournament."
    )
    found = read(text)
    assert reading(found, text, "Second") == ("ordinal", 2.0, None, None)
    assert reading(found, text, "third") == ("ordinal", 3.0, None, None)


def test_a_grading_term_without_its_hyphen_ranks_nothing():
    text = (
        "The scheme helps first time buyers in the city, the housing minister said. "
        "It was the first time the council had cut the levy, and the third time in a decade. "
        "It was the first time voters had a say, with a seven-second time delay on air."
    )
    found = read(text)
    assert reading(found, text, "first time buyers") is None
    assert reading(found, text, "first time the")[0] == "ordinal"
    assert reading(found, text, "third time")[0] == "ordinal"
    assert reading(found, text, "first time voters")[0] == "ordinal"
    assert reading(found, text, "seven-second") == ("measure", 7.0, "seconds", None)


def test_one_of_after_a_marker_is_the_pronoun():
    text = (
        "Of the four banks, only one of which is public, just one of them lent money. "
        "The plague is just one of three diseases the bacterium causes."
    )
    found = read(text)
    assert reading(found, text, "one of which") is None
    assert reading(found, text, "one of them") is None
    assert reading(found, text, "one of three") == ("count", 1.0, "diseases", None)
