"""The installation's Ed25519 signing key: created on first run, private key file mode 0600."""

from __future__ import annotations

import base64
import hashlib
import os
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
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
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
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # never a half-written key
        return SigningKey(private, path)
    except OSError as exc:
        raise RecordWriteFailed(
            f"Cannot create or read the signing key in {keys} ({exc.strerror}). "
            "Check that the data folder is writable (READFIRST_DATA_DIR)."
        ) from exc
