"""Where a date's span starts and ends: a full date whose year runs into the next word, and
the ends of a range of days, each its own date."""

from quantity_helpers import read, reading


def test_a_full_date_fused_to_the_next_capitalised_word_keeps_its_year():
    text = "Ann Lee (@annlee) October 6, 2014The hinge on my phone creaks."
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6") == ("date", None, None, "2014-10-06")
    text = "Posted March 3, 2015Read more below."
    found = read(text, "2016-05-15")
    assert reading(found, text, "March 3") == ("date", None, None, "2015-03-03")


def test_a_full_date_that_ends_its_sentence_is_read_as_before():
    text = "We met on October 6, 2014. The hinge held."
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6") == ("date", None, None, "2014-10-06")
    text = "The lab logged 2014RT readings on October 6."  # no date runs into a code
    found = read(text, "2016-05-15")
    assert reading(found, text, "October 6")[3] == "2015-10-06"
