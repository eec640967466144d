"""newsaudit: take news articles apart, with evidence.

>>> import newsaudit
>>> report = newsaudit.analyze("Headline\\n\\nBody text, officials said.")
>>> report.to_json()  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyze"]


def analyze(article, **options):
    """Analyse one article (text, record dict or Article) and return a `Report`."""
    from newsaudit.pipeline import analyze as _analyze

    return _analyze(article, **options)
