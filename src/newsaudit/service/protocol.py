"""uvicorn's h11 protocol with a deadline for a request's headers (slow-loris defence).

uvicorn times out idle keep-alive connections but not a client that dribbles its headers a
byte at a time; each such socket would stay open for ever. Here every connection must complete
its request line and headers within ``HEADER_TIMEOUT`` seconds of connecting, or of the end of
its previous response; otherwise it is closed. The body has its own deadline (`BodyLimit`).
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0


class HeaderDeadlineProtocol(H11Protocol):
    """H11Protocol that closes a connection whose request headers do not arrive in time."""

    header_timeout = HEADER_TIMEOUT
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _headers_late(self) -> None:
        """Close the connection if it is still waiting for a request's headers."""
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return  # a request is being read or served: the body and job deadlines apply
        if self.conn.our_state is h11.IDLE:
            self.conn.send(h11.ConnectionClosed())
        self.transport.close()


def with_header_timeout(seconds: float) -> type[HeaderDeadlineProtocol]:
    """The protocol class uvicorn instantiates per connection, with this deadline."""
    return type("HeaderDeadlineProtocol", (HeaderDeadlineProtocol,), {"header_timeout": seconds})
