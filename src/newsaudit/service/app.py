"""The HTTP surface: the versioned API, health checks, offline API docs and the page.

Every error a client can get is JSON ``{"error": "one line"}`` with a fitting status; no
request ever sees a traceback. Handlers only parse and route: the work is in the pool.
"""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsaudit import __version__
from newsaudit.report.model import SCHEMA_ID, SCHEMA_PATH
from newsaudit.service import jobs
from newsaudit.service.config import ServiceConfig
from newsaudit.service.limits import REPORT_CSP, BodyLimit, Headers
from newsaudit.service.pool import Busy, WorkerPool
from newsaudit.service.requests import (
    AnalyzeRequest,
    BatchRequest,
    TraceRequest,
    media_type,
    parse_json,
    payload_from,
    request_schema,
)

STATIC = Path(__file__).with_name("static")
FORMATS = {"json": "application/json", "html": "text/html; charset=utf-8", "text": "text/plain"}
UPLOAD_SCHEMA = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary", "description": ".txt, .html, .json…"},
        "title": {"type": "string"},
        "date": {"type": "string"},
        "url": {"type": "string"},
        "options": {"type": "string", "description": 'JSON, e.g. {"stance": false}'},
    },
}


def _body_doc(model, upload: bool = True) -> dict:
    content = {"application/json": {"schema": request_schema(model)}}
    if upload:
        content["multipart/form-data"] = {"schema": UPLOAD_SCHEMA}
        content["text/plain"] = {"schema": {"type": "string"}}
        content["text/html"] = {"schema": {"type": "string"}}
    return {"requestBody": {"required": True, "content": content}}


def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": " ".join(str(message).split())}, status, headers=headers)


def _docs_assets() -> Path | None:
    """Swagger UI's files from the fastapi-offline package (no CDN), if it is installed."""
    try:
        path = Path(str(resources.files("fastapi_offline") / "static"))
    except ModuleNotFoundError:
        return None
    return path if (path / "swagger-ui-bundle.js").exists() else None


def create_app(config: ServiceConfig, pool=None) -> FastAPI:
    """The application; ``pool`` replaces the process pool (anything with its interface)."""
    pool = pool if pool is not None else WorkerPool(config)
    schema_text = SCHEMA_PATH.read_text(encoding="utf-8")

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        pool.start()
        try:
            yield
        finally:
            pool.shutdown()

    app = FastAPI(
        title="newsaudit",
        version=__version__,
        summary="Take news articles apart, with evidence.",
        description=(
            f"Reports follow the JSON schema `{SCHEMA_ID}` (`GET /api/v1/schema`). Errors are "
            '`{"error": "one line"}`: 413 body too large, 422 bad input, 503 busy (see '
            "Retry-After), 504 timed out."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.config = config

    @app.exception_handler(jobs.JobError)
    async def job_error(_request: Request, error: jobs.JobError):
        retry = {"Retry-After": "5"} if error.status == 503 else None  # a fresh pool is starting
        return _error(error.status, error.message, retry)

    @app.exception_handler(Busy)
    async def busy(_request: Request, error: Busy):
        return _error(503, str(error), {"Retry-After": str(error.retry_after)})

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException):
        return _error(error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError):
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(Exception)
    async def bug(_request: Request, error: Exception):
        return _error(500, f"internal error: {type(error).__name__}")

    # -- health -------------------------------------------------------------------------------
    @app.get("/healthz", tags=["health"], summary="the server process answers")
    async def healthz():
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", tags=["health"], summary="every worker has loaded the models")
    async def readyz():
        body = {"ready": pool.ready, "workers": config.workers, "pids": pool.pids()}
        return JSONResponse(body, 200 if pool.ready else 503)

    @app.get("/api/v1/stats", tags=["health"], summary="queue, counters and memory")
    async def stats():
        return pool.stats()

    # -- analysis -----------------------------------------------------------------------------
    @app.get("/api/v1/schema", tags=["analysis"], summary=f"the report's JSON schema ({SCHEMA_ID})")
    async def schema():
        return Response(schema_text, media_type="application/schema+json")

    @app.get("/api/v1/config", tags=["analysis"], summary="what this server offers the page")
    async def server_config():
        return {
            "version": __version__,
            "schema": SCHEMA_ID,
            "corpus": config.db is not None,
            "max_batch": config.max_batch,
            "max_body": config.max_body,
            "workers": config.workers,
        }

    @app.post(
        "/api/v1/analyze",
        tags=["analysis"],
        summary="analyse one article",
        description=(
            "JSON `{text|html, title?, date?, url?, options?}`, a multipart upload (field "
            "`file`), or a raw text/plain or text/html body. Returns the report, the same JSON "
            "as `newsaudit analyze` (`format=html`: the self-contained HTML report)."
        ),
        openapi_extra=_body_doc(AnalyzeRequest),
        response_class=JSONResponse,
    )
    async def analyze(request: Request, format: str = Query("json", pattern="^(json|html|text)$")):
        payload = await payload_from(request)
        result = await pool.run(jobs.analyze_job, payload, config.max_chars, format)
        headers = {"Content-Security-Policy": REPORT_CSP} if format == "html" else None
        return Response(result, media_type=FORMATS[format], headers=headers)

    @app.post(
        "/api/v1/analyze-batch",
        tags=["analysis"],
        summary="analyse several articles",
        description=(
            'JSON `{"records": [{text|html, title?, date?, url?, id?}, …], "options"?}`, up to '
            'the server\'s `--max-batch`. Returns `{"results": [...], "failed": n}`, one item '
            'per record in order, as the lines of `newsaudit analyze-batch`: `{"id", …report}` '
            'or `{"id", "error"}`.'
        ),
        openapi_extra=_body_doc(BatchRequest, upload=False),
    )
    async def analyze_batch(request: Request):
        _json_only(request)
        batch = parse_json(BatchRequest, await request.body())
        if len(batch.records) > config.max_batch:
            raise jobs.JobError(
                413, f"{len(batch.records)} records, over this server's limit of {config.max_batch}"
            )
        calls = []
        for number, record in enumerate(batch.records, 1):
            payload = record.payload(batch.options)
            payload.id = record.id or str(number)
            calls.append((payload, config.max_chars))
        results = await pool.run_many(jobs.batch_item_job, calls)
        lines, failed = [], 0
        for call, result in zip(calls, results, strict=True):
            if isinstance(result, jobs.JobError):
                failed += 1
                lines.append(json.dumps({"id": call[0].id, "error": result.message}))
            else:
                failed += result[0]
                lines.append(result[1])
        body = '{"results":[' + ",".join(lines) + f'],"failed":{failed}}}'
        return Response(body, media_type="application/json")

    # -- corpus ---------------------------------------------------------------------------------
    @app.post(
        "/api/v1/trace",
        tags=["corpus"],
        summary="reused passages and the earliest source (needs --db)",
        description=(
            "JSON `{text|html|article_id}`, an upload or a raw body. Returns `reused_share`, "
            "`passages` (offsets on both sides, with `text` and `source_text`) and "
            "`earliest_source`."
        ),
        openapi_extra=_body_doc(TraceRequest),
    )
    async def trace(request: Request):
        _need_corpus()
        if media_type(request.headers.get("content-type", "")) in ("", "application/json"):
            traced = parse_json(TraceRequest, await request.body())
            if traced.article_id is not None:
                result = await pool.run(jobs.trace_job, None, traced.article_id, config.max_chars)
                return Response(result, media_type="application/json")
            payload = jobs.Payload(text=traced.text, html=traced.html, title=traced.title)
        else:
            payload = await payload_from(request)
        result = await pool.run(jobs.trace_job, payload, None, config.max_chars)
        return Response(result, media_type="application/json")

    @app.get(
        "/api/v1/quotes",
        tags=["corpus"],
        summary="one quotation across the corpus (needs --db, ingested with --analyze)",
    )
    async def quotes(q: str = Query(..., min_length=1, max_length=2000)):
        _need_corpus()
        if not q.strip():
            raise jobs.JobError(422, "q: the quotation is empty")
        result = await pool.run(jobs.quotes_job, q)
        return Response(result, media_type="application/json")

    def _need_corpus() -> None:
        if config.db is None:
            raise jobs.JobError(
                404, "no corpus: start the server with `newsaudit serve --db CORPUS`"
            )

    def _json_only(request: Request) -> None:
        kind = media_type(request.headers.get("content-type", ""))
        if kind not in ("", "application/json"):
            raise jobs.JobError(415, f"cannot read {kind}: send application/json")

    # -- page and docs --------------------------------------------------------------------------
    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def page():
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return HTMLResponse((STATIC / "docs.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    assets = _docs_assets()
    if assets is not None:
        app.mount("/docs/assets", StaticFiles(directory=assets), name="docs-assets")

    app.add_middleware(BodyLimit, max_body=config.max_body, body_timeout=config.body_timeout)
    app.add_middleware(Headers)  # added last: outermost, so every response gets the headers
    return app
