"""Shared fixtures. Data from ../shared is read in place; tests that need it skip without it."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run the same examples every time (the suite must be deterministic);
# HYPOTHESIS_PROFILE=explore draws new ones, to hunt for bugs on purpose.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "aleppo.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not beside the project)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "aleppo.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_report(seed_text):
    import newsaudit

    return newsaudit.analyze(seed_text)


@contextlib.contextmanager
def fail_after(seconds: int):
    """Fail, rather than hang, when a blocking call (a FIFO's open) never returns."""

    def expire(signum, frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
