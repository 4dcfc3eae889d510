"""Installing, listing and removing language packages: all or nothing, clear refusals."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from document.errors import InputUnreadable, UsageError
from tests.translation.tiny_package import build_package_dir, zip_package
from translation import PackageInfo, install_package, installed_packages, packages, remove_package
from translation.packages import packages_dir


def _leftovers(data_dir: Path) -> list[str]:
    root = packages_dir(data_dir)
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_install_list_remove(data_dir: Path, tiny_package: Path) -> None:
    assert installed_packages(data_dir) == []
    info = install_package(tiny_package, data_dir)
    assert (info.code, info.from_code, info.to_code, info.version) == ("en_zh", "en", "zh", "1.9")
    assert info.name == "translate-en_zh-1_9"
    assert info.path == data_dir / "packages" / "en_zh"
    assert (info.path / "model" / "model.bin").is_file()
    assert (info.path / "sentencepiece.model").is_file()
    assert len(info.fingerprint) == 64
    assert installed_packages(data_dir) == [info]
    assert _leftovers(data_dir) == ["en_zh"]  # no staging folders left behind

    remove_package("en_zh", data_dir)
    assert installed_packages(data_dir) == []
    assert _leftovers(data_dir) == []


def test_remove_by_package_name(installed: PackageInfo, data_dir: Path) -> None:
    remove_package("translate-en_zh-1_9", data_dir)
    assert installed_packages(data_dir) == []


def test_remove_unknown_package_says_what_is_installed(installed: PackageInfo) -> None:
    with pytest.raises(UsageError, match=r"No language package 'en_de'.*installed: en_zh"):
        remove_package("en_de", installed.path.parent.parent)


def test_reinstall_replaces_the_package_for_the_same_pair(
    installed: PackageInfo, data_dir: Path, tiny_package_v2: Path
) -> None:
    new = install_package(tiny_package_v2, data_dir)
    assert new.version == "2.0"
    assert new.fingerprint != installed.fingerprint
    assert [p.version for p in installed_packages(data_dir)] == ["2.0"]
    assert _leftovers(data_dir) == ["en_zh"]


def _assert_nothing_installed(data_dir: Path) -> None:
    assert installed_packages(data_dir) == []
    assert _leftovers(data_dir) == []


def test_a_file_that_is_not_a_zip(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "translate-en_zh-1_9.argosmodel"
    bad.write_bytes(b"this is not a zip file at all\n" * 100)
    with pytest.raises(InputUnreadable, match=r"not a language package.*zip"):
        install_package(bad, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_zip_that_is_not_a_package(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "photos.argosmodel"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("holiday/photo.jpg", b"\xff\xd8\xff" + b"0" * 100)
        z.writestr("holiday/notes.txt", "hello")
    with pytest.raises(InputUnreadable, match="zip file but not a language package"):
        install_package(bad, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_package_for_another_language_pair(data_dir: Path, en_fr_package: Path) -> None:
    with pytest.raises(InputUnreadable, match=r"translates English to fr.*English-Chinese"):
        install_package(en_fr_package, data_dir)
    _assert_nothing_installed(data_dir)


@pytest.mark.parametrize(("src", "dst"), [("de", "en"), ("zh", "ja"), ("en", "en")])
def test_packages_for_pairs_readfirst_does_not_use(
    data_dir: Path, tmp_path: Path, src: str, dst: str
) -> None:
    # Only the metadata matters for this refusal: it comes before anything is unpacked.
    bad = tmp_path / f"translate-{src}_{dst}-1_0.argosmodel"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr(
            f"translate-{src}_{dst}-1_0/metadata.json",
            json.dumps({"from_code": src, "to_code": dst, "package_version": "1.0"}),
        )
    with pytest.raises(InputUnreadable, match=r"English-Chinese packages only.*translate-en_zh"):
        install_package(bad, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_package_that_is_not_a_translation_package(data_dir: Path, tmp_path: Path) -> None:
    # Argos also publishes sentence-boundary ("sbd") packages in the same format.
    folder = build_package_dir(tmp_path / "src", seed=3)
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    (folder / "metadata.json").write_text(json.dumps({**meta, "type": "sbd"}), encoding="utf-8")
    with pytest.raises(InputUnreadable, match=r"'sbd' package, not a translation package"):
        install_package(zip_package(folder, tmp_path / "sbd.argosmodel"), data_dir)
    _assert_nothing_installed(data_dir)


def test_a_package_without_a_sentencepiece_tokenizer(data_dir: Path, tmp_path: Path) -> None:
    folder = build_package_dir(tmp_path / "src", seed=3)
    (folder / "sentencepiece.model").unlink()
    with pytest.raises(InputUnreadable, match=r"no sentencepiece.model tokenizer"):
        install_package(zip_package(folder, tmp_path / "bpe.argosmodel"), data_dir)
    _assert_nothing_installed(data_dir)


def test_an_archive_that_would_unpack_to_something_absurd(
    data_dir: Path, tiny_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (The real limit is 4 GB; a smaller one stands in for a zip bomb.)
    monkeypatch.setattr(packages, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(InputUnreadable, match=r"would unpack to .* MB.*not installed"):
        install_package(tiny_package, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_truncated_reverse_package_is_refused_too(data_dir: Path, tmp_path: Path) -> None:
    folder = build_package_dir(tmp_path / "src", from_code="zt", to_code="en", seed=3)
    model = folder / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[:4096])
    bad = zip_package(folder, tmp_path / "translate-zt_en-1_9.argosmodel")
    with pytest.raises(InputUnreadable, match=r"could not be loaded.*Copy the .argosmodel"):
        install_package(bad, data_dir)
    _assert_nothing_installed(data_dir)


def test_the_pair_asked_for_is_checked(data_dir: Path, tiny_package: Path) -> None:
    with pytest.raises(InputUnreadable, match=r"zh_en was asked|translate-zh_en"):
        install_package(tiny_package, data_dir, expect=("zh", "en"))
    _assert_nothing_installed(data_dir)


def test_a_truncated_model_file_is_refused(data_dir: Path, tmp_path: Path) -> None:
    folder = build_package_dir(tmp_path / "src", seed=3)
    model = folder / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])
    bad = zip_package(folder, tmp_path / "translate-en_zh-1_9.argosmodel")
    with pytest.raises(InputUnreadable, match=r"could not be loaded.*damaged or incomplete"):
        install_package(bad, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_truncated_download_is_refused(
    data_dir: Path, tmp_path: Path, tiny_package: Path
) -> None:
    cut = tmp_path / "cut.argosmodel"
    cut.write_bytes(tiny_package.read_bytes()[: tiny_package.stat().st_size * 2 // 3])
    with pytest.raises(InputUnreadable, match=r"cut short|damaged"):
        install_package(cut, data_dir)
    _assert_nothing_installed(data_dir)


def test_a_failed_reinstall_keeps_the_working_package(
    installed: PackageInfo, data_dir: Path, tmp_path: Path
) -> None:
    folder = build_package_dir(tmp_path / "src", version="3.0", seed=5)
    (folder / "sentencepiece.model").write_bytes(b"garbage")
    bad = zip_package(folder, tmp_path / "bad.argosmodel")
    with pytest.raises(InputUnreadable):
        install_package(bad, data_dir)
    assert installed_packages(data_dir) == [installed]
    assert _leftovers(data_dir) == ["en_zh"]


def test_missing_metadata_and_missing_model(data_dir: Path, tmp_path: Path) -> None:
    folder = build_package_dir(tmp_path / "src", seed=3)
    no_model = tmp_path / "no-model"
    shutil.copytree(folder, no_model / folder.name)
    shutil.rmtree(no_model / folder.name / "model")
    with pytest.raises(InputUnreadable, match=r"no CTranslate2 model"):
        install_package(zip_package(no_model / folder.name, tmp_path / "a.argosmodel"), data_dir)
    (folder / "metadata.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputUnreadable, match=r"metadata.json is not valid JSON"):
        install_package(zip_package(folder, tmp_path / "b.argosmodel"), data_dir)
    (folder / "metadata.json").write_text(json.dumps({"package_version": "1"}), encoding="utf-8")
    with pytest.raises(InputUnreadable, match="does not say which languages"):
        install_package(zip_package(folder, tmp_path / "c.argosmodel"), data_dir)
    _assert_nothing_installed(data_dir)


def test_unsafe_paths_in_the_zip_are_refused(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("pkg/metadata.json", json.dumps({"from_code": "en", "to_code": "zh"}))
        z.writestr("../../outside.txt", "x")
    with pytest.raises(InputUnreadable, match="unsafe path"):
        install_package(bad, data_dir)
    assert not (data_dir.parent / "outside.txt").exists()
    _assert_nothing_installed(data_dir)


def test_empty_and_missing_files(data_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.argosmodel"
    empty.write_bytes(b"")
    with pytest.raises(InputUnreadable, match="empty"):
        install_package(empty, data_dir)
    with pytest.raises(InputUnreadable, match="no such file"):
        install_package(tmp_path / "nope.argosmodel", data_dir)
    with pytest.raises(InputUnreadable, match="is a folder"):
        install_package(tmp_path, data_dir)


def test_a_damaged_installed_folder_is_skipped_in_the_list(
    installed: PackageInfo, data_dir: Path
) -> None:
    broken = packages_dir(data_dir) / "en_zt"
    broken.mkdir()
    (broken / "metadata.json").write_text("{", encoding="utf-8")
    assert installed_packages(data_dir) == [installed]


def test_leftovers_of_a_killed_install_are_cleaned_up_later(
    data_dir: Path, tiny_package: Path
) -> None:
    root = packages_dir(data_dir)
    stale = root / ".installing-killed"
    (stale / "pkg").mkdir(parents=True)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    fresh = root / ".installing-running-now"
    fresh.mkdir()
    install_package(tiny_package, data_dir)
    assert not stale.exists()
    assert fresh.exists()  # may be another window's install in progress
    assert [p.code for p in installed_packages(data_dir)] == ["en_zh"]


def test_a_package_zipped_without_its_top_folder(data_dir: Path, tmp_path: Path) -> None:
    folder = build_package_dir(tmp_path / "src", seed=3)
    flat = tmp_path / "flat.argosmodel"
    with zipfile.ZipFile(flat, "w") as z:
        for path in sorted(folder.rglob("*")):
            z.write(path, path.relative_to(folder).as_posix())
    info = install_package(flat, data_dir)
    assert (info.code, info.name) == ("en_zh", "flat")
    assert (info.path / "model" / "model.bin").is_file()


def test_a_reinstall_killed_half_way_gives_the_old_package_back(
    installed: PackageInfo, data_dir: Path
) -> None:
    # Killed after the old package was moved aside, before the new one was moved in.
    aside = installed.path.with_name(f".replaced-{installed.path.name}-4242")
    installed.path.rename(aside)
    os.utime(aside, (time.time() - 7200, time.time() - 7200))
    # Listing the packages (what a user does first) puts it back.
    assert installed_packages(data_dir) == [installed]
    assert _leftovers(data_dir) == ["en_zh"]


def test_the_next_install_also_restores_a_package_moved_aside(
    installed: PackageInfo, data_dir: Path, tmp_path: Path
) -> None:
    aside = installed.path.with_name(f".replaced-{installed.path.name}-4242")
    installed.path.rename(aside)
    os.utime(aside, (time.time() - 7200, time.time() - 7200))
    bad = tmp_path / "photos.argosmodel"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(InputUnreadable, match="not a language package"):
        install_package(bad, data_dir)
    assert _leftovers(data_dir) == ["en_zh"]
    assert installed_packages(data_dir) == [installed]
