"""One exception hierarchy for the whole app; each error carries its CLI exit code.

Messages are written for the person in the visiting room: what happened, then what to do.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    VERIFICATION_FAILED = 1
    USAGE = 2
    INPUT_UNREADABLE = 3
    MISSING_COMPONENT = 4
    # Not in design.md's list: the record could not be written (disk full, read-only data
    # directory). Kept apart from 3 and 4 so a script can tell "bad paper" from "lost record".
    RECORD_WRITE_FAILED = 5


class ReadFirstError(Exception):
    """Base of every error a user may see. ``str(err)`` is the one-line message."""

    exit_code: ExitCode = ExitCode.INPUT_UNREADABLE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(ReadFirstError):
    exit_code = ExitCode.USAGE


class InputUnreadable(ReadFirstError):
    """The file is missing, empty, corrupt, not a document, or too large to open safely."""

    exit_code = ExitCode.INPUT_UNREADABLE


class PasswordRequired(InputUnreadable):
    """The PDF needs a user password to open."""


class MissingComponent(ReadFirstError):
    """A program, language data or translation package is not installed."""

    exit_code = ExitCode.MISSING_COMPONENT


class VerificationFailed(ReadFirstError):
    exit_code = ExitCode.VERIFICATION_FAILED


class RecordWriteFailed(ReadFirstError):
    """The reading record could not be written; what was already committed stays valid."""

    exit_code = ExitCode.RECORD_WRITE_FAILED


class Cancelled(ReadFirstError):
    """The user cancelled a long operation. Not an error to report, but it must stop the work."""

    exit_code = ExitCode.USAGE
