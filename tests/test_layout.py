"""Runtime code never imports the offline code (evaluation, training), so it cannot cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import newsaudit

PACKAGE = Path(newsaudit.__file__).parent
OFFLINE = ("newsaudit.evaluation", "newsaudit.training")
INTERFACES = {"cli.py", "__main__.py"}  # commands may call both sides


def imported_modules(path: Path) -> set[str]:
    """Every module an import statement in the file names, at any depth (lazy imports too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def runtime_files() -> list[Path]:
    skip = {PACKAGE / "evaluation", PACKAGE / "training", PACKAGE / "commands"}
    return [
        p
        for p in PACKAGE.rglob("*.py")
        if not any(d in p.parents for d in skip) and p.name not in INTERFACES
    ]


def test_scan_sees_lazy_imports() -> None:
    path = PACKAGE / "training" / "quote_filter.py"
    assert "newsaudit.evaluation.quotes" in imported_modules(path)


def test_runtime_never_imports_evaluation_or_training() -> None:
    files = runtime_files()
    assert any(p.name == "assemble.py" and p.parent.name == "quotes" for p in files)
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(m for m in imported_modules(p) if m.startswith(OFFLINE))
        for p in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}
