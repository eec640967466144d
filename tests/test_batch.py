"""analyze-batch: one line per item, error records, resume, crash safety, every input kind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import fail_after

from newsaudit.batch import BatchItem, load_output_state, open_batch_input, process_item, run_batch
from newsaudit.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _article(i: int) -> dict:
    return {
        "id": f"a{i}",
        "title": f"Council votes on plan {i}",
        "text": (
            f"The Riverton council voted on plan {i} on Monday, officials said.\n\n"
            f'"We listened to residents," said Mayor Ann Lee. About {i * 10} people attended.'
        ),
    }


def _jsonl(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _ids(path: Path) -> list[str]:
    return [line["id"] for line in _lines(path)]


def test_jsonl_reports_and_error_records(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [_article(1), "{not json", {"id": "empty", "text": ""}, [1, 2], _article(2)],
    )
    out = tmp_path / "out.jsonl"
    summary = run_batch(str(source), str(out), progress=False)
    assert (summary.done, summary.failed, summary.skipped) == (2, 3, 0)
    lines = {line["id"]: line for line in _lines(out)}
    assert set(lines) == {"a1", "line-2", "empty", "line-4", "a2"}
    assert "not valid JSON" in lines["line-2"]["error"]
    assert "no text" in lines["empty"]["error"]
    assert "not an object" in lines["line-4"]["error"]
    report = lines["a1"]
    assert report["schema"] == "newsaudit.report/1"
    assert report["text"].startswith("Council votes on plan 1\n\n")
    assert all("\n" not in line["error"] for line in lines.values() if "error" in line)


def test_rerun_skips_everything_already_done(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1), _article(2), {"id": "bad"}])
    out = tmp_path / "out.jsonl"
    run_batch(str(source), str(out), progress=False)
    before = out.read_bytes()
    summary = run_batch(str(source), str(out), progress=False)
    assert (summary.done, summary.failed, summary.skipped) == (0, 0, 3)  # errors are kept too
    assert out.read_bytes() == before


def test_truncated_last_line_is_dropped_and_redone(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(i) for i in range(1, 5)])
    out = tmp_path / "out.jsonl"
    run_batch(str(source), str(out), progress=False)
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(complete[:2]) + complete[2][: len(complete[2]) // 2], encoding="utf-8")
    state = load_output_state(out)
    assert state.dropped_tail and state.done == {"a1", "a2"}
    summary = run_batch(str(source), str(out), progress=False)
    assert (summary.done, summary.skipped) == (2, 2)
    assert sorted(_ids(out)) == ["a1", "a2", "a3", "a4"]  # no duplicate, none missing


def test_output_with_only_a_partial_line(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1)])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a1", "schema": "newsa', encoding="utf-8")
    run_batch(str(source), str(out), progress=False)
    assert _ids(out) == ["a1"]


def test_retry_errors_replaces_error_records(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1), {"id": "short", "text": "Tiny."}])
    out = tmp_path / "out.jsonl"
    first = run_batch(str(source), str(out), max_chars=60, progress=False)
    assert (first.done, first.failed) == (1, 1)  # a1 is over 60 characters
    assert "over the limit of 60" in _lines(out)[0]["error"]
    second = run_batch(str(source), str(out), retry_errors=True, progress=False)
    assert (second.done, second.failed, second.skipped) == (1, 0, 1)
    lines = _lines(out)
    assert sorted(line["id"] for line in lines) == ["a1", "short"]
    assert not any("error" in line for line in lines)


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1), _article(1), _article(1)])
    out = tmp_path / "out.jsonl"
    run_batch(str(source), str(out), progress=False)
    assert _ids(out) == ["a1", "a1#2", "a1#3"]
    assert run_batch(str(source), str(out), progress=False).skipped == 3


def test_directory_input(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    record = _article(1)
    (folder / "one.txt").write_text(f"{record['title']}\n\n{record['text']}", encoding="utf-8")
    (folder / "sub" / "two.json").write_text(json.dumps(_article(2)), encoding="utf-8")
    (folder / "three.html").write_text(
        f"<html><head><title>Plan 3</title></head><body><article><h1>Plan 3</h1>"
        f"<p>{record['text']}</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a listed extension: ignored
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(str(folder), str(out), progress=False)
    lines = {line["id"]: line for line in _lines(out)}
    assert set(lines) == {"empty.txt", "one.txt", "sub/two.json", "three.html"}
    assert (summary.done, summary.failed) == (3, 1)
    assert "is empty" in lines["empty.txt"]["error"]
    assert lines["three.html"]["article"]["format"] == "html"


def test_csv_and_json_array_inputs(tmp_path: Path) -> None:
    csv_path = tmp_path / "in.csv"
    csv_path.write_text(
        'article_id,headline,body\n9,Plan nine,"The council voted, officials said."\n'
        ',Plan ten,"The mayor said ""no"" on Monday."\n',
        encoding="utf-8",
    )
    out = tmp_path / "csv.jsonl"
    run_batch(str(csv_path), str(out), progress=False)
    assert _ids(out) == ["9", "row-2"]
    array = tmp_path / "in.json"
    array.write_text(json.dumps([_article(1), {"headline": "Only a title"}]), encoding="utf-8")
    out = tmp_path / "json.jsonl"
    run_batch(str(array), str(out), progress=False)
    assert _ids(out) == ["a1", "item-2"]


def test_open_batch_input_counts_and_kinds(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1), "", _article(2)])
    batch = open_batch_input(str(source))
    assert (batch.kind, batch.total) == ("jsonl", 2)
    assert [item.id for item in batch.items] == ["a1", "a2"]
    single = tmp_path / "story.txt"
    single.write_text("Headline\n\nBody.", encoding="utf-8")
    assert open_batch_input(str(single)).kind == "file"


def test_process_item_turns_a_crash_into_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsaudit.pipeline

    def explode(article: object, **options: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(newsaudit.pipeline, "analyze", explode)
    result = process_item(BatchItem("x", record=_article(1)))
    assert result.failed
    assert json.loads(result.line) == {
        "id": "x",
        "error": "internal error: RuntimeError: boom second line",
    }


def test_cli_summary_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(1), "oops"])
    out = tmp_path / "out.jsonl"
    assert main(["analyze-batch", str(source), "-o", str(out), "--quiet"]) == 0
    summary = capsys.readouterr().out.strip()
    assert summary.startswith("analyze-batch: 1 done, 0 skipped, 1 failed in ")
    assert summary.endswith("articles/s)")


@pytest.mark.slow
def test_two_workers(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [_article(i) for i in range(1, 6)] + ["bad"])
    out = tmp_path / "out.jsonl"
    summary = run_batch(str(source), str(out), workers=2, progress=False)
    assert (summary.done, summary.failed) == (5, 1)
    assert sorted(_ids(out)) == ["a1", "a2", "a3", "a4", "a5", "line-6"]


@pytest.mark.slow
def test_kill_minus_nine_then_resume(tmp_path: Path) -> None:
    """A real SIGKILL mid-run: the re-run completes with every id exactly once."""
    source = _jsonl(tmp_path / "in.jsonl", [_article(i) for i in range(1, 41)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsaudit", "analyze-batch", str(source), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("the batch finished before it could be killed")
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    written = len(out.read_bytes().splitlines())
    assert 3 <= written < 40
    result = subprocess.run([*command, "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    ids = _ids(out)
    assert sorted(ids) == sorted(f"a{i}" for i in range(1, 41))  # none lost, none twice
    assert f"{written - 1} skipped" in result.stdout or f"{written} skipped" in result.stdout


def test_no_stance_batch_leaves_stance_out(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "title": "Council sells utility", "text": "The council voted."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    summary = run_batch(str(source), str(out), progress=False, stance=False)
    assert summary.done == 1
    [report] = [json.loads(line) for line in out.read_text().splitlines()]
    assert [h["stance"] for h in report["headline"]] == [None]


def test_a_second_run_on_the_same_output_is_refused_while_the_first_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """Two runs on one output would write every id twice: the second exits 2, one line."""
    from newsaudit.batch import lock_output

    data = _jsonl(tmp_path / "in.jsonl", [_article(i) for i in range(2)])
    out = tmp_path / "out.jsonl"
    held = lock_output(out)  # as a first run does for as long as it runs
    try:
        code = main(["analyze-batch", str(data), "-o", str(out), "--quiet"])
    finally:
        os.close(held)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "another analyze-batch is writing" in err[0]
    assert not out.exists()
    assert main(["analyze-batch", str(data), "-o", str(out), "--quiet"]) == 0  # lock released
    assert sorted(_ids(out)) == ["a0", "a1"]


def test_resume_drops_ids_written_twice(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """An output two runs wrote at once (every id twice, an error before a report) is repaired:
    one line per id, the report kept over the error record."""
    data = _jsonl(tmp_path / "in.jsonl", [_article(i) for i in range(3)])
    out = tmp_path / "out.jsonl"
    run_batch(str(data), str(out), progress=False)
    lines = out.read_text(encoding="utf-8").splitlines()
    error = json.dumps({"id": "a1", "error": "a worker process died"})
    out.write_text("\n".join([error, *lines, *lines]) + "\n", encoding="utf-8")
    summary = run_batch(str(data), str(out), progress=False)
    assert (summary.done, summary.skipped) == (0, 3)
    assert sorted(_ids(out)) == ["a0", "a1", "a2"]
    assert all("error" not in line for line in _lines(out))
    assert "dropped 4 repeated lines" in capsys.readouterr().err
    state = load_output_state(out)
    assert (state.duplicates, state.dropped_lines, len(state.done)) == (0, 0, 3)


def test_batch_output_through_a_symlink_and_into_a_fifo(tmp_path: Path) -> None:
    """A symlinked output is written through (the link stays); a FIFO is written into, never
    replaced (as /dev/null must be)."""
    import stat
    import threading

    data = _jsonl(tmp_path / "in.jsonl", [_article(0)])
    real = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    run_batch(str(data), str(link), progress=False)
    assert link.is_symlink() and _ids(real) == ["a0"]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with fail_after(60):  # opening a FIFO to read it back would wait for ever
        run_batch(str(data), str(fifo), progress=False)
    reader.join(timeout=30)
    assert json.loads(received[0])["id"] == "a0"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
