"""Word lists and limits the quote rules read (one place to read and extend them)."""

from __future__ import annotations


def _lexicon(words: str) -> frozenset[str]:
    """A word list written as text, one space apart (easier to read and extend)."""
    return frozenset(words.split())


CLAUSE_VERBS = _lexicon(
    """
    say tell add claim argue ask write note announce report explain state insist warn
    suggest deny acknowledge admit predict promise vow pledge declare complain urge recall
    testify confirm estimate reveal indicate conclude respond reply tweet post joke boast
    contend maintain assert allege concede stress emphasize emphasise mention charge hint
    signal shout yell whisper reiterate repeat threaten plead observe remark muse wonder
    believe think feel know hope fear expect worry doubt suspect agree disagree read show
    find assure inform advise caution brag lament speculate forecast retort quip counter
    proclaim decide recognize recognise realize realise understand guess imagine learn
    hear question
    """
)
OBJECT_VERBS = _lexicon(
    """
    accuse criticize criticise blame praise attack slam blast condemn voice express deny
    defend dismiss decry lash question demand propose recommend reject call denounce mock
    applaud welcome endorse oppose support announce reveal confirm acknowledge admit
    describe characterize label
    """
)
XCOMP_VERBS = _lexicon(
    """
    want hope plan promise vow pledge threaten refuse urge ask call intend expect agree
    """
)
# a forecast is a claim even when its content is a noun phrase ("expects growth of 2%")
PREDICTION_VERBS = _lexicon("expect forecast predict estimate project anticipate")
PARENTHETICAL_VERBS = _lexicon(
    """
    say add tell write note explain claim argue insist continue recall report
    believe think predict warn suggest indicate acknowledge contend maintain concede
    observe show find estimate reckon
    """
)
PHRASE_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "prt", "agent"})
ASIDE_BLOCKERS = frozenset({"dobj", "ccomp", "xcomp", "dative"})
OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "dative", "advcl", "oprd", "acomp", "pobj"})
TOPIC_VERBS = _lexicon(
    """
    protest demonstrate march rally mourn celebrate commemorate picket boycott strike flee
    """
)
# Recorded acts, not statements: "the council voted 7-2 to sell" is a fact the article itself
# asserts (and a fact-checker checks), so it must not read as the council's attributed claim.
ACT_VERBS = _lexicon(
    """
    vote approve ratify veto enact sign pass adopt
    """
)
VIA_VERBS = frozenset({"quote", "report", "cite"})
RELAY_TAIL = ' \n.,;:!?"”’)'  # what may follow a relay phrase that ends a content
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# "Update:", "Editor's note:", "Spoiler alert:": the writer's rubrics, not speakers
RUBRIC_WORDS = _lexicon(
    """
    update note spoiler alert correction background context summary disclaimer warning
    photo video image watch related
    """
)
MAX_HEAD_TOKENS = 6  # "Sen. Lindsey Graham:" – longer heads are sentences, not speakers
DROP_NESTED = True  # one attribution per stretch of text, as in PolNeAR
USE_LEXICON_WITH_MODEL = True  # lexicon verbs stay cues even when the model rejects them
MAX_CONTINUATION_GAP = 200  # chars between two quotes split around "X said."
MIN_QUOTE_WORDS = 4  # shorter unattributed quoted regions are scare quotes or titles
INTRO_ENDINGS = (":", "：")
QUOTE_CLOSERS = frozenset({"”", '"', "’", "»", "›", "“", "''"})  # '' closes NYT-style quotes
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
WRITER_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "one"})
NAMED_SPEAKER_RULES = frozenset({"according", "head", "intro", "again", "second"})
RAISING_VERBS = frozenset({"seem", "appear"})
DUMMY_SUBJECTS = frozenset({"it", "there", "this", "that"})
MAX_CLOSING_CUE_TAIL = 6  # "…, experts say in a report issued Monday."
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
LEXICON_OBJECT_DEPS = frozenset({"dobj", "prep", "prt", "oprd", "attr"})
ANSWERS = frozenset({"yes", "no"})
CONTRAST_MARKS = frozenset({"while", "whereas"})
RELATIVE_SPEAKER_WORDS = frozenset({"who", "whose"})
AUX_WORDS = ("has", "have", "had", "was", "is", "will", "would")
ADDRESSEE_VERBS = _lexicon("tell ask inform assure remind warn notify advise brief convince")
CLAUSE_OPENERS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark"})
ANAPHORS = frozenset({"he", "she", "they", "it", "we"})
INVERTED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dative", "oprd"})
FALLBACK_DEPS = frozenset({"dobj", "xcomp", "acomp", "oprd", "attr", "ccomp"})
CONTENT_PREPS = frozenset({"about", "against", "of", "to", "for", "on", "over", "into", "that"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
MAX_DISPLACED_GAP = 8  # tokens from a cue to a clause the parse hung elsewhere
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
MESSAGE_NOUNS = _lexicon(
    "statement letter tweet post message email e-mail release note ad advertisement video "
    "memo speech remark comment editorial column op-ed interview filing complaint lawsuit "
    "petition motion ruling announcement appeal request response reply"
)
MAX_PUNCT_GAP = 3  # characters between a quote and its cue: ", " or ": "
MAX_SPEAKER_TOKENS = 14  # longer "speakers" are clauses the parse mistook for a subject


def _is_cue_verb(token) -> bool:
    """A verb of the lexicon: saying or believing, a message as object, or an intention."""
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (
        lemma in CLAUSE_VERBS or lemma in OBJECT_VERBS or lemma in XCOMP_VERBS
    )
