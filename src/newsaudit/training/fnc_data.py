"""FNC-1's CSV files: reading bodies and stances, writing pairs back, and the by-body split.

Training and evaluation read FNC-1 through here; the runtime stance model
(``newsaudit.models.stance``) never reads CSV.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsaudit.errors import NewsauditError
from newsaudit.models.stance import LABELS, Pair

csv.field_size_limit(sys.maxsize)


def _exists(path: Path) -> None:
    if not Path(path).is_file():
        raise NewsauditError(f"{path} not found")


def read_bodies(path: Path) -> dict[str, str]:
    """FNC-1 bodies CSV (``Body ID,articleBody``) as {body id: text}."""
    _exists(path)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        _require(rows.fieldnames, ("Body ID", "articleBody"), path)
        return {row["Body ID"].strip(): row["articleBody"] for row in rows}


def read_pairs(path: Path) -> list[Pair]:
    """FNC-1 stances CSV (``Headline,Body ID[,Stance]``)."""
    _exists(path)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        _require(rows.fieldnames, ("Headline", "Body ID"), path)
        pairs = [
            Pair(r["Headline"], r["Body ID"].strip(), (r.get("Stance") or "").strip() or None)
            for r in rows
        ]
    bad = {p.label for p in pairs if p.label is not None and p.label not in LABELS}
    if bad:
        raise NewsauditError(f"{path}: unknown stance labels {sorted(bad)}")
    return pairs


def _require(found: Sequence[str] | None, needed: Iterable[str], path: Path) -> None:
    missing = [name for name in needed if name not in (found or ())]
    if missing:
        raise NewsauditError(f"{path}: missing CSV columns {missing}")


def read_folder(folder: Path) -> tuple[dict[str, str], list[Pair]]:
    """``train_bodies.csv`` and ``train_stances.csv`` from an FNC-1 folder."""
    folder = Path(folder)
    bodies, stances = folder / "train_bodies.csv", folder / "train_stances.csv"
    for path in (bodies, stances):
        if not path.exists():
            raise NewsauditError(f"{path} not found (expected the FNC-1 training files)")
    return read_bodies(bodies), read_pairs(stances)


def is_heldout(body_id: str, share: float = 0.2) -> bool:
    """Deterministic by-body split: a body and all its headlines fall on one side."""
    digest = hashlib.sha1(f"fnc1-body:{body_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def write_fnc_csvs(bodies: dict[str, str], pairs: Sequence[Pair], folder: Path) -> None:
    """Write pairs in FNC-1's two-file CSV format (for ``newsaudit eval stance``)."""
    folder.mkdir(parents=True, exist_ok=True)
    used = sorted({p.body_id for p in pairs}, key=lambda b: (len(b), b))
    with open(folder / "bodies.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerows([b, bodies[b]] for b in used)
    with open(folder / "stances.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerows([p.headline, p.body_id, p.label or ""] for p in pairs)
