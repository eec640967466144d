"""What the API accepts, as pydantic models, and how a request body becomes a `Payload`.

JSON bodies are checked here, in the server process, because it is cheap and gives the
client a precise one-line 422; decoding and parsing the article itself happens in a worker.
"""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from newsaudit.service.jobs import JobError, Payload

M = TypeVar("M", bound=BaseModel)
RAW_FORMATS = {"text/plain": "text", "text/html": "html", "application/octet-stream": "auto"}


class AnalysisOptions(BaseModel):
    """How to analyse: the same switches as the CLI's."""

    model_config = ConfigDict(extra="forbid")
    stance: bool = Field(True, description="run the learned headline stance (~6 ms)")
    provenance: bool = Field(True, description="trace reuse in the corpus (with --db)")


class ArticleIn(BaseModel):
    """One article: plain ``text`` or a page's ``html``, with optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="the article as plain text; first line = headline")
    html: str | None = Field(None, description="a web page; its main content is extracted")
    title: str | None = Field(None, description="headline, when it is not in the text")
    date: str | None = Field(None, description="publication date (any common form)")
    url: str | None = None
    id: str | None = Field(None, description="your id for the article, echoed back")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        given = [name for name in ("text", "html") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError('give exactly one of "text" or "html"')
        if not (self.text or self.html or "").strip():
            raise ValueError(f'"{given[0]}" is empty')
        return self

    def payload(self, options: AnalysisOptions | None = None) -> Payload:
        return Payload(
            text=self.text,
            html=self.html,
            title=self.title,
            date=self.date,
            url=self.url,
            id=self.id,
            options=(options or AnalysisOptions()).model_dump(),
        )


class AnalyzeRequest(ArticleIn):
    options: AnalysisOptions = Field(default_factory=AnalysisOptions)


class BatchRequest(BaseModel):
    """Up to ``--max-batch`` articles analysed at once over all workers."""

    model_config = ConfigDict(extra="forbid")
    records: list[ArticleIn] = Field(min_length=1)
    options: AnalysisOptions = Field(default_factory=AnalysisOptions)


class TraceRequest(BaseModel):
    """An article to trace (``text`` or ``html``), or the id of one stored in the corpus."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    article_id: str | None = Field(None, description="a stored article's id instead of a text")

    @model_validator(mode="after")
    def _one_input(self) -> TraceRequest:
        given = [n for n in ("text", "html", "article_id") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError('give exactly one of "text", "html" or "article_id"')
        if not (getattr(self, given[0]) or "").strip():
            raise ValueError(f'"{given[0]}" is empty')
        return self


def one_line(error: ValidationError) -> str:
    """Pydantic's first complaint as one line: where, then what."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "__root__")
    message = str(first.get("msg", "invalid input")).removeprefix("Value error, ")
    return " ".join(f"{where}: {message}".split()) if where else " ".join(message.split())


def parse_json(model: type[M], body: bytes) -> M:
    """The body as ``model``, or JobError(422) with one line saying what is wrong."""
    if not body.strip():
        raise JobError(422, 'the request body is empty: send JSON like {"text": "…"} or a file')
    try:
        return model.model_validate_json(body)
    except ValidationError as error:
        raise JobError(422, one_line(error)) from None


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


async def payload_from(request, model: type[ArticleIn] = AnalyzeRequest) -> Payload:
    """A JSON article, a multipart file upload (field ``file``) or a raw text/HTML body."""
    kind = media_type(request.headers.get("content-type", ""))
    if kind == "multipart/form-data":
        return await _upload(request)
    body = await request.body()
    if kind in RAW_FORMATS:
        if not body.strip():
            raise JobError(422, "the request body is empty")
        name = request.query_params.get("name", "")
        return Payload(raw=body, filename=name, input_format=RAW_FORMATS[kind])
    if kind not in ("", "application/json") and not kind.endswith("+json"):
        raise JobError(
            415, f"cannot read {kind}: send application/json, multipart/form-data or text/plain"
        )
    parsed = parse_json(model, body)
    return parsed.payload(getattr(parsed, "options", None))


async def _upload(request) -> Payload:
    try:
        form = await request.form(max_files=1, max_fields=8)
    except Exception as error:  # python-multipart's many parse errors: one line for all
        raise JobError(422, f"cannot read the upload: {error}") from None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise JobError(422, 'the upload has no file: send it in a form field named "file"')
    raw = await upload.read()
    if not raw.strip():
        raise JobError(422, f"{upload.filename or 'the file'} is empty")
    options = AnalysisOptions()
    if isinstance(form.get("options"), str):
        try:
            options = AnalysisOptions.model_validate(json.loads(form["options"]))
        except (ValueError, ValidationError) as error:
            raise JobError(422, f"options: {error}") from None
    fields = {k: v for k in ("title", "date", "url", "id") if isinstance(v := form.get(k), str)}
    return Payload(raw=raw, filename=upload.filename or "", options=options.model_dump(), **fields)


def request_schema(model: type[BaseModel]) -> dict:
    """A model's JSON schema with its $defs inlined (OpenAPI resolves refs from its own root)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node):
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return inline(defs[ref.rsplit("/", 1)[1]])
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return inline(schema)
