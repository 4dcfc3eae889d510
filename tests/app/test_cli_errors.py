"""The CLI's error paths: each one a clear one-line message and the exit code of design.md."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("extract", tmp_path / "nothing-here.pdf", data=tmp_path / "d")
    assert result.returncode == 3
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run_cli("extract", empty, data=tmp_path / "d")
    assert result.returncode == 3
    assert "empty" in result.stderr.lower()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.pdf", b"This is just some text, not a PDF at all.\n" * 20),
        ("photo.jpg", b"\x00\x01\x02\x03" * 500),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%garbage"),
    ],
)
def test_not_a_document(tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_cli("extract", bad, data=tmp_path / "d")
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("readfirst: ")
    assert "Traceback" not in result.stderr


def test_a_zip_is_not_a_document(tmp_path: Path) -> None:
    bad = tmp_path / "record.pdf"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("x.txt", "hello")
    result = run_cli("extract", bad, data=tmp_path / "d")
    assert result.returncode == 3


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli(data=tmp_path / "d").returncode == 2
    assert run_cli("extract", data=tmp_path / "d").returncode == 2
    assert run_cli("extract", "x.pdf", "--pages", "3-1", data=tmp_path / "d").returncode == 2
    assert (
        run_cli(
            "read", "x.pdf", "--lang", "fr", "--record-out", "r.zip", data=tmp_path / "d"
        ).returncode
        == 2
    )


def test_verify_of_a_missing_or_non_record_file(tmp_path: Path) -> None:
    assert run_cli("verify", tmp_path / "missing.zip", data=tmp_path / "d").returncode == 3
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    result = run_cli("verify", junk, data=tmp_path / "d")
    assert result.returncode in (1, 3)
    assert "Traceback" not in result.stderr


def test_data_dir_is_honoured(tmp_path: Path) -> None:
    data = tmp_path / "my-data"
    result = run_cli("models", "list", data=data)
    assert "Traceback" not in result.stderr
    assert data.is_dir()
