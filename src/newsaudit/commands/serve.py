"""`newsaudit serve`: the web service and its page (FastAPI on uvicorn, analysis in processes)."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys

from newsaudit.errors import InputError


def register(groups: dict) -> None:
    """Add the top-level ``serve`` command."""
    from newsaudit.service.config import (
        DEFAULT_BODY_TIMEOUT,
        DEFAULT_MAX_BATCH,
        DEFAULT_MAX_BODY,
        DEFAULT_PORT,
        DEFAULT_TIMEOUT,
    )
    from newsaudit.service.protocol import HEADER_TIMEOUT

    parser = groups[""].add_parser(
        "serve",
        help="run the web service and its page",
        description=(
            "Serve the API (/api/v1/…, docs at /docs) and the page at /. Analyses run in "
            "--workers processes that load the models once."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT,
        help="port (default: %(default)s; 0 picks a free one and prints it)",
    )  # fmt: skip
    parser.add_argument(
        "--db", metavar="CORPUS", help="corpus store: enables trace, quotes, provenance"
    )
    parser.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--queue", type=_non_negative, metavar="N",
        help="jobs that may wait beyond the running ones before 503 (default: 8 per worker)",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="S",
        help="per-request analysis timeout in seconds (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--body-timeout", type=_seconds, default=DEFAULT_BODY_TIMEOUT, metavar="S",
        help="seconds a client has to send its body (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--header-timeout", type=_seconds, default=HEADER_TIMEOUT, metavar="S",
        help="seconds a connection has to send a request's headers (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--max-body", type=_positive, default=DEFAULT_MAX_BODY, metavar="BYTES",
        help="largest request body (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--max-batch", type=_positive, default=DEFAULT_MAX_BATCH, metavar="N",
        help="most records in one analyze-batch request (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--max-chars", type=_positive, metavar="N",
        help="largest article in characters (default: $NEWSAUDIT_MAX_CHARS or 1000000)",
    )  # fmt: skip
    parser.add_argument(
        "--max-tasks-per-worker", type=_positive, metavar="N",
        help="replace a worker process after N jobs (default: never)",
    )  # fmt: skip
    parser.add_argument(
        "--log-level", default="warning", choices=("debug", "info", "warning", "error")
    )
    parser.set_defaults(func=run)


def _number(kind, check, what):
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not {what}") from None
        if not check(number):
            raise argparse.ArgumentTypeError(f"{value!r} is not {what}")
        return number

    return parse


_port = _number(int, lambda n: 0 <= n <= 65535, "a port number (0-65535)")
_positive = _number(int, lambda n: n >= 1, "a whole number of at least 1")
_non_negative = _number(int, lambda n: n >= 0, "a whole number of at least 0")
_seconds = _number(float, lambda n: n > 0, "a positive number of seconds")


def _listen(host: str, port: int) -> socket.socket:
    """Bind before starting anything, so a taken port is one clear line, not a stack."""
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        family = socket.AF_INET  # a host name: resolve it as IPv4
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from newsaudit.ingest import max_article_chars
    from newsaudit.service import ServiceConfig, create_app

    max_article_chars(args.max_chars)  # a bad $NEWSAUDIT_MAX_CHARS fails here, in one line
    if args.db:
        from newsaudit.corpus import open_store

        open_store(args.db).close()  # a missing or unreadable store fails now, not per request
    sock = _listen(args.host, args.port)
    host, port = sock.getsockname()[:2]
    config = ServiceConfig(
        host=host, port=port, db=args.db, workers=args.workers, queue=args.queue,
        timeout=args.timeout, body_timeout=args.body_timeout, max_body=args.max_body,
        max_batch=args.max_batch, max_chars=args.max_chars,
        max_tasks_per_worker=args.max_tasks_per_worker,
    )  # fmt: skip
    if not ipaddress.ip_address(host).is_loopback:
        print(
            f"newsaudit: warning: listening on {host}, reachable from other hosts", file=sys.stderr
        )
    shown = f"[{host}]" if ":" in host else host
    print(
        f"newsaudit: serving on http://{shown}:{port}/ (workers: {args.workers})",
        file=sys.stderr,
        flush=True,
    )
    from newsaudit.service.protocol import with_header_timeout

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            http=with_header_timeout(args.header_timeout),  # slow-loris sockets are closed
            log_level=args.log_level,
            timeout_keep_alive=5,
            limit_concurrency=1024,  # sockets beyond this get 503 from uvicorn itself
            timeout_graceful_shutdown=10,
            access_log=args.log_level in ("debug", "info"),
        )
    )
    server.run(sockets=[sock])
    return 0
