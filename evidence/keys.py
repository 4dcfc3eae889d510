"""The installation's Ed25519 signing key: created on first run, private key file mode 0600."""

from __future__ import annotations

import base64
import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from document.errors import RecordWriteFailed

KEY_FILE = "installation-ed25519.pem"


def fingerprint(public_raw: bytes) -> str:
    """Short, readable: what a lawyer writes down and compares later ("3f2a 91c0 ...")."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.private.sign(data)).decode()


def verify_signature(public_b64: str, data: bytes, signature_b64: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def load_or_create_key(data_dir: Path) -> SigningKey:
    """Load the installation key, creating it (0600) on first use."""
    keys = data_dir / "keys"
    path = keys / KEY_FILE
    try:
        if path.exists():
            try:
                loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
            except (ValueError, TypeError) as exc:
                raise RecordWriteFailed(
                    f"The signing key {path} is damaged ({exc}). Move it away to start with a "
                    "new key (a new fingerprint); records already exported stay verifiable."
                ) from exc
            if not isinstance(loaded, Ed25519PrivateKey):
                raise RecordWriteFailed(
                    f"{path} is not an Ed25519 key. Move it away and start again."
                )
            return SigningKey(loaded, path)
        keys.mkdir(parents=True, exist_ok=True)
        os.chmod(keys, 0o700)
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        # A private temporary file (mkstemp: mode 0600), then link() which, unlike rename,
        # refuses to replace: if another process created the key meanwhile, its key wins and
        # both sign with the same one (else the loser's records would name a vanished key).
        fd, tmp = tempfile.mkstemp(prefix=".key-", dir=keys)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, path)
            except FileExistsError:
                return load_or_create_key(data_dir)
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                    raise
                os.replace(tmp, path)  # no hard links here (e.g. a FAT stick): rename instead
                return SigningKey(private, path)
        finally:
            Path(tmp).unlink(missing_ok=True)  # the key lives on under its own name
        return SigningKey(private, path)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot create or read the signing key in {keys} ({exc.strerror}). "
            "Check that the data folder is writable (READFIRST_DATA_DIR)."
        ) from exc
