"""The data every stage speaks: Document > Page > Segment, errors, hashing, sentence splitting."""

from document.errors import (
    Cancelled,
    ExitCode,
    InputUnreadable,
    MissingComponent,
    PasswordRequired,
    ReadFirstError,
    RecordWriteFailed,
    UsageError,
    VerificationFailed,
)
from document.model import BBox, Document, Page, Segment, Source
from document.progress import CancelToken, Progress, ProgressCallback, no_progress

__all__ = [
    "BBox",
    "CancelToken",
    "Cancelled",
    "Document",
    "ExitCode",
    "InputUnreadable",
    "MissingComponent",
    "Page",
    "PasswordRequired",
    "Progress",
    "ProgressCallback",
    "ReadFirstError",
    "RecordWriteFailed",
    "Segment",
    "Source",
    "UsageError",
    "VerificationFailed",
    "no_progress",
]
