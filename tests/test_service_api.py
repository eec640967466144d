"""The web service end to end: a real `newsaudit serve` with its process pool and a corpus."""

from __future__ import annotations

import json

import httpx
import jsonschema
import pytest
from service_helpers import EXAMPLE, WIRE_COPY, Server, make_corpus

from newsaudit.report.model import SCHEMA_PATH

pytestmark = pytest.mark.slow
MAX_BODY = 400_000
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
ARTICLE = EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def server(corpus, tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "serve.log"
    srv = Server(
        "--db", corpus, "--workers", "1", "--max-body", str(MAX_BODY), "--header-timeout", "1",
        log=log,
    )  # fmt: skip
    yield srv
    left = srv.stop()
    assert not left, f"processes left behind after the server stopped: {left}"


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def test_ready_once_the_workers_have_loaded_the_models(client, server):
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["ready"] is True
    assert ready.json()["pids"] == server.pids and server.process.pid not in server.pids
    assert client.get("/healthz").json()["status"] == "ok"


def test_analyze_returns_the_cli_report_valid_against_the_schema(client, corpus):
    import newsaudit

    response = client.post("/api/v1/analyze", json={"text": ARTICLE})
    assert response.status_code == 200
    report = response.json()
    jsonschema.validate(report, SCHEMA)
    expected = newsaudit.analyze(ARTICLE, corpus=corpus).to_dict()
    assert report == json.loads(json.dumps(expected))
    assert report["provenance"]["earliest_source"]["source_id"] == "wire-1"


def test_metadata_and_options_are_applied(client):
    body = {
        "text": "The council voted 7-2 to sell the library, officials said.",
        "title": "Council sells library",
        "date": "March 3, 2024",
        "url": "https://example.org/a",
        "options": {"stance": False, "provenance": False},
    }
    report = client.post("/api/v1/analyze", json=body).json()
    assert report["text"].startswith("Council sells library\n\n")
    assert report["article"]["date"] == "2024-03-03"
    assert report["article"]["url"] == "https://example.org/a"
    assert "provenance" not in report
    assert report["headline"][0]["stance"] is None


def test_file_upload_of_html_is_read_like_the_cli(client):
    page = (
        "<html><head><title>Council sells the water utility</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[2:8])
        + "</article></body></html>"
    )
    files = {"file": ("story.html", page.encode(), "text/html")}
    report = client.post("/api/v1/analyze", files=files).json()
    assert report["article"]["format"] == "html"
    assert report["article"]["title"] == "Council sells the water utility"
    assert any(q["speaker"]["name"] == "Maria Ortega" for q in report["quotes"])


def test_raw_text_body_and_html_format(client):
    raw = client.post(
        "/api/v1/analyze?format=html",
        content=ARTICLE.encode(),
        headers={"Content-Type": "text/plain"},
    )
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("text/html")
    assert raw.text.startswith("<!DOCTYPE html>") and "Whitfield" in raw.text
    assert "script" not in raw.headers["content-security-policy"]


def test_batch_keeps_order_and_reports_each_failure(client):
    records = [
        {"text": ARTICLE, "id": "a"},
        {"html": "<p>Home</p>"},
        {"text": "Second story\n\nThe mayor resigned on Friday, aides said."},
    ]
    response = client.post("/api/v1/analyze-batch", json={"records": records})
    body = response.json()
    assert response.status_code == 200 and body["failed"] == 1
    assert [r["id"] for r in body["results"]] == ["a", "2", "3"]
    assert "no article found" in body["results"][1]["error"]
    jsonschema.validate({k: v for k, v in body["results"][2].items() if k != "id"}, SCHEMA)


def test_batch_over_the_limit_is_refused(client):
    records = [{"text": "A short story."}] * 33
    response = client.post("/api/v1/analyze-batch", json={"records": records})
    assert response.status_code == 413 and "limit of 32" in response.json()["error"]


def test_trace_gives_passages_with_both_sides(client):
    response = client.post("/api/v1/trace", json={"text": ARTICLE})
    trace = response.json()
    assert response.status_code == 200 and trace["passages"]
    passage = trace["passages"][0]
    assert passage["source_id"] == "wire-1"
    assert passage["text"] == ARTICLE.strip()[passage["start"] : passage["end"]]
    stored_text = f"Council sells water utility\n\n{WIRE_COPY}"  # title, blank line, body
    assert passage["source_text"] == stored_text[passage["source_start"] : passage["source_end"]]
    assert "Mayor Dana Whitfield defended the sale" in passage["source_text"]
    assert trace["earliest_source"]["source_id"] == "wire-1"
    stored = client.post("/api/v1/trace", json={"article_id": "harbour-1"}).json()
    assert stored["passages"] == []


def test_quotes_across_the_corpus(client):
    found = client.get("/api/v1/quotes", params={"q": "We expect to reopen by April"}).json()
    assert found["first_appearance"]["source_id"] == "harbour-1"
    assert found["first_appearance"]["speaker"] == "Lena Brandt"
    assert client.get("/api/v1/quotes", params={"q": "   "}).status_code == 422
    assert client.get("/api/v1/quotes").status_code == 422


@pytest.mark.parametrize(
    ("body", "headers", "status", "says"),
    [
        (b"", {"Content-Type": "application/json"}, 422, "empty"),
        (b'{"text": ""}', {"Content-Type": "application/json"}, 422, "empty"),
        (b'{"text": "a", "html": "b"}', {"Content-Type": "application/json"}, 422, "exactly one"),
        (b'{"text": "a", "colour": 1}', {"Content-Type": "application/json"}, 422, "colour"),
        (b'{"text": ', {"Content-Type": "application/json"}, 422, "JSON"),
        (b"\xff\xfe\x00\x00\xd8", {"Content-Type": "application/json"}, 422, "JSON"),
        (
            b"\x89PNG\r\n\x1a\n" + bytes(64),
            {"Content-Type": "application/octet-stream"},
            422,
            "PNG",
        ),
        (b"x" * (MAX_BODY + 1), {"Content-Type": "text/plain"}, 413, "limit"),
        (b"<x/>", {"Content-Type": "application/xml"}, 415, "cannot read"),
    ],
)
def test_bad_input_gets_one_line_and_no_traceback(client, body, headers, status, says):
    response = client.post("/api/v1/analyze", content=body, headers=headers)
    assert response.status_code == status
    error = response.json()["error"]
    assert says in error and "\n" not in error and "Traceback" not in response.text


def test_a_chunked_body_over_the_limit_is_cut_off(client):
    def chunks():
        for _ in range(MAX_BODY // 10_000 + 2):
            yield b"y" * 10_000

    response = client.post(
        "/api/v1/analyze", content=chunks(), headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 413


def test_openapi_docs_and_schema_are_served_locally(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/analyze", "/api/v1/analyze-batch", "/api/v1/trace", "/api/v1/quotes"):
        assert path in spec["paths"]
    body = spec["paths"]["/api/v1/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert client.get("/api/v1/schema").json()["$id"] == "newsaudit.report/1"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "https://" not in docs.text
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_stats_count_the_work(client):
    stats = client.get("/api/v1/stats").json()
    assert stats["completed"] >= 1 and stats["in_flight"] == 0
    assert all(mb is None or mb > 0 for mb in stats["rss_mb"].values())


def test_a_client_that_never_finishes_its_headers_is_disconnected(server, client):
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(server.url)
    with socket.create_connection((address.hostname, address.port), timeout=60) as loris:
        loris.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        assert client.get("/healthz").status_code == 200  # others are still answered
        assert loris.recv(1024) == b""  # closed by the server once the deadline passed
