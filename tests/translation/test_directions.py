"""Chinese back into English, and Traditional Chinese: the right package, terms pinned both ways."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from document.errors import InputUnreadable, MissingComponent, UsageError
from tests.translation.conftest import text_document
from tests.translation.tiny_package import build_package_dir, zip_package
from translation import (
    PackageInfo,
    install_package,
    installed_packages,
    load_glossary,
    set_override,
    translate_document,
)
from translation.hanzi_scripts import SIMPLIFIED_ONLY
from translation.languages import chinese_script, normalize_code

SAID = "我要求见律师。"  # "I ask to see a lawyer."
SAID_ZT = "我要求見律師。"


@pytest.fixture
def zh_en(data_dir: Path, zh_en_package: Path) -> PackageInfo:
    return install_package(zh_en_package, data_dir)


def test_telling_traditional_from_simplified() -> None:
    assert chinese_script(SAID) == "zh"
    assert chinese_script(SAID_ZT) == "zt"
    assert chinese_script("我不明白。") == "zh"  # no telling character: Simplified
    assert chinese_script("") == "zh"
    assert [normalize_code(c) for c in ("zh_TW", "zh-Hant", "zh-CN", "zt", "EN")] == [
        "zt",
        "zt",
        "zh",
        "zt",
        "en",
    ]


def test_every_glossary_term_has_a_traditional_rendering_with_its_source() -> None:
    glossary = load_glossary()
    for entry in glossary.entries:
        assert entry.zt, entry.en
        assert entry.zt_source == "OpenCC s2tw", entry.en
        # The same term in the other script: same length, no Simplified-only character left.
        assert len(entry.zt) == len(entry.zh), entry.en
        assert not SIMPLIFIED_ONLY.intersection(entry.zt), entry.en
    attorney = glossary.traditional().entry("attorney")
    assert attorney is not None and attorney.zh == "律師"
    assert "OpenCC s2tw" in attorney.source


def test_chinese_is_translated_back_with_legal_terms_pinned_to_english(
    zh_en: PackageInfo, data_dir: Path
) -> None:
    said = text_document(SAID, "我不明白这份文件。", "Form I-589", sha="f" * 64)
    back = translate_document(said, data_dir, to="en")
    assert (back.from_code, back.to_code) == ("zh", "en")
    assert back.package is not None and back.package.code == "zh_en"
    first, second, third = (back.by_segment[f"p1.s{i}"] for i in (1, 2, 3))
    assert [first.source, second.source, third.source] == ["machine", "machine", "original"]
    assert third.text == "Form I-589"
    # 律师 is pinned to the English term, and shown with the Chinese the person wrote.
    assert [(h.matched, h.en) for h in first.glossary_terms] == [("律师", "attorney")]
    assert first.text.endswith("attorney.")  # the Chinese full stop is written as English
    assert "attorney〔律师〕" in first.display
    assert "律师" not in first.text
    only = translate_document(said, data_dir, to="en", glossary_only=True).by_segment["p1.s1"]
    assert (only.text, only.display) == ("attorney", "attorney〔律师〕")


def test_terms_the_sources_disagree_on_or_everyday_words_are_shown_not_pinned(
    zh_en: PackageInfo, data_dir: Path
) -> None:
    # 暂缓递解 means four different things in Chinese (domain.md): never guess which.
    said = text_document("他们说要给我暂缓递解，我需要律师。", sha="c" * 64)
    t = translate_document(said, data_dir, to="en").by_segment["p1.s1"]
    assert [h.en for h in t.glossary_terms] == ["withholding of removal", "attorney"]
    assert t.glossary_terms[0].conflict
    assert "withholding of removal" not in t.text
    assert "attorney" in t.text and "attorney〔律师〕" in t.display
    assert "〔暂缓递解〕" not in t.display
    # 缺席 is the glossary's "in absentia", but in what a person says it is just "absent".
    said = text_document("我昨天缺席了，因为我在医院。", sha="5" * 64)
    t = translate_document(said, data_dir, to="en").by_segment["p1.s1"]
    assert [h.en for h in t.glossary_terms] == ["in absentia"]
    assert "in absentia" not in t.text and "〔" not in t.display


def test_traditional_chinese_back_into_english(
    data_dir: Path, zh_en_package: Path, zt_en_package: Path
) -> None:
    said = text_document(SAID_ZT, sha="b" * 64)
    install_package(zh_en_package, data_dir)
    # Only the Simplified package: used, and the user is told.
    fallback = translate_document(said, data_dir, to="en")
    assert (fallback.from_code, fallback.package.code if fallback.package else None) == (
        "zt",
        "zh_en",
    )
    assert fallback.notice and "translate-zt_en" in fallback.notice
    assert "attorney〔律師〕" in fallback.by_segment["p1.s1"].display
    install_package(zt_en_package, data_dir)
    back = translate_document(said, data_dir, to="en")
    assert back.package is not None and back.package.code == "zt_en"
    assert back.notice is None
    t = back.by_segment["p1.s1"]
    assert t.source == "machine" and t.text.endswith("attorney.")
    assert [(h.matched, h.en) for h in t.glossary_terms] == [("律師", "attorney")]
    # The two directions never share cached translations.
    assert back.by_segment["p1.s1"].package != fallback.by_segment["p1.s1"].package


def test_english_into_traditional_chinese_pins_the_traditional_terms(
    data_dir: Path, en_zt_package: Path, tiny_package: Path
) -> None:
    english = text_document("Your attorney may attend the hearing.")
    install_package(tiny_package, data_dir)  # en_zh only: no silent Simplified output
    with pytest.raises(MissingComponent, match=r"translate-en_zt-<version>"):
        translate_document(english, data_dir, to="zt")
    install_package(en_zt_package, data_dir)
    result = translate_document(english, data_dir, to="zt")
    assert result.to_code == "zt" and result.package and result.package.code == "en_zt"
    t = result.by_segment["p1.s1"]
    assert t.source == "machine"
    assert [h.zh for h in t.glossary_terms] == ["律師", "聽證會"]
    assert t.text.index("律師") < t.text.index("聽證會")
    assert "律师" not in t.text and "听证会" not in t.text
    assert "律師〔attorney, G-28, EOIR-28〕" in t.display
    simplified = translate_document(english, data_dir, to="zh").by_segment["p1.s1"]
    assert "律师" in simplified.text
    only = translate_document(english, data_dir, to="zt", glossary_only=True).by_segment["p1.s1"]
    assert only.text == "律師；聽證會"


def test_an_override_without_a_traditional_rendering_is_not_pinned_in_traditional(
    data_dir: Path, en_zt_package: Path
) -> None:
    install_package(en_zt_package, data_dir)
    english = text_document("Sign your name; the interpreter will help.", sha="a" * 64)
    set_override(data_dir, "interpreter", "翻译员", "Legal Aid Example")
    t = translate_document(english, data_dir, to="zt").by_segment["p1.s1"]
    assert "口譯員" not in t.text and "翻译员" not in t.text  # neither old nor Simplified
    assert "簽署" in t.text  # other terms still pinned
    set_override(data_dir, "interpreter", "翻译员", "Legal Aid Example", zt="翻譯員")
    t = translate_document(english, data_dir, to="zt").by_segment["p1.s1"]
    assert "翻譯員〔interpreter〕" in t.display


def test_a_traditional_paper_is_not_translated_into_chinese(data_dir: Path) -> None:
    with pytest.raises(UsageError, match=r"already in Chinese \(Traditional\).*--to en"):
        translate_document(text_document(SAID_ZT), data_dir, to="zh")
    with pytest.raises(MissingComponent, match=r"translate-zt_en.*translate-zh_en"):
        translate_document(text_document(SAID_ZT), data_dir, to="en")


def test_packages_with_other_spellings_of_traditional_chinese(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = build_package_dir(tmp_path / "src", from_code="en", to_code="zh_TW", seed=5)
    info = install_package(zip_package(folder, tmp_path / "en_zh_TW.argosmodel"), data_dir)
    assert (info.code, info.to_code) == ("en_zt", "zt")
    assert [p.code for p in installed_packages(data_dir)] == ["en_zt"]
    assert info.placeholder_survival is not None
    with pytest.raises(InputUnreadable, match="Chinese \\(Simplified\\) to English was asked"):
        install_package(zip_package(folder, tmp_path / "again.argosmodel"), data_dir, ("zh", "en"))
    with zipfile.ZipFile(tmp_path / "en_zh_TW.argosmodel") as z:
        meta = json.loads(z.read(f"{folder.name}/metadata.json"))
    assert meta["to_code"] == "zh_TW"  # the file as made; only ReadFirst's view is normalised


def test_a_5000_character_chinese_segment_is_cut_not_truncated(
    zh_en: PackageInfo, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translation import engine

    # A table read as one line: no spaces to cut at, a lawyer mentioned in every clause.
    clause = "我的律师说我可以在听证会上请求口译员帮助我理解所有的文件和问题"
    long = "，".join([clause] * 160)[:5000] + "。"
    assert len(long) >= 5000
    runner = engine.load(zh_en.path)
    lengths: list[int] = []
    original = runner.translate_tokens

    def spy(batch):  # type: ignore[no-untyped-def]
        lengths.extend(len(t) for t in batch)
        return original(batch)

    monkeypatch.setattr(runner, "translate_tokens", spy)
    t = translate_document(text_document(long, sha="9" * 64), data_dir, to="en").by_segment["p1.s1"]
    assert t.source == "machine" and t.text
    assert max(lengths) <= engine.MAX_INPUT_TOKENS and len(lengths) > 5
    assert t.text.count("attorney") == long.count("律师")


def test_mixed_chinese_and_english_read_back_into_english(
    zh_en: PackageInfo, data_dir: Path
) -> None:
    said = text_document(
        "我的律师 John Smith 说要填 I-589 表格。",  # Chinese with English in it: translated
        "My name is Li Ming.",  # already English: kept as written
        "",
        "（12）",
        sha="8" * 64,
    )
    result = translate_document(said, data_dir, to="en")
    by = result.by_segment
    assert [by[f"p1.s{i}"].source for i in (1, 2, 3, 4)] == [
        "machine",
        "original",
        "original",
        "original",
    ]
    assert "I-589" in by["p1.s1"].text and "attorney" in by["p1.s1"].text
    assert by["p1.s2"].text == "My name is Li Ming."
    # A note mixing the scripts: a term is found in either (律師 in Simplified text).
    mixed = translate_document(
        text_document("我要见律師和口译员。", sha="6" * 64), data_dir, to="en"
    )
    t = mixed.by_segment["p1.s1"]
    assert [h.en for h in t.glossary_terms] == ["attorney", "interpreter"]
    assert "attorney〔律師〕" in t.display and "interpreter〔口译员〕" in t.display
