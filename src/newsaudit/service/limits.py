"""Request limits and security headers, as plain ASGI middleware in front of the application.

`BodyLimit` reads the whole body before the application sees it: over ``max_body`` bytes is
413 (at once when Content-Length says so; the rest is read and dropped for up to 2 s unless the
client sent Expect: 100-continue, so that it sees the answer instead of a reset), a body not
received within ``body_timeout`` is 408 (a slow-loris client holds one socket, never a worker).
`Headers` sets a strict Content-Security-Policy and friends on every response.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

DRAIN_SECONDS = 2.0  # how long an oversized chunked body is read (and dropped) before the 413

# The page's policy: its own scripts, styles and API only; nothing inline, no other host.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
# Swagger UI sets inline styles; its scripts are still our own files.
DOCS_CSP = PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
# The self-contained HTML report: inline styles only, no script at all.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


async def send_error(send, status: int, message: str, headers: tuple = ()) -> None:
    """A JSON error ``{"error": "one line"}`` straight on the ASGI channel."""
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Buffer each request body up to a limit and a deadline, then replay it to the app."""

    def __init__(self, app, max_body: int, body_timeout: float) -> None:
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await send_error(send, 400, "the Content-Length header is not a number")
                return
            if size > self.max_body:
                if headers.get(b"expect", b"").lower() != b"100-continue":
                    await self._drain(receive)  # the client is sending it anyway
                await send_error(send, 413, self._too_large())
                return
        try:
            body = await asyncio.wait_for(self._read(receive), self.body_timeout)
        except TimeoutError:
            await send_error(
                send, 408, f"the request body did not arrive within {self.body_timeout:g} s"
            )
            return
        except _TooLarge:
            await self._drain(receive)  # so the client is listening when the 413 comes
            await send_error(send, 413, self._too_large())
            return
        except _Disconnected:
            return
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect

        await self.app(scope, replay, send)

    async def _read(self, receive) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _drain(self, receive) -> None:
        """Read and drop the rest of an oversized body, for at most DRAIN_SECONDS: closing
        with unread data resets the connection, and the client would never see the 413."""

        async def drop() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect" or not message.get("more_body"):
                    return

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(drop(), DRAIN_SECONDS)

    def _too_large(self) -> str:
        return f"the request body is over the limit of {self.max_body:,} bytes"


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class Headers:
    """Security headers on every response; the policy depends on what is served."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        policy = DOCS_CSP if path.startswith("/docs") else PAGE_CSP

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", policy.encode()))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
