"""Speech benchmarks: time to first audio, synthesis speed per voice, main-loop stalls.

Run: PYTHONPATH=$PWD python bench/speech_bench.py [--runs 20]

- first audio, Player: play() -> first sample handed to the audio device (ALSA "null" sink:
  this machine has no sound card; the path up to the device is the real one).
- first audio, file: render_reading() start -> first segment's audio in the WAV.
- real-time factor per voice: synthesis seconds / audio seconds (lower is faster), for
  speech/'s engine path and for the plain `espeak-ng -w` CLI on the same text, with the ratio.
- main-loop gap: a 10 ms ticker thread stands in for the GUI event loop while the Player
  reads; the largest gap between ticks (budget: under 100 ms).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from speech import (
    Player,
    engine,
    render_reading,
)
from speech.chunks import pieces
from speech.voices import DEFAULT_RATE, voice_for

TEXTS = {
    "zh": "您有权请律师，费用由您自己承担。移民法官会审查您的案件，并决定您是否可以留在美国。"
    "如果您不明白这份文件，请不要签字。",
    "yue": "您有权请律师，费用由您自己承担。移民法官会审查您的案件，并决定您是否可以留在美国。"
    "如果您不明白这份文件，请不要签字。",
    "en": "You have the right to be represented by a lawyer at no cost to the government. "
    "An immigration judge will review your case and decide whether you may stay. "
    "Do not sign this paper if you do not understand it.",
}
FIRST_SENTENCE = "You have the right to be represented by a lawyer at no cost to the government."


LONG = ("The officer must read this notice to you in a language you understand. " * 70)[:5000]


def first_audio_player(runs: int, first: str = FIRST_SENTENCE) -> list[float]:
    times: list[float] = []
    playing = threading.Event()
    stopped = threading.Event()

    def on_state(state: str) -> None:
        if state == "playing":
            playing.set()
        elif state in ("stopped", "finished"):
            stopped.set()

    player = Player("en", on_state=on_state, audio_device="null")
    player.load([("p1.s1", first), ("p1.s2", "Second sentence.")])
    try:
        for _ in range(runs):
            playing.clear()
            stopped.clear()
            start = time.perf_counter()
            player.play(0)
            if not playing.wait(5):
                raise RuntimeError("player never started")
            times.append(time.perf_counter() - start)
            player.stop()
            stopped.wait(5)
    finally:
        player.close()
    return times


def first_audio_file(runs: int) -> list[float]:
    times: list[float] = []
    segments = [("p1.s1", FIRST_SENTENCE)] + [(f"p1.s{i}", TEXTS["en"]) for i in range(2, 12)]
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            first: list[float] = []
            start = time.perf_counter()

            def on_utterance(result: object, start: float = start, first: list = first) -> None:
                if not first:
                    first.append(time.perf_counter() - start)

            render_reading(segments[:3], "en", Path(tmp) / "r.wav", on_utterance=on_utterance)
            times.append(first[0])
    return times


def rtf(lang: str, runs: int) -> tuple[float, float]:
    """(speech/ engine RTF, espeak-ng CLI RTF), medians."""
    voice = voice_for(lang)
    ours, cli = [], []
    text = TEXTS[lang]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cli.wav"
        for _ in range(runs):
            start = time.perf_counter()
            seconds = 0.0
            for piece in pieces(text, lang):
                seconds += engine.synthesize(piece.spoken.text, voice, DEFAULT_RATE).seconds
            ours.append((time.perf_counter() - start) / seconds)
            start = time.perf_counter()
            subprocess.run(
                ["espeak-ng", "-v", voice, "-s", str(DEFAULT_RATE), "-w", str(out), text],
                check=True,
            )
            elapsed = time.perf_counter() - start
            with wave.open(str(out)) as w:
                cli.append(elapsed / (w.getnframes() / w.getframerate()))
    return statistics.median(ours), statistics.median(cli)


def main_loop_gap(seconds: float = 6.0) -> float:
    gaps: list[float] = []
    done = threading.Event()

    def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    finished = threading.Event()
    player = Player(
        "zh", on_state=lambda s: s == "finished" and finished.set(), audio_device="null"
    )
    player.load([(f"p1.s{i}", TEXTS["zh"]) for i in range(1, 4)])
    thread = threading.Thread(target=ticker)
    thread.start()
    player.play()
    finished.wait(seconds)
    player.stop()
    done.set()
    thread.join()
    player.close()
    return max(gaps) - 0.01


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    engine.synthesize("warm up", "en-us", DEFAULT_RATE)  # engine start is not reading time

    rows = []
    player = first_audio_player(args.runs)
    rows.append(("first audio after play() (Player, ms)", statistics.median(player) * 1000))
    long = first_audio_player(args.runs, LONG)
    rows.append(("first audio, 5000-character segment (ms)", statistics.median(long) * 1000))
    file = first_audio_file(args.runs)
    rows.append(("first segment in WAV after render start (ms)", statistics.median(file) * 1000))
    print(f"{'measure (median of ' + str(args.runs) + ')':<48}{'value':>10}")
    for name, value in rows:
        print(f"{name:<48}{value:>10.1f}")
    print(f"{'max of first audio after play() (ms)':<48}{max(player) * 1000:>10.1f}")
    print()
    print(f"{'voice':<20}{'RTF speech/':>12}{'RTF espeak-ng CLI':>20}{'ratio':>8}")
    for lang in ("zh", "yue", "en"):
        ours, cli = rtf(lang, max(5, args.runs // 2))
        print(f"{voice_for(lang):<20}{ours:>12.4f}{cli:>20.4f}{ours / cli:>8.2f}")
    print()
    print(f"{'max main-loop gap while reading (ms)':<48}{main_loop_gap() * 1000:>10.1f}")


if __name__ == "__main__":
    main()
