"""The page in a real browser: Debian's Chromium driven by Playwright against `newsaudit serve`.

Playwright's own browser download is never used (these machines cannot fetch it): the tests
launch the system Chromium and skip, saying why, when it or the playwright package is absent.
Set NEWSAUDIT_SCREENSHOT=docs/img/page.png to refresh the README's screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from service_helpers import EXAMPLE, Server, make_corpus

pytestmark = pytest.mark.slow
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs the playwright package (the dev extra)"
)
CHROMIUM = os.environ.get("NEWSAUDIT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTICLE = EXAMPLE.read_text(encoding="utf-8")
TRANSPARENT = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)")
    folder = tmp_path_factory.mktemp("page")
    srv = Server("--db", make_corpus(folder), "--workers", "1", log=folder / "serve.log")
    yield srv
    left = srv.stop()
    assert not left, f"processes left behind after the server stopped: {left}"


@pytest.fixture(scope="module")
def browser(server):
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def open_page(browser, server):
    contexts = []

    def open_(width: int = 1280, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(server.url + "/")
        return page

    yield open_
    for context in contexts:
        context.close()


def analyse(page, text: str = ARTICLE) -> None:
    page.fill("#article-input", text)
    page.click("#analyze")
    page.wait_for_selector("#results:not([hidden])")


def chip(page, name: str):
    """The speaker filter's button for ``name``."""
    return page.locator("#speakers .chip", has_text=name)


def quote_pieces(page, words: str) -> list[dict]:
    """Background and text of the pieces of the quote containing ``words``."""
    return page.evaluate(
        """(words) => {
            const pieces = [...document.querySelectorAll("#article .quote")];
            const hit = pieces.find((p) => p.textContent.includes(words));
            if (!hit) return [];
            const who = hit.dataset.speakers;
            return pieces.filter((p) => p.dataset.speakers === who).map((p) => ({
                text: p.textContent, background: getComputedStyle(p).backgroundColor,
                title: p.title}));
        }""",
        words,
    )


def test_the_speakers_quote_is_highlighted(open_page):
    page = open_page()
    analyse(page)
    pieces = quote_pieces(page, "We are not walking away")
    assert pieces, "the quote is not marked"
    assert all(p["background"] != TRANSPARENT for p in pieces)
    assert any("direct quote: Dana Whitfield" in p["title"] for p in pieces)
    whole = "".join(p["text"] for p in pieces)
    assert '"We are not walking away from anyone.' in whole and "cannot cover," in whole
    headline = "".join(page.locator("#article .role-headline .piece").all_text_contents())
    assert headline == ARTICLE.split("\n", 1)[0]
    assert page.errors == []


def test_the_speaker_filter_shows_only_their_quotes(open_page):
    page = open_page()
    analyse(page)
    chip(page, "Maria Ortega").click()
    assert chip(page, "Maria Ortega").get_attribute("aria-pressed") == "true"
    ortega = quote_pieces(page, "most important asset")
    whitfield = quote_pieces(page, "We are not walking away")
    assert ortega and all(p["background"] != TRANSPARENT for p in ortega)
    assert whitfield and all(p["background"] == TRANSPARENT for p in whitfield)
    chip(page, "All quotes").click()
    assert all(p["background"] != TRANSPARENT for p in quote_pieces(page, "walking away"))


def test_an_evidence_link_scrolls_to_and_highlights_its_text(open_page):
    page = open_page(390, 700)  # phone width: one column, the indicators far below the text
    analyse(page)
    link = page.locator('#indicators li[data-id="loaded_headline"] button.evidence').first
    wanted = link.text_content().strip("“”…")
    link.click()
    state = page.evaluate(
        """() => {
            const lit = [...document.querySelectorAll("#article .flash")];
            const box = lit.length ? lit[0].getBoundingClientRect() : null;
            const button = document.querySelector(
                '#indicators li[data-id="loaded_headline"] button');
            const b = button.getBoundingClientRect();
            return {text: lit.map((p) => p.textContent).join(""),
                    inView: box !== null && box.top >= 0 && box.bottom <= innerHeight,
                    buttonInView: b.bottom > 0 && b.top < innerHeight,
                    focused: document.activeElement === lit[0]};
        }"""
    )
    assert state["text"] and wanted.startswith(state["text"][:10])
    assert state["inView"] and not state["buttonInView"] and state["focused"]


def test_an_article_with_script_runs_nothing(open_page, tmp_path):
    hostile = (
        "Council Votes <script>window.__xss = 1</script>\n\n"
        'The council voted <img src=x onerror="window.__xss = 2"> 7-2 on Tuesday, officials '
        'said. "It is <b onmouseover=alert(1)>bad</b>," said Mayor Jane Cole.'
    )
    page = open_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else 0)
    analyse(page, hostile)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#article script, #article img, #article b").count() == 0
    assert "<script>window.__xss = 1</script>" in page.text_content("#article")
    upload = tmp_path / "hostile.txt"
    upload.write_text(hostile.replace("Council Votes", "Council Votes Again"), encoding="utf-8")
    page.set_input_files("#file-input", str(upload))
    page.click("#analyze")
    page.locator("#article .role-headline", has_text="Again").wait_for()  # (CSP forbids eval)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#article script, #article img").count() == 0
    assert violations == [] and page.errors == []


def test_keyboard_only_use(open_page):
    page = open_page()
    page.focus("#article-input")
    page.keyboard.insert_text(ARTICLE)
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#results:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "results-heading"
    whitfield = chip(page, "Dana Whitfield")
    whitfield.focus()
    page.keyboard.press("Enter")
    assert whitfield.get_attribute("aria-pressed") == "true"
    assert all(p["background"] == TRANSPARENT for p in quote_pieces(page, "most important"))


def test_readable_at_phone_width(open_page):
    page = open_page(360, 740)
    analyse(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    article = page.locator("#article").bounding_box()
    assert article["width"] > 300  # one column: the article is not squeezed beside panels


def test_downloads_give_the_json_and_the_html_report(open_page, tmp_path):
    page = open_page()
    analyse(page)
    with page.expect_download() as json_download:
        page.click("#download-json")
    report = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert report["schema"] == "newsaudit.report/1" and report["text"] == ARTICLE.strip()
    assert json_download.value.suggested_filename.endswith(".json")
    with page.expect_download() as html_download:
        page.click("#download-html")
    html = Path(html_download.value.path()).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Whitfield" in html


def test_the_provenance_panel_shows_passages_beside_their_source(open_page):
    page = open_page()
    analyse(page)
    page.wait_for_selector("#provenance table.side-by-side")
    row = page.locator("#provenance tbody tr").first
    assert "wire-1" in row.text_content()
    assert "Mayor Dana Whitfield defended the sale" in row.locator(".source-text").text_content()
    assert page.locator("#article .reused").count() > 0


def test_nothing_is_requested_from_another_host_and_a_screenshot(open_page, server, tmp_path):
    page = open_page(1200, 800)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.reload()
    analyse(page)
    page.wait_for_selector("#provenance table.side-by-side")
    assert requested and all(url.startswith((server.url, "data:", "blob:")) for url in requested), (
        requested
    )
    page.evaluate("document.getElementById('results').scrollIntoView()")
    target = Path(os.environ.get("NEWSAUDIT_SCREENSHOT") or tmp_path / "page.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
