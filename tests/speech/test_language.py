"""A voice only reads text in its own language."""

from __future__ import annotations

from speech.language import mismatch_reason


def test_chinese_text_with_form_numbers_is_fine_for_chinese_voices() -> None:
    assert mismatch_reason("请在I-589表格上签字（8 CFR 1003.38）。", "zh") is None
    assert mismatch_reason("请在I-589表格上签字。", "yue") is None


def test_english_text_is_refused_by_chinese_voices_with_what_to_do() -> None:
    reason = mismatch_reason("You have the right to a lawyer.", "zh")
    assert reason and "English" in reason and "translation" in reason


def test_chinese_text_is_refused_by_the_english_voice() -> None:
    reason = mismatch_reason("您有权请律师。", "en")
    assert reason and "Mandarin (zh)" in reason


def test_english_with_a_chinese_name_is_fine_and_numbers_suit_everyone() -> None:
    assert mismatch_reason("The applicant, 李明, has A-number 123456789.", "en") is None
    assert mismatch_reason("09/17/2018 - 1003.38", "zh") is None
