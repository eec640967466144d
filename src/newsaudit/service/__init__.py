"""The web service and its page: `newsaudit serve` (FastAPI on uvicorn).

The event loop only parses requests and routes them; every analysis, trace and quote look-up
runs in a pool of worker processes that load the models once (`pool`, `jobs`). Admission,
body limits and security headers are in `limits`; the HTTP surface is `app`; the page is
plain HTML, CSS and JavaScript in `static/`, with nothing fetched from any other host.

>>> from newsaudit.service import ServiceConfig, create_app  # doctest: +SKIP
>>> app = create_app(ServiceConfig(workers=2))  # doctest: +SKIP
"""

from __future__ import annotations

from newsaudit.service.config import ServiceConfig


def create_app(config: ServiceConfig | None = None, pool=None):
    """The FastAPI application (imported lazily: FastAPI is the `service` extra)."""
    from newsaudit.service.app import create_app as _create_app

    return _create_app(config or ServiceConfig(), pool=pool)


__all__ = ["ServiceConfig", "create_app"]
