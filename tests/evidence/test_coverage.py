"""Coverage arithmetic on hand-built sessions: what counts as read aloud, and the words used."""

from __future__ import annotations

from typing import Any

import pytest

from evidence import compute_coverage

# Three pages: 4, 5 and 9 sentences.
SEGMENTS = [
    (f"p{page}.s{n}", page, f"sentence {n} of page {page}")
    for page, count in ((1, 4), (2, 5), (3, 9))
    for n in range(1, count + 1)
]


def read(seg: str, lang: str = "zh", status: str = "completed", output: str = "device") -> dict:
    return {
        "type": "segment_read",
        "payload": {"segment_id": seg, "language": lang, "status": status, "output": output},
    }


def shown(page: int) -> dict[str, Any]:
    return {"type": "page_shown", "payload": {"page": page}}


def page_ids(page: int, first: int = 1, last: int | None = None) -> list[str]:
    ids = [s for s, p, _ in SEGMENTS if p == page]
    return ids[first - 1 : last]


def test_everything_read_in_mandarin_is_one_phrase_for_the_pages() -> None:
    events = [read(s) for s in page_ids(1) + page_ids(2)]
    cov = compute_coverage(SEGMENTS[:9], events, ["zh"])
    assert cov.describe() == "pages 1-2: all read aloud in Mandarin"
    assert (cov.read_aloud_count, cov.total, cov.percent) == (9, 9, 100.0)


def test_gaps_are_named_by_page_and_sentence() -> None:
    events = [read(s) for s in page_ids(1) + page_ids(2) + page_ids(3, 1, 3)]
    cov = compute_coverage(SEGMENTS, events, ["zh"])
    assert cov.describe() == (
        "pages 1-2: all read aloud in Mandarin; "
        "page 3: sentences 1-3 read aloud in Mandarin, sentences 4-9 never read aloud"
    )
    assert cov.read_aloud_count == 12
    assert cov.percent == pytest.approx(100 * 12 / 18)
    assert [s.segment_id for s in cov.segments if s.status == "not_read"] == page_ids(3, 4)


def test_scattered_gaps_are_listed_as_ranges() -> None:
    done = {"p3.s1", "p3.s2", "p3.s5", "p3.s9"}
    cov = compute_coverage(SEGMENTS[9:], [read(s) for s in done], ["zh"])
    assert cov.describe() == (
        "page 3: sentences 1-2, 5, 9 read aloud in Mandarin, sentences 3-4, 6-8 never read aloud"
    )


def test_audio_rendered_to_a_file_never_counts_as_read_aloud() -> None:
    events = [read(s, output="file") for s in page_ids(1)]
    cov = compute_coverage(SEGMENTS[:4], events, ["zh"])
    assert cov.read_aloud_count == 0 and cov.percent == 0.0
    assert {s.status for s in cov.segments} == {"rendered_to_file"}
    assert (
        cov.describe() == "page 1: sentences 1-4 rendered to an audio file, not played in the room"
    )


@pytest.mark.parametrize("status", ["interrupted", "failed"])
def test_an_unfinished_utterance_is_not_read_aloud(status: str) -> None:
    events = [read("p1.s1"), read("p1.s2", status=status)]
    cov = compute_coverage(SEGMENTS[:4], events, ["zh"])
    assert cov.by_id["p1.s2"].status == "interrupted"
    assert cov.read_aloud_count == 1
    assert "sentence 2 not finished (interrupted or failed)" in cov.describe()
    assert "sentences 3-4 never read aloud" in cov.describe()


def test_a_later_completed_reading_wins_over_an_interrupted_one() -> None:
    events = [read("p1.s1", status="interrupted"), read("p1.s1")]
    cov = compute_coverage(SEGMENTS[:1], events, ["zh"])
    assert cov.by_id["p1.s1"].status == "read_aloud"


def test_a_language_the_recipient_does_not_understand_does_not_count() -> None:
    # The recipient speaks Cantonese; the page was read in Mandarin and English.
    events = [read("p1.s1", "zh"), read("p1.s2", "en"), read("p1.s3", "yue")]
    cov = compute_coverage(SEGMENTS[:4], events, ["yue"])
    assert [s.status for s in cov.segments] == [
        "read_other_language",
        "read_other_language",
        "read_aloud",
        "not_read",
    ]
    assert cov.by_id["p1.s3"].languages == ("yue",)
    assert cov.by_id["p1.s1"].languages == ()  # Mandarin is not claimed as understood
    assert cov.describe() == (
        "page 1: sentence 3 read aloud in Cantonese, sentences 1-2 read aloud only in a "
        "language the recipient does not understand, sentence 4 never read aloud"
    )
    assert cov.read_aloud_count == 1 and cov.percent == 25.0


def test_read_in_two_understood_languages_names_both() -> None:
    events = [read("p1.s1", "zh"), read("p1.s1", "yue"), *(read(s, "yue") for s in page_ids(1)[1:])]
    cov = compute_coverage(SEGMENTS[:4], events, ["yue", "zh"])
    assert cov.describe() == "page 1: all read aloud in Cantonese and Mandarin"
    assert cov.by_id["p1.s1"].languages == ("yue", "zh")


def test_shown_follows_pages_shown_and_large_print() -> None:
    cov = compute_coverage(SEGMENTS, [shown(2)], ["zh"])
    assert {s.page for s in cov.segments if s.shown} == {2}
    assert cov.read_aloud_count == 0  # showing a page is not reading it
    cov = compute_coverage(SEGMENTS, [{"type": "large_print_shown", "payload": {}}], ["zh"])
    assert all(s.shown for s in cov.segments)


def test_segment_positions_restart_on_each_page() -> None:
    cov = compute_coverage(SEGMENTS, [], ["zh"])
    assert [(s.page, s.index) for s in cov.segments[3:6]] == [(1, 4), (2, 1), (2, 2)]
    assert (
        cov.describe() == "page 1: sentences 1-4 never read aloud; page 2: sentences 1-5 never "
        "read aloud; page 3: sentences 1-9 never read aloud"
    )


def test_json_form_has_counts_percent_and_summary() -> None:
    cov = compute_coverage(SEGMENTS[:4], [read("p1.s1"), read("p1.s3", output="file")], ["zh"])
    data = cov.to_json()
    assert data["total_segments"] == 4 and data["read_aloud"] == 1
    assert data["percent_read_aloud"] == 25.0
    assert data["summary"] == cov.describe()
    assert data["segments"]["p1.s1"] == {
        "shown": False,
        "status": "read_aloud",
        "languages": ["zh"],
    }
    assert data["segments"]["p1.s3"]["status"] == "rendered_to_file"


def test_a_paper_without_text_says_so() -> None:
    cov = compute_coverage([], [read("p1.s1")], ["zh"])
    assert cov.total == 0 and cov.percent == 0.0
    assert cov.describe() == "the paper has no text to read"
