"""How far two blind labellings of one quantity sample agree.

    python benchmarks/quantity_agreement.py FIRST.tsv SECOND.tsv

Scores the second file as if it were the stage, against the first as gold, by the rule of
``newsaudit.evaluation.quantity_labels``: a ``none`` row is right when the other file has no
quantity row overlapping it; a quantity row is right when the other's row with the same span
(else the first overlapping it) has the same kind, unit, date and value (to 0.001). Then the
reverse, and the share of the spans both labelled that they read alike. Second labellings are
in ``benchmarks/data/agreement/``; no stage runs here.
"""

from __future__ import annotations

import sys
from pathlib import Path

Row = tuple[int, int, str, str, str, str]  # start, end, kind, value, unit, date as written


def load(path: str) -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "page\t")):
            continue
        page, start, end, kind, value, unit, day = line.split("\t")
        rows.setdefault(page, []).append((int(start), int(end), kind, value, unit, day))
    return rows


def same(a: Row, b: Row) -> bool:
    if (a[2], a[4], a[5]) != (b[2], b[4], b[5]) or (a[3] == "None") != (b[3] == "None"):
        return False
    return a[3] == "None" or abs(float(a[3]) - float(b[3])) < 1e-3


def _overlapping(row: Row, rows: list[Row]) -> list[Row]:
    hits = [r for r in rows if r[0] < row[1] and row[0] < r[1]]
    return [r for r in hits if r[:2] == row[:2]] + [r for r in hits if r[:2] != row[:2]]


def score(gold: dict[str, list[Row]], other: dict[str, list[Row]]) -> tuple[int, int]:
    """(right, total): ``other`` scored against ``gold`` as the stage would be."""
    right = total = 0
    for page, rows in gold.items():
        found = [r for r in other.get(page, []) if r[2] != "none"]
        for row in rows:
            total += 1
            hits = _overlapping(row, found)
            right += not hits if row[2] == "none" else bool(hits) and same(row, hits[0])
    return right, total


def both(a: dict[str, list[Row]], b: dict[str, list[Row]]) -> tuple[int, int]:
    """(alike, spans both labelled)."""
    alike = n = 0
    for page, rows in a.items():
        for row in rows:
            hits = _overlapping(row, b.get(page, []))
            if hits:
                n += 1
                alike += same(row, hits[0])
    return alike, n


def main(first: str, second: str) -> None:
    a, b = load(first), load(second)
    (r1, t1), (r2, t2), (alike, n) = score(a, b), score(b, a), both(a, b)
    print(
        f"{Path(second).name} scored on {Path(first).name}: {r1}/{t1} = {r1 / t1:.3f}; "
        f"reverse {r2}/{t2} = {r2 / t2:.3f}; both labelled {alike}/{n} = {alike / n:.3f}"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
