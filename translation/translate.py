"""Document -> Chinese, segment by segment, so every sentence maps back to its English id.

Per page: look each segment up in the cache; prepare the rest (glossary terms and verbatim spans
protected); translate them in one batched model call; put the protected spans back (or, if the
model lost a placeholder, translate the pieces between them); store in the cache. Then an
interpreter's correction, if any, wins over the machine text (kept beside it, never over it).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from document.errors import MissingComponent, UsageError
from document.hashing import sha256_text
from document.model import Document, Segment
from document.progress import CancelToken, Progress, ProgressCallback, no_progress
from translation import languages
from translation.cache import TranslationCache, cache_key
from translation.cache import shared as cache_for
from translation.corrections import CORRECTIONS_FILE, Correction, CorrectionStore
from translation.glossary import Glossary, GlossaryHit, load_glossary
from translation.packages import PackageInfo, find_package
from translation.protect import (
    MIN_PLACEHOLDER_SURVIVAL,
    Prepared,
    display_of,
    prepare,
    reverse_display_of,
)

if TYPE_CHECKING:
    from translation.engine import ModelRunner

log = logging.getLogger(__name__)

MACHINE_DISCLAIMER = "Machine translation, not a certified translation. 机器翻译，非认证翻译。"
GLOSSARY_ONLY_NOTICE = (
    "No full translation available: no language package is installed. Only the legal glossary's "
    "renderings of terms found in the text are shown; the English can be read aloud. "
    "没有完整翻译：只显示法律词汇表中的术语。"
)
# Bumped when the way a translation is produced changes, so old cache entries are not served.
ENGINE_VERSION = "3"

Source = Literal["machine", "glossary", "human", "original"]


@dataclass(frozen=True)
class SegmentTranslation:
    """One segment's translation.

    ``source``: "machine" (the model, with glossary terms pinned), "glossary" (glossary
    renderings only), "human" (an interpreter's correction), or "original" (the segment needs
    no translation: empty, only numbers and codes, or already written in the target language).
    ``text`` is what is read aloud; ``display`` adds the English term and form number beside
    each pinned term.
    """

    text: str
    source: Source
    package: str | None
    glossary_terms: list[GlossaryHit] = field(default_factory=list)
    display: str = ""
    machine_text: str | None = None  # what the machine said, when a human corrected it
    corrected_by: str | None = None
    corrected_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "source": self.source,
            "package": self.package,
            "glossary_terms": [h.to_json() for h in self.glossary_terms],
        }
        if self.display and self.display != self.text:
            data["display"] = self.display
        if self.source == "human":
            data["machine_text"] = self.machine_text
            data["corrected_by"] = self.corrected_by
            data["corrected_at"] = self.corrected_at
        return data


@dataclass
class TranslatedDocument:
    """The translation of a Document: one SegmentTranslation per segment id."""

    by_segment: dict[str, SegmentTranslation]
    package: PackageInfo | None
    glossary_version: str
    output_sha256: str
    from_code: str = "en"
    to_code: str = "zh"
    glossary_only: bool = False
    disclaimer: str = MACHINE_DISCLAIMER
    notice: str | None = None  # said to the user before the text (e.g. glossary-only mode)

    def to_json(self, doc: Document) -> dict[str, Any]:
        """extract's JSON shape, each segment gaining "translation" (design.md)."""
        data = doc.to_json()
        for page in data["pages"]:
            for seg in page["segments"]:
                seg["translation"] = self.by_segment[seg["id"]].to_json()
        data["translation"] = {
            "from": self.from_code,
            "to": self.to_code,
            "package": _package_json(self.package),
            "glossary_version": self.glossary_version,
            "glossary_only": self.glossary_only,
            "output_sha256": self.output_sha256,
            "disclaimer": self.disclaimer,
        }
        if self.notice:
            data["translation"]["notice"] = self.notice
        return data


def _package_json(pkg: PackageInfo | None) -> dict[str, str] | None:
    if pkg is None:
        return None
    return {"code": pkg.code, "name": pkg.name, "version": pkg.version}


def output_hash(doc: Document, by_segment: dict[str, SegmentTranslation]) -> str:
    """sha256 over (segment id, text, source) in reading order: what the record cites."""
    rows = [[s.id, by_segment[s.id].text, by_segment[s.id].source] for s in doc.segments()]
    return sha256_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


class Translator:
    """Translates segments with one package and the glossary; loads the model on first need."""

    def __init__(
        self,
        package: PackageInfo | None,
        glossary: Glossary,
        cache: TranslationCache | None = None,
        from_code: str = "en",
        to_code: str = "zh",
    ) -> None:
        self.package = package
        self.glossary = glossary
        self.cache = cache
        self.from_code = from_code
        self.to_code = to_code
        # The glossary pairs English terms with Chinese ones: it pins between English and either
        # Chinese script, in both directions, using the renderings in the Chinese side's script.
        chinese = to_code if to_code in languages.CHINESE else from_code
        self.pin = "en" in (from_code, to_code) and chinese in languages.CHINESE
        if from_code in languages.CHINESE:
            self.terms = glossary.any_script()  # Chinese as written, in either script
        else:
            self.terms = glossary.for_script(chinese)
        self._runner: ModelRunner | None = None
        # With defer_writes, new translations reach the cache only on flush(): one commit per
        # document instead of one per page.
        self.defer_writes = False
        self._pending: dict[str, dict[str, Any]] = {}

    @property
    def package_label(self) -> str | None:
        return f"{self.package.code} {self.package.version}" if self.package else None

    @property
    def package_id(self) -> str:
        """What the cache files entries under, so they go when the package goes."""
        pkg = self.package
        if pkg is None:
            return ""
        return pkg.fingerprint or f"{pkg.code} {pkg.version}"

    def _key(self, text: str) -> str:
        pkg = self.package
        return cache_key(
            ENGINE_VERSION,
            text,
            self.from_code,
            self.to_code,
            pkg.code if pkg else "",
            pkg.version if pkg else "",
            pkg.fingerprint if pkg else "",
            self.glossary.version,
        )

    def runner(self) -> ModelRunner:
        """The loaded model (imports ctranslate2 and loads the package the first time)."""
        if self._runner is None:
            from translation import engine

            assert self.package is not None
            target_prefix = _target_prefix(self.package)
            self._runner = engine.load(self.package.path, target_prefix)
        return self._runner

    def translate_texts(
        self, texts: list[str], cancel: CancelToken | None = None
    ) -> list[SegmentTranslation]:
        """Translate sentences (one batched model call for the ones not cached)."""
        results: list[SegmentTranslation | None] = [None] * len(texts)
        keys = [self._key(t) for t in texts]
        cached = self.cache.get_many(keys) if self.cache is not None else {}
        todo: list[tuple[int, Prepared]] = []
        for i, (text, key) in enumerate(zip(texts, keys, strict=True)):
            if key in cached:
                results[i] = _from_cache(cached[key], self.package_label)
                continue
            direct = self._without_model(text)
            if isinstance(direct, SegmentTranslation):
                results[i] = direct
            else:
                todo.append((i, direct))
        if todo:
            translated = self._with_model([p for _, p in todo], cancel)
            for (i, _), result in zip(todo, translated, strict=True):
                results[i] = result
        if self.cache is not None:
            self._pending.update(
                (keys[i], _to_cache(r))
                for i, r in enumerate(results)
                if r is not None and keys[i] not in cached
            )
            if not self.defer_writes:
                self.flush()
        return [r for r in results if r is not None]

    def flush(self) -> None:
        """Write the translations made since the last flush to the cache (one transaction)."""
        if self.cache is not None and self._pending:
            pending, self._pending = self._pending, {}
            self.cache.put_many(pending, package=self.package_id, glossary=self.glossary.version)

    def _without_model(self, text: str) -> SegmentTranslation | Prepared:
        """A result when no model is needed, else the prepared segment for the model."""
        if not languages.has_words(text) or languages.is_written_in(text, self.to_code):
            return SegmentTranslation(text=text, source="original", package=None, display=text)
        prepared = prepare(
            text,
            self.terms,
            pin=self.pin,
            keep_chinese=self.to_code in languages.CHINESE,
            source_code=self.from_code,
        )
        if not prepared.needs_model:
            pieces = [_untranslated(p, self.to_code) for p in prepared.pieces()]
            text_out, display = prepared.assemble(pieces)
            source: Source = "glossary" if prepared.hits else "original"
            return SegmentTranslation(
                text=text_out,
                source=source,
                package=None,
                glossary_terms=list(prepared.hits),
                display=display,
            )
        return prepared

    def _with_model(
        self, prepared: list[Prepared], cancel: CancelToken | None = None
    ) -> list[SegmentTranslation]:
        runner = self.runner()
        survival = self.package.placeholder_survival if self.package else None
        # A model known (from its install check) to drop placeholders gets protected sentences
        # in pieces straight away, rather than translating them twice.
        whole_first = survival is None or survival >= MIN_PLACEHOLDER_SURVIVAL
        whole = [i for i, p in enumerate(prepared) if whole_first or not p.spans]
        in_pieces = [i for i, p in enumerate(prepared) if not (whole_first or not p.spans)]
        restored: list[tuple[str, str] | None] = [None] * len(prepared)
        # One batched model call for the page: whole sentences and pieces together.
        batch = _PieceBatch(prepared, in_pieces, self.to_code)
        outputs = runner.translate([prepared[i].masked() for i in whole] + batch.texts)
        for i, out in zip(whole, outputs[: len(whole)], strict=True):
            restored[i] = prepared[i].restore(out)
        batch.assemble_into(restored, outputs[len(whole) :])
        # Placeholders lost or repeated: translate the pieces between the protected spans, so
        # the pinned terms stand exactly where the English had them.
        retry = [i for i, r in enumerate(restored) if r is None]
        if retry and cancel is not None:
            cancel.raise_if_cancelled()
        if retry:
            log.info("%d segment(s) lost a placeholder; translating in pieces", len(retry))
            again = _PieceBatch(prepared, retry, self.to_code)
            again.assemble_into(restored, runner.translate(again.texts))
        results = []
        for p, r in zip(prepared, restored, strict=True):
            assert r is not None
            results.append(
                SegmentTranslation(
                    text=r[0],
                    source="machine",
                    package=self.package_label,
                    glossary_terms=list(p.hits),
                    display=r[1],
                )
            )
        return results

    def glossary_only(self, text: str) -> SegmentTranslation:
        """The glossary renderings of the terms in ``text`` (no model)."""
        if self.from_code in languages.CHINESE:
            hits = self.terms.find_chinese(text)
            unique = list({(h.en, h.matched): h for h in hits}.values())
            shown = "; ".join(h.en for h in unique)
            rendered = "; ".join(reverse_display_of(h) for h in unique)
        else:
            hits = self.terms.find(text)
            unique = list({(h.en, h.zh): h for h in hits}.values())
            shown = "；".join(h.zh for h in unique)
            rendered = "；".join(display_of(h) for h in unique)
        return SegmentTranslation(
            text=shown, source="glossary", package=None, glossary_terms=hits, display=rendered
        )


# Chinese punctuation left between pinned terms, as it is written in English.
_TO_ASCII = str.maketrans("。，、：；？！（）「」『』“”", '.,,:;?!()""""""')


def _untranslated(piece: str, to_code: str) -> str:
    """A piece with no words (punctuation, numbers), as it stands in the output."""
    piece = piece.strip()
    return piece.translate(_TO_ASCII) if to_code not in languages.CHINESE else piece


class _PieceBatch:
    """The unprotected pieces of some segments, to translate and reassemble around the spans."""

    def __init__(self, prepared: list[Prepared], indices: list[int], to_code: str) -> None:
        self.prepared = prepared
        self.indices = indices
        self.to_code = to_code
        self.texts = [
            piece for i in indices for piece in prepared[i].pieces() if languages.has_words(piece)
        ]

    def assemble_into(
        self, restored: list[tuple[str, str] | None], translations: list[str]
    ) -> None:
        it = iter(translations)
        for i in self.indices:
            parts = [
                next(it) if languages.has_words(piece) else _untranslated(piece, self.to_code)
                for piece in self.prepared[i].pieces()
            ]
            restored[i] = self.prepared[i].assemble(parts)


def _target_prefix(pkg: PackageInfo) -> str:
    try:
        meta = json.loads((pkg.path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return ""
    return str(meta.get("target_prefix", "") or "")


def _to_cache(t: SegmentTranslation) -> dict[str, Any]:
    return {
        "text": t.text,
        "source": t.source,
        "display": t.display,
        "hits": [
            [
                h.en,
                h.zh,
                h.matched,
                h.start,
                h.end,
                list(h.forms),
                h.source,
                h.conflict,
                h.note,
                h.overridden_by,
            ]
            for h in t.glossary_terms
        ],
    }


def _from_cache(value: dict[str, Any], package_label: str | None) -> SegmentTranslation:
    hits = [
        GlossaryHit(en, zh, matched, start, end, tuple(forms), source, conflict, note, over)
        for en, zh, matched, start, end, forms, source, conflict, note, over in value["hits"]
    ]
    return SegmentTranslation(
        text=value["text"],
        source=value["source"],
        package=package_label if value["source"] == "machine" else None,
        glossary_terms=hits,
        display=value["display"],
    )


def _apply_correction(
    seg: Segment, machine: SegmentTranslation, correction: Correction | None
) -> SegmentTranslation:
    if correction is None:
        return machine
    # A correction made for other English (the paper was read differently) does not apply.
    if correction.source_sha256 is not None and correction.source_sha256 != sha256_text(seg.text):
        return machine
    return SegmentTranslation(
        text=correction.corrected_text,
        source="human",
        package=None,
        glossary_terms=machine.glossary_terms,
        display=correction.corrected_text,
        machine_text=machine.text,
        corrected_by=correction.who,
        corrected_at=correction.at,
    )


def missing_package_message(from_code: str, to_code: str) -> str:
    hint = f"readfirst models install {languages.package_file_hint(from_code, to_code)}"
    if from_code in languages.CHINESE:
        other = "zh" if from_code == "zt" else "zt"
        hint += f" (or {languages.package_file_hint(other, to_code)})"
    return (
        f"No {languages.name(from_code)} to {languages.name(to_code)} language package is "
        f"installed, so no full translation is available. Install one from a file with: {hint} "
        "(or use --glossary-only to see the legal terms found)."
    )


def source_language(doc: Document) -> str:
    """The paper's language code: "en", "zh" (Simplified) or "zt" (Traditional Chinese)."""
    code = doc.language
    if code in languages.CHINESE:
        return languages.chinese_script("".join(s.text for s in doc.segments()))
    return code


def choose_package(
    data_dir: Path, from_code: str, to_code: str
) -> tuple[PackageInfo | None, str | None]:
    """The package for this direction, and a notice if it is for the other Chinese script.

    Chinese written in one script is translated into English with the other script's package
    when that is all there is (the model reads it less well, and the user is told). Into
    Chinese, the script asked for is what is delivered: no fallback.
    """
    package = find_package(data_dir, from_code, to_code)
    if package is not None or from_code not in languages.CHINESE:
        return package, None
    other = "zh" if from_code == "zt" else "zt"
    package = find_package(data_dir, other, to_code)
    if package is None:
        return None, None
    notice = (
        f"This paper is in {languages.name(from_code)}, but only a {languages.name(other)} to "
        f"{languages.name(to_code)} package is installed; it was used, and may translate "
        f"{languages.name(from_code)} less well. Install "
        f"{languages.package_file_hint(from_code, to_code)} for a better translation."
    )
    return package, notice


def translate_document(
    doc: Document,
    data_dir: Path,
    to: str = "zh",
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    glossary_only: bool = False,
    use_corrections: bool = True,
) -> TranslatedDocument:
    """Translate every segment of ``doc`` into ``to``, page by page.

    ``to``: "zh" Simplified Chinese, "zt" Traditional Chinese, "en" English. A Chinese paper's
    script is told from its characters, and the package for that direction is used.
    Raises MissingComponent (exit 4) if no package translates the paper's language into ``to``
    and ``glossary_only`` is not set; UsageError if the paper is already in that language.
    """
    progress = progress or no_progress
    from_code = source_language(doc)
    if to == from_code or (to in languages.CHINESE and from_code in languages.CHINESE):
        other = "en" if from_code in languages.CHINESE else "zh"
        raise UsageError(
            f"This paper is already in {languages.name(from_code)}; nothing to translate. "
            f"Read it as it is, or translate it into {languages.name(other)} with --to {other}."
        )
    glossary = load_glossary(data_dir)
    package, fallback_notice = (None, None)
    if not glossary_only:
        package, fallback_notice = choose_package(data_dir, from_code, to)
        if package is None:
            raise MissingComponent(missing_package_message(from_code, to))
    cache = cache_for(data_dir) if package is not None else None
    if cache is not None:
        # A changed glossary (an override edited) makes every older entry unreachable: drop them.
        cache.use_glossary(glossary.version)
    translator = Translator(package, glossary, cache, from_code=from_code, to_code=to)
    by_segment: dict[str, SegmentTranslation] = {}
    total = len(doc.pages)
    # The cache stays open (translation.cache.shared): closing it costs a checkpoint. New
    # entries are written once, at the end (or when cancelled: the pages done are kept).
    translator.defer_writes = True
    try:
        for n, page in enumerate(doc.pages, 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(Progress(n - 1, total, f"Translating page {page.number} of {total}"))
            if glossary_only:
                results = [translator.glossary_only(s.text) for s in page.segments]
            else:
                results = translator.translate_texts([s.text for s in page.segments], cancel)
            for seg, result in zip(page.segments, results, strict=True):
                by_segment[seg.id] = result
    finally:
        translator.flush()
    progress(Progress(total, total, "Translation done"))
    # No corrections file means no corrections (and nothing to create in a read-only folder).
    if use_corrections and (data_dir / CORRECTIONS_FILE).exists():
        corrections = CorrectionStore(data_dir)
        try:
            latest = corrections.latest_for_document(doc.source.sha256)
        finally:
            corrections.close()
        for seg in doc.segments():
            by_segment[seg.id] = _apply_correction(seg, by_segment[seg.id], latest.get(seg.id))
    return TranslatedDocument(
        by_segment=by_segment,
        package=package,
        glossary_version=glossary.version,
        output_sha256=output_hash(doc, by_segment),
        from_code=from_code,
        to_code=to,
        glossary_only=glossary_only,
        notice=GLOSSARY_ONLY_NOTICE if glossary_only else fallback_notice,
    )
