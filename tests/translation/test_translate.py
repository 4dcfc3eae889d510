"""Translating documents with a real-format package: ids, pinning, cache, corrections, bad input."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from document.errors import Cancelled, MissingComponent, UsageError
from document.model import Document
from document.progress import CancelToken, Progress
from tests.conftest import ROOT
from tests.translation.conftest import text_document
from translation import (
    MACHINE_DISCLAIMER,
    CorrectionStore,
    PackageInfo,
    TranslatedDocument,
    Translator,
    engine,
    install_package,
    load_glossary,
    set_override,
    translate_document,
)


@pytest.fixture(autouse=True)
def _fresh_models():
    """Each test loads models itself, so 'was the model loaded?' is a fair question."""
    engine._LOADED.clear()
    yield
    engine._LOADED.clear()


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything tries to load a model."""

    def refuse(*_a, **_k):
        raise AssertionError("the model was loaded, but everything should come from the cache")

    monkeypatch.setattr(engine, "load", refuse)


def _in_order(text: str, words: list[str]) -> bool:
    pos = 0
    for w in words:
        pos = text.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def test_every_segment_maps_to_its_translation_with_terms_pinned(
    translated_i765: tuple[Path, TranslatedDocument], i765: Document
) -> None:
    reports: list[Progress] = []
    data, result = translated_i765
    again = translate_document(i765, data, progress=reports.append)
    assert again.by_segment == result.by_segment
    ids = [s.id for s in i765.segments()]
    assert list(result.by_segment) == ids
    assert result.package is not None and result.package.code == "en_zh"
    assert result.disclaimer == MACHINE_DISCLAIMER
    assert reports[-1].done == reports[-1].total == 2
    pinned = 0
    for seg in i765.segments():
        t = result.by_segment[seg.id]
        assert t.source == "machine", (seg.id, seg.text)
        assert t.package == "en_zh 1.9"
        assert t.text.strip()
        if t.glossary_terms:
            pinned += 1
            assert _in_order(t.text, [h.zh for h in t.glossary_terms]), (seg.text, t.text)
            for h in t.glossary_terms:
                assert f"{h.zh}〔{h.shown()}〕" in t.display
        if "I-765" in seg.text:
            assert "I-765" in t.text  # form numbers come back exactly as written
    assert pinned >= 8
    sig = next(s for s in i765.segments() if "Applicant's Signature" in s.text)
    assert "签名" in result.by_segment[sig.id].text


def test_translation_is_deterministic_across_installs(
    tmp_path: Path, tiny_package: Path, i765: Document
) -> None:
    i765 = Document(i765.source, i765.pages[1:])  # page 2 is enough, and keeps this quick
    outputs = []
    for name in ("a", "b"):
        data = tmp_path / name
        install_package(tiny_package, data)
        engine._LOADED.clear()
        outputs.append(translate_document(i765, data))
    assert outputs[0].output_sha256 == outputs[1].output_sha256
    assert {k: v.text for k, v in outputs[0].by_segment.items()} == {
        k: v.text for k, v in outputs[1].by_segment.items()
    }


def test_cached_retranslation_needs_no_model(
    warm: TranslatedDocument, data_dir: Path, i765: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = warm
    monkeypatch.setattr(engine, "load", lambda *a, **k: pytest.fail("model loaded on a cache hit"))
    second = translate_document(i765, data_dir)
    assert second.output_sha256 == first.output_sha256
    assert second.by_segment == first.by_segment


def test_a_glossary_override_invalidates_the_cache(
    warm: TranslatedDocument, data_dir: Path, i765: Document
) -> None:
    before = warm
    set_override(data_dir, "signature", "签字", "Legal Aid Example")
    after = translate_document(i765, data_dir)
    assert after.glossary_version != before.glossary_version
    changed = 0
    for seg in i765.segments():
        hits = [h for h in after.by_segment[seg.id].glossary_terms if h.en == "signature"]
        if hits:
            changed += 1
            assert "签字" in after.by_segment[seg.id].text
            assert all(h.overridden_by == "Legal Aid Example" for h in hits)
    assert changed >= 3
    # Segments without the term translate the same as before.
    plain = next(s for s in i765.segments() if not after.by_segment[s.id].glossary_terms)
    assert after.by_segment[plain.id].text == before.by_segment[plain.id].text


def test_a_new_package_version_invalidates_the_cache(
    installed: PackageInfo, data_dir: Path, tiny_package_v2: Path
) -> None:
    doc = text_document("Read this notice carefully before you sign it.")
    v1 = translate_document(doc, data_dir).by_segment["p1.s1"]
    install_package(tiny_package_v2, data_dir)
    v2 = translate_document(doc, data_dir).by_segment["p1.s1"]
    assert (v1.package, v2.package) == ("en_zh 1.9", "en_zh 2.0")
    assert v1.text != v2.text
    assert "签署" in v2.text


def test_corrections_are_kept_beside_the_machine_output(
    warm: TranslatedDocument, data_dir: Path, i765: Document
) -> None:
    machine = warm
    seg = next(s for s in i765.segments() if "penalty of perjury" in s.text)
    store = CorrectionStore(data_dir)
    store.add(
        i765.source.sha256,
        seg.id,
        machine.by_segment[seg.id].text,
        "本人在伪证罪处罚下保证。",
        who="Interpreter Wang",
        source_text=seg.text,
    )
    store.add(
        i765.source.sha256,
        seg.id,
        machine.by_segment[seg.id].text,
        "本人在伪证罪处罚下保证上述内容真实无误。",
        who="Interpreter Li",
        source_text=seg.text,
    )
    corrected = translate_document(i765, data_dir)
    t = corrected.by_segment[seg.id]
    assert (t.source, t.text, t.corrected_by) == (
        "human",
        "本人在伪证罪处罚下保证上述内容真实无误。",
        "Interpreter Li",
    )
    assert t.machine_text == machine.by_segment[seg.id].text
    assert corrected.output_sha256 != machine.output_sha256
    history = store.history(i765.source.sha256, seg.id)
    assert [c.who for c in history] == ["Interpreter Wang", "Interpreter Li"]
    assert all(c.machine_text == machine.by_segment[seg.id].text for c in history)
    assert store.latest(i765.source.sha256, seg.id) == history[-1]
    # The machine output itself is untouched.
    again = translate_document(i765, data_dir, use_corrections=False)
    assert again.by_segment[seg.id] == machine.by_segment[seg.id]
    # Nobody can rewrite or erase a correction.
    db = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE correction SET corrected_text = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM correction")


def test_a_correction_for_other_english_is_not_applied(
    installed: PackageInfo, data_dir: Path
) -> None:
    doc = text_document("Sign here.", sha="e" * 64)
    CorrectionStore(data_dir).add(
        "e" * 64, "p1.s1", "x", "在此签名。", who="A", source_text="Do not sign here."
    )
    assert translate_document(doc, data_dir).by_segment["p1.s1"].source == "machine"


def test_no_package_is_a_missing_component_naming_the_file(data_dir: Path) -> None:
    doc = text_document("You have the right to an attorney.")
    with pytest.raises(MissingComponent) as err:
        translate_document(doc, data_dir)
    assert err.value.exit_code == 4
    assert "readfirst models install translate-en_zh-<version>.argosmodel" in err.value.message
    assert "--glossary-only" in err.value.message


def test_glossary_only_mode_shows_terms_and_says_so(data_dir: Path, i765: Document) -> None:
    result = translate_document(i765, data_dir, glossary_only=True)
    assert result.package is None and result.glossary_only
    assert "No full translation available" in (result.notice or "")
    assert {t.source for t in result.by_segment.values()} == {"glossary"}
    perjury = next(s for s in i765.segments() if "penalty of perjury" in s.text)
    t = result.by_segment[perjury.id]
    assert "伪证罪处罚" in t.text
    assert "伪证罪处罚〔penalty of perjury〕" in t.display
    plain = next(s for s in i765.segments() if not result.by_segment[s.id].glossary_terms)
    assert result.by_segment[plain.id].text == ""


def test_a_5000_character_segment(
    installed: PackageInfo, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "You may ask for an interpreter at your hearing, and the attorney may attend"
    long = ", ".join([sentence] * 80)[:5000] + "."
    assert len(long) >= 5000
    runner = engine.load(installed.path)
    lengths: list[int] = []
    original = runner.translate_tokens

    def spy(batch):
        lengths.extend(len(t) for t in batch)
        return original(batch)

    monkeypatch.setattr(runner, "translate_tokens", spy)
    result = translate_document(text_document(long), data_dir)
    t = result.by_segment["p1.s1"]
    assert t.source == "machine" and t.text
    assert max(lengths) <= engine.MAX_INPUT_TOKENS
    assert len(lengths) > 5  # cut into pieces, none silently truncated
    assert t.text.count("口译员") == long.count("interpreter")


def test_empty_numbers_chinese_and_mixed_segments(installed: PackageInfo, data_dir: Path) -> None:
    doc = text_document(
        "",
        "   ",
        "12.a.",
        "您有权聘请律师。",
        "Name: 李明 (Li Ming)",
        "8 CFR 1003.33",
        "Read this notice carefully before you sign it, and ask questions.",
    )
    result = translate_document(doc, data_dir)
    by = result.by_segment
    assert [by[f"p1.s{i}"].source for i in range(1, 8)] == [
        "original",
        "original",
        "original",
        "original",
        "machine",
        "original",
        "machine",
    ]
    assert by["p1.s1"].text == "" and by["p1.s4"].text == "您有权聘请律师。"
    assert "李明" in by["p1.s5"].text
    assert by["p1.s6"].text == "8 CFR 1003.33"


def test_nothing_to_translate_loads_no_model(installed: PackageInfo, data_dir: Path) -> None:
    translate_document(text_document("", "I-765", "12.a.", "02/28/2018"), data_dir)
    assert engine._LOADED == {}


def test_a_chinese_paper_and_a_missing_reverse_package(data_dir: Path) -> None:
    zh = text_document("您有权在移民法官面前参加听证会。", "请在签名前阅读本通知。")
    with pytest.raises(UsageError, match=r"already in Chinese.*--to en"):
        translate_document(zh, data_dir, to="zh")
    with pytest.raises(UsageError, match=r"already in English.*--to zh"):
        translate_document(text_document("Sign here."), data_dir, to="en")
    with pytest.raises(MissingComponent, match="translate-zh_en"):
        translate_document(zh, data_dir, to="en")


def test_cancel_stops_between_pages(installed: PackageInfo, data_dir: Path, i765: Document) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        translate_document(i765, data_dir, cancel=token)


def test_json_shape_of_the_cli_contract(installed: PackageInfo, data_dir: Path) -> None:
    doc = text_document("Your attorney will attend.")
    data = translate_document(doc, data_dir).to_json(doc)
    seg = data["pages"][0]["segments"][0]
    assert set(seg) == {"id", "text", "bbox", "confidence", "translation"}
    assert set(seg["translation"]) >= {"text", "source", "package", "glossary_terms"}
    assert seg["translation"]["glossary_terms"][0]["en"] == "attorney"
    assert data["translation"]["glossary_version"]
    assert data["translation"]["package"]["version"] == "1.9"
    assert data["translation"]["disclaimer"] == MACHINE_DISCLAIMER


def test_importing_translation_loads_neither_torch_nor_ctranslate2() -> None:
    code = (
        "import sys, translation\n"
        "heavy = ('torch', 'ctranslate2', 'stanza', 'argostranslate')\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_install_measures_whether_the_model_keeps_placeholders(installed: PackageInfo) -> None:
    # Random weights never copy "QZ1" through; a real model mostly does.
    assert installed.placeholder_survival == 0.0


def test_whole_sentence_first_falls_back_to_pieces_when_a_placeholder_is_lost(
    installed: PackageInfo, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "Your attorney may attend the hearing with you.",
        "Read this notice carefully before you answer.",
    ]
    calls: list[int] = []
    runner = engine.load(installed.path)
    original = runner.translate

    def count(batch):
        calls.append(len(batch))
        return original(batch)

    monkeypatch.setattr(runner, "translate", count)
    glossary = load_glossary(data_dir)
    pieces_first = Translator(installed, glossary).translate_texts(texts)
    assert len(calls) == 1  # one batched call: the plain sentence and the pieces
    optimistic = dataclasses.replace(installed, placeholder_survival=1.0)
    calls.clear()
    whole_first = Translator(optimistic, glossary).translate_texts(texts)
    assert calls == [2, 3]  # both sentences whole, then the three pieces around the terms
    # (Texts differ in their gibberish: a batch's shape changes a random model's output.)
    for result in (pieces_first[0], whole_first[0]):
        assert result.source == "machine"
        assert _in_order(result.text, ["律师", "听证会"])
        assert [h.en for h in result.glossary_terms] == ["attorney", "hearing"]


def test_a_damaged_cache_is_rebuilt_around_not_trusted(
    warm: TranslatedDocument, data_dir: Path, i765: Document
) -> None:
    cache = data_dir / "cache" / "translation.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(str(cache) + extra).unlink(missing_ok=True)
    cache.write_bytes(b"this is not a database" * 100)
    doc = Document(i765.source, i765.pages[1:])
    result = translate_document(doc, data_dir)
    assert [result.by_segment[s.id].source for s in doc.segments()] == ["machine"] * len(
        list(doc.segments())
    )


def test_an_unusable_cache_folder_does_not_stop_translation(
    installed: PackageInfo, data_dir: Path
) -> None:
    # (Tests run as root here, so chmod cannot make a folder unwritable: a file stands in the
    # way of the cache folder instead.)
    (data_dir / "cache").write_text("not a folder", encoding="utf-8")
    doc = text_document("Read this notice carefully before you sign it.")
    result = translate_document(doc, data_dir)
    assert result.by_segment["p1.s1"].source == "machine"
    assert "签署" in result.by_segment["p1.s1"].text
    assert not (data_dir / "corrections.sqlite3").exists()  # nothing created just to read


def test_a_translator_certification_is_its_own_append_only_entry(data_dir: Path) -> None:
    store = CorrectionStore(data_dir)
    cert = store.certify("a" * 64, "Mei Chen", "I am competent to translate ...", "b" * 64)
    assert store.certifications("a" * 64) == [cert]
    db = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE certification SET translator = 'someone else'")
    with pytest.raises(UsageError, match="translator's name"):
        store.certify("a" * 64, " ", "statement", "b" * 64)
