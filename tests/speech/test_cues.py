"""The cue sheet beside an exported reading: WebVTT, segment ids as cue ids, times fit the WAV."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest

from document.errors import RecordWriteFailed
from speech import CueEntry, cue_sheet_path, render_reading, write_cue_sheet
from tests.speech.conftest import read_wav, rms

TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def parse_vtt(text: str) -> list[tuple[str, float, float, str]]:
    """(id, start, end, text) per cue: a plain reader, as another tool would write one."""
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "WEBVTT"
    cues = []
    for block in blocks[1:]:
        ident, timing, *body = block.split("\n")
        m = TIMING.match(timing)
        assert m, timing
        h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in m.groups())
        start = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000
        end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
        cues.append((ident, start, end, "\n".join(body)))
    return cues


def test_cue_sheet_of_a_mandarin_reading_finds_each_sentence_in_the_wav(tmp_path: Path) -> None:
    segments = [
        ("p1.s1", "您有权请律师。"),
        ("p1.s2", "请在2018年9月17日之前提交I-589表。"),
        ("p2.s1", "如果您不明白这份文件，请不要签字。"),
    ]
    wav = tmp_path / "reading.wav"
    cues = render_reading(segments, "zh", wav)
    path = write_cue_sheet(cues, dict(segments), wav)
    assert path == cue_sheet_path(wav) == tmp_path / "reading.vtt"
    parsed = parse_vtt(path.read_text(encoding="utf-8"))
    samples, rate = read_wav(wav)
    assert [c[0] for c in parsed] == ["p1.s1", "p1.s2", "p2.s1"]
    assert [c[3] for c in parsed] == [text for _, text in segments]
    assert parsed[0][1] == 0.0
    assert parsed[-1][2] == pytest.approx(samples.size / rate, abs=0.001)
    for (_, _, end, _), (_, start, _, _) in itertools.pairwise(parsed):
        assert start == pytest.approx(end, abs=0.001)
    for _, start, end, _ in parsed:
        assert rms(samples[int(start * rate) : int(end * rate)]) > 0.02


def test_text_that_would_break_a_cue_is_kept_readable(tmp_path: Path) -> None:
    cues = [CueEntry("p1.s1", 0.0, 1.5), CueEntry("p1.s2", 1.5, 3723.25)]
    texts = {"p1.s1": "Step 1 --> Step 2\n\nthen sign.", "p1.s2": ""}
    path = write_cue_sheet(cues, texts, tmp_path / "r.wav")
    parsed = parse_vtt(path.read_text(encoding="utf-8"))
    assert parsed == [
        ("p1.s1", 0.0, 1.5, "Step 1 -> Step 2\nthen sign."),
        ("p1.s2", 1.5, 3723.25, "…"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(RecordWriteFailed, match="Choose a folder you can write to"):
            write_cue_sheet([CueEntry("p1.s1", 0.0, 1.0)], {"p1.s1": "x"}, tmp_path / "r.wav")
    finally:
        tmp_path.chmod(0o700)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RecordWriteFailed, match="Cannot write the cue sheet"):
        write_cue_sheet([CueEntry("p1.s1", 0.0, 1.0)], {"p1.s1": "x"}, tmp_path / "no" / "r.wav")
    assert not (tmp_path / "no").exists()
