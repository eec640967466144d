"""The high end of a range of counts written with a dash, which the parser may leave out of
its entity: "a company of 100-120 UK troops" tags "100" alone. Each end of a range is its own
reading (docs/quantities.md: a range of counts), so the untagged high end is a candidate too.

A pair that falls or ties ("6-3", "3-3") is a result, not a range, and runs of three groups or
more ("501-601-0315") are codes; neither gives a high end here.
"""

from __future__ import annotations

import re

HIGH_AFTER_DASH = re.compile(  # "-120" + " UK troops", "-120," closing the range
    r"[-\u2013](?P<high>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\w%/-]|[.,]\d)"
)
PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def untagged_high_ends(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The high end after the dash of each cardinal entity that is a plain number and the low
    end of a rising range the parser's entity stops before ("100" of "100-120 troops")."""
    ends = []
    for start, end, label in entities:
        if label != "CARDINAL" or not PLAIN_NUMBER.fullmatch(text, start, end):
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "-\u2013.,/:"):
            continue  # "No. 14-981", "12-100-120": inside a code or a longer run
        if (high := HIGH_AFTER_DASH.match(text, end)) is None:
            continue
        low_value = float(text[start:end].replace(",", ""))
        high_value = float(high.group("high").replace(",", ""))
        if 0 < low_value < high_value:  # "0-60 mph" is a speed; "6-3" a result
            ends.append((high.start("high"), high.end("high")))
    return ends
