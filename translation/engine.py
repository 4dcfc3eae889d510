"""Run a package's CTranslate2 model and SentencePiece tokenizer directly, batched.

Not through argostranslate.translate: importing it pulls in stanza and torch (about 3 s), and a
package without a stanza/ folder makes it split sentences with MiniSBD, which tries to download
a model and fails offline. Our segments are already sentences, so we tokenize, translate a whole
page in one translate_batch call, and detokenize, the way argostranslate does inside.

ctranslate2 is imported, and a model loaded, only when something is first translated; loaded
models are kept per package folder so the second document is fast.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document.errors import MissingComponent
from document.sentences import split_sentences

log = logging.getLogger(__name__)

# Decoding settings: argostranslate's (beam 4, length penalty 0.2), one hypothesis.
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
# Longest input handed to the model at once, in SentencePiece tokens. Transformer models are
# trained on sentences; a 5000-character "sentence" (a table read as one line) is cut into
# pieces at sentence, clause or word boundaries and the translations joined.
MAX_INPUT_TOKENS = 200
# Output longer than this many tokens per input token is a runaway (a model repeating itself).
MAX_OUTPUT_RATIO = 2
MAX_OUTPUT_TOKENS = 512


@dataclass(frozen=True)
class DecodeOptions:
    beam_size: int = BEAM_SIZE
    length_penalty: float = LENGTH_PENALTY

    def kwargs(self, longest_input: int) -> dict[str, Any]:
        """translate_batch keyword arguments for a batch whose longest input has n tokens."""
        return {
            "beam_size": self.beam_size,
            "length_penalty": self.length_penalty,
            "replace_unknowns": True,
            "max_batch_size": 2048,
            "batch_type": "tokens",
            "max_input_length": 0,  # we cut long inputs ourselves, never silently truncate
            "max_decoding_length": min(MAX_OUTPUT_TOKENS, MAX_OUTPUT_RATIO * longest_input + 10),
        }


# Upper bounds of the length classes (tokens). Finer classes (x1.5) were measured too: more
# calls, no gain beyond the noise.
_LENGTH_CLASSES = (8, 16, 32, 64, 128, 256, 512)


def length_groups(lengths: Sequence[int]) -> list[list[int]]:
    """Indices of ``lengths`` grouped by length class (up to 8, 16, 32, ... tokens).

    A page is still a handful of batched calls; within a class the longest input is at most
    twice the shortest (above 8 tokens), so one output limit fits all of them.
    """
    groups: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        groups.setdefault(bisect.bisect_left(_LENGTH_CLASSES, n), []).append(i)
    return [groups[k] for k in sorted(groups)]


class ModelRunner:
    """One package's tokenizer and model, loaded; translate lists of sentences."""

    def __init__(self, folder: Path, target_prefix: str = "") -> None:
        import ctranslate2
        import sentencepiece

        self.folder = folder
        self.target_prefix = target_prefix
        sp_file = str(folder / "sentencepiece.model")
        self.sp = sentencepiece.SentencePieceProcessor(model_file=sp_file)
        # One thread: the record cites the translation's hash, so the same input must give the
        # same output. With two threads and OMP_THREAD_LIMIT=1 (set for tesseract by ocr/ in
        # the same process) the random-weight test model gave different outputs run to run.
        threads = 1
        self.model = ctranslate2.Translator(
            str(folder / "model"),
            device="cpu",
            compute_type="auto",
            inter_threads=1,
            intra_threads=threads,
        )
        self.options = DecodeOptions()

    def tokenize(self, text: str) -> list[str]:
        tokens: list[str] = self.sp.encode(text, out_type=str)
        return tokens

    def translate_tokens(self, batch: Sequence[list[str]]) -> list[list[str]]:
        """translate_batch over tokenized sentences; returns the best hypothesis of each.

        Identical inputs (a form repeats "Item Number", "Signature") are translated once.
        Inputs are grouped by length and each group gets its own output limit: a two-word piece
        between two pinned terms must not be allowed to run on for as many tokens as the
        longest sentence on the page (measured: such runaways were most of the cost of
        translating around glossary terms).
        """
        if not batch:
            return []
        index: dict[tuple[str, ...], int] = {}
        for tokens in batch:
            index.setdefault(tuple(tokens), len(index))
        inputs = [list(key) for key in index]
        best: list[list[str]] = [[] for _ in inputs]
        for group in length_groups([len(t) for t in inputs]):
            sub = [inputs[i] for i in group]
            prefix = [[self.target_prefix] for _ in sub] if self.target_prefix else None
            longest = max(len(t) for t in sub)
            results = self.model.translate_batch(
                sub, target_prefix=prefix, **self.options.kwargs(longest)
            )
            for i, result in zip(group, results, strict=True):
                best[i] = result.hypotheses[0]
        return [best[index[tuple(tokens)]] for tokens in batch]

    def detokenize(self, tokens: list[str]) -> str:
        text: str = self.sp.decode_pieces(tokens)
        if self.target_prefix and text.startswith(self.target_prefix):
            text = text[len(self.target_prefix) :]
        return text.strip()

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translate sentences, one batched model call; long ones are cut and rejoined."""
        pieces: list[list[str]] = []  # token lists sent to the model
        owners: list[int] = []  # which input each piece belongs to
        for i, text in enumerate(texts):
            for chunk in self._chunks(text):
                pieces.append(chunk)
                owners.append(i)
        try:
            outputs = self.translate_tokens(pieces)
        except RuntimeError as exc:
            raise MissingComponent(
                f"The translation package in {self.folder} failed while translating ({exc}). "
                "Reinstall it with: readfirst models install FILE.argosmodel"
            ) from exc
        joined: list[list[str]] = [[] for _ in texts]
        for owner, out in zip(owners, outputs, strict=True):
            joined[owner].append(self.detokenize(out))
        return [_join_pieces(parts) for parts in joined]

    def _chunks(self, text: str) -> list[list[str]]:
        tokens = self.tokenize(text)
        if len(tokens) <= MAX_INPUT_TOKENS:
            return [tokens]
        return [self.tokenize(part) for part in split_long(text, self.tokenize)]


_CLAUSE = re.compile(r"(?<=[;:,])\s+")


def split_long(text: str, tokenize, limit: int = MAX_INPUT_TOKENS) -> list[str]:  # type: ignore[no-untyped-def]
    """Cut ``text`` into parts of at most ``limit`` tokens: at sentences, clauses, then words."""
    parts: list[str] = []
    for level in (split_sentences, _CLAUSE.split, str.split):
        pieces = [p for p in level(text) if p.strip()]
        if len(pieces) > 1 or level is str.split:
            break
    # Greedily pack pieces up to the limit; a piece still too long goes one level deeper.
    current: list[str] = []
    for piece in pieces:
        if len(tokenize(piece)) > limit:
            if current:
                parts.append(" ".join(current))
                current = []
            if level is str.split:
                # One "word" longer than the limit (a run of characters without spaces).
                parts.extend(_hard_cut(piece, tokenize, limit))
            else:
                parts.extend(split_long(piece, tokenize, limit))
            continue
        candidate = " ".join([*current, piece])
        if current and len(tokenize(candidate)) > limit:
            parts.append(" ".join(current))
            current = [piece]
        else:
            current.append(piece)
    if current:
        parts.append(" ".join(current))
    return parts


def _hard_cut(word: str, tokenize, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    out, start = [], 0
    step = max(1, limit // 2)
    while start < len(word):
        size = step
        while size > 1 and len(tokenize(word[start : start + size])) > limit:
            size //= 2
        out.append(word[start : start + size])
        start += size
    return out


_CJK_END = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")


def _join_pieces(parts: list[str]) -> str:
    """Join translated pieces: no space after Chinese, one space after anything else."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not _CJK_END.search(out):
            out += " "
        out += part
    return out


_LOADED: dict[Path, ModelRunner] = {}
_LOCK = threading.Lock()


def load(folder: Path, target_prefix: str = "") -> ModelRunner:
    """The loaded model of a package folder (loaded once, then reused)."""
    key = folder.resolve()
    with _LOCK:
        runner = _LOADED.get(key)
        if runner is None:
            log.info("loading translation model from %s", folder)
            runner = ModelRunner(folder, target_prefix)
            _LOADED[key] = runner
        return runner


def unload(folder: Path) -> None:
    """Forget a loaded model (its package was replaced or removed)."""
    with _LOCK:
        _LOADED.pop(folder.resolve(), None)
        # A replaced package keeps its folder name: drop any entry whose folder is gone too.
        for key in [k for k in _LOADED if not k.exists()]:
            del _LOADED[key]


def probe_package(folder: Path, calibration: Sequence[str] = ()) -> list[str]:
    """Load a package's tokenizer and model and translate; raises if either is broken.

    Returns the translations of ``calibration`` (sentences with placeholders), from which the
    caller learns whether this model keeps placeholders.
    """
    runner = ModelRunner(folder)
    tokens = runner.tokenize("Read this.")
    if not tokens:
        raise RuntimeError("the SentencePiece model produced no tokens")
    runner.model.translate_batch([tokens], beam_size=1, max_decoding_length=4)
    return runner.translate(list(calibration)) if calibration else []
