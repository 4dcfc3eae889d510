"""`readfirst read FILE --lang zh|yue|en [--participant ROLE:NAME]... --record-out R.zip`.

Reads the paper aloud sentence by sentence and keeps the reading record: every segment is logged
as the speech engine reports it (completed, interrupted or failed; to the room's speakers or only
to a file), then the record is signed and exported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import document_path, page_ranges, progress_printer
from app.recording import (
    LANG_NAMES,
    Recording,
    ocr_payload,
    spoken_segments,
    translation_payload,
    utterance_payload,
)
from document.errors import MissingComponent, ReadFirstError, RecordWriteFailed, UsageError
from document.model import Document
from document.paths import data_dir


def _participant(text: str) -> tuple[str, str]:
    role, sep, name = text.partition(":")
    if not sep or not role.strip() or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: use ROLE:NAME, e.g. lawyer:'Ann Lee'")
    return role.strip().lower().replace(" ", "_").replace("-", "_"), name.strip()


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("read", help="read a paper aloud and keep a signed reading record")
    p.add_argument("file", type=Path)
    p.add_argument("--lang", required=True, choices=sorted(LANG_NAMES), help="language spoken")
    p.add_argument(
        "--participant",
        action="append",
        type=_participant,
        default=[],
        metavar="ROLE:NAME",
        help="who is present: recipient, lawyer, family_member, interpreter, officer, witness, "
        "fellow_detainee (repeatable)",
    )
    p.add_argument("--audio-out", type=Path, help="render the reading to this WAV file")
    p.add_argument("--record-out", type=Path, required=True, help="reading record to export (.zip)")
    p.add_argument("--rate", type=int, help="speaking rate, words per minute")
    p.add_argument("--vision", choices=("sighted", "low_vision", "blind"), default="sighted")
    p.add_argument("--operator", help="who operates ReadFirst (default: the first participant)")
    p.add_argument("--pages", type=page_ranges)
    p.add_argument("--password")
    p.set_defaults(run=run)


def _spoken_texts(doc: Document, lang: str, data: Path) -> tuple[list[tuple[str, str]], dict]:
    """(segment id, text to speak) in reading order, and the translation event payload if any."""
    if doc.language == "zh" or lang == "en":
        return spoken_segments(doc, lang), {}
    from translation import translate_document

    translated = translate_document(doc, data, to="zh")  # MissingComponent names the package
    return spoken_segments(doc, lang, translated), translation_payload(translated)


def run(args: argparse.Namespace) -> int:
    from evidence import ROLES
    from ocr import check_tesseract, extract
    from speech import (
        LANG_VOICES,
        audio_output_available,
        check_speech_available,
        render_reading,
        write_cue_sheet,
    )

    for role, _ in args.participant:
        if role not in ROLES:
            raise UsageError(f"Unknown role {role!r}. Use one of: {', '.join(ROLES)}.")
    # Check every component before the session starts, so a missing one leaves no half record.
    espeak_version = check_speech_available()
    if args.audio_out is None:
        ok, why = audio_output_available()
        if not ok:
            raise MissingComponent(
                f"Cannot read aloud here: {why}. Connect speakers, or render the reading to a "
                "file with --audio-out reading.wav."
            )
    path = document_path(args.file)
    data = data_dir()
    progress = progress_printer(args.verbose)
    doc = extract(path, pages=args.pages, password=args.password, progress=progress)
    spoken, translation_event = _spoken_texts(doc, args.lang, data)

    ocr_version = check_tesseract() if any(p.method == "ocr" for p in doc.pages) else None
    versions = {"espeak-ng": espeak_version, "voice": LANG_VOICES[args.lang]}
    if ocr_version:
        versions["tesseract"] = ocr_version
    if translation_event.get("package"):
        pkg = translation_event
        versions["translation-package"] = f"{pkg['package']} {pkg['package_version']}"
        versions["glossary"] = str(pkg["glossary_version"])

    participants = list(args.participant)
    operator = args.operator or (participants[0][1] if participants else "unknown operator")
    rec = Recording(data)
    rec.start(doc, path.name, participants, (args.lang,), args.vision, operator, versions)
    rec.log(
        "document_opened", {"name": path.name, "sha256": doc.source.sha256, "pages": len(doc.pages)}
    )
    rec.log("ocr_done", ocr_payload(doc, ocr_version))
    if translation_event:
        rec.log("translation_made", translation_event)

    texts = dict(spoken)

    def log_utterance(result: Any) -> None:
        rec.log("segment_read", utterance_payload(result, texts[result.segment_id]))

    interrupted = False
    failure: ReadFirstError | None = None
    cue_path: Path | None = None
    try:
        if args.audio_out is not None:
            cues = render_reading(
                spoken, args.lang, args.audio_out, rate=args.rate,
                on_utterance=log_utterance, progress=progress,
            )  # fmt: skip
            cue_path = write_cue_sheet(cues, texts, args.audio_out)
        else:
            _play_live(spoken, args.lang, args.rate, log_utterance)
    except KeyboardInterrupt:
        interrupted = True
    except ReadFirstError as exc:
        if isinstance(exc, RecordWriteFailed):
            raise  # the database refuses writes: nothing more can be recorded or exported
        failure = exc  # close and export what happened, then report the failure
    if failure is not None:
        reason = f"reading stopped: {failure.message}"
    else:
        reason = "interrupted by the operator" if interrupted else "closed"
    rec.close(reason=reason)
    rec.export(path, args.record_out, doc)

    print(f"Reading record: {args.record_out}")
    print(f"Signed by installation key {rec.key.fingerprint}")
    print(f"Coverage: {rec.coverage(doc).describe()}")
    if args.audio_out is not None:
        print(
            f"Audio ({LANG_NAMES[args.lang]}) rendered to the file {args.audio_out}. It was not "
            "played in the room, so the record does not count it as read aloud."
        )
        if cue_path is not None:
            print(f"Cue sheet (segment id, start, end, text; opens as subtitles): {cue_path}")
    if failure is not None:
        raise failure
    return 130 if interrupted else 0


def _play_live(
    spoken: list[tuple[str, str]], lang: str, rate: int | None, on_utterance: Any
) -> None:
    """Play through the speakers and wait until the reading has finished or stopped."""
    import threading

    from speech import Player

    done = threading.Event()
    final = {"state": ""}

    def state(name: str) -> None:
        if name in ("finished", "stopped", "no_audio_output", "closed"):
            final["state"] = name
            done.set()

    player = Player(lang, rate=rate, on_utterance=on_utterance, on_state=state)
    try:
        player.load(spoken)
        player.play(0)
        while not done.wait(0.2):
            pass
    finally:
        player.close()
    if final["state"] == "no_audio_output":
        raise MissingComponent(
            "The audio output device stopped working during the reading; what was read before "
            "is in the record. Connect speakers, or use --audio-out reading.wav."
        )
