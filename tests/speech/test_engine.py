"""The engine door: pyttsx3 over libespeak-ng, as the rest of speech/ relies on it."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from document.errors import MissingComponent
from speech import engine
from speech.engine import SAMPLE_RATE


def _rms(pcm: bytes) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0
    return float(np.sqrt(np.mean(samples**2)))


def test_words_come_in_order_with_their_audio_time() -> None:
    text = "Do not sign this paper today."
    result = engine.synthesize(text, "en-us", 160)
    assert result.completed
    spoken = [text[w.char_start : w.char_start + w.length] for w in result.words]
    # espeak-ng speaks "Do not" as one unit and reports only "Do" (timed_words fills the gap).
    assert spoken == ["Do", "sign", "this", "paper", "today"]
    samples = [w.sample for w in result.words]
    assert samples == sorted(samples) and samples[0] == 0 and samples[-1] < result.samples


def test_chinese_word_positions_count_characters_not_bytes() -> None:
    text = "请不要签字"
    result = engine.synthesize(text, "cmn-latn-pinyin", 160)
    assert [text[w.char_start : w.char_start + w.length] for w in result.words] == list(text)


def test_chunks_stream_the_same_audio() -> None:
    chunks: list[bytes] = []
    result = engine.synthesize("A longer sentence, " * 12, "en-us", 160, on_chunk=chunks.append)
    assert len(chunks) > 1  # audio arrives while synthesis goes on
    assert b"".join(chunks) == result.pcm


def test_volume_and_rate_take_effect_every_time() -> None:
    text = "You may ask for an interpreter."
    loud = engine.synthesize(text, "en-us", 160, volume=1.0)
    quiet = engine.synthesize(text, "en-us", 160, volume=0.3)
    assert _rms(quiet.pcm) < _rms(loud.pcm) * 0.6
    # espeak applies parameters asynchronously: alternate rates and check each one held.
    for rate in (120, 300, 120, 300):
        seconds = engine.synthesize(text, "en-us", rate).seconds
        assert seconds == pytest.approx(loud.seconds * 160 / rate, rel=0.3)


def test_threads_share_the_engine_safely() -> None:
    texts = {
        "en-us": "Sign only if you understand.",
        "yue": "请不要签字。",
        "cmn-latn-pinyin": "请不要签字。",
    }
    alone = {voice: engine.synthesize(t, voice, 160).samples for voice, t in texts.items()}
    together: dict[str, list[int]] = {voice: [] for voice in texts}

    def work(voice: str) -> None:
        for _ in range(3):
            together[voice].append(engine.synthesize(texts[voice], voice, 160).samples)

    threads = [threading.Thread(target=work, args=(v,)) for v in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for voice, counts in together.items():
        # espeak-ng varies a sentence by a few samples from run to run, even alone; a mix-up
        # between threads would give another sentence's length or a different voice's.
        assert counts == pytest.approx([alone[voice]] * 3, rel=0.01)


def test_unknown_voice_is_missing_component() -> None:
    with pytest.raises(MissingComponent, match="apt-get install espeak-ng"):
        engine.synthesize("hello", "no-such-voice", 160)
    # and the engine still works afterwards
    assert engine.synthesize("hello", "en-us", 160).seconds > 0.2


def test_empty_text_is_no_audio() -> None:
    result = engine.synthesize("  ", "en-us", 160)
    assert result.pcm == b"" and result.completed
    assert SAMPLE_RATE == 22050
