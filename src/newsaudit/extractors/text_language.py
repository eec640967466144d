"""The language an article is written in, so English-only stages are not run on other languages.

Quotes, claims, sources, numbers, the lexicon of loaded terms and the headline check are built
for English: on a German page they invent "quotes" with speakers such as "Kategorie" and call
every sentence a claim. The language comes from py3langid (a naive Bayes classifier over byte
n-grams, 97 languages, its model shipped inside the PyPI package, so it runs offline).

The decision is deliberately one-sided: the English stages are skipped only when the classifier
is sure the text is not English (English under ``MAX_ENGLISH_PROBABILITY``). Too little text to
tell, or a mixed page, keeps the full analysis, which is what every earlier version did.
"""

from __future__ import annotations

from functools import lru_cache

from newsaudit.findings import TextLanguage

SUPPORTED = ("en",)
SAMPLE_CHARS = 20_000  # the classifier is sure long before this; bounds the cost on long pages
MIN_LETTERS = 40  # below this, no verdict ("und")
MAX_ENGLISH_PROBABILITY = 0.05  # skip the English stages only when English is this unlikely
ENGLISH_ONLY_STAGES = (
    "quotes",
    "sources",
    "claims",
    "quantities",
    "language",
    "headline",
    "entities",
    "text indicators",
)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("de" → "German"); the code itself when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (UnknownLocaleError, ValueError):
        return code


def detect_language(text: str) -> TextLanguage:
    """The article's language, its probability, and whether the English stages apply."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return TextLanguage("und", "undetermined", None, True)
    ranked = _identifier().rank(sample)
    code, probability = ranked[0]
    english = next((p for c, p in ranked if c == "en"), 0.0)
    supported = code in SUPPORTED or english >= MAX_ENGLISH_PROBABILITY
    result = TextLanguage(code, language_name(code), round(float(probability), 3), supported)
    if not supported:
        result.skipped = list(ENGLISH_ONLY_STAGES)
        result.note = (
            f"The text is in {result.name} ({code}, probability {result.probability:.2f}); "
            "newsaudit analyses English only, so quotes, sources, claims, numbers, loaded "
            "language and the headline check were skipped."
        )
    return result
