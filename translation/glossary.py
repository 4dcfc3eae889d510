"""The legal glossary: English terms pinned to vetted Chinese renderings, with their sources.

The data is resources/glossary/legal_en_zh.json (see shared/domain.md). An organisation can
override a term (or add one) in ``<data dir>/glossary-override.json``; the override wins per
term. Sources disagree on some terms (驱逐令 / 递解令), which is why every rendering is shown with
its English term and form number beside it, and why the glossary version (which covers the
override too) is recorded with every translation.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from document.errors import InputUnreadable, RecordWriteFailed
from document.paths import resource_path

GLOSSARY_FILE = resource_path("glossary", "legal_en_zh.json")
OVERRIDE_FILE = "glossary-override.json"


@dataclass(frozen=True)
class GlossaryEntry:
    en: str
    zh: str
    source: str
    alternates: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()  # other English spellings that mean the same term
    forms: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    conflict: bool = False  # sources disagree: the reader must see the English too
    note: str = ""
    case_sensitive: bool = False  # acronyms: "ICE" the agency, not "ice"
    overridden_by: str | None = None  # the organisation whose override replaced the rendering
    zt: str = ""  # the Traditional Chinese rendering ("" if none: not pinned in Traditional)
    zt_alternates: tuple[str, ...] = ()
    zt_source: str = ""  # where the Traditional rendering comes from ("OpenCC s2tw")
    # False where the Chinese is also an everyday word (缺席 "absent"): reading Chinese back into
    # English, the term is then shown beside the translation, not forced into it.
    pin_to_english: bool = True

    def english_forms(self) -> tuple[str, ...]:
        return (self.en, *self.variants)

    def label(self) -> str:
        """What is shown beside the Chinese: the English term and its form numbers."""
        return ", ".join((self.en, *self.forms))


@dataclass(frozen=True)
class GlossaryHit:
    """A glossary term found in a segment."""

    en: str
    zh: str
    matched: str  # the text as written in the segment ("Attorneys")
    start: int
    end: int
    forms: tuple[str, ...] = ()
    source: str = ""
    conflict: bool = False
    note: str = ""
    overridden_by: str | None = None

    def label(self) -> str:
        return ", ".join((self.en, *self.forms))

    def shown(self) -> str:
        """The English as the paper wrote it, with form numbers: "lawyer, G-28, EOIR-28"."""
        return ", ".join((" ".join(self.matched.split()), *self.forms))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"en": self.en, "zh": self.zh, "matched": self.matched}
        data["forms"] = list(self.forms)
        data["source"] = self.source
        if self.conflict:
            data["conflict"] = True
        if self.note:
            data["note"] = self.note
        if self.overridden_by:
            data["overridden_by"] = self.overridden_by
        return data


@dataclass
class Glossary:
    """Terms, a version covering the data and any override, and a matcher over English text."""

    version: str
    entries: tuple[GlossaryEntry, ...]
    from_code: str = "en"
    to_code: str = "zh"
    organisation: str | None = None
    _by_key: dict[str, GlossaryEntry] = field(default_factory=dict[str, Any], repr=False)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _pattern_cs: re.Pattern[str] | None = field(default=None, repr=False)
    _by_zh: dict[str, GlossaryEntry] = field(default_factory=dict, repr=False)
    _zh_owners: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _pattern_zh: re.Pattern[str] | None = field(default=None, repr=False)
    _traditional: Glossary | None = field(default=None, repr=False, compare=False)
    _any_script: Glossary | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        folded: list[str] = []
        exact: list[str] = []
        for entry in self.entries:
            for form in entry.english_forms():
                if entry.case_sensitive:
                    self._by_key["=" + form] = entry
                    exact.append(form)
                else:
                    self._by_key[form.casefold()] = entry
                    folded.append(form)
        self._pattern = _alternation(folded, re.IGNORECASE)
        self._pattern_cs = _alternation(exact, 0)
        for entry in self.entries:
            for zh in (entry.zh, *entry.alternates):
                self._by_zh.setdefault(zh, entry)
                self._zh_owners.setdefault(zh, set()).add(entry.en)
        if self._by_zh:
            ordered = sorted(self._by_zh, key=len, reverse=True)
            self._pattern_zh = re.compile("|".join(re.escape(z) for z in ordered))

    def traditional(self) -> Glossary:
        """The same glossary in Traditional Chinese: each term's "zt" rendering as its Chinese.

        Terms without a Traditional rendering (an organisation's override that gave only "zh")
        are left out, so a Simplified rendering is never pinned into Traditional text.
        """
        if self.to_code == "zt":
            return self
        if self._traditional is None:
            entries = tuple(
                replace(
                    e,
                    zh=e.zt,
                    alternates=e.zt_alternates,
                    source=f"{e.source}; Traditional: {e.zt_source}" if e.zt_source else e.source,
                )
                for e in self.entries
                if e.zt
            )
            self._traditional = Glossary(
                version=self.version,
                entries=entries,
                from_code=self.from_code,
                to_code="zt",
                organisation=self.organisation,
            )
        return self._traditional

    def any_script(self) -> Glossary:
        """For reading Chinese back into English: each term found in either script.

        A paper or a note can mix Simplified and Traditional characters; both renderings of a
        term mean the same English term.
        """
        if self._any_script is None:
            entries = tuple(
                replace(e, alternates=tuple(dict.fromkeys((*e.alternates, e.zt, *e.zt_alternates))))
                if e.zt
                else e
                for e in self.entries
            )
            self._any_script = Glossary(
                version=self.version,
                entries=entries,
                from_code=self.from_code,
                to_code=self.to_code,
                organisation=self.organisation,
            )
        return self._any_script

    def for_script(self, code: str) -> Glossary:
        """This glossary for Chinese written in ``code`` ("zt": Traditional, else Simplified)."""
        return self.traditional() if code == "zt" else self

    def is_ambiguous(self, zh: str) -> bool:
        """Whether this Chinese term renders more than one English term (so cannot be pinned)."""
        return len(self._zh_owners.get(zh, ())) > 1

    def pins_to_english(self, zh: str) -> bool:
        """Whether Chinese ``zh``, found in what a person wrote, is pinned to its English term.

        Not when it renders more than one English term, when the sources disagree on the term
        (``conflict``), or when the Chinese is also an everyday word (``pin_to_english``).
        """
        entry = self._by_zh.get(zh)
        return (
            entry is not None
            and not self.is_ambiguous(zh)
            and not entry.conflict
            and entry.pin_to_english
        )

    def find_chinese(self, text: str) -> list[GlossaryHit]:
        """Glossary renderings found in Chinese ``text`` (what a detainee said or wrote).

        ``matched`` is the Chinese as written, ``en`` the English term it renders. Translating
        into English, these are pinned unless the sources disagree (``conflict``) or the Chinese
        renders more than one English term: there the English term is only shown beside the
        translation, and the reader judges.
        """
        if self._pattern_zh is None:
            return []
        return [
            _hit(self._by_zh[m.group(0)], m.group(0), m.start(), m.end())
            for m in self._pattern_zh.finditer(text)
        ]

    def entry(self, en: str) -> GlossaryEntry | None:
        return self._by_key.get(en.casefold()) or self._by_key.get("=" + en)

    def find(self, text: str) -> list[GlossaryHit]:
        """Glossary terms in English ``text``, longest match first, not overlapping, in order."""
        candidates: list[tuple[int, int, GlossaryEntry]] = []
        for pattern, case_sensitive in ((self._pattern, False), (self._pattern_cs, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                entry = self._lookup(m.group(0), case_sensitive)
                if entry is not None:
                    candidates.append((m.start(), m.end(), entry))
        # Longest first, then leftmost: "Convention Against Torture" beats "torture".
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int, GlossaryEntry]] = []
        for cand in candidates:
            if all(cand[1] <= s or cand[0] >= e for s, e, _ in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c[0])
        return [_hit(e, text[s:end], s, end) for s, end, e in taken]

    def _lookup(self, matched: str, case_sensitive: bool) -> GlossaryEntry | None:
        # Line breaks inside a term ("Notice to\nAppear") count as one space.
        matched = " ".join(matched.split())
        if case_sensitive:
            return self._by_key.get("=" + matched)
        key = matched.casefold()
        # Plurals are matched by the pattern's optional (e)s; look the singular up.
        for candidate in (key, key[:-1], key[:-2]):
            if candidate in self._by_key:
                return self._by_key[candidate]
        return None


def _hit(e: GlossaryEntry, matched: str, start: int, end: int) -> GlossaryHit:
    return GlossaryHit(
        en=e.en,
        zh=e.zh,
        matched=matched,
        start=start,
        end=end,
        forms=e.forms,
        source=e.source,
        conflict=e.conflict,
        note=e.note,
        overridden_by=e.overridden_by,
    )


def _alternation(forms: list[str], flags: int) -> re.Pattern[str] | None:
    if not forms:
        return None
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in form.split())
        # A plural "s"/"es" is allowed on the last word, not on acronyms.
        suffix = "" if flags == 0 else "(?:e?s)?"
        parts.append(body + suffix)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


def _entry_from_json(
    raw: dict[str, Any], where: str, overridden_by: str | None = None
) -> GlossaryEntry:
    try:
        en, zh = str(raw["en"]).strip(), str(raw["zh"]).strip()
    except (KeyError, TypeError) as exc:
        raise InputUnreadable(
            f'{where}: every term needs an "en" and a "zh" ({raw!r}). Fix the file.'
        ) from exc
    if not en or not zh:
        raise InputUnreadable(f'{where}: a term has an empty "en" or "zh" ({raw!r}).')
    return GlossaryEntry(
        en=en,
        zh=zh,
        source=str(raw.get("source", "")),
        alternates=tuple(raw.get("alternates", ())),
        variants=tuple(raw.get("variants", ())),
        forms=tuple(raw.get("forms", ())),
        rules=tuple(raw.get("rules", ())),
        conflict=bool(raw.get("conflict", False)),
        note=str(raw.get("note", "")),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        overridden_by=overridden_by,
        zt=str(raw.get("zt", "") or "").strip(),
        zt_alternates=tuple(raw.get("zt_alternates", ())),
        pin_to_english=bool(raw.get("pin_to_english", True)),
        zt_source=str(raw.get("zt_source") or (overridden_by or "" if raw.get("zt") else "")),
    )


def _load_json(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8-sig"))
    except OSError as exc:
        raise InputUnreadable(f"Cannot read the glossary {path} ({exc.strerror}).") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputUnreadable(
            f"The glossary {path} is not valid JSON ({exc}). Fix it or remove it."
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise InputUnreadable(f'The glossary {path} has no "terms" list. Fix it or remove it.')
    return data, raw


_CACHE: dict[tuple[Any, ...], Glossary] = {}


def _stat_key(path: Path) -> tuple[Any, ...]:
    try:
        st = path.stat()
    except FileNotFoundError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def load_glossary(data_dir: Path | None = None, path: Path = GLOSSARY_FILE) -> Glossary:
    """The bundled glossary with the organisation's override (``data_dir``) applied.

    The version is the data's own version plus a hash of its bytes and of the override's, so
    any change to either gives a new version (and invalidates cached translations).
    """
    override = data_dir / OVERRIDE_FILE if data_dir is not None else None
    key = (_stat_key(path), _stat_key(override) if override else None)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    data, raw = _load_json(path)
    entries = [_entry_from_json(t, str(path)) for t in data["terms"]]
    version = f"{data.get('version', '0')}+{hashlib.sha256(raw).hexdigest()[:8]}"
    organisation = None
    if override is not None and override.exists():
        odata, oraw = _load_json(override)
        organisation = str(odata.get("organisation") or "organisation override")
        entries = _apply_override(entries, odata, str(override), organisation)
        version += f"+org-{hashlib.sha256(oraw).hexdigest()[:8]}"
    glossary = Glossary(
        version=version,
        entries=tuple(entries),
        from_code=data.get("from_code", "en"),
        to_code=data.get("to_code", "zh"),
        organisation=organisation,
    )
    _CACHE.clear()  # one live version at a time is all anyone needs
    _CACHE[key] = glossary
    return glossary


def _apply_override(
    entries: list[GlossaryEntry], odata: dict[str, Any], where: str, organisation: str
) -> list[GlossaryEntry]:
    index = {e.en.casefold(): i for i, e in enumerate(entries)}
    result = list(entries)
    for raw in odata["terms"]:
        new = _entry_from_json(raw, where, overridden_by=organisation)
        i = index.get(new.en.casefold())
        if i is None:
            result.append(new)
            continue
        base = result[i]
        # Fields the organisation did not give are kept from the bundled entry. The bundled
        # Traditional rendering is of the bundled Simplified one: if the organisation changed
        # the Chinese but gave no "zt", the term is not pinned in Traditional text at all.
        keep_zt = new.zh == base.zh
        result[i] = replace(
            base,
            zh=new.zh,
            zt=new.zt or (base.zt if keep_zt else ""),
            zt_alternates=new.zt_alternates or (base.zt_alternates if keep_zt else ()),
            zt_source=(organisation if new.zt else base.zt_source if keep_zt else ""),
            source=new.source or f"{organisation} (override)",
            alternates=new.alternates or base.alternates,
            variants=tuple(dict.fromkeys((*base.variants, *new.variants))),
            forms=new.forms or base.forms,
            note=new.note or base.note,
            overridden_by=organisation,
        )
    return result


def set_override(
    data_dir: Path,
    en: str,
    zh: str,
    organisation: str,
    note: str = "",
    source: str = "",
    zt: str = "",
) -> Path:
    """Add or change one term in the organisation's override file (written atomically).

    ``zt`` is the Traditional rendering; without it a changed term is not pinned in
    Traditional Chinese output.
    """
    path = data_dir / OVERRIDE_FILE
    data: dict[str, Any] = {"organisation": organisation, "terms": []}
    if path.exists():
        data, _ = _load_json(path)
        data["organisation"] = organisation
    terms = [t for t in data["terms"] if str(t.get("en", "")).casefold() != en.casefold()]
    term = {"en": en, "zh": zh}
    if zt:
        term["zt"] = zt
    if note:
        term["note"] = note
    if source:
        term["source"] = source
    terms.append(term)
    data["terms"] = terms
    tmp = path.with_suffix(".json.tmp")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Could not save the glossary override {path} ({exc.strerror}). "
            "Check that the data directory is writable."
        ) from exc
    return path
