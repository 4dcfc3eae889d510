"""Protecting glossary terms and verbatim text across the model, and putting them back."""

from __future__ import annotations

from translation import load_glossary
from translation.protect import prepare


def test_terms_and_codes_become_placeholders() -> None:
    p = prepare("Bring Form I-765 and your attorney on 02/28/2018.", load_glossary())
    assert p.masked() == "Bring Form QZ1 and your QZ2 on QZ3."
    assert [s.text for s in p.spans] == ["I-765", "律师", "02/28/2018"]
    assert p.pieces() == ["Bring Form ", " and your ", " on ", "."]


def test_restore_renders_each_placeholder_once() -> None:
    p = prepare("Your attorney may attend the hearing.", load_glossary())
    assert p.restore("您的 QZ1 可以出席 qz 2。") == (
        "您的律师可以出席听证会。",
        "您的律师〔attorney, G-28, EOIR-28〕可以出席听证会〔hearing〕。",
    )
    # A lost or repeated placeholder is a failure, never a silent guess.
    assert p.restore("您的律师可以出席 QZ2。") is None
    assert p.restore("QZ1 QZ1 QZ2") is None


def test_assemble_keeps_terms_in_the_english_order() -> None:
    p = prepare("Ask for an interpreter before the hearing starts.", load_glossary())
    text, display = p.assemble(["请求", "在", "开始之前"])
    assert text == "请求口译员在听证会开始之前"
    assert "口译员〔interpreter〕" in display


def test_the_english_beside_the_chinese_is_the_papers_own_words() -> None:
    p = prepare("Ask for a Lawyer and an\nAlien Registration Number.", load_glossary())
    _, display = p.assemble(["请求", "和", "。"])
    assert display == "请求律师〔Lawyer, G-28, EOIR-28〕和A号码〔Alien Registration Number〕。"


def test_chinese_inside_english_is_kept_and_only_chinese_needs_no_model() -> None:
    p = prepare("Name: 李明 (Li Ming)", load_glossary())
    assert [s.text for s in p.spans] == ["李明"]
    assert p.needs_model
    assert not prepare("8 CFR 274a.12(c)(14)", load_glossary()).needs_model
    assert not prepare("I-765", load_glossary()).needs_model


def test_without_pinning_terms_are_reported_but_not_replaced() -> None:
    p = prepare("Your attorney", load_glossary(), pin=False)
    assert [h.en for h in p.hits] == ["attorney"]
    assert p.masked() == "Your attorney"


def test_text_that_looks_like_a_placeholder_is_kept_as_written() -> None:
    # A code on a form that happens to read "QZ1" must not be taken for the model's placeholder.
    p = prepare("Quote code QZ1 to your attorney.", load_glossary())
    assert p.masked() == "Quote code QZ1 to your QZ2."
    assert [s.text for s in p.spans] == ["QZ1", "律师"]
    assert p.restore("请向您的 QZ2 引用代码 QZ1。") == (
        "请向您的律师引用代码QZ1。",
        "请向您的律师〔attorney, G-28, EOIR-28〕引用代码QZ1。",
    )
    # The model dropping our placeholder but keeping a look-alike is still caught.
    assert p.restore("请向您的律师引用代码 QZ1。") is None
