"""The engine check: version, voices per language, and clear messages when parts are missing.

Missing parts are made real, not mocked: ESPEAK_DATA_PATH points a child process at an empty
data folder, or at a copy of espeak-ng's data without the Mandarin voice.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from document.errors import MissingComponent
from speech import LANG_VOICES, check_speech_available
from speech.voices import check_lang, clamp_rate, voice_for

REPO = Path(__file__).resolve().parents[2]

PROBE = """
from pathlib import Path
from speech import check_speech_available, synthesize_to_wav
from document.errors import MissingComponent
try:
    check_speech_available()
    print("available")
except MissingComponent as err:
    print("missing:", err.message)
try:
    print("en seconds:", round(synthesize_to_wav("Hello there.", "en", Path("{out}")), 2))
except MissingComponent as err:
    print("en missing:", err.message)
"""


def _run_probe(data_path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ESPEAK_DATA_PATH=str(data_path), PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(out=out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _real_data_path() -> Path:
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True)
    match = re.search(r"Data at:\s*(\S+)", out.stdout)
    assert match, out.stdout
    return Path(match.group(1))


def test_version_and_voices() -> None:
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", check_speech_available())
    assert set(LANG_VOICES) == {"zh", "yue", "en"}
    assert voice_for("yue") == "yue" and voice_for("en") == "en-us"
    assert voice_for("zh") in ("cmn-latn-pinyin", "cmn")


def test_unknown_language_and_rates() -> None:
    with pytest.raises(ValueError, match="Choose one of"):
        check_lang("fr")
    assert clamp_rate(None) == 160 and clamp_rate(5) == 80 and clamp_rate(9999) == 450


def test_missing_voice_data_is_a_message_not_a_crash(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = _run_probe(empty, tmp_path / "x.wav")
    # libespeak-ng exit(1)s on missing data; the app must survive and say what to install.
    assert proc.returncode == 0, proc.stderr
    assert (
        "missing: espeak-ng is not installed. Install it with: sudo apt-get install espeak-ng"
        in (proc.stdout)
    )
    assert "en missing:" in proc.stdout


def test_missing_mandarin_voice_is_named_and_english_still_works(tmp_path: Path) -> None:
    real = _real_data_path()
    data = tmp_path / "espeak-ng-data"
    data.mkdir()
    for entry in real.iterdir():
        if entry.name in ("lang", "cmn_dict"):
            continue
        (data / entry.name).symlink_to(entry)
    (data / "lang").mkdir()
    for family in (real / "lang").iterdir():
        if not family.is_dir():
            (data / "lang" / family.name).symlink_to(family)
            continue
        target = data / "lang" / family.name
        target.mkdir()
        for voice in family.iterdir():
            if not voice.name.lower().startswith("cmn"):
                (target / voice.name).symlink_to(voice)
    proc = _run_probe(data, tmp_path / "en.wav")
    assert proc.returncode == 0, proc.stderr
    assert "missing: The espeak-ng voice for Mandarin" in proc.stdout
    assert "sudo apt-get install espeak-ng" in proc.stdout
    seconds = float(re.search(r"en seconds: ([\d.]+)", proc.stdout).group(1))
    assert seconds > 0.3


def test_voice_check_raises_missing_component_type() -> None:
    # The class the CLI maps to exit code 4.
    assert MissingComponent("x").exit_code == 4


@pytest.mark.parametrize("lang", ["zh", "yue"])
def test_chinese_voices_read_characters_as_chinese(lang: str) -> None:
    # espeak-ng 1.51's plain "cmn" switches to English to read the pinyin it looked up
    # ("(en)nI55nt'u:55" for 您: "nin two"). The voice we use must stay Chinese throughout.
    text = "您有权请律师。移民法官会审查您的案件。"
    phonemes = subprocess.run(
        ["espeak-ng", "-q", "-x", "-b", "1", "-v", voice_for(lang), text],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert phonemes.strip()
    assert "(en)" not in phonemes
