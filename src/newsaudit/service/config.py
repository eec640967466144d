"""What an operator can set on `newsaudit serve`, in one place, with the defaults' reasons."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 8080
DEFAULT_MAX_BODY = 16 * 1024 * 1024  # a 1,000,000-character article as HTML, with markup
DEFAULT_MAX_BATCH = 32
DEFAULT_TIMEOUT = 60.0  # the largest article allowed takes ~45 s to parse on one core
DEFAULT_BODY_TIMEOUT = 30.0  # a client that has not sent its body by then is a slow loris


@dataclass(slots=True)
class ServiceConfig:
    """Service settings; see `newsaudit serve --help` for each one."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    db: str | None = None
    workers: int = 1
    queue: int | None = None  # jobs waiting beyond the running ones; default 8 per worker
    timeout: float = DEFAULT_TIMEOUT
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    max_body: int = DEFAULT_MAX_BODY
    max_batch: int = DEFAULT_MAX_BATCH
    max_chars: int | None = None
    max_tasks_per_worker: int | None = None  # recycle a worker after this many jobs

    @property
    def queue_size(self) -> int:
        return 8 * self.workers if self.queue is None else self.queue

    @property
    def capacity(self) -> int:
        """Jobs admitted at once: one running per worker plus the queue."""
        return self.workers + self.queue_size
