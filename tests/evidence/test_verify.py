"""verify catches every change of meaning to an exported record, even by an attacker who
recomputes every hash they can (they cannot re-sign), and passes every untouched record."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence import EventStore, SigningKey, load_or_create_key, verify_record
from evidence.events import EVENT_TYPES, GENESIS, canonical, event_hash
from evidence.export import manifest_signed_part
from evidence.store import default_db_path
from tests.conftest import SAMPLE, SAMPLE_ZH
from tests.evidence.conftest import export_and_verify, start

SETTINGS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@dataclass(frozen=True)
class Record:
    """An exported zip, kept in memory as its members so each example tampers with a copy."""

    path: Path
    members: dict[str, bytes]  # in the zip's order

    def __repr__(self) -> str:  # hypothesis prints the examples it tried: keep it short
        return f"Record({self.path.name})"

    @property
    def manifest(self) -> dict[str, Any]:
        return json.loads(self.members["manifest.json"])

    @property
    def events(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.members["events.jsonl"].splitlines()]

    @property
    def document_name(self) -> str:
        return self.manifest["document"]["name"]


def _session(store: EventStore, document: Path, chinese: bool) -> str:
    sid = start(store, document)
    store.append(sid, "document_opened", {"name": document.name}, operator="A. Smith")
    store.append(sid, "page_shown", {"page": 1}, operator="A. Smith")
    for n in range(1, 5):
        store.append(
            sid,
            "segment_read",
            {
                "segment_id": f"p1.s{n}",
                "language": "zh",
                "status": "completed" if n < 4 else "interrupted",
                "output": "device",
                "rate": 0.9,
                "text_sha256": hashlib.sha256(f"s{n}".encode()).hexdigest(),
            },
            operator="A. Smith",
        )
    if chinese:
        store.append(
            sid, "comprehension_check", {"question": "这是什么文件？", "answer": "传票，要去法院"}
        )
        store.append(sid, "acknowledgement", {"kind": "understood", "statement": "我听懂了"})
        store.append(sid, "decision", {"decision": "deferred", "in_their_words": "我想先问律师"})
    store.close_session(sid)
    return sid


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    data = tmp_path_factory.mktemp("verify-data")
    store = EventStore.open(default_db_path(data))
    key = load_or_create_key(data)
    out = []
    for n, (document, chinese) in enumerate([(SAMPLE, False), (SAMPLE_ZH, True)]):
        sid = _session(store, document, chinese)
        path = data / f"record-{n}.zip"
        assert export_and_verify(store, sid, key, path, document).ok
        with zipfile.ZipFile(path) as z:
            out.append(Record(path, {name: z.read(name) for name in z.namelist()}))
    store.close()
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tampered")


def _write(workdir: Path, members: list[tuple[str, bytes]]) -> Path:
    path = workdir / "tampered.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return path


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()


def _assert_caught(path: Path, because: str | None = None) -> None:
    result = verify_record(path)
    assert not result.ok, "a tampered record verified"
    assert result.problems and result.summary.startswith("NOT VALID")
    if because is not None:
        assert because in result.problems[0]


# ---- the attacker's tools --------------------------------------------------------------------

# "naive": edit only; "rechain": also recompute the hashes from there on; "rechain+manifest":
# also fix the manifest's events sha256, count and chain head (all but the signature);
# "naive+resign": edit, fix the manifest and sign it with the attacker's own key, so only the
# event hashes and the chain itself can catch the edit.
Attack = str
ATTACKS = st.sampled_from(["naive", "rechain", "rechain+manifest", "naive+resign"])
FORGER = SigningKey(Ed25519PrivateKey.generate(), Path("forger.pem"))


def _resign(manifest: dict[str, Any]) -> None:
    manifest.update(public_key=FORGER.public_b64, fingerprint=FORGER.fingerprint)
    manifest["signature"] = FORGER.sign(manifest_signed_part(manifest))


def _rechain(events: list[dict[str, Any]], renumber: bool) -> None:
    prev = GENESIS
    for n, e in enumerate(events, 1):
        if renumber:
            e["seq"] = n
        e["prev_hash"] = prev
        e["hash"] = event_hash({k: v for k, v in e.items() if k != "hash"})
        prev = e["hash"]


def _tamper_events(
    record: Record,
    workdir: Path,
    edit: Callable[[list[dict[str, Any]]], None],
    attack: Attack,
    renumber: bool = False,
) -> Path:
    events = record.events
    edit(events)
    if attack.startswith("rechain"):
        _rechain(events, renumber)
    data = b"".join(canonical(e) + b"\n" for e in events)
    members = dict(record.members)
    members["events.jsonl"] = data
    if attack in ("rechain+manifest", "naive+resign"):
        manifest = record.manifest
        manifest["events"].update(
            sha256=hashlib.sha256(data).hexdigest(),
            count=len(events),
            chain_head=events[-1]["hash"] if events else "",
        )
        if attack == "naive+resign":
            _resign(manifest)
        members["manifest.json"] = _manifest_bytes(manifest)
    return _write(workdir, list(members.items()))


def _different(draw: Callable[[st.SearchStrategy[Any]], Any], old: Any) -> Any:
    """A JSON value that is stored differently from ``old``."""
    new = draw(
        st.one_of(
            st.text(max_size=12),
            st.integers(-5, 10**6),
            st.booleans(),
            st.none(),
            st.floats(allow_nan=False, allow_infinity=False),
        )
    )
    # 1 == True == 1.0 in Python but not in JSON: compare what is stored.
    if canonical(new) == canonical(old):
        new = f"{old}x"
    return new


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict) and value:
        return [p for k, v in value.items() for p in _leaf_paths(v, (*path, k))]
    if isinstance(value, list) and value:
        return [p for i, v in enumerate(value) for p in _leaf_paths(v, (*path, i))]
    return [path]


def _set(root: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        root = root[step]
    root[path[-1]] = value


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step]
    return root


# ---- untouched records -----------------------------------------------------------------------


def test_untouched_exports_verify(records: list[Record]) -> None:
    for record in records:
        result = verify_record(record.path)
        assert result.ok, result.problems
        assert result.events == len(record.events)
        assert result.fingerprint == record.manifest["fingerprint"]


def test_a_rewritten_but_identical_zip_verifies(records: list[Record], workdir: Path) -> None:
    # Unzipping and zipping again (another tool, another compression) changes no meaning.
    for record in records:
        assert verify_record(_write(workdir, list(record.members.items()))).ok


# ---- the events ------------------------------------------------------------------------------


@SETTINGS
@given(data=st.data(), attack=ATTACKS)
def test_any_change_to_one_event_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject, attack: Attack
) -> None:
    record = data.draw(st.sampled_from(records))
    index = data.draw(st.integers(0, len(record.events) - 1))
    field = data.draw(
        st.sampled_from(
            ["payload", "type", "time_utc", "time_local", "operator", "session_id", "seq"]
        )
    )

    def edit(events: list[dict[str, Any]]) -> None:
        event = events[index]
        if field == "payload":
            path = data.draw(st.sampled_from(_leaf_paths(event["payload"])))
            if path:
                old = _get(event["payload"], path)
                _set(event["payload"], path, _different(data.draw, old))
            else:  # an empty payload gains a field
                event["payload"]["added"] = "forged"
        elif field == "type":
            others = [t for t in EVENT_TYPES if t != event["type"]]
            event["type"] = data.draw(st.sampled_from(others))
        elif field in ("time_utc", "time_local"):
            event[field] = event[field].replace(event[field][:4], "2019", 1)
        elif field == "operator":
            event["operator"] = "Somebody Else" if event["operator"] else "A. Forger"
        elif field == "session_id":
            event["session_id"] = event["session_id"][:-1] + "0"
            if event["session_id"] == events[0]["session_id"] and index != 0:
                event["session_id"] += "0"
        else:
            event["seq"] += data.draw(st.sampled_from([-1, 1, 1000]))

    _assert_caught(_tamper_events(record, workdir, edit, attack))


@SETTINGS
@given(data=st.data(), attack=ATTACKS)
def test_deleting_an_event_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject, attack: Attack
) -> None:
    record = data.draw(st.sampled_from(records))
    index = data.draw(st.integers(0, len(record.events) - 1))
    path = _tamper_events(record, workdir, lambda ev: ev.pop(index), attack, renumber=True)
    if attack == "naive+resign" and index == len(record.events) - 1:
        # Cutting off the end leaves a valid chain; a forger who re-signs is caught only by
        # the fingerprint, which verify reports for comparison with the one written down.
        assert verify_record(path).fingerprint == FORGER.fingerprint
    else:
        _assert_caught(path)


@SETTINGS
@given(data=st.data(), attack=ATTACKS)
def test_inserting_an_event_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject, attack: Attack
) -> None:
    record = data.draw(st.sampled_from(records))
    n = len(record.events)
    at = data.draw(st.integers(0, n))
    duplicate = data.draw(st.booleans())

    def edit(events: list[dict[str, Any]]) -> None:
        if duplicate:
            forged = dict(events[data.draw(st.integers(0, n - 1))])
        else:
            forged = dict(events[min(at, n - 1)])
            forged.update(
                type="acknowledgement",
                payload={"kind": "understood", "statement": data.draw(st.text(max_size=20))},
            )
        events.insert(at, forged)

    _assert_caught(_tamper_events(record, workdir, edit, attack, renumber=True))


@SETTINGS
@given(data=st.data(), attack=ATTACKS)
def test_reordering_events_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject, attack: Attack
) -> None:
    record = data.draw(st.sampled_from(records))
    n = len(record.events)
    i = data.draw(st.integers(0, n - 1))
    j = data.draw(st.integers(0, n - 1).filter(lambda j: j != i))
    renumber = data.draw(st.booleans())

    def edit(events: list[dict[str, Any]]) -> None:
        events[i], events[j] = events[j], events[i]

    _assert_caught(_tamper_events(record, workdir, edit, attack, renumber=renumber))


def test_dropping_the_last_events_is_caught(records: list[Record], workdir: Path) -> None:
    # Cutting off the end (e.g. a "refused" decision) keeps the rest of the chain valid.
    record = records[1]
    for attack in ("naive", "rechain", "rechain+manifest"):
        path = _tamper_events(record, workdir, lambda ev: ev.pop(), attack)
        _assert_caught(path)


# ---- the document, the report, the manifest, the zip -----------------------------------------


@SETTINGS
@given(data=st.data(), fix_manifest=st.booleans())
def test_any_change_to_the_document_or_report_bytes_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject, fix_manifest: bool
) -> None:
    record = data.draw(st.sampled_from(records))
    which = data.draw(st.sampled_from([record.document_name, "report.pdf"]))
    original = record.members[which]
    how = data.draw(st.sampled_from(["flip", "truncate", "append"]))
    if how == "flip":
        at = data.draw(st.integers(0, len(original) - 1))
        bit = data.draw(st.integers(0, 7))
        changed = original[:at] + bytes([original[at] ^ (1 << bit)]) + original[at + 1 :]
    elif how == "truncate":
        changed = original[: data.draw(st.integers(0, len(original) - 1))]
    else:
        changed = original + data.draw(st.binary(min_size=1, max_size=64))
    members = dict(record.members)
    members[which] = changed
    if fix_manifest:  # the attacker updates the hash in the manifest, but cannot re-sign it
        manifest = record.manifest
        part = "document" if which == record.document_name else "report"
        manifest[part]["sha256"] = hashlib.sha256(changed).hexdigest()
        members["manifest.json"] = _manifest_bytes(manifest)
    _assert_caught(_write(workdir, list(members.items())))


@SETTINGS
@given(data=st.data())
def test_any_change_to_a_manifest_field_is_caught(
    records: list[Record], workdir: Path, data: st.DataObject
) -> None:
    record = data.draw(st.sampled_from(records))
    manifest = record.manifest
    how = data.draw(st.sampled_from(["change", "remove", "add"]))
    if how == "change":
        path = data.draw(st.sampled_from(_leaf_paths(manifest)))
        old = _get(manifest, path)
        if path == ("signature",):
            raw = bytearray(old.encode())
            at = data.draw(st.integers(0, len(raw) - 3))  # the last chars may be padding
            raw[at] = ord("A") if raw[at] != ord("A") else ord("B")
            new = raw.decode()
        else:
            new = _different(data.draw, old)
        _set(manifest, path, new)
    elif how == "remove":
        path = data.draw(st.sampled_from(_leaf_paths(manifest)))
        parent = _get(manifest, path[:-1])
        del parent[path[-1]]
    else:
        manifest[data.draw(st.text(min_size=1, max_size=10))] = data.draw(st.text(max_size=10))
    members = dict(record.members)
    members["manifest.json"] = _manifest_bytes(manifest)
    _assert_caught(_write(workdir, list(members.items())))


@SETTINGS
@given(data=st.data())
def test_an_extra_file_is_caught(records: list[Record], workdir: Path, data: st.DataObject) -> None:
    record = data.draw(st.sampled_from(records))
    name = data.draw(
        st.sampled_from(["notes.txt", "document/other.pdf", "report2.pdf", "events.jsonl.bak"])
    )
    members = [*record.members.items(), (name, data.draw(st.binary(max_size=100)))]
    _assert_caught(_write(workdir, members))


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_second_member_with_a_signed_name_is_caught(records: list[Record], workdir: Path) -> None:
    # Zip allows two members with one name; tools disagree on which one they show. A forged
    # events.jsonl placed before the genuine one must not hide behind it.
    record = records[1]
    forged = record.events
    forged[-2]["payload"]["decision"] = "signed"
    forged_bytes = b"".join(canonical(e) + b"\n" for e in forged)
    members = [("events.jsonl", forged_bytes), *record.members.items()]
    _assert_caught(_write(workdir, members))


@pytest.mark.parametrize("missing", ["events.jsonl", "manifest.json", "report.pdf", "document"])
def test_a_missing_member_is_caught(records: list[Record], workdir: Path, missing: str) -> None:
    record = records[0]
    members = [(n, d) for n, d in record.members.items() if not n.startswith(missing)]
    _assert_caught(_write(workdir, members))


def test_a_record_re_signed_with_another_key_shows_the_other_fingerprint(
    records: list[Record], workdir: Path, tmp_path: Path
) -> None:
    # Someone with their own key can forge a whole record; only the fingerprint, compared with
    # the one written down at the visit, tells. verify must report the signer's fingerprint.
    from evidence.export import manifest_signed_part

    record = records[1]
    other = load_or_create_key(tmp_path)
    manifest = record.manifest
    manifest.update(public_key=other.public_b64, fingerprint=other.fingerprint)
    manifest["signature"] = other.sign(manifest_signed_part(manifest))
    members = dict(record.members)
    members["manifest.json"] = _manifest_bytes(manifest)
    result = verify_record(_write(workdir, list(members.items())))
    assert result.ok
    assert result.fingerprint == other.fingerprint != record.manifest["fingerprint"]


def test_not_a_zip_is_a_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "record.zip"
    path.write_bytes(b"this is not a zip")
    result = verify_record(path)
    assert not result.ok and "not a ReadFirst record" in result.problems[0]


def test_a_manifest_with_a_key_twice_is_caught(records: list[Record], workdir: Path) -> None:
    # {"fingerprint": forged, ..., "fingerprint": genuine}: some readers show the first.
    record = records[0]
    text = record.members["manifest.json"].decode()
    forged = text.replace("{\n", '{\n "fingerprint": "0000 0000",\n', 1)
    assert forged != text
    members = dict(record.members)
    members["manifest.json"] = forged.encode()
    _assert_caught(_write(workdir, list(members.items())))


@pytest.mark.parametrize("how", ["spaces", "extra field", "escaped unicode"])
def test_an_event_line_not_in_its_hashed_form_is_caught(
    records: list[Record], workdir: Path, how: str
) -> None:
    # Same meaning to a JSON reader, different bytes from what was hashed: the record must say
    # so (the manifest's events hash is fixed up too; only the signature is left broken).
    record = records[1]
    lines = record.members["events.jsonl"].decode().splitlines()
    event = json.loads(lines[-2])
    if how == "spaces":
        lines[-2] = json.dumps(event, sort_keys=True, ensure_ascii=False)
    elif how == "extra field":
        event["aaa"] = "forged"
        lines[-2] = canonical(event).decode()
    else:
        lines[-2] = json.dumps(event, sort_keys=True, separators=(",", ":"))
    assert lines[-2] != record.members["events.jsonl"].decode().splitlines()[-2]
    data = ("\n".join(lines) + "\n").encode()
    manifest = record.manifest
    manifest["events"]["sha256"] = hashlib.sha256(data).hexdigest()
    _resign(manifest)
    members = dict(record.members)
    members.update({"events.jsonl": data, "manifest.json": _manifest_bytes(manifest)})
    _assert_caught(
        _write(workdir, list(members.items())),
        "not a valid event" if how == "extra field" else "not in canonical form",
    )
