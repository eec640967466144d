"""The worker pool: analyses run in processes that load the models once, never on the event loop.

A request is admitted only while fewer than ``capacity`` jobs are in flight (running or
queued); beyond that it gets 503 and a Retry-After estimated from recent job times. A job that
outlives its timeout gets 504, but keeps its place until its worker is really free again, so
the bound on queued work stays true. A dead worker (killed, out of memory) breaks the pool:
the requests it held get 503 and a fresh pool takes over.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from newsaudit.service.config import ServiceConfig
from newsaudit.service.jobs import JobError, init_worker, warm

T = TypeVar("T")
WORKER_DIED = "a worker process died (out of memory or killed); try again"


class Busy(Exception):
    """The queue is full: answer 503 with this Retry-After (seconds)."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the server is busy; retry after {retry_after} s")
        self.retry_after = retry_after


class Admission:
    """A counter of jobs in flight with a hard ceiling (the bounded queue)."""

    def __init__(self, capacity: int, workers: int) -> None:
        self.capacity = capacity
        self.workers = max(1, workers)
        self.in_flight = 0
        self.rejected = 0
        self.completed = 0
        self._mean_seconds = 1.0  # running mean of job times, for Retry-After
        self._lock = threading.Lock()

    def acquire(self, n: int = 1) -> None:
        with self._lock:
            if self.in_flight + n > self.capacity:
                self.rejected += 1
                raise Busy(self.retry_after())
            self.in_flight += n

    def release(self, seconds: float | None = None) -> None:
        with self._lock:
            self.in_flight = max(0, self.in_flight - 1)
            if seconds is not None:
                self.completed += 1
                self._mean_seconds += (seconds - self._mean_seconds) * 0.1

    def retry_after(self) -> int:
        """Seconds until about one worker's share of the queue has drained."""
        waves = max(1.0, self.in_flight / self.workers)
        return int(min(60, max(1, math.ceil(waves * self._mean_seconds))))


class WorkerPool:
    """A process pool with admission control, timeouts and replacement of a broken pool."""

    def __init__(
        self,
        config: ServiceConfig,
        executor_factory: Callable[[ServiceConfig], Executor] | None = None,
    ) -> None:
        self.config = config
        self._factory = executor_factory or _process_pool
        self.admission = Admission(config.capacity, config.workers)
        self.timeouts = 0
        self._executor: Executor | None = None
        self._warm: list[Future] = []
        self._lock = threading.Lock()

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Start the workers; each loads the models, and `ready` turns true when all have."""
        with self._lock:
            self._executor = self._factory(self.config)
            self._warm = [self._executor.submit(warm) for _ in range(self.config.workers)]

    def shutdown(self) -> None:
        """Stop every worker: queued jobs are dropped, running ones are ended."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)

    def _replace(self, broken: Executor) -> None:
        with self._lock:
            if self._executor is not broken:
                return  # another request already replaced it
        broken.shutdown(wait=False, cancel_futures=True)
        self.start()

    # -- state -----------------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        warm_up = list(self._warm)
        return bool(warm_up) and all(f.done() and f.exception() is None for f in warm_up)

    def pids(self) -> list[int]:
        executor = self._executor
        processes = (getattr(executor, "_processes", None) or {}) if executor else {}
        return sorted(p.pid for p in processes.values() if p.pid is not None)

    def stats(self) -> dict:
        return {
            "ready": self.ready,
            "workers": self.config.workers,
            "capacity": self.admission.capacity,
            "in_flight": self.admission.in_flight,
            "completed": self.admission.completed,
            "rejected": self.admission.rejected,
            "timeouts": self.timeouts,
            "rss_mb": {"server": rss_mb(os.getpid())}
            | {str(pid): rss_mb(pid) for pid in self.pids()},
        }

    # -- running jobs ----------------------------------------------------------------------------
    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run one job in a worker; JobError for its failure, Busy when the queue is full."""
        self.admission.acquire(1)
        return await self._submit(fn, args, self.config.timeout)

    async def run_many(self, fn: Callable[..., T], calls: list[tuple]) -> list[T | JobError]:
        """Several jobs admitted together (all or none), run on all workers, results in order."""
        self.admission.acquire(len(calls))
        waves = math.ceil(len(calls) / self.config.workers)
        deadline = self.config.timeout * max(1, waves)
        tasks = [self._submit(fn, args, deadline) for args in calls]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        out: list[T | JobError] = []
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, JobError):
                result = JobError(500, f"internal error: {type(result).__name__}: {result}")
            out.append(result)
        return out

    async def _submit(self, fn: Callable[..., T], args: tuple, timeout: float) -> T:
        executor = self._executor
        started = time.perf_counter()
        try:
            if executor is None:
                raise RuntimeError("the pool is not running")
            future = executor.submit(fn, *args)
        except (BrokenProcessPool, RuntimeError):
            self.admission.release()
            if executor is not None:
                self._replace(executor)
            raise JobError(503, WORKER_DIED) from None
        future.add_done_callback(lambda f: self._done(f, started))
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout)
        except TimeoutError:
            future.cancel()  # frees the place at once if it had not started
            self.timeouts += 1
            raise JobError(504, f"the analysis took longer than {timeout:g} s") from None
        except BrokenProcessPool:
            self._replace(executor)
            raise JobError(503, WORKER_DIED) from None

    def _done(self, future: Future, started: float) -> None:
        """Runs in the pool's thread when a job really ends (or is cancelled before it ran)."""
        seconds = None if future.cancelled() else time.perf_counter() - started
        self.admission.release(seconds)


def _process_pool(config: ServiceConfig) -> ProcessPoolExecutor:
    """Spawned workers (never forked from a threaded server), each loading the models once."""
    return ProcessPoolExecutor(
        config.workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(config.db,),
        max_tasks_per_child=config.max_tasks_per_worker,
    )


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MB (Linux /proc), None where unavailable."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None
