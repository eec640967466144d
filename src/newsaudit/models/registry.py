"""Optional learned models: the analysis works without them and says so in the report.

Each model module exposes plain functions and raises `ModelMissingError` when its artifact is
absent; here that becomes a note, so a half-installed checkout still analyses articles.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsaudit.errors import ModelMissingError

_MISSING: dict[str, str] = {}


def call_model(module: str, function: str, *args: Any) -> Any | None:
    """Call ``newsaudit.models.<module>.<function>``; None (and a note) if it is unavailable."""
    if module in _MISSING:
        return None
    try:
        target: Callable[..., Any] = getattr(
            importlib.import_module(f"newsaudit.models.{module}"), function
        )
        with _trusted_inputs():
            return target(*args)
    except (ImportError, AttributeError, ModelMissingError) as error:
        _MISSING[module] = str(error) or type(error).__name__
        return None


def _trusted_inputs():
    """scikit-learn's per-call parameter and finiteness checks turned off: our models build
    their own inputs (hashed counts of text), and on one article the checks cost more than the
    hashing."""
    try:
        import sklearn
    except ImportError:
        return contextlib.nullcontext()
    return sklearn.config_context(skip_parameter_validation=True, assume_finite=True)


def missing_models() -> dict[str, str]:
    """Models that could not be used in this process, with the reason."""
    return dict(_MISSING)


def artifact_path(path: str | None, default: Path, what: str, train_command: str) -> Path:
    """The given or shipped artifact; missing, a one-line error that names the train command."""
    target = Path(path) if path else default
    if not target.exists():
        raise ModelMissingError(f"{what} model not found at {target}: run `{train_command}`")
    return target


def shipped_text(name: str) -> str | None:
    """A shipped JSON/text artifact by file name, or None when this install lacks it."""
    from importlib import resources

    try:
        return resources.files("newsaudit.artifacts").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        path = Path(__file__).resolve().parents[1] / "artifacts" / name
        return path.read_text(encoding="utf-8") if path.exists() else None
