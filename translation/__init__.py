"""Segments -> Chinese, offline: language packages, a pinned legal glossary, human corrections.

English papers into Simplified (zh) or Traditional (zt) Chinese, and Chinese (either script)
back into English, each with the installed package for that direction and the glossary's terms
pinned in it.

No Qt here, and no other stage: only document/ and third-party libraries. ctranslate2 and the
model are imported and loaded only when something is first translated.
"""

from translation.corrections import Certification, Correction, CorrectionStore
from translation.glossary import Glossary, GlossaryEntry, GlossaryHit, load_glossary, set_override
from translation.packages import (
    PackageInfo,
    find_package,
    install_package,
    installed_packages,
    remove_package,
)
from translation.translate import (
    GLOSSARY_ONLY_NOTICE,
    MACHINE_DISCLAIMER,
    SegmentTranslation,
    TranslatedDocument,
    Translator,
    missing_package_message,
    translate_document,
)

__all__ = [
    "GLOSSARY_ONLY_NOTICE",
    "MACHINE_DISCLAIMER",
    "Certification",
    "Correction",
    "CorrectionStore",
    "Glossary",
    "GlossaryEntry",
    "GlossaryHit",
    "PackageInfo",
    "SegmentTranslation",
    "TranslatedDocument",
    "Translator",
    "find_package",
    "install_package",
    "installed_packages",
    "load_glossary",
    "missing_package_message",
    "remove_package",
    "set_override",
    "translate_document",
]
