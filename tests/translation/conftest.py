"""Fixtures for translation/: a tiny real-format language package, real form text, the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pytest

from document.hashing import sha256_file
from document.model import Document, Page, Segment, Source, segment_id
from document.sentences import split_sentences
from tests.conftest import FORMS
from tests.translation.tiny_package import build_argosmodel
from translation import PackageInfo, TranslatedDocument, install_package, translate_document

I765 = FORMS / "i-765.pdf"
I130 = FORMS / "i-130.pdf"


def form_document(path: Path, pages: int | None = None) -> Document:
    """A Document from a real form's text layer, one segment per sentence (no ocr/ needed)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages[:pages], 1):
            text = " ".join((page.extract_text() or "").split("\n"))
            segs = tuple(
                Segment(segment_id(n, i), s, (0.0, 0.0, float(page.width), float(page.height)))
                for i, s in enumerate(split_sentences(text), 1)
            )
            out.append(Page(n, float(page.width), float(page.height), "text", segs))
    return Document(Source(str(path), sha256_file(path)), tuple(out))


def text_document(*texts: str, sha: str = "d" * 64) -> Document:
    """A one-page Document with the given segments."""
    segs = tuple(Segment(segment_id(1, i), t, (0, 0, 10, 10)) for i, t in enumerate(texts, 1))
    return Document(Source("typed.pdf", sha), (Page(1, 612, 792, "text", segs),))


@pytest.fixture(scope="session")
def packages_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("argosmodels")


@pytest.fixture(scope="session")
def tiny_package(packages_built: Path) -> Path:
    """translate-en_zh-1_9.argosmodel: random weights, the real format."""
    return build_argosmodel(packages_built / "en_zh")


@pytest.fixture(scope="session")
def tiny_package_v2(packages_built: Path) -> Path:
    """Another en_zh package (version 2.0, other weights), to test replacement and the cache."""
    return build_argosmodel(packages_built / "en_zh_v2", version="2.0", seed=11)


@pytest.fixture(scope="session")
def en_fr_package(packages_built: Path) -> Path:
    return build_argosmodel(packages_built / "en_fr", from_code="en", to_code="fr")


@pytest.fixture(scope="session")
def zh_en_package(packages_built: Path) -> Path:
    """translate-zh_en: Simplified Chinese back into English."""
    return build_argosmodel(packages_built / "zh_en", from_code="zh", to_code="en")


@pytest.fixture(scope="session")
def zt_en_package(packages_built: Path) -> Path:
    """translate-zt_en: Traditional Chinese back into English."""
    return build_argosmodel(packages_built / "zt_en", from_code="zt", to_code="en")


@pytest.fixture(scope="session")
def en_zt_package(packages_built: Path) -> Path:
    """translate-en_zt: English into Traditional Chinese."""
    return build_argosmodel(packages_built / "en_zt", from_code="en", to_code="zt")


@pytest.fixture
def installed(data_dir: Path, tiny_package: Path) -> PackageInfo:
    """A data directory with the tiny en_zh package installed."""
    return install_package(tiny_package, data_dir)


@pytest.fixture(scope="session")
def i765() -> Document:
    return form_document(I765)


@pytest.fixture(scope="session")
def translated_i765(
    tmp_path_factory: pytest.TempPathFactory, tiny_package: Path, i765: Document
) -> tuple[Path, TranslatedDocument]:
    """A data directory with the tiny package installed and I-765 translated (cache filled)."""
    data = tmp_path_factory.mktemp("translated") / "data"
    install_package(tiny_package, data)
    return data, translate_document(i765, data)


@pytest.fixture
def warm(data_dir: Path, translated_i765: tuple[Path, TranslatedDocument]) -> TranslatedDocument:
    """``data_dir`` as a copy of translated_i765's: package installed, cache filled."""
    shutil.copytree(translated_i765[0], data_dir)
    return translated_i765[1]
