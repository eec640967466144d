"""Author metadata: names only, without the dates and labels pages glue to them."""

from __future__ import annotations

import pytest

from newsaudit.authors import clean_author, clean_part, restore_initials

CASES = [
    ("Jane Roe Monday; November", "Jane Roe"),
    ("Harbor Wire staff Published", "Harbor Wire"),
    ("View all posts by Ann Lee", "Ann Lee"),
    ("Jane Roe and Tom Lee", "Jane Roe; Tom Lee"),
    ("Grant Roe; PhD", "Grant Roe"),
    ("By Jane Roe | Updated 3:15 PM", "Jane Roe"),
    ("Von Max Muster, 12. März 2020", "Max Muster"),
    ("Jane Roe; jane roe", "Jane Roe"),
    ("Jane Roe; Tom Lee", "Jane Roe; Tom Lee"),
    ("Theresa May", "Theresa May"),
    ("Written by Ann Lee Posted on Friday", "Ann Lee"),
    ("April Ryan", "April Ryan"),
]


@pytest.mark.parametrize(("raw", "clean"), CASES)
def test_author_strings_become_names(raw, clean):
    assert clean_author(raw) == clean


@pytest.mark.parametrize("raw", [None, "", "November 3, 2021", "jroe@example.org", "Updated"])
def test_nothing_of_a_name_gives_none(raw):
    assert clean_author(raw) is None


def test_a_sentence_is_not_a_name():
    assert clean_part("this is a long sentence someone put in the author field by mistake") is None


def test_site_name_beside_a_person_is_dropped_but_alone_it_stays():
    assert clean_author("Example Times; Ann Lee", ("Example Times", "example.com")) == "Ann Lee"
    assert clean_author("Ann Lee Example Staff", ("example.com",)) == "Ann Lee"
    assert clean_author("Example Times", ("Example Times",)) == "Example Times"
    assert clean_author("Harbor Holdings GmbH; Ann Lee") == "Ann Lee"


def test_initials_get_back_the_full_stops_the_page_writes():
    page = "<p class='byline'>By Leah C. Stokes and R.C. Baker</p>"
    assert restore_initials("Leah C Stokes; R C Baker", page) == "Leah C. Stokes; R.C. Baker"
    assert restore_initials("Leah C Stokes", "<p>Leah C Stokes</p>") == "Leah C Stokes"
    assert restore_initials(None, page) is None
