"""Cutting segments into utterances and mapping spoken words back onto the paper."""

from __future__ import annotations

from speech import engine
from speech.chunks import MAX_CHARS, pieces, timed_words, utterance_spans


def test_long_segment_is_cut_into_short_utterances_covering_it_all() -> None:
    text = ("The officer must read this notice to you, in a language you understand; " * 70)[:5000]
    spans = utterance_spans(text)
    assert all(e - s <= MAX_CHARS for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_unbroken_chinese_run_is_cut_too() -> None:
    text = "请" * 1000
    spans = utterance_spans(text)
    assert all(e - s <= MAX_CHARS for s, e in spans)
    assert sum(e - s for s, e in spans) == 1000


def test_empty_segment_has_no_utterances() -> None:
    assert utterance_spans("") == [] and utterance_spans("  \n ") == []


def test_sentences_become_separate_utterances() -> None:
    text = "You may ask for a lawyer. 您有权请律师。 Sign only if you understand."
    assert [text[s:e] for s, e in utterance_spans(text)] == [
        "You may ask for a lawyer.",
        "您有权请律师。",
        "Sign only if you understand.",
    ]


def test_timed_words_cover_every_word_once_in_order() -> None:
    text = "Go with the officer to Form I-589 by 09/17/2018 today."
    covered = []
    for piece in pieces(text, "en"):
        synth = engine.synthesize(piece.spoken.text, "en-us", 200)
        words = timed_words(piece, synth.words, text)
        samples = [w.sample for w in words]
        assert samples == sorted(samples)
        covered += [text[w.start : w.start + w.length] for w in words]
    # "with the" is one unit for espeak; the rewritten items highlight as printed.
    assert covered == [
        "Go",
        "with the",
        "officer",
        "to",
        "Form",
        "I-589",
        "by",
        "09/17/2018",
        "today",
    ]
