"""From candidates to quotes: collecting them, the learned models, speakers resolved."""

from __future__ import annotations

from newsaudit.document import Document
from newsaudit.extractors.intervals import FragmentIndex, Regions
from newsaudit.extractors.quote_bounds import BoundaryModel, load_boundary_model
from newsaudit.extractors.quote_cues import CueModel, load_cue_model
from newsaudit.extractors.quote_filter import (
    QuoteFilter,
    candidate_features,
    load_quote_filter,
    rule_of,
)
from newsaudit.extractors.quote_marks import quoted_regions
from newsaudit.extractors.quotes.lexicon import (
    ACT_VERBS,
    DROP_NESTED,
    INTRO_ENDINGS,
    MAX_HEAD_TOKENS,
    MAX_SPEAKER_TOKENS,
    MIN_QUOTE_WORDS,
    NAMED_SPEAKER_RULES,
    RELATIVE_PRONOUNS,
    RUBRIC_WORDS,
    SPEAKER_LABELS,
    USE_LEXICON_WITH_MODEL,
    WRITER_PRONOUNS,
    _is_cue_verb,
)
from newsaudit.extractors.quotes.nesting import (
    _drop_inner,
    _drop_nested,
    _drop_wrappers,
    _inside_quote,
)
from newsaudit.extractors.quotes.regions import _attach_regions, _extend_to_regions
from newsaudit.extractors.quotes.relays import (
    _cites_as_saying,
    _cut_relay,
    _fold_according_relays,
    _fold_relays,
    _from_according,
    _relay_names,
    _relayed_aside,
)
from newsaudit.extractors.quotes.spans import Candidate, _range, _trim_punct, speaker_phrase
from newsaudit.extractors.quotes.verbs import _from_verb
from newsaudit.extractors.speaker_ranker import SpeakerRanker, load_speaker_ranker, ranking_rows
from newsaudit.extractors.speakers import SpeakerResolver
from newsaudit.findings import Quote, QuoteKind, Speaker, Structure
from newsaudit.spans import Span, make_span


def _kind(content: list[Span], regions: Regions) -> QuoteKind:
    quoted = sum(
        min(f.end, regions[i].end) - max(f.start, regions[i].start)
        for f in content
        for i in regions.overlapping(f.start, f.end)
    )
    total = sum(len(f) for f in content)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total - 2 else "mixed"


def _in_excluded(offset: int, excluded: list[Span]) -> bool:
    return any(s.start <= offset < s.end for s in excluded)


def _collect(
    doc: Document, excluded: list[Span], learned: set[int] | None, regions: Regions
) -> list[Candidate]:
    """Candidates sentence by sentence; ``learned`` cue tokens widen the verb lexicon."""
    candidates: list[Candidate] = []
    for sentence in doc.sentences:
        if _in_excluded(sentence.span.start, excluded):
            continue
        tokens = doc.doc[sentence.token_start : sentence.token_end]
        via_names, relay_verbs = _relay_names(doc, tokens)
        found = []
        for token in tokens:
            if token.lower_ == "according":
                candidate = _from_according(doc, token, relay_verbs)
            elif token.lemma_.lower() in ACT_VERBS:
                continue
            elif learned is not None and token.i in learned:
                candidate = _from_verb(doc, token, True, regions)
            elif (learned is None or USE_LEXICON_WITH_MODEL) and _is_cue_verb(token):
                candidate = _from_verb(doc, token, False, regions)
            else:
                continue
            if candidate is not None and token.i not in relay_verbs and not _cites_as_saying(token):
                found.append(candidate)
        if not found:
            found = [c for i in sorted(relay_verbs) if (c := _relayed_aside(doc.doc[i]))]
        found = _fold_according_relays(doc, found)
        for i in relay_verbs:
            _cut_relay(doc, found, doc.doc[i])
        headed = _colon_headed(doc, tokens)
        if headed is not None and not any(c.cue_token is not None for c in found):
            found.append(headed)
        for candidate in found:
            candidate.via.extend(n for n in via_names if n not in candidate.via)
        candidates.extend(found)
    return candidates


def _colon_headed(doc: Document, tokens) -> Candidate | None:
    """'Trump: “I’m the worst thing …”' – a short named head, a colon, then what they said."""
    colon = next((t for t in tokens[: MAX_HEAD_TOKENS + 1] if t.text in INTRO_ENDINGS), None)
    if colon is None or colon.i == tokens.start or colon.i + 1 >= tokens.end:
        return None
    head = tokens[: colon.i - tokens.start]
    if any(t.pos_ in ("VERB", "AUX") for t in head) or not any(
        t.pos_ in ("PROPN", "NOUN") for t in head
    ):
        return None
    if not any(t.ent_type_ in SPEAKER_LABELS or t.pos_ == "NOUN" for t in head):
        return None  # "Aleppo: the killing fields" is a place-style head, not a speaker
    if head[0].pos_ == "ADP" or any(t.lemma_.lower() in RUBRIC_WORDS for t in head):
        return None  # "For context:", "Spoiler alert:" introduce the writer's own words
    rest = tokens[colon.i - tokens.start + 1 :]
    if sum(1 for t in rest if not t.is_punct) < MIN_QUOTE_WORDS:
        return None
    return Candidate([_range(rest)], _range([colon]), _range(head), colon.i, True, rule="head")


def _to_quote(
    doc: Document, c: Candidate, regions: Regions, resolver: SpeakerResolver
) -> Quote | None:
    fragments = [s for s in (make_span(doc.text, a, b) for a, b in c.content) if len(s) > 0]
    fragments = [_trim_punct(doc.text, s) for s in fragments]
    fragments = [s for s in fragments if len(s) > 0]
    if not fragments:
        return None
    content = make_span(doc.text, fragments[0].start, fragments[-1].end)
    cue = make_span(doc.text, *c.cue) if c.cue else None
    mention = make_span(doc.text, *c.source) if c.source else None
    if mention is not None and _is_writer_voice(mention, c, regions):
        speaker = Speaker(None, None, "writer", mention)
    else:
        speaker = resolver.resolve(mention, content.start)
        if mention is not None and (referent := _antecedent(doc, mention)) != mention:
            resolved = resolver.resolve(referent, content.start)
            speaker.name, speaker.role, speaker.type = resolved.name, resolved.role, resolved.type
    if c.via_source is not None and speaker.name and speaker.name.lower().startswith("its "):
        speaker.name = f"{c.via[0]}’s {speaker.name[4:]}"
        speaker.type = "media"
    return Quote(
        kind=_kind(fragments, regions),
        content=content,
        cue=cue,
        speaker=speaker,
        content_fragments=fragments if len(fragments) > 1 else [],
        via=list(dict.fromkeys(c.via)),
        statement=c.statement,
    )


def _antecedent(doc: Document, mention: Span) -> Span:
    """ "critics, who say …": a relative pronoun speaks for the noun phrase it hangs off.

    The speaker's span stays on "who" (the mention in the text); its name comes from here.
    """
    if mention.text.lower() not in RELATIVE_PRONOUNS:
        return mention
    tokens = doc.tokens(mention)
    if tokens is None or len(tokens) != 1:
        return mention
    verb = tokens[0].head
    if verb.dep_ != "relcl" or verb.head.i >= tokens[0].i:
        return mention
    noun = verb.head
    start = noun.left_edge.i
    return make_span(doc.text, doc.doc[start].idx, noun.idx + len(noun.text))


def _is_writer_voice(mention: Span, c: Candidate, regions: Regions) -> bool:
    """Outside quote marks, "I guess …" or "you believe …" is the writer's own voice."""
    return mention.text.lower() in WRITER_PRONOUNS and not _inside_quote(c, regions)


def _has_credible_speaker(doc: Document, c: Candidate, regions: Regions) -> bool:
    """A twenty-word "speaker" is a clause the parse mistook for a subject, not a name.

    A quote with no speaker at all stays (its cue is evidence), but the claims stage credits
    nobody with it.
    """
    if c.source is None:
        return True
    quoted = any(regions.holding(a, b) for a, b in c.content)
    mention = doc.text[c.source[0] : c.source[1]]
    return quoted or len(mention.split()) <= MAX_SPEAKER_TOKENS


def extract_quotes(doc: Document, structure: Structure) -> list[Quote]:
    """Direct, indirect and mixed quotes in text order, with resolved speakers."""
    return extract_quotes_with(
        doc,
        structure,
        load_cue_model(),
        load_quote_filter(),
        load_speaker_ranker(),
        load_boundary_model(),
    )


def extract_quotes_with(
    doc: Document,
    structure: Structure,
    cue_model: CueModel | None,
    quote_filter: QuoteFilter | None = None,
    ranker: SpeakerRanker | None = None,
    bounds: BoundaryModel | None = None,
) -> list[Quote]:
    """As `extract_quotes`, with explicit models (None: the verb lexicon, every candidate,
    the rules' speaker, the rules' boundaries). A kept quote's ``confidence`` is the filter's
    probability."""
    out, rules = [], []
    for quote, features in quotes_with_features(doc, structure, cue_model, ranker):
        if quote_filter is None:  # without the filter, a clause mistaken for a speaker drops
            if "long_source" in features:
                continue
        else:
            probability = quote_filter.probability(features)
            if probability < quote_filter.threshold:
                continue
            quote.confidence = round(probability, 3)
        out.append(quote)
        rules.append(rule_of(features))
    return bounds.refine(doc, out, rules) if bounds is not None else out


def quotes_with_features(
    doc: Document,
    structure: Structure,
    cue_model: CueModel | None,
    ranker: SpeakerRanker | None = None,
) -> list[tuple[Quote, list[str]]]:
    """Every rule candidate as a quote, with the features the learned filter reads."""
    excluded = structure.excluded_spans()
    regions = Regions(
        r for r in quoted_regions(doc.text, doc.paragraphs) if not _in_excluded(r.start, excluded)
    )
    scores = cue_model.scores(doc, regions) if cue_model is not None else {}
    learned = None
    if cue_model is not None:
        learned = {i for i, p in scores.items() if p >= cue_model.threshold}
    resolver = SpeakerResolver(doc)
    candidates = _candidates(doc, excluded, learned, regions)
    if structure.headline is not None:
        candidates = [c for c in candidates if not _headline_action(doc, c, structure.headline)]
    if ranker is not None:
        _rank_speakers(doc, candidates, regions, ranker)
    contents = FragmentIndex((s, e, id(c)) for c in candidates for s, e in c.content)
    out = []
    for c in candidates:
        quote = _to_quote(doc, c, regions, resolver)
        if quote is not None:
            features = _features(doc, c, quote, scores) + _context(c, contents)
            if not _has_credible_speaker(doc, c, regions):
                features.append("long_source")
            out.append((quote, features))
    return out


def _rank_speakers(
    doc: Document, candidates: list[Candidate], regions: Regions, ranker: SpeakerRanker
) -> None:
    """Let the learned ranker pick each candidate's speaker among the phrases around its cue."""
    found = [
        (c, ranking_rows(doc, c.cue, c.content, c.source, regions))
        for c in candidates
        if _rankable(c)
    ]
    found = [(c, ranking) for c, ranking in found if ranking is not None]
    choices = ranker.best_each([ranking.rows for _, ranking in found])
    for (c, ranking), k in zip(found, choices, strict=True):
        head = ranking.heads[k]
        if head is None:
            c.source = None
        elif ranking.rule_head is None or head.i != ranking.rule_head.i:
            phrase = speaker_phrase(head, ranking.cue)
            if doc.text[phrase[0] : phrase[1]] not in c.via:  # a relay is not the speaker
                c.source = phrase


def _rankable(c: Candidate) -> bool:
    """A verb's candidate; the rules that name their speaker outright ("according to X",
    "X: …", "cited its reporter as saying", a quote continued from an earlier one) keep it."""
    return (
        c.cue is not None
        and c.cue_token is not None
        and c.via_source is None
        and c.rule not in NAMED_SPEAKER_RULES
        and not c.writers_reading
    )


def _headline_action(doc: Document, c: Candidate, headline: Span) -> bool:
    """A headline verb the learned detector took for a cue ("McIlroy aiming for Madrid title",
    "Media seek juror notes"): headlines compress actions into verbs, so there only the
    lexicon's verbs of saying and thinking make quotes (and "X: …", "according to")."""
    if c.cue_token is None or c.rule in ("head", "according"):
        return False
    if not headline.start <= doc.doc[c.cue_token].idx < headline.end:
        return False
    return not _is_cue_verb(doc.doc[c.cue_token])


def _context(c: Candidate, contents: FragmentIndex) -> list[str]:
    """Whether the candidate sits inside or across another one's content (``contents``: every
    candidate's content fragments, owned by ``id(candidate)``)."""
    feats = []
    if c.cue and contents.overlaps_other(c.cue[0], c.cue[0] + 1, id(c)):
        feats.append(f"nested|{c.rule}")
    if contents.overlaps_other(c.start, c.end, id(c)):
        feats.append(f"overlaps|{c.rule}")
    if c.source and any(s <= c.source[0] < e for s, e in c.content):
        feats.append("source_in_content")
    return feats


def _candidates(
    doc: Document, excluded: list[Span], learned: set[int] | None, regions: Regions
) -> list[Candidate]:
    """Rule candidates, flattened as PolNeAR does and grown to the quotes they touch."""
    candidates = _fold_relays(doc, _collect(doc, excluded, learned, regions), regions)
    candidates = [c for c in candidates if not _inside_quote(c, regions)]
    if DROP_NESTED:
        candidates = _drop_inner(doc, candidates)
    candidates = _drop_wrappers(doc, candidates)
    used: set[int] = set()
    for candidate in candidates:
        used |= _extend_to_regions(candidate, regions)
    candidates += _attach_regions(doc, regions, used, candidates)
    return _drop_nested(sorted(candidates, key=lambda c: (c.start, c.end)))


def _features(doc: Document, c: Candidate, quote: Quote, scores: dict[int, float]) -> list[str]:
    """What the filter sees of one candidate (see `quote_filter.candidate_features`)."""
    cue = doc.doc[c.cue_token] if c.cue_token is not None else None
    score = scores.get(c.cue_token) if c.cue_token is not None else None
    tokens = doc.tokens(quote.speaker.span) if quote.speaker.span is not None else None
    source = tokens.root if tokens is not None and len(tokens) else None
    words = quote.content.text.split()
    features = candidate_features(c.rule, cue, score, quote.kind, len(words), source)
    first = words[0].lower()[:12] if words else ""
    return [*features, f"speaker_type={quote.speaker.type}", f"first={first}"]
