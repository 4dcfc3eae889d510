"""Build a tiny language package of the real .argosmodel format, for tests and benchmarks.

A random-weight CTranslate2 Transformer (built from numpy with ctranslate2.specs) and a tiny
SentencePiece model trained on a few hundred sentences, with a metadata.json, zipped with one top
folder exactly like the public translate-en_zh package. Its output is gibberish, but it runs
through the same loading and inference code as a real package, and it is deterministic.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np

# English sentences from the kinds of papers ReadFirst reads, and Chinese ones, so the shared
# vocabulary has pieces for both sides.
_EN = [
    "You have the right to be represented by an attorney at no expense to the government.",
    "Read this notice carefully before you sign it.",
    "The immigration judge will decide whether you may stay in the United States.",
    "If you do not appear at your hearing, you may be ordered removed in your absence.",
    "Provide your Social Security number if known.",
    "I certify, under penalty of perjury, that the foregoing is true and correct.",
    "Family Name First Name Middle Name",
    "Date of Birth and Place of Birth",
    "Have you ever been arrested for or convicted of any crime?",
    "An interpreter will be provided at no cost to you.",
    "You may ask for a lawyer before you answer any questions.",
    "Notice to Appear in removal proceedings under section 240.",
    "Signature of the applicant and date of signature.",
    "Department of Homeland Security U.S. Citizenship and Immigration Services",
    "Complete the following questions and attach all documentation.",
]
_ZH = [
    "您有权由律师代理，费用不由政府承担。",
    "签署前请仔细阅读本通知。",
    "移民法官将决定您是否可以留在美国。",
    "如果您不出席听证会，您可能会被缺席判决驱逐。",
    "如已知，请提供您的社会安全号码。",
    "本人在伪证罪处罚下保证上述内容真实无误。",
    "姓 名 中间名",
    "出生日期和出生地点",
    "您是否曾因任何罪行被逮捕或定罪？",
    "将免费为您提供口译员。",
    "在回答任何问题之前，您可以要求见律师。",
    "驱逐程序中的出庭通知。",
    "申请人签名及签名日期。",
    "国土安全部 美国公民及移民服务局",
    "请回答以下问题并附上所有文件。",
]


def train_sentencepiece(out_prefix: Path, vocab_size: int = 600) -> Path:
    """Train a tiny SentencePiece model on mixed English/Chinese text; returns the .model path."""
    import sentencepiece as spm

    corpus = [*_EN, *_ZH] * 20
    # Numbers and letters seen in forms, so item numbers and placeholders have pieces.
    corpus += [f"Item Number {i}.a. Form I-{700 + i} 8 CFR 274a.{i}" for i in range(40)]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus),
        model_writer=model,
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        # Characters never seen in training still become pieces instead of <unk>.
        byte_fallback=True,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
    )
    path = out_prefix.with_suffix(".model")
    path.write_bytes(model.getvalue())
    return path


def build_ctranslate2_model(
    out_dir: Path, vocab: list[str], d_model: int = 32, seed: int = 7, eos_bias: float = 5.5
) -> None:
    """Save a random-weight 1-layer Transformer with ``vocab`` as its shared vocabulary.

    ``eos_bias`` raises the end-of-sentence logit so outputs end after a few to a few dozen
    tokens, like a real model's, instead of always running to the decoding limit.
    """
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config(1, 2)
    v, d, ff = len(vocab), d_model, 2 * d_model
    shapes = {
        "self_attention/linear_0": (3 * d, d),
        "self_attention/linear_1": (d, d),
        "attention/linear_0": (d, d),
        "attention/linear_1": (2 * d, d),
        "attention/linear_2": (d, d),
        "ffn/linear_0": (ff, d),
        "ffn/linear_1": (d, ff),
        "projection": (v, d),
        "embeddings": (v, d),
        "embeddings_0": (v, d),
    }

    def fill(spec_obj, name: str, value) -> None:  # type: ignore[no-untyped-def]
        if value is not None:
            return
        attr = name.rsplit("/", 1)[-1]
        scope = name.rsplit("/", 1)[0]
        if attr == "gamma":
            array = np.ones(d, dtype=np.float32)
        elif attr == "beta":
            array = np.zeros(d, dtype=np.float32)
        else:
            key = next(k for k in shapes if scope.endswith(k))
            array = rng.normal(0, 0.5, shapes[key]).astype(np.float32)
        setattr(spec_obj, attr, array)

    spec._visit(fill)
    bias = np.zeros(v, dtype=np.float32)
    bias[vocab.index("</s>")] = eos_bias
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


def build_package_dir(
    root: Path,
    from_code: str = "en",
    to_code: str = "zh",
    version: str = "1.9",
    seed: int = 7,
    name: str | None = None,
) -> Path:
    """A package folder (model/, sentencepiece.model, metadata.json) under ``root``."""
    import sentencepiece as spm

    folder = root / (name or f"translate-{from_code}_{to_code}-{version.replace('.', '_')}")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sp_path = train_sentencepiece(folder / "sentencepiece")
    sp = spm.SentencePieceProcessor(model_file=str(sp_path))
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    build_ctranslate2_model(folder / "model", vocab, seed=seed)
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": {"en": "English", "zh": "Chinese", "zt": "Chinese (traditional)"}.get(
            from_code, from_code
        ),
        "to_code": to_code,
        "to_name": {"en": "English", "zh": "Chinese", "zt": "Chinese (traditional)"}.get(
            to_code, to_code
        ),
        "links": [],
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text("Tiny random-weight test package.\n", encoding="utf-8")
    return folder


def zip_package(folder: Path, out: Path) -> Path:
    """Zip a package folder as an .argosmodel (one top folder, as Argos publishes them)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.rglob("*")):
            z.write(path, path.relative_to(folder.parent).as_posix())
    return out


def build_argosmodel(workdir: Path, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    """Build and zip a tiny package; returns the .argosmodel path."""
    folder = build_package_dir(workdir / "src", **kwargs)
    return zip_package(folder, workdir / f"{folder.name}.argosmodel")
