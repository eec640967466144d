"""The self-contained HTML report: its legend, evidence cut at a word, and a phone-width
layout checked in a real browser (Debian's Chromium driven by Playwright, as in
test_service_page.py; the browser tests skip, saying why, when Chromium or playwright is absent).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsaudit
from newsaudit.report.html import cut

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "council_vote.txt"
CHROMIUM = os.environ.get("NEWSAUDIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
PHONE = 412
# Long words, a wide number table and many sources: what clipped the tables at phone width.
WIDE = (
    "Regional authority approves Transcontinentalinfrastructurerenewalprogramme budget\n\n"
    "The Centers for Disease Control and Prevention said 4,500,000,000 doses were shipped, "
    "the Associated Press reported. “Unprecedentedlyoverwhelmingly successful,” Gov. Eric "
    "Holcomb told reporters on Monday.\n\n"
    "Critics said the authority’s reference "
    "number ABCD-1234567890-EFGH-1234567890-IJKL-1234567890 was never published. The governor "
    "said the plan would cost $12.5 billion over 10 years, up 45% from 2019.\n\n"
    "Residents told the Riverton Ledger they feared shocking rate rises."
)


def test_cut_keeps_short_text_whole():
    assert cut("Holcomb said schools reopen.", 40) == "Holcomb said schools reopen."


def test_cut_ends_at_a_word_boundary_with_an_ellipsis():
    text = "The council voted to sell the municipal water utility to Clearstream"
    assert cut(text, 30) == "The council voted to sell the…"
    assert cut(text, 31) == "The council voted to sell the…"  # no half of "municipal"
    assert cut("Prices rose, officials said", 14) == "Prices rose…"  # no dangling comma
    assert cut("Supercalifragilistic", 8) == "Superca…"  # one long word is cut inside


@given(st.text(alphabet="ab ,.", max_size=60), st.integers(min_value=2, max_value=40))
def test_cut_never_exceeds_the_limit_and_never_splits_a_word(text, limit):
    out = cut(text, limit)
    flat = " ".join(text.split())
    assert len(out) <= limit
    if out == flat:
        return
    assert out.endswith("…")
    head = out[:-1]
    assert flat.startswith(head)
    # the cut falls between words (or after punctuation), unless one word fills the limit
    assert flat[len(head)] in " ,;:" or " " not in flat[: limit - 1]


def test_the_legend_explains_every_mark_used_in_the_article():
    html = newsaudit.analyze(EXAMPLE.read_text(encoding="utf-8")).to_html()
    legend = html[
        html.index('<section class="legend"') : html.index("</section>", html.index("legend"))
    ]
    for mark in ("num", "loaded", "c-unattributed", "c-opinion", "faded", "q0", "yes", "no"):
        assert f'class="sample {mark}"' in legend or f'class="{mark}"' in legend, mark
    for css_class in ("num", "loaded", "c-unattributed", "c-opinion"):
        assert f'class="{css_class}' in html or f" {css_class}" in html
    assert '<meta name="viewport"' in html


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="needs the playwright package (the dev extra)"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.mark.slow
@pytest.mark.parametrize("wide", [False, True], ids=["demo", "long-words"])
def test_the_report_fits_a_phone_screen(browser, wide):
    text = WIDE if wide else EXAMPLE.read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": PHONE, "height": 900})
    try:
        page = context.new_page()
        page.set_content(newsaudit.analyze(text).to_html())
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
        # nothing sticks out of the page; a table may only scroll inside its own box
        overflowing = page.evaluate(
            f"""[...document.querySelectorAll('body *')]
                .filter(e => !e.parentElement.closest('.scroll'))
                .filter(e => e.getBoundingClientRect().right > {PHONE} + 0.5)
                .map(e => e.tagName + '.' + e.className)"""
        )
        assert overflowing == []
        scrolling = page.evaluate(
            """[...document.querySelectorAll('table')].filter(t => {
                   const box = t.parentElement;
                   if (box.scrollWidth <= box.clientWidth) return false;
                   if (getComputedStyle(box).overflowX !== 'auto') throw 'clipped table';
                   return true;
               }).length"""
        )
        if not wide:
            assert scrolling == 0  # ordinary text reflows: no table needs to scroll
        legend = page.locator("#legend")
        assert legend.is_visible()
        assert "blue underline" in legend.inner_text()
    finally:
        context.close()
