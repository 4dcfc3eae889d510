"""Reading to WAV with real espeak-ng: audible audio, honest results, cues that add up."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from document.errors import UsageError
from document.progress import CancelToken, Progress
from speech import CueEntry, UtteranceResult, render_reading, synthesize_to_wav
from speech.engine import SAMPLE_RATE
from tests.speech.conftest import read_wav, rms, sox_stat

SENTENCES = {
    "zh": "您有权请律师。移民法官会审查您的案件。",
    "yue": "您有权请律师，费用由您自己承担。",
    "en": "You have the right to a lawyer at no cost to the government.",
}


@pytest.mark.parametrize("lang", ["zh", "yue", "en"])
def test_sentence_becomes_audible_speech(lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"{lang}.wav"
    seconds = synthesize_to_wav(SENTENCES[lang], lang, out)
    stats = sox_stat(out)
    assert stats["Length (seconds)"] == pytest.approx(seconds, abs=0.01)
    # A dozen syllables or words take a second or more; far more would mean spelling out.
    assert 1.0 < seconds < 12.0
    assert stats["RMS amplitude"] > 0.02
    assert not (tmp_path / f"{lang}.wav.part").exists()


def test_faster_rate_gives_shorter_audio(tmp_path: Path) -> None:
    slow = synthesize_to_wav(SENTENCES["en"], "en", tmp_path / "slow.wav", rate=120)
    fast = synthesize_to_wav(SENTENCES["en"], "en", tmp_path / "fast.wav", rate=300)
    assert fast < slow * 0.6


def test_mandarin_is_read_as_mandarin_not_spelled_pinyin(tmp_path: Path) -> None:
    # espeak-ng 1.51's plain "cmn" voice says 您有权 as "nin two you three quan two"; the voice
    # we use says three syllables. Six characters should take well under 0.4 s each.
    seconds = synthesize_to_wav("您有权请律师。", "zh", tmp_path / "zh.wav", rate=160)
    assert seconds < 6 * 0.4


def test_empty_text_gives_empty_wav(tmp_path: Path) -> None:
    assert synthesize_to_wav("   ", "en", tmp_path / "empty.wav") == 0.0
    samples, _ = read_wav(tmp_path / "empty.wav")
    assert samples.size == 0


def test_english_text_is_refused_by_the_chinese_voices(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="English"):
        synthesize_to_wav("Notice to Appear", "zh", tmp_path / "x.wav")
    with pytest.raises(UsageError, match="Chinese"):
        synthesize_to_wav("出庭通知", "en", tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()


def test_unknown_language_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Choose one of: en, yue, zh"):
        synthesize_to_wav("hello", "fr", tmp_path / "x.wav")


def test_long_segment_is_read_whole(tmp_path: Path) -> None:
    text = ("The officer must read this notice to you in a language you understand. " * 70)[:5000]
    seconds = synthesize_to_wav(text, "en", tmp_path / "long.wav", rate=450)
    samples, rate = read_wav(tmp_path / "long.wav")
    assert seconds > 60  # 5000 characters are minutes of speech, even at the fastest rate
    # Every 10-second window of the reading has speech in it: nothing was dropped.
    window = 10 * rate
    for start in range(0, samples.size - window, window):
        assert rms(samples[start : start + window]) > 0.02


def test_reading_cue_sheet_adds_up_to_the_wav(tmp_path: Path) -> None:
    segments = [
        ("p1.s1", "You have the right to a lawyer."),
        ("p1.s2", "File Form I-589 by 09/17/2018."),
        ("p1.s3", "See 8 CFR 1003.38 for the deadline to appeal."),
    ]
    results: list[UtteranceResult] = []
    reports: list[Progress] = []
    out = tmp_path / "reading.wav"
    cues = render_reading(segments, "en", out, on_utterance=results.append, progress=reports.append)
    samples, rate = read_wav(out)
    assert rate == SAMPLE_RATE
    assert [c.segment_id for c in cues] == ["p1.s1", "p1.s2", "p1.s3"]
    assert cues[0].start == 0.0
    for before, after in itertools.pairwise(cues):
        assert after.start == pytest.approx(before.end)
    assert cues[-1].end == pytest.approx(samples.size / rate, abs=1e-6)
    assert sum(c.end - c.start for c in cues) == pytest.approx(samples.size / rate, abs=1e-6)
    for cue in cues:
        assert cue.end - cue.start > 0.5
        assert rms(samples[int(cue.start * rate) : int(cue.end * rate)]) > 0.02
    assert [(r.segment_id, r.status, r.output) for r in results] == [
        (sid, "completed", "file") for sid, _ in segments
    ]
    assert all(r.voice == "en-us" and r.language == "en" and r.rate > 0 for r in results)
    assert all(r.started_at <= r.ended_at for r in results)
    assert reports[-1].done == reports[-1].total == 3


def test_reading_reports_bad_segments_and_goes_on(tmp_path: Path) -> None:
    segments = [
        ("p1.s1", "您有权请律师。"),
        ("p1.s2", ""),
        ("p1.s3", "Notice to Appear"),
        ("p1.s4", "移民法官会审查您的案件。"),
    ]
    results: list[UtteranceResult] = []
    cues = render_reading(segments, "zh", tmp_path / "r.wav", on_utterance=results.append)
    by_id = {r.segment_id: r for r in results}
    assert by_id["p1.s1"].status == "completed"
    assert by_id["p1.s2"].status == "failed" and "no text" in (by_id["p1.s2"].reason or "")
    assert by_id["p1.s3"].status == "failed" and "English" in (by_id["p1.s3"].reason or "")
    assert by_id["p1.s4"].status == "completed"
    assert [c.segment_id for c in cues] == ["p1.s1", "p1.s4"]
    samples, rate = read_wav(tmp_path / "r.wav")
    assert cues[-1].end == pytest.approx(samples.size / rate, abs=1e-6)


def test_cancel_mid_reading_interrupts_the_rest(tmp_path: Path) -> None:
    segments = [(f"p1.s{i}", f"This is sentence number {i} of the notice.") for i in range(1, 7)]
    token = CancelToken()
    results: list[UtteranceResult] = []

    def on_utterance(result: UtteranceResult) -> None:
        results.append(result)
        if result.segment_id == "p1.s2":
            token.cancel()

    out = tmp_path / "r.wav"
    cues = render_reading(segments, "en", out, on_utterance=on_utterance, cancel=token)
    assert [(r.segment_id, r.status) for r in results] == [
        ("p1.s1", "completed"),
        ("p1.s2", "completed"),
        ("p1.s3", "interrupted"),
        ("p1.s4", "interrupted"),
        ("p1.s5", "interrupted"),
        ("p1.s6", "interrupted"),
    ]
    assert all("cancel" in (r.reason or "") for r in results[2:])
    # The WAV holds exactly the two completed segments.
    assert [c.segment_id for c in cues] == ["p1.s1", "p1.s2"]
    samples, rate = read_wav(tmp_path / "r.wav")
    assert cues[-1].end == pytest.approx(samples.size / rate, abs=1e-6)
    assert isinstance(cues[0], CueEntry)


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    from document.errors import RecordWriteFailed

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(RecordWriteFailed, match="Cannot write the audio file"):
        render_reading([("p1.s1", "Hello.")], "en", blocker / "r.wav")


def test_engine_prints_nothing_on_stdout(tmp_path: Path) -> None:
    # pyttsx3's driver prints "Audio saved to ..."; a CLI printing JSON must not get that.
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    code = (
        "from pathlib import Path; from speech import synthesize_to_wav; "
        f"synthesize_to_wav('Hello.', 'en', Path({str(tmp_path / 'h.wav')!r}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=repo,
        env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == ""  # nor noise at exit (pyttsx3's __del__ after teardown)
