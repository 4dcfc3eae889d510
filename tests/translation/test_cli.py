"""`readfirst models ...` and `readfirst translate ...` as a user runs them (subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, run_cli
from tests.translation.conftest import I765


def test_models_install_list_remove(tmp_path: Path, tiny_package: Path) -> None:
    data = tmp_path / "data"
    empty = run_cli("models", "list", data=data)
    assert empty.returncode == 0
    assert "readfirst models install translate-en_zh-<version>.argosmodel" in empty.stdout

    installed = run_cli("models", "install", tiny_package, data=data)
    assert installed.returncode == 0, installed.stderr
    assert "Installed English → Chinese (Simplified) 1.9" in installed.stdout

    listed = run_cli("models", "list", "--format", "json", data=data)
    [row] = json.loads(listed.stdout)
    assert (row["code"], row["version"], row["name"]) == ("en_zh", "1.9", "translate-en_zh-1_9")
    assert Path(row["path"]).parent == data / "packages"
    assert len(row["fingerprint"]) == 64 and row["placeholder_survival"] == 0.0

    removed = run_cli("models", "remove", "en_zh", data=data)
    assert removed.returncode == 0
    assert json.loads(run_cli("models", "list", "--format", "json", data=data).stdout) == []
    again = run_cli("models", "remove", "en_zh", data=data)
    assert again.returncode == 2
    assert "readfirst models list" in again.stderr


def test_models_install_refuses_bad_files_with_exit_3(tmp_path: Path, en_fr_package: Path) -> None:
    data = tmp_path / "data"
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"\x00" * 1000)
    for bad in (junk, en_fr_package):
        result = run_cli("models", "install", bad, data=data)
        assert result.returncode == 3, result.stderr
        assert result.stderr.startswith("readfirst: ")
        assert "Traceback" not in result.stderr
        assert "translate-en_zh-<version>.argosmodel" in result.stderr
    assert not list((data / "packages").iterdir())


def test_translate_without_a_package_exits_4_naming_what_to_install(tmp_path: Path) -> None:
    result = run_cli("translate", I765, data=tmp_path / "data")
    assert result.returncode == 4
    assert "readfirst models install translate-en_zh-<version>.argosmodel" in result.stderr
    assert "Traceback" not in result.stderr


def test_translate_glossary_only(tmp_path: Path) -> None:
    result = run_cli("translate", I765, "--glossary-only", data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "No full translation available" in result.stdout
    assert "Machine translation, not a certified translation." in result.stdout
    assert "伪证罪处罚〔penalty of perjury〕" in result.stdout


def test_translate_json_with_a_package(tmp_path: Path, tiny_package: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("models", "install", tiny_package, data=data).returncode == 0
    extracted = run_cli("extract", I765, "--format", "json", data=data)
    assert extracted.returncode == 0, extracted.stderr
    result = run_cli("translate", I765, "--format", "json", data=data)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    ref = json.loads(extracted.stdout)
    assert out["source"] == ref["source"]
    # Every segment of extract's output, in the same order, with its translation.
    ids = [s["id"] for p in out["pages"] for s in p["segments"]]
    assert ids == [s["id"] for p in ref["pages"] for s in p["segments"]]
    translations = [s["translation"] for p in out["pages"] for s in p["segments"]]
    assert {t["source"] for t in translations} <= {"machine", "glossary", "original"}
    assert any(t["source"] == "machine" and t["package"] == "en_zh 1.9" for t in translations)
    pinned = [t for t in translations if t["glossary_terms"]]
    assert pinned
    for t in pinned:
        for term in t["glossary_terms"]:
            assert term["zh"] in t["text"]
    meta = out["translation"]
    assert meta["package"]["code"] == "en_zh" and meta["glossary_version"]
    assert meta["disclaimer"].startswith("Machine translation, not a certified translation")
    assert len(meta["output_sha256"]) == 64


def test_traditional_chinese_from_the_command_line(tmp_path: Path, en_zt_package: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("translate", I765, "--to", "zt", "--glossary-only", data=data)
    assert result.returncode == 0, result.stderr
    assert "偽證罪處罰〔penalty of perjury〕" in result.stdout
    installed = run_cli("models", "install", en_zt_package, data=data)
    assert installed.returncode == 0, installed.stderr
    assert "English → Chinese (Traditional) 1.9" in installed.stdout
    [row] = json.loads(run_cli("models", "list", "--format", "json", data=data).stdout)
    assert (row["code"], row["from"], row["to"]) == ("en_zt", "en", "zt")


def test_a_chinese_notice_read_back_into_english(tmp_path: Path, zh_en_package: Path) -> None:
    data = tmp_path / "data"
    notice = ROOT / "resources" / "samples" / "sample-notice-zh.pdf"
    assert run_cli("models", "install", zh_en_package, data=data).returncode == 0
    result = run_cli("translate", notice, "--to", "en", "--format", "json", data=data)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    meta = out["translation"]
    assert (meta["from"], meta["to"], meta["package"]["code"]) == ("zh", "en", "zh_en")
    terms = {
        term["matched"]: term["en"]
        for p in out["pages"]
        for s in p["segments"]
        for term in s["translation"]["glossary_terms"]
    }
    # The notice's legal terms, pinned to the glossary's English.
    expected = {"移民法官": "immigration judge", "律师": "attorney", "口译员": "interpreter"}
    assert expected.items() <= terms.items()
    texts = [s["translation"]["text"] for p in out["pages"] for s in p["segments"]]
    assert any("immigration judge" in t for t in texts)
    assert any("interpreter" in t for t in texts)


def test_models_list_names_each_direction(tmp_path: Path, en_zt_package: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("models", "install", en_zt_package, data=data).returncode == 0
    listed = run_cli("models", "list", data=data)
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[:4] == [
        "en_zt",
        "1.9",
        "English → Chinese (Traditional)",
        "translate-en_zt-1_9",
    ]
