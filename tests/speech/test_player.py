"""Live reading with the real engine and a real audio path.

This machine has no sound card. The Player still runs for real: sox's ``play`` writes to ALSA's
built-in "null" device (audio_device="null"), which accepts and discards the samples; the
Player paces them at real time itself, so timing, pause, stop and word callbacks behave as on
a laptop. What is not tested here is sound coming out of a speaker. The default device is used
to test the honest "no audio output" path.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from speech import Player, UtteranceResult, audio_output_available

FAST = 400  # words per minute: keeps each sentence around a second


class Recorder:
    """Collects a Player's callbacks (they arrive on its worker thread) and waits for them."""

    def __init__(self) -> None:
        self.results: list[UtteranceResult] = []
        self.words: list[tuple[str, int, int]] = []
        self.states: list[str] = []
        self._cond = threading.Condition()

    def _add(self, bucket: list, item: object) -> None:
        with self._cond:
            bucket.append(item)
            self._cond.notify_all()

    def on_utterance(self, result: UtteranceResult) -> None:
        self._add(self.results, result)

    def on_word(self, segment_id: str, start: int, length: int) -> None:
        self._add(self.words, (segment_id, start, length))

    def on_state(self, state: str) -> None:
        self._add(self.states, state)

    def wait(self, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
        with self._cond:
            assert self._cond.wait_for(predicate, timeout), (self.states, self.results)

    def wait_state(self, state: str, timeout: float = 15.0) -> None:
        self.wait(lambda: bool(self.states) and self.states[-1] == state, timeout)

    def statuses(self) -> list[tuple[str, str]]:
        return [(r.segment_id, r.status) for r in self.results]


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def make_player(rec: Recorder):
    players: list[Player] = []

    def make(lang: str = "en", device: str | None = "null", rate: int = FAST) -> Player:
        player = Player(
            lang,
            rate=rate,
            on_utterance=rec.on_utterance,
            on_word=rec.on_word,
            on_state=rec.on_state,
            audio_device=device,
        )
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()


EN = [
    ("p1.s1", "You have the right to a lawyer."),
    ("p1.s2", "The judge will review your case."),
    ("p1.s3", "Sign only if you understand."),
]


def test_reads_every_segment_to_the_end(rec: Recorder) -> None:
    begun: list[str] = []
    player = Player(
        "en",
        rate=FAST,
        on_utterance=rec.on_utterance,
        on_state=rec.on_state,
        audio_device="null",
        on_segment=begun.append,
    )
    player.load(EN)
    player.play()
    rec.wait_state("finished")
    assert begun == [sid for sid, _ in EN]  # each sentence announced as its sound starts
    assert rec.statuses() == [(sid, "completed") for sid, _ in EN]
    assert all(r.output == "device" and r.voice == "en-us" for r in rec.results)
    assert rec.states[:2] == ["idle", "playing"] and rec.states[-1] == "finished"
    for r in rec.results:  # real-time playback: each sentence takes audible time
        assert r.started_at < r.ended_at
    player.close()


def test_word_callbacks_arrive_in_order_and_cover_the_sentence(make_player, rec) -> None:
    text = "File Form I-589 with the immigration court by 09/17/2018."
    player = make_player()
    player.load([("p2.s4", text)])
    player.play()
    rec.wait_state("finished")
    assert {w[0] for w in rec.words} == {"p2.s4"}
    starts = [start for _, start, _ in rec.words]
    assert starts == sorted(starts)
    heard = [text[s : s + n] for _, s, n in rec.words]
    # Every printed word is highlighted; the form number and the date as printed.
    for word in re.findall(r"[A-Za-z]+|I-589|09/17/2018", text.replace("I-589", " I-589 ")):
        if word in ("I",):
            continue
        assert any(word in h for h in heard), (word, heard)
    assert "I-589" in heard and "09/17/2018" in heard


def test_mandarin_words_are_reported_on_characters(make_player, rec) -> None:
    text = "您有权请律师。"
    player = make_player("zh")
    player.load([("p1.s1", text)])
    player.play()
    rec.wait_state("finished")
    covered = "".join(text[s : s + n] for _, s, n in rec.words)
    assert covered == "您有权请律师"
    assert rec.statuses() == [("p1.s1", "completed")]
    assert rec.results[0].voice == "cmn-latn-pinyin" and rec.results[0].language == "zh"


def test_pause_then_resume_completes_the_sentence(make_player, rec) -> None:
    player = make_player(rate=200)
    player.load([("p1.s1", "You have the right to a lawyer, and to an interpreter you trust.")])
    player.play()
    rec.wait_state("playing")
    time.sleep(0.4)
    player.pause()
    rec.wait_state("paused")
    words_at_pause = len(rec.words)
    time.sleep(0.6)
    assert rec.results == []  # a pause is not the end of anything
    assert len(rec.words) == words_at_pause  # and nothing is spoken while paused
    player.resume()
    rec.wait_state("finished")
    assert rec.statuses() == [("p1.s1", "completed")]
    assert rec.states.count("paused") == 1


def test_stop_interrupts_and_reads_no_further(make_player, rec) -> None:
    player = make_player(rate=200)
    player.load(EN)
    player.play()
    rec.wait(lambda: any(w[0] == "p1.s1" for w in rec.words))
    player.stop()
    rec.wait_state("stopped")
    time.sleep(0.5)
    assert rec.statuses() == [("p1.s1", "interrupted")]
    assert rec.results[0].reason == "stopped"
    assert player.index == 0  # play() starts this sentence again


def test_stop_while_paused_interrupts(make_player, rec) -> None:
    player = make_player(rate=200)
    player.load(EN)
    player.play()
    rec.wait_state("playing")
    player.pause()
    rec.wait_state("paused")
    player.stop()
    rec.wait_state("stopped")
    assert rec.statuses() == [("p1.s1", "interrupted")]


def test_next_skips_and_reports_the_skip(make_player, rec) -> None:
    player = make_player(rate=200)
    player.load(EN)
    player.play()
    rec.wait_state("playing")
    player.next()
    rec.wait_state("finished")
    assert rec.statuses() == [
        ("p1.s1", "interrupted"),
        ("p1.s2", "completed"),
        ("p1.s3", "completed"),
    ]
    assert "next" in (rec.results[0].reason or "")


def test_previous_repeat_and_jump(make_player, rec) -> None:
    player = make_player()
    player.load(EN)
    player.jump("p1.s3")
    rec.wait_state("finished")
    assert rec.statuses() == [("p1.s3", "completed")]
    player.previous()  # from the end: back to the last sentence
    rec.wait(lambda: len(rec.results) == 2)
    rec.wait_state("finished")
    player.repeat()
    rec.wait(lambda: len(rec.results) == 3)
    assert [sid for sid, _ in rec.statuses()] == ["p1.s3", "p1.s3", "p1.s3"]
    player.jump("p9.s9")  # unknown id: nothing happens, nothing crashes
    player.play(1)
    rec.wait(lambda: len(rec.results) == 5)
    assert [sid for sid, _ in rec.statuses()[3:]] == ["p1.s2", "p1.s3"]


def test_bad_segments_fail_and_reading_goes_on(make_player, rec) -> None:
    player = make_player()
    player.load([("p1.s1", ""), ("p1.s2", "出庭通知"), ("p1.s3", "Sign only if you understand.")])
    player.play()
    rec.wait_state("finished")
    assert rec.statuses() == [("p1.s1", "failed"), ("p1.s2", "failed"), ("p1.s3", "completed")]
    assert "Chinese" in (rec.results[1].reason or "")


def test_controls_return_at_once(make_player, rec) -> None:
    player = make_player(rate=150)
    player.load(EN)
    player.play()
    rec.wait_state("playing")
    for action in (player.pause, player.resume, player.set_rate, player.next, player.stop):
        start = time.perf_counter()
        action(250) if action == player.set_rate else action()
        assert time.perf_counter() - start < 0.05
    rec.wait_state("stopped")


def test_close_while_reading_reports_the_interruption(rec) -> None:
    player = Player(
        "en", rate=150, on_utterance=rec.on_utterance, on_state=rec.on_state, audio_device="null"
    )
    player.load(EN)
    player.play()
    rec.wait_state("playing")
    player.close()
    assert rec.statuses() == [("p1.s1", "interrupted")]
    assert rec.states[-1] == "closed"


def test_loading_new_text_interrupts_the_old(make_player, rec) -> None:
    player = make_player(rate=150)
    player.load(EN)
    player.play()
    rec.wait_state("playing")
    player.load([("p5.s1", "New text.")])
    rec.wait_state("idle")
    assert rec.statuses() == [("p1.s1", "interrupted")]
    player.play()
    rec.wait_state("finished")
    assert rec.statuses()[-1] == ("p5.s1", "completed")


def test_no_audio_device_is_reported_not_pretended(make_player, rec) -> None:
    ok, detail = audio_output_available()
    if ok:
        pytest.skip(f"this machine has an audio device ({detail})")
    assert detail.startswith("no audio output device found")
    player = make_player(device=None)
    player.load(EN)
    player.play()
    rec.wait_state("no_audio_output")
    assert rec.statuses() == [("p1.s1", "failed")]
    assert rec.results[0].reason == "no audio output device"
    assert rec.words == []
    assert player.index == 0  # nothing was read, so the reading has not moved on


def test_null_device_counts_as_an_output() -> None:
    assert audio_output_available("null") == (True, "null")


def test_unknown_device_is_no_audio_output_on_any_machine(make_player, rec) -> None:
    player = make_player(device="readfirst_no_such_device")
    player.load(EN)
    player.play()
    rec.wait_state("no_audio_output")
    assert rec.statuses() == [("p1.s1", "failed")]
    assert rec.results[0].reason == "no audio output device"


def test_rate_and_language_changes_apply_to_the_next_sentence(make_player, rec) -> None:
    player = make_player(rate=300)
    player.load([("p1.s1", "First sentence here."), ("p1.s2", "您有权请律师。")])
    player.set_rate(350)
    player.set_lang("zh")  # the text of p1.s1 is English: refused, not read in Mandarin
    player.play()
    rec.wait_state("finished")
    assert rec.statuses() == [("p1.s1", "failed"), ("p1.s2", "completed")]
    assert rec.results[1].rate == 350 and rec.results[1].voice == "cmn-latn-pinyin"
    assert player.lang == "zh" and player.rate == 350


def test_long_segment_starts_at_once_and_stops_cleanly(make_player, rec) -> None:
    text = ("The officer must read this notice to you in a language you understand. " * 70)[:5000]
    player = make_player(rate=160)
    player.load([("p1.s1", text)])
    start = time.perf_counter()
    player.play()
    rec.wait_state("playing")
    # Only the first utterance is synthesised before sound starts (budget 300 ms; the
    # margin here is for a shared, busy test machine).
    assert time.perf_counter() - start < 1.5
    rec.wait(lambda: len(rec.words) >= 3)
    player.stop()
    rec.wait_state("stopped")
    assert rec.statuses() == [("p1.s1", "interrupted")]
    starts = [s for _, s, _ in rec.words]
    assert starts == sorted(starts) and starts[0] == 0


def _child_players() -> list[int]:
    """Pids of sox `play` processes started by this test process."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)
            comm = fields[0].split("(", 1)[1]
            ppid = int(fields[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if comm == "play" and ppid == os.getpid():
            pids.append(int(stat.parent.name))
    return pids


def test_audio_player_dying_mid_sentence_is_a_failure_not_a_completion(make_player, rec) -> None:
    player = make_player(rate=120)
    player.load(EN)
    player.play()
    rec.wait(lambda: len(rec.words) >= 2)
    pids = _child_players()
    assert pids, "no audio player process found"
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    rec.wait_state("no_audio_output")
    assert rec.statuses() == [("p1.s1", "failed")]
    assert "audio output failed" in (rec.results[0].reason or "")
    assert "stopped unexpectedly" in (rec.results[0].reason or "")
