"""A real `newsaudit serve` in a child process for the service and page tests, and a tiny corpus.

The server binds port 0 and prints the port it got, so tests never race for a port; stopping
it checks that its worker processes are gone too.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "council_vote.txt"
START_SECONDS = 240  # spawning workers that load spaCy on a busy 2-core machine
_SERVING = re.compile(r"serving on (http://\S+?)/? ")

# An earlier wire story whose second and third paragraphs the example article reuses verbatim.
WIRE_COPY = (
    "RIVERTON (Example Wire) - The Riverton city council voted 7-2 on Tuesday to sell the "
    "municipal water utility to Clearstream Holdings for $48 million, ending months of debate "
    "over the future of the 90-year-old system.\n\n"
    "Mayor Dana Whitfield defended the sale after the vote, saying the city could not afford "
    "the $30 million in pipe repairs the utility needs over the next decade.\n\n"
    "The wire's own closing paragraph says nothing the later article repeats, about weather."
)
UNRELATED = (
    "The harbour authority closed the northern pier on Monday after a storm damaged its "
    "pilings. Ferries will use the southern terminal until the repairs end in the spring.\n\n"
    '"We expect to reopen by April," harbour master Lena Brandt said.'
)


def make_corpus(folder: Path, analyze: bool = True) -> str:
    """A SQLite corpus with the wire copy (dated first) and an unrelated story."""
    from newsaudit.corpus import ingest, open_store

    records = [
        {"id": "wire-1", "title": "Council sells water utility", "text": WIRE_COPY,
         "date": "2024-05-01", "url": "https://wire.example/water"},
        {"id": "harbour-1", "title": "Harbour pier closed", "text": UNRELATED,
         "date": "2024-04-02"},
    ]  # fmt: skip
    source = folder / "corpus.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    url = str(folder / "corpus.sqlite")
    with open_store(url, create=True) as store:
        ingest([str(source)], store, analyze=analyze, progress=False)
    return url


class Server:
    """`python -m newsaudit serve --port 0 …` as a child process, ready when /readyz says so."""

    def __init__(self, *args: str, log: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
        self.log = log
        self._log_handle = log.open("wb")
        command = [sys.executable, "-m", "newsaudit", "serve", "--port", "0", *args]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=self._log_handle,
            env=env,
            start_new_session=True,  # its own process group: nothing is left if it dies
        )
        self.url = self._wait_for_url()
        self.pids = self._wait_ready()

    def _output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            match = _SERVING.search(self._output())
            if match:
                return match.group(1)
            if self.process.poll() is not None:
                raise RuntimeError(f"newsaudit serve exited: {self._output()[-2000:]}")
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("newsaudit serve printed no address")

    def _wait_ready(self) -> list[int]:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"newsaudit serve exited: {self._output()[-2000:]}")
            try:
                response = httpx.get(self.url + "/readyz", timeout=5)
                if response.status_code == 200:
                    return response.json()["pids"]
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the workers did not become ready")

    def stop(self) -> list[int]:
        """Stop the server; return the pids (server or workers) still alive, after killing them."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=30)
        left = [pid for pid in [self.process.pid, *self.pids] if _alive(pid)]
        if left:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self._log_handle.close()
        return left


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie of ours counts as gone
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return False
