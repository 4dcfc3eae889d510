"""`readfirst read` then `readfirst verify`: the reading record round trip, on real parts."""

from __future__ import annotations

import json
import wave
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, SAMPLE_ZH, run_cli


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.fixture(scope="module")
def english_record(shared_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("read")
    result = run_cli(
        "read", SAMPLE, "--lang", "en", "--pages", "2",
        "--participant", "recipient:Li Wei", "--participant", "lawyer:Ann Lee",
        "--audio-out", out / "reading.wav", "--record-out", out / "record.zip",
        data=shared_data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Reading record:" in result.stdout
    # Rendered to a file, not played in the room: the record must not call it "read aloud".
    assert "file" in result.stdout.lower()
    return out / "record.zip"


def test_read_writes_audio_and_a_record(english_record: Path) -> None:
    wav = english_record.parent / "reading.wav"
    assert _wav_seconds(wav) > 10  # page 2 of the sample: six sentences
    with zipfile.ZipFile(english_record) as z:
        names = set(z.namelist())
        events = [json.loads(line) for line in z.read("events.jsonl").splitlines() if line.strip()]
    assert {"events.jsonl", "manifest.json"} <= names
    reads = [e for e in events if e["type"] == "segment_read"]
    assert reads and all(e["payload"]["output"] == "file" for e in reads)
    assert all(e["payload"]["status"] == "completed" for e in reads)
    assert all(e["payload"]["segment_id"].startswith("p2.") for e in reads)
    # The cue sheet beside the WAV says when each sentence is heard, by segment id.
    vtt = (english_record.parent / "reading.vtt").read_text(encoding="utf-8")
    ids = [line for line in vtt.splitlines() if line.startswith("p2.s")]
    assert ids == [e["payload"]["segment_id"] for e in reads]
    last_end = vtt.strip().split("\n\n")[-1].splitlines()[1].split(" --> ")[1]
    h, m, s = last_end.split(":")
    assert int(h) * 3600 + int(m) * 60 + float(s) == pytest.approx(_wav_seconds(wav), abs=0.002)


def test_verify_accepts_the_untouched_record(english_record: Path, shared_data_dir: Path) -> None:
    result = run_cli("verify", english_record, data=shared_data_dir)
    assert result.returncode == 0, result.stderr + result.stdout


def _rewrite(src: Path, dst: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, change(data) if info.filename == name else data)


def test_flipping_any_byte_of_the_events_fails_verification(
    english_record: Path, tmp_path: Path
) -> None:
    from evidence import verify_record

    with zipfile.ZipFile(english_record) as z:
        size = len(z.read("events.jsonl"))
    # Every 7th byte and the last ones: flipping a single bit anywhere must be caught.
    positions = [*range(0, size, 7), size - 2, size - 1]
    for pos in positions:
        bad = tmp_path / f"bad-{pos}.zip"

        def flip(data: bytes, pos: int = pos) -> bytes:
            return data[:pos] + bytes([data[pos] ^ 0x01]) + data[pos + 1 :]

        _rewrite(english_record, bad, "events.jsonl", flip)
        assert not verify_record(bad).ok, f"a flipped bit at byte {pos} was not caught"
        bad.unlink()


def test_cli_verify_exit_1_on_tampering(
    english_record: Path, tmp_path: Path, shared_data_dir: Path
) -> None:
    bad = tmp_path / "bad.zip"
    _rewrite(
        english_record, bad, "events.jsonl", lambda d: d.replace(b"completed", b"completes", 1)
    )
    result = run_cli("verify", bad, data=shared_data_dir)
    assert result.returncode == 1
    assert result.stderr.strip() or result.stdout.strip()


def test_chinese_notice_read_in_mandarin_and_cantonese(
    tmp_path: Path, shared_data_dir: Path
) -> None:
    for lang in ("zh", "yue"):
        result = run_cli(
            "read", SAMPLE_ZH, "--lang", lang, "--participant", "recipient:Chen Jie",
            "--audio-out", tmp_path / f"{lang}.wav", "--record-out", tmp_path / f"{lang}.zip",
            data=shared_data_dir,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert _wav_seconds(tmp_path / f"{lang}.wav") > 5
        assert run_cli("verify", tmp_path / f"{lang}.zip", data=shared_data_dir).returncode == 0


def test_english_paper_in_mandarin_needs_a_language_package(tmp_path: Path) -> None:
    result = run_cli(
        "read", SAMPLE, "--lang", "zh", "--pages", "2", "--audio-out", tmp_path / "a.wav",
        "--record-out", tmp_path / "r.zip", data=tmp_path / "empty-data",
    )  # fmt: skip
    assert result.returncode == 4
    assert "install" in result.stderr.lower()
    assert not (tmp_path / "r.zip").exists()


def test_translate_and_models_exist_without_a_package(tmp_path: Path) -> None:
    listing = run_cli("models", "list", data=tmp_path / "d")
    assert listing.returncode == 0, listing.stderr
    result = run_cli("translate", SAMPLE, "--pages", "2", data=tmp_path / "d")
    assert result.returncode == 4
    assert "install" in result.stderr.lower()


def test_live_reading_on_a_device_is_recorded_as_read_aloud(
    tmp_path: Path, shared_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Played in real time through ALSA's null sink (this machine has no sound card): the one
    output that counts as read aloud. The English banner cannot be read by the Mandarin voice,
    and the record says so rather than pretending."""
    monkeypatch.setenv("READFIRST_AUDIO_DEVICE", "null")
    result = run_cli(
        "read", SAMPLE_ZH, "--lang", "zh", "--rate", "240", "--participant", "recipient:Chen Jie",
        "--record-out", tmp_path / "live.zip", data=shared_data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "read aloud in Mandarin" in result.stdout
    reads = {
        e["payload"]["segment_id"]: e["payload"]
        for e in [
            json.loads(x)
            for x in zipfile.ZipFile(tmp_path / "live.zip").read("events.jsonl").splitlines()
        ]
        if e["type"] == "segment_read"
    }
    assert reads["p1.s1"]["status"] == "failed"  # "SAMPLE - NOT A REAL NOTICE" is English
    assert all(r["output"] == "device" for r in reads.values())
    assert sum(r["status"] == "completed" for r in reads.values()) >= 5
    assert run_cli("verify", tmp_path / "live.zip", data=shared_data_dir).returncode == 0
