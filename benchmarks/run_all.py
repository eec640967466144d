"""`make bench`: every benchmark script in this folder, one after the other (never in parallel,
so they do not disturb each other's timings)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["analyze_speed.py"]


def main() -> int:
    scripts = ORDER + sorted(
        p.name
        for p in HERE.glob("*.py")
        if p.name not in ORDER and p.name != "run_all.py" and not p.name.startswith("_")
    )
    failed = 0
    for name in scripts:
        print(f"== {name}", flush=True)
        failed += subprocess.call([sys.executable, str(HERE / name)]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
