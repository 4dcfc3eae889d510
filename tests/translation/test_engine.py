"""Cutting over-long segments for the model without losing or reordering a word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translation.engine import _join_pieces, split_long


def chars(text: str) -> list[str]:
    """A strict stand-in tokenizer: one token per character."""
    return list(text)


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghij .,;:", min_size=1, max_size=80), min_size=1, max_size=40
    ).map(" ".join),
    st.integers(min_value=8, max_value=60),
)
def test_parts_fit_and_keep_every_character_in_order(text: str, limit: int) -> None:
    parts = split_long(text, chars, limit)
    assert all(len(chars(p)) <= limit for p in parts)
    assert _squash("".join(parts)) == _squash(text)


def test_cuts_at_sentences_before_clauses_before_words() -> None:
    text = "You may appeal. The judge decides; you may ask, and wait. " * 6
    parts = split_long(text, str.split, 12)
    assert parts[0] == "You may appeal. The judge decides; you may ask, and wait."
    assert all(len(p.split()) <= 12 for p in parts)


def test_joining_translated_pieces() -> None:
    assert _join_pieces(["您可以上诉。", "法官决定。"]) == "您可以上诉。法官决定。"
    assert _join_pieces(["You may appeal.", "", "The judge decides."]) == (
        "You may appeal. The judge decides."
    )
