"""`readfirst extract` on the bundled sample (OCR path) and on a real USCIS form (text path)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from tests.conftest import FORMS, SAMPLE, SAMPLES, run_cli


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _find(texts: list[str], wanted: str, at_least: float = 0.9) -> int:
    """Index of the segment that is (nearly: OCR may slip a letter) the wanted sentence."""
    best = max(range(len(texts)), key=lambda i: _similar(texts[i], wanted))
    assert _similar(texts[best], wanted) >= at_least, (
        f"{wanted!r} not found whole; best {texts[best]!r}"
    )
    return best


@pytest.fixture(scope="module")
def sample_json(shared_data_dir: Path) -> dict:
    result = run_cli("extract", SAMPLE, "--format", "json", data=shared_data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_sample_needs_ocr_and_gives_the_contract_shape(sample_json: dict) -> None:
    assert sample_json["source"]["path"].endswith("sample-notice.pdf")
    assert len(sample_json["source"]["sha256"]) == 64
    assert [p["number"] for p in sample_json["pages"]] == [1, 2]
    assert {p["method"] for p in sample_json["pages"]} == {"ocr"}
    seg = sample_json["pages"][0]["segments"][0]
    assert seg["id"] == "p1.s1"
    assert len(seg["bbox"]) == 4 and 0 <= seg["confidence"] <= 1


def test_sample_sentences_are_whole_and_in_reading_order(sample_json: dict) -> None:
    texts = [s["text"] for p in sample_json["pages"] for s in p["segments"]]
    truth = (SAMPLES / "sample-notice.txt").read_text(encoding="utf-8")
    # Multi-line sentences from both columns of both pages, in the order a person reads them.
    wanted = [
        "NOTICE OF RIGHTS AND REQUEST FOR DISPOSITION",
        "You have been arrested because immigration officers believe that you are not "
        "lawfully in the United States.",
        "You have the right to a hearing before an immigration judge to decide whether you "
        "may stay in the U.S.",
        "You have the right to remain silent.",
        "Do not sign any paper that you do not understand.",
        "If you sign a request for voluntary departure, you give up your right to a hearing "
        "and you must leave the country.",
        "The appeal must be received within 30 days of the decision under 8 CFR 1003.38.",
        "I want to speak with a lawyer before I decide.",
    ]
    for sentence in wanted:
        assert sentence.split()[0] in truth  # the ground truth file and the test agree
    positions = [_find(texts, w) for w in wanted]
    assert positions == sorted(positions), "segments out of reading order"


def test_text_format_lists_ids(shared_data_dir: Path) -> None:
    result = run_cli("extract", SAMPLE, "--pages", "2", data=shared_data_dir)
    assert result.returncode == 0, result.stderr
    assert "--- page 2 (ocr) ---" in result.stdout
    assert "p2.s1\t" in result.stdout
    assert "page 1" not in result.stdout


def test_i765_text_layer_in_reading_order(shared_data_dir: Path) -> None:
    result = run_cli("extract", FORMS / "i-765.pdf", "--format", "json", data=shared_data_dir)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [p["method"] for p in doc["pages"]] == ["text", "text"]
    texts = [s["text"] for p in doc["pages"] for s in p["segments"]]
    # Wrapped over two lines of the right-hand column in the form:
    note = _find(
        texts,
        "NOTE: If you answered “Yes” to Item Number 9.a., provide the information requested "
        "in Item Number 9.b.",
        0.95,
    )
    consent = _find(
        texts,
        "Consent for Disclosure: I authorize disclosure of information from this application "
        "to the SSA as required for the purpose of assigning me an SSN and issuing me a "
        "Social Security card.",
        0.9,
    )
    full_name = _find(texts, "1. Full Name", 0.9)
    assert full_name < note < consent
