"""Load on `newsaudit serve` over loopback: 8 clients for 60 s on BBC articles, per --workers.

For each worker count it starts its own server on 127.0.0.1 (port 0), warms it up, then runs
``--clients`` concurrent httpx clients for ``--seconds`` (at most ``--max-requests``), while
three hostile clients run beside them: one sends a 50 MB body, one a 50 MB chunked body, and
``--loris`` slow-loris sockets dribble their headers or body a byte at a time. It reports
errors (must be 0), p50/p95 latency, throughput, the ratio to `newsaudit analyze-batch` on the
same articles measured in the same run (the machine is shared and noisy: only ratios within one
run mean something), and the memory of the server and its workers after warm-up and at the end.

Usage: python benchmarks/service_load.py [--workers 1,2] [--seconds 60] [--clients 8] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared/data/corpora/bbc/articles.jsonl"
HOST = "127.0.0.1"  # loopback only, by construction: the benchmark starts its own server
BIG_BODY = 50 * 1024 * 1024
BATCH_OFFSET = 5  # analyze-batch is timed on N and on this many articles: the difference
# removes its start-up (spawning workers, loading models), which the ready server has paid


def load_texts(path: Path, limit: int) -> list[str]:
    """The normalised text of each article, so the server and analyze-batch see the same."""
    from newsaudit.ingest import article_from_record

    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(article_from_record(json.loads(line)).text)
            if len(texts) >= limit:
                break
    return texts


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def batch_rate(texts: list[str], workers: int, folder: Path) -> float:
    """analyze-batch articles/s on these texts, its start-up taken out (see BATCH_OFFSET)."""

    def seconds(n: int) -> float:
        source = folder / f"in{n}.jsonl"
        source.write_text(
            "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts[:n])),
            encoding="utf-8",
        )
        out = folder / f"out{n}-{workers}.jsonl"
        out.unlink(missing_ok=True)
        command = [sys.executable, "-m", "newsaudit", "analyze-batch", str(source), "-o", str(out)]
        started = time.perf_counter()
        subprocess.run([*command, "--workers", str(workers), "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        return time.perf_counter() - started

    small, full = seconds(BATCH_OFFSET), seconds(len(texts))
    return (len(texts) - BATCH_OFFSET) / max(1e-9, full - small)


class Server:
    def __init__(self, workers: int, log: Path) -> None:
        self.log = log
        handle = log.open("wb")
        command = [sys.executable, "-m", "newsaudit", "serve", "--host", HOST, "--port", "0"]
        self.process = subprocess.Popen(
            [*command, "--workers", str(workers)],
            stdout=subprocess.DEVNULL, stderr=handle, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            found = re.search(r"serving on http://([\d.]+):(\d+)", log.read_text())
            if found:
                self.port = int(found.group(2))
                self.url = f"http://{HOST}:{self.port}"
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        raise RuntimeError(f"the server did not start: {log.read_text()[-1000:]}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


async def wait_ready(client, url: str) -> None:
    for _ in range(1500):
        try:
            if (await client.get(url + "/readyz")).status_code == 200:
                return
        except Exception:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the workers did not become ready")


async def memory(client, url: str) -> dict:
    stats = (await client.get(url + "/api/v1/stats")).json()
    values = {k: v for k, v in stats["rss_mb"].items() if v is not None}
    return {"total_mb": round(sum(values.values()), 1), "per_process_mb": values}


async def big_body(port: int, chunked: bool) -> dict:
    """Send 50 MB (declared, or chunked without a length) on a raw socket, reading the answer
    while sending: the server answers 413 and closes without reading it all."""
    reader, writer = await asyncio.open_connection(HOST, port)
    head = f"POST /api/v1/analyze HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: text/plain\r\n"
    if chunked:
        head += "Transfer-Encoding: chunked\r\n\r\n"
    else:  # as curl does for a large body: wait a moment for an early answer before sending
        head += f"Content-Length: {BIG_BODY}\r\nExpect: 100-continue\r\n\r\n"
    started = time.perf_counter()
    answer = asyncio.ensure_future(reader.readline())
    sent = 0
    try:
        writer.write(head.encode())
        if not chunked:
            await asyncio.wait([answer], timeout=1.0)
        block = b"a" * 65536
        while sent < BIG_BODY and not answer.done():
            writer.write(b"10000\r\n" + block + b"\r\n" if chunked else block)
            await writer.drain()
            sent += len(block)
        if chunked and not answer.done():
            writer.write(b"0\r\n\r\n")
    except (ConnectionError, OSError):
        pass  # closed by the server after its answer
    try:
        status_line = (await asyncio.wait_for(answer, 30)).decode(errors="replace").split()
        status = int(status_line[1]) if len(status_line) > 1 else "closed"
    except (TimeoutError, ConnectionError, OSError):
        status = "no answer"
    writer.close()
    return {"status": status, "mb_sent": round(sent / 2**20, 1),
            "s": round(time.perf_counter() - started, 2)}  # fmt: skip


async def big_bodies(port: int) -> dict:
    return {"declared": await big_body(port, False), "chunked": await big_body(port, True)}


async def slow_loris(port: int, sockets: int, seconds: float) -> dict:
    """Half of the sockets dribble headers, half a declared body, one byte a second; count
    the ones the server answers (408) or closes (the header deadline) before we give up."""
    opened, closed_by_server = 0, 0

    async def one(index: int) -> None:
        nonlocal opened, closed_by_server
        reader, writer = await asyncio.open_connection(HOST, port)
        opened += 1
        if index % 2:
            head = f"POST /api/v1/analyze HTTP/1.1\r\nHost: {HOST}\r\n"
            head += "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
            writer.write(head.encode())
        else:
            writer.write(b"GET /healthz HTTP/1.1\r\n")
        end = time.monotonic() + seconds
        try:
            while time.monotonic() < end:
                writer.write(b"x" if index % 2 else b"X-a: b\r\n"[:1])
                await writer.drain()
                try:
                    await asyncio.wait_for(reader.read(1024), 1.0)
                except TimeoutError:
                    continue
                closed_by_server += 1  # an answer (408) or a closed socket
                return
        except (ConnectionError, OSError):
            closed_by_server += 1
        finally:
            writer.close()

    await asyncio.gather(*(one(i) for i in range(sockets)), return_exceptions=True)
    return {"sockets": sockets, "opened": opened, "answered_or_closed_by_server": closed_by_server}


async def load(url: str, port: int, texts: list[str], args) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=args.clients + 4)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await wait_ready(client, url)
        ready = await memory(client, url)

        async def warm(offset: int) -> None:  # every distinct article once: new words grow
            for text in texts[offset :: args.clients]:  # spaCy's string store, then it is flat
                await client.post(url + "/api/v1/analyze", json={"text": text})

        await asyncio.gather(*(warm(k) for k in range(args.clients)))
        before = await memory(client, url)
        latencies: list[float] = []
        errors: list[str] = []
        sent = 0
        deadline = time.monotonic() + args.seconds

        async def worker(offset: int) -> None:
            nonlocal sent
            i = offset
            while time.monotonic() < deadline and sent < args.max_requests:
                sent += 1
                text = texts[i % len(texts)]
                i += args.clients
                started = time.perf_counter()
                try:
                    response = await client.post(url + "/api/v1/analyze", json={"text": text})
                    ok = response.status_code == 200 and response.json()["text"] == text
                    if not ok:
                        errors.append(f"{response.status_code}: {response.text[:100]}")
                except Exception as error:
                    errors.append(f"{type(error).__name__}: {error}")
                    continue
                latencies.append(time.perf_counter() - started)

        samples: list[float] = []

        async def sample_memory() -> None:
            while time.monotonic() < deadline:
                samples.append((await memory(client, url))["total_mb"])
                await asyncio.sleep(min(10.0, args.seconds / 6))

        started = time.perf_counter()
        results = await asyncio.gather(
            *(worker(k) for k in range(args.clients)),
            big_bodies(port),
            slow_loris(port, args.loris, min(args.seconds, 40)),
            sample_memory(),
        )
        elapsed = time.perf_counter() - started
        health = (await client.get(url + "/healthz")).status_code
        after = await memory(client, url)
    return {
        "requests": len(latencies) + len(errors),
        "errors": len(errors),
        "error_examples": errors[:3],
        "seconds": round(elapsed, 1),
        "throughput": round(len(latencies) / elapsed, 2),
        "p50_ms": round(1000 * percentile(latencies, 0.5), 1) if latencies else None,
        "p95_ms": round(1000 * percentile(latencies, 0.95), 1) if latencies else None,
        "mean_ms": round(1000 * statistics.fmean(latencies), 1) if latencies else None,
        "big_bodies": results[args.clients],
        "slow_loris": results[args.clients + 1],
        "healthz_after": health,
        "memory_when_ready": ready,
        "memory_after_warm_up": before,
        "memory_at_end": after,
        "memory_samples_mb": samples,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=200, help="distinct articles sent")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=20_000, help="stop after this many")
    parser.add_argument("--loris", type=int, default=20, help="slow-loris sockets")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (../shared is not beside the project)")
        return 0
    try:
        import httpx  # noqa: F401
    except ImportError:
        print("skipped: needs httpx (the service extra)")
        return 0
    texts = load_texts(args.data, args.limit)
    results = []
    with tempfile.TemporaryDirectory(prefix="newsaudit-load-") as tmp:
        folder = Path(tmp)
        for workers in [int(w) for w in args.workers.split(",")]:
            rate_before = batch_rate(texts, workers, folder)
            server = Server(workers, folder / f"serve-{workers}.log")
            try:
                measured = asyncio.run(load(server.url, server.port, texts, args))
            finally:
                server.stop()
            rate_after = batch_rate(texts, workers, folder)  # before and after: the noise
            rate = (rate_before + rate_after) / 2
            measured.update(
                workers=workers,
                batch_throughput=round(rate, 2),
                batch_before_after=[round(rate_before, 2), round(rate_after, 2)],
                ratio_to_batch=round(measured["throughput"] / rate, 3) if rate else None,
            )
            results.append(measured)
            if not args.json:
                print(_line(measured), flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
    return 1 if any(r["errors"] for r in results) else 0


def _line(r: dict) -> str:
    mem0, mem1 = r["memory_after_warm_up"]["total_mb"], r["memory_at_end"]["total_mb"]
    ready = r["memory_when_ready"]["total_mb"]
    return (
        f"workers {r['workers']}: {r['requests']} requests in {r['seconds']} s, "
        f"errors {r['errors']}, {r['throughput']} articles/s (analyze-batch "
        f"{r['batch_throughput']}/s {r['batch_before_after']}, ratio {r['ratio_to_batch']}), "
        f"p50 {r['p50_ms']} ms, "
        f"p95 {r['p95_ms']} ms, memory {ready} (ready) / {mem0} (warm) -> {mem1} MB "
        f"({r['memory_samples_mb']}); 50 MB "
        f"bodies {r['big_bodies']['declared']['status']} / {r['big_bodies']['chunked']['status']}; "
        f"slow loris {r['slow_loris']}; healthz after {r['healthz_after']}"
    )


if __name__ == "__main__":
    sys.exit(main())
