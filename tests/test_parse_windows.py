"""Long texts are parsed in paragraph windows: the same words, offsets and sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsaudit.nlp as nlp_module
import newsaudit.parse_windows as windows_module
from newsaudit.nlp import load_pipeline, parse
from newsaudit.parse_windows import windows

PARAGRAPHS = [
    "The council voted on Monday to close the Main Street library, officials said.",
    "“We listened to residents,” said Mayor Ann Lee. About 300 people attended the meeting.",
    "Critics said the decision would hurt families. The library opened in 1952.",
    "Tom Reyes, a council member, told reporters he would ask for an audit of the budget.",
]
TEXT = "Library to close\n\n" + "\n\n".join(PARAGRAPHS * 6)


@given(st.text(alphabet=st.sampled_from("ab .\n\t”"), max_size=400), st.integers(5, 60))
def test_windows_join_back_and_stay_within_the_size(text: str, size: int) -> None:
    pieces = windows(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or pieces == [text] == [""]


def test_windows_cut_after_paragraph_breaks() -> None:
    pieces = windows(TEXT, 400)
    assert len(pieces) > 3
    assert all(p.endswith("\n\n") for p in pieces[:-1])


@pytest.fixture()
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "WINDOW_CHARS", 400)
    monkeypatch.setattr(windows_module, "WINDOW_CHARS", 400)


def test_a_text_parsed_in_windows_keeps_the_whole_parse_s_words_and_sentences(
    small_windows: None,
) -> None:
    nlp = load_pipeline()
    windowed = parse(nlp, TEXT)
    whole = nlp(TEXT)
    assert windowed.text == TEXT
    assert [(t.idx, t.text) for t in windowed] == [(t.idx, t.text) for t in whole]
    assert [s.start_char for s in windowed.sents] == [s.start_char for s in whole.sents]
    assert windowed.has_annotation("DEP") and windowed.has_annotation("ENT_IOB")
    same = sum(
        a.dep_ == b.dep_ and a.head.i == b.head.i for a, b in zip(windowed, whole, strict=True)
    )
    assert same == len(whole)  # a parse never crosses a paragraph break
