"""Quotes and reported speech, each with its content, cue and speaker as character spans.

Rules over the shared spaCy parse (never a re-parse):

* a verb of saying or believing (``said``, ``told``, ``accused``, ``believes`` …) takes its
  clausal complement as content (or, for verbs like *accuse*, its object and prepositions),
  its subject as speaker; "…, X said" and "X said: …" are both covered;
* "according to X, …" makes X the speaker of the clause it modifies;
* "… cited its correspondent as saying …" and "as quoted by X" / "X reported" around another
  attribution record the outlet as ``via``, not as the speaker;
* quoted regions (every common quote style, over several paragraphs) extend an overlapping
  content to the whole quote, and a quote standing as its own paragraph takes its speaker from
  the paragraph before when that paragraph introduces it (a colon, or a verb of saying).

Speakers are resolved to the fullest name in the article by `speakers.SpeakerResolver`.

The rules live in one module per idea: `lexicon` (word lists and limits), `spans` (the
candidate and the ranges taken from the parse), `verbs` (a verb's content and speaker),
`regions` (quoted regions and paragraph quotes), `relays` (outlets that relay a statement),
`nesting` (one attribution per stretch of text) and `assemble` (candidates to quotes, with the
learned cue detector, speaker ranker, filter and boundary model).
"""

from newsaudit.extractors.quotes.assemble import (
    extract_quotes,
    extract_quotes_with,
    quotes_with_features,
)
from newsaudit.extractors.quotes.spans import Candidate, speaker_phrase

__all__ = [
    "Candidate",
    "extract_quotes",
    "extract_quotes_with",
    "quotes_with_features",
    "speaker_phrase",
]
