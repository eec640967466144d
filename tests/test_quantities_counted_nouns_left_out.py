"""Counts whose noun is left out or stands past other modifiers (docs/quantities.md: "a bare
number", "the last few left in a contest", "'one' before a singular noun it counts"): the
numbers the parser tags a date (`dated_numbers`), an untagged number word before the noun it
counts past a participle or a name, and "the last eight" of a contest whose name ends in -s."""

from __future__ import annotations

from quantity_helpers import read, reading


def _reading(text: str, fragment: str, nth: int = 0):
    return reading(read(text), text, fragment, nth)


def test_a_number_the_parser_tags_a_date_is_a_bare_count() -> None:
    text = (
        "The hosts won with 71 points, with Spain second on 52 and Italy third. Asked how many "
        "blasts there were, the guard said he heard 14. Hart took the next two and the match."
    )
    assert _reading(text, "52") == ("count", 52.0, None, None)
    assert _reading(text, "14") == ("count", 14.0, None, None)
    assert _reading(text, "two") == ("count", 2.0, None, None)


def test_another_and_a_marker_before_the_bare_number() -> None:
    text = "Nine offices shut, and local staff took over in another 17. The hamlet has under 400."
    assert _reading(text, "17") == ("count", 17.0, None, None)
    assert _reading(text, "400") == ("count", 400.0, None, None)


def test_dates_and_the_pronoun_keep_their_readings() -> None:
    text = "The plant opened in 1998 and shut on 14 March. Of the two offers, the next one won."
    assert _reading(text, "1998") == ("date", None, None, "1998")
    assert _reading(text, "14 March")[0] == "date"
    assert _reading(text, "one won") is None


def test_the_last_few_of_a_contest_named_in_the_plural() -> None:
    text = "Porto hope to reach the last eight of the Champions League, as they did in 2004."
    assert _reading(text, "eight") == ("count", 8.0, None, None)


def test_the_last_few_of_a_plural_noun_still_count_it() -> None:
    text = "She won the last three of the season's races and the last two of her 11 finals."
    assert _reading(text, "three") == ("count", 3.0, "races", None)
    assert _reading(text, "two") == ("count", 2.0, "finals", None)


def test_one_counts_its_noun_past_a_participle_a_noun_or_a_name() -> None:
    text = (
        "The laptop has one combined power socket. The choir merged the carols into one "
        "ultimate Christmas medley."
    )
    assert _reading(text, "one combined") == ("count", 1.0, "power socket", None)
    assert _reading(text, "one ultimate") == ("count", 1.0, "medley", None)


def test_one_before_a_name_or_in_an_idiom_still_counts_nothing() -> None:
    text = "At one point the band played One Direction songs, and on the one hand it worked."
    assert _reading(text, "one point") is None
    assert _reading(text, "One Direction") is None
    assert _reading(text, "one hand") is None


def test_a_describing_word_the_tagger_takes_for_a_noun_is_dropped() -> None:
    text = "Wales sealed it with two superb tries, and the firm sold 40 software licences."
    assert _reading(text, "two superb") == ("count", 2.0, "tries", None)
    assert _reading(text, "40") == ("count", 40.0, "software licences", None)


def test_a_count_joined_to_a_later_count_shares_its_noun() -> None:
    text = (
        "The guard fired one and perhaps two warning shots. She kept one, and then two red "
        "vans came."
    )
    assert _reading(text, "one and") == ("count", 1.0, "warning shots", None)
    assert _reading(text, "one,") is None


def test_a_number_after_a_name_stays_unread() -> None:
    text = "Scorers: Mendes 12, 67.\n\nThe patch fixed it for users with Android 9, the firm said."
    assert _reading(text, "67") is None
    assert _reading(text, "9,") is None


def test_in_one_way_is_the_idiom() -> None:
    text = "The coach set up the side in one way at home, and one way to start is to press."
    assert _reading(text, "one way") is None
    assert _reading(text, "one way", 1) == ("count", 1.0, "way", None)
