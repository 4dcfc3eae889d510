"""What a blind user's screen reader gets from the real ReadFirst window, on Linux.

Orca reads applications through AT-SPI over D-Bus. This test builds that desktop for itself:
an Xvfb display, a private D-Bus session and the AT-SPI bus (at-spi-bus-launcher, which starts
at-spi2-registryd), then starts the real app (`python -m app SAMPLE`) with Qt's accessibility
bridge on, and works it from a SEPARATE process (tests/app/atspi_client.py on the system
python3 with python3-pyatspi), as Orca would: it walks the accessible tree, follows the focus
events while it presses keys (AT-SPI/XTest and xdotool: real key events), Tabs round the
window, opens the session dialog, the shortcut list and large print by their keys, starts a
session and records "I understood" by keyboard, and listens to what the app announces. The
same in the Chinese UI (tree only), and on a broken file (the error must be spoken).

The trees are saved as test-artifacts/a11y-tree.txt and a11y-tree-zh.txt for people to read.
Skips only when the AT-SPI tools are not installed (install.sh installs them).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SAMPLE

CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APT_HINT = "sudo apt-get install at-spi2-core python3-pyatspi xvfb xdotool dbus"
APP_NAME = "ReadFirst"
TEXT_LIST = "Text of the paper"
SENTENCES = (
    "You have the right to remain silent.",
    "Do not sign any paper that you do not understand.",
)
# Roles a user acts on: each must say what it is for.
ACTIONABLE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "list item",
    "menu item",
    "page tab",
    "entry",
    "text",
}
# "Go to the next sentence (Right)", "Open a paper (Ctrl+O)": the key, said with the control.
SHORTCUT_SAID = re.compile(r"\((Ctrl\+|Alt\+|Shift\+|F\d|Space|Left|Right|[A-Z]\)).*\)$")
CJK = re.compile(r"[\u4e00-\u9fff]")
START_TIMEOUT_S = 10
WALK_TIMEOUT_S = 45


def _missing_tools() -> list[str]:
    missing = [t for t in ("Xvfb", "dbus-daemon", "xdotool") if shutil.which(t) is None]
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    elif (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30
        ).returncode
        != 0
    ):
        missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    return missing


def _descendants(pid: int) -> list[int]:
    """Every process started under ``pid`` (dbus activates daemons we never spawned ourselves)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _end(pid: int, grace_s: float = 3.0) -> None:
    """SIGTERM, and SIGKILL if it is still there after ``grace_s``."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


class Desktop:
    """Xvfb + a private D-Bus session + the AT-SPI bus; stopped completely, even on failure."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []
        self._fds: list[int] = []
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("AT_SPI_BUS_ADDRESS", "NO_AT_BRIDGE", "WAYLAND_DISPLAY", "SESSION_MANAGER")
        }
        self.env.update(XDG_RUNTIME_DIR=str(runtime), XDG_CONFIG_HOME=str(tmp / "config"))

    def _spawn(self, args: list[str], name: str, **kw: Any) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(args, env=self.env, stderr=log, start_new_session=True, **kw)
        self.procs.append(proc)
        return proc

    def _read_line(self, fd: int, what: str) -> str:
        ready, _, _ = select.select([fd], [], [], START_TIMEOUT_S)
        if not ready:
            raise TimeoutError(f"{what} did not start within {START_TIMEOUT_S} s")
        return os.read(fd, 4096).decode().strip()

    def start(self) -> None:
        read_fd, write_fd = os.pipe()
        # -noreset: Xvfb resets when its last client leaves (at-spi-bus-launcher only peeks at
        # the display), then writes the display number again and dies if nobody reads it.
        xvfb = ["Xvfb", "-displayfd", str(write_fd), "-noreset", "-nolisten", "tcp"]
        self._spawn([*xvfb, "-screen", "0", "1600x1000x24"], "xvfb", pass_fds=(write_fd,))
        os.close(write_fd)
        self._fds.append(read_fd)  # open until stop(): a late write must never kill Xvfb
        self.env["DISPLAY"] = ":" + self._read_line(read_fd, "Xvfb")
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            "dbus",
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(bus.stdout.fileno(), "dbus-daemon")
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        self._spawn([launcher, "--launch-immediately"], "at-spi-bus")

    def spawn(self, args: list[str], name: str, **env: str) -> subprocess.Popen[bytes]:
        saved = self.env
        self.env = dict(saved, **env)
        try:
            return self._spawn(args, name, stdout=subprocess.DEVNULL)
        finally:
            self.env = saved

    def end(self, proc: subprocess.Popen[bytes]) -> None:
        """Stop ``proc`` and everything it started (the a11y bus, the registry)."""
        # Deepest first, so each parent is still there to reap its child: an orphan would stay
        # a zombie under a container's init that never reaps.
        for pid in [*reversed(_descendants(proc.pid)), proc.pid]:
            _end(pid)
        # D-Bus activation double-forks (at-spi2-registryd's parent is init, not the bus), but
        # it stays in the process group each of ours leads (start_new_session): end that too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)

    def stop(self) -> None:
        """Newest first, so the app goes before the buses it talks to."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                self.end(proc)
        for fd in self._fds:
            os.close(fd)

    def log(self, name: str) -> str:
        path = self.tmp / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def _dump_tree(tree: list[dict[str, Any]]) -> list[str]:
    lines = []
    for n in tree:
        line = f"{'  ' * n['depth']}{n['role']} {n['name']!r}"
        if n["description"]:
            line += f" - {n['description']!r}"
        if n["text"] and n["text"] != n["name"]:
            line += f" text={n['text']!r}"
        if n["labelled_by"]:
            line += f" labelled-by={n['labelled_by']!r}"
        if n.get("keys"):
            line += f" keys={n['keys']!r}"
        flags = [s for s in ("focusable", "focused") if s in n["states"]]
        if "showing" not in n["states"]:
            flags.append("hidden")
        if n["role"] in ACTIONABLE and "enabled" not in n["states"]:
            flags.append("disabled")
        if flags:
            line += f" [{', '.join(flags)}]"
        lines.append(line)
    return lines


def _dump(view: dict[str, Any]) -> str:
    """The tree as a screen reader user meets it: role, name, description; indented."""
    lines = [f"Applications on the AT-SPI bus: {', '.join(view['applications'])}", ""]
    lines += _dump_tree(view["tree"])
    for dialog in view.get("dialogs", []):
        lines += ["", f"Opened with {dialog['keys']} {dialog.get('seconds (open, walk, close)')}:"]
        lines += _dump_tree(dialog["tree"]) if dialog["tree"] else ["  (nothing opened)"]
    lines += ["", "Announced without moving the focus (object:announcement events):"]
    lines += [f"  {said!r}" for said in view.get("announced", [])]
    lines += ["", "Focus, as announced (object:state-changed:focused events):"]
    for step in view["focus"]:
        got = step["focused"]
        said = f"{got['role']} {got['name']!r}" if got else "(nothing announced)"
        lines.append(f"  {step['action']}: {said}")
    lines += ["", f"Seconds per part of the walk: {view.get('seconds')}"]
    lines += ["", "Tab order (each stop as announced):"]
    lines += [f"  {n['role']} {n['name']!r}" for n in view.get("tab_cycle", [])]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = _missing_tools()
    if missing:
        pytest.skip(f"AT-SPI tools missing: {', '.join(missing)}. Install with: {APT_HINT}")
    desk = Desktop(tmp_path_factory.mktemp("screen-reader"))
    try:
        desk.start()
        yield desk
    finally:
        desk.stop()


def _app_and_client(
    desktop: Desktop, paper: Path, name: str, *client_args: str, ui_language: str = "en"
) -> dict[str, Any]:
    """Start the client (it listens first: it prints "ready"), then the app on ``paper``; the
    client's JSON once it is done. The app is stopped before this returns."""
    # Each app its own settings (QSettings), in the UI language asked for.
    config = desktop.tmp / f"{name}-config"
    (config / "ReadFirst").mkdir(parents=True, exist_ok=True)
    (config / "ReadFirst" / "ReadFirst.conf").write_text(f"[ui]\nlanguage={ui_language}\n")
    env = {k: desktop.env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
    client = subprocess.Popen(
        [SYSTEM_PYTHON, str(CLIENT), *client_args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    app = None
    try:
        assert client.stdout is not None
        ready, _, _ = select.select([client.stdout], [], [], START_TIMEOUT_S)
        if not ready or client.stdout.readline().strip() != "ready":
            client.kill()
            pytest.fail(f"the AT-SPI client did not start: {client.communicate(timeout=10)[1]}")
        app = desktop.spawn(
            [sys.executable, "-m", "app", str(paper)],
            name,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            READFIRST_DATA_DIR=str(desktop.tmp / f"{name}-data"),
            XDG_CONFIG_HOME=str(config),
            PYTHONPATH=str(ROOT),
        )
        # Read the client's output as it comes (the tree is larger than a pipe holds) while
        # watching the app: a crash fails at once, with its log, not after the timeout.
        deadline = time.monotonic() + WALK_TIMEOUT_S + 30
        while True:
            try:
                out, err = client.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if app.poll() is None and time.monotonic() < deadline:
                    continue
                why = "the app exited" if app.poll() is not None else "the AT-SPI client hung"
                pytest.fail(f"{why}; app log:\n{desktop.log(name)}")
        assert client.returncode == 0, f"{err}\napp log:\n{desktop.log(name)}"
        result: dict[str, Any] = json.loads(out)
        result["app_log"] = desktop.log(name)
        return result
    finally:
        if client.poll() is None:
            client.kill()
            client.communicate(timeout=10)
        if app is not None:
            desktop.end(app)


@pytest.fixture(scope="module")
def view(desktop: Desktop, artifacts: Path) -> dict[str, Any]:
    args = ["walk", APP_NAME, TEXT_LIST, SENTENCES[0], str(WALK_TIMEOUT_S)]
    result = _app_and_client(desktop, SAMPLE, "app", *args)
    (artifacts / "a11y-tree.txt").write_text(_dump(result), encoding="utf-8")
    return result


def _nodes(view: dict[str, Any], role: str | None = None) -> list[dict[str, Any]]:
    return [n for n in view["tree"] if role is None or n["role"] == role]


def test_the_app_and_its_window_are_found_by_name(view: dict[str, Any]) -> None:
    assert APP_NAME in view["applications"], view["applications"]
    assert view["found"], f"{APP_NAME} never showed its sentences; app log:\n{view['app_log']}"
    frames = [n["name"] for n in _nodes(view, "frame")]
    assert any(name.startswith("ReadFirst") for name in frames), frames


def test_every_control_says_what_it_is(view: dict[str, Any]) -> None:
    unnamed = [
        f"{n['role']} (description {n['description']!r})"
        for n in view["tree"]
        if n["role"] in ACTIONABLE and not n["name"].strip()
    ]
    assert not unnamed, f"controls a screen reader announces without a name: {unnamed}"
    # On Linux Qt names a combo box by its current value; what it is for comes from its label.
    unlabeled = [n["name"] for n in _nodes(view, "combo box") if not n["labelled_by"]]
    assert not unlabeled, f"combo boxes with no label (labelled-by relation): {unlabeled}"
    toolbar_buttons = [n for n in view["tree"] if n["role"] == "push button"]
    assert any(n["name"] == "Read aloud" for n in toolbar_buttons), [
        n["name"] for n in toolbar_buttons
    ]
    # Symbols are noise in speech ("black right-pointing triangle", "dot dot dot").
    noisy = [n["name"] for n in toolbar_buttons if any(c in n["name"] for c in "▶◀⏸…●")]
    assert not noisy, f"button names a screen reader would read out as symbols: {noisy}"


def _said_alike(tree: list[dict[str, Any]]) -> list[str]:
    """Controls a screen reader announces with the same words: the user cannot tell them apart."""
    seen: dict[tuple[str, ...], int] = {}
    for n in tree:
        if n["role"] in ACTIONABLE - {"list item"} and "showing" in n["states"]:
            key = (n["role"], n["name"], n["description"], *n["labelled_by"])
            seen[key] = seen.get(key, 0) + 1
    return [f"{count} x {key}" for key, count in seen.items() if count > 1]


def test_no_two_controls_sound_the_same(view: dict[str, Any]) -> None:
    assert not _said_alike(view["tree"]), _said_alike(view["tree"])
    for dialog in view["dialogs"]:
        assert not _said_alike(dialog["tree"]), (dialog["keys"], _said_alike(dialog["tree"]))


def test_the_windows_opened_from_the_main_window_are_read_out(view: dict[str, Any]) -> None:
    opened = {d["keys"]: d["tree"] for d in view["dialogs"]}
    assert all(opened.values()), [keys for keys, tree in opened.items() if not tree]
    stuck = [d["keys"] for d in view["dialogs"] if not d["closed"]]
    assert not stuck, f"windows Escape did not close: {stuck}"
    for keys, tree in opened.items():
        assert tree[0]["name"], (keys, tree[0])
        unnamed = [n["role"] for n in tree if n["role"] in ACTIONABLE and not n["name"].strip()]
        assert not unnamed, (keys, unnamed)
        unlabeled = [n["name"] for n in tree if n["role"] in ("combo box", "text")
                     and "showing" in n["states"] and not n["labelled_by"]]  # fmt: skip
        assert not unlabeled, (keys, unlabeled)
    # The large print view says the sentence itself, not what kind of thing it is.
    sentences = {n["name"].split("\n")[0] for n in _nodes(view, "list item")}
    said = [n["name"] for n in opened["ctrl+l"] if n["role"] == "label"]
    assert any(name in sentences for name in said), (said, sorted(sentences)[:5])


def test_in_the_chinese_ui_the_screen_reader_speaks_chinese(
    desktop: Desktop, artifacts: Path
) -> None:
    args = ["tree", APP_NAME, TEXT_LIST, SENTENCES[0], str(WALK_TIMEOUT_S)]
    zh = _app_and_client(desktop, SAMPLE, "app-zh", *args, ui_language="zh_CN")
    (artifacts / "a11y-tree-zh.txt").write_text(_dump(zh), encoding="utf-8")
    assert zh["found"], zh["app_log"]
    buttons = [n for n in zh["tree"] if n["role"] == "push button" and "showing" in n["states"]]
    assert len(buttons) >= 8, buttons
    # The switch back says "English UI" in English on purpose: whoever needs it reads English.
    english = [
        n["name"] for n in buttons if not CJK.search(n["name"]) and n["name"] != "English UI"
    ]
    assert not english, f"buttons still named in English in the Chinese UI: {english}"
    lists = {n["name"] for n in zh["tree"] if n["role"] == "list"}
    assert lists and all(CJK.search(name) for name in lists if name), lists


def test_the_sentences_of_the_paper_are_read_out(view: dict[str, Any]) -> None:
    lists = [n for n in _nodes(view, "list") if n["name"] == TEXT_LIST]
    assert lists, [n["name"] for n in _nodes(view, "list")]
    items = [n["name"] for n in _nodes(view, "list item")]
    for sentence in SENTENCES:
        assert any(sentence in item for item in items), (sentence, items[:40])


def test_each_sentence_says_its_page_and_a_doubtful_reading(view: dict[str, Any]) -> None:
    """Arrow keys skip the page headers, and a tooltip is mouse-only: the description says both."""
    items = [n for n in _nodes(view, "list item") if "focusable" in n["states"]]
    sentences = [n for n in items if any(s in n["name"] for s in SENTENCES)]
    assert sentences and all(n["description"].startswith("Page 1") for n in sentences), sentences
    doubtful = [n for n in items if n["name"].startswith("⚠")]
    assert doubtful, "the sample has lines OCR is unsure of (marked ⚠)"
    assert all("Low OCR confidence" in n["description"] for n in doubtful), doubtful


def test_recording_state_and_status_are_readable(view: dict[str, Any]) -> None:
    # The walk started a session by keyboard (Ctrl+N, a name, Enter) and recorded Ctrl+1.
    said = [n["name"] + " " + n["text"] for n in _nodes(view, "label") if "showing" in n["states"]]
    assert any("Recording: reading to Li Wei" in s for s in said), said
    assert any("Recorded: acknowledgement" in s for s in said), said
    assert any("never read aloud" in s for s in said), said  # the coverage line


def test_starting_a_session_and_recording_are_announced(view: dict[str, Any]) -> None:
    """A blind operator hears that recording started, and that Ctrl+1 was recorded."""
    heard = view["session"]
    assert any("Recording: reading to Li Wei" in s for s in heard["start"]), heard
    assert any("Recorded: acknowledgement" in s for s in heard["ctrl+1"]), heard
    # Recording turned the record panel on: its buttons are now on the Tab path.
    tabbed = [n["name"] for n in view["tab_cycle"]]
    assert "I understood" in tabbed and "Close and export record" in tabbed, tabbed


def test_a_paper_that_finished_loading_is_announced(view: dict[str, Any]) -> None:
    # Loading takes seconds (OCR): without this a blind user cannot tell when to start.
    assert any("sample-notice.pdf: 2 pages" in said for said in view["announced"]), view[
        "announced"
    ]


def test_every_control_is_reachable_by_keyboard(view: dict[str, Any]) -> None:
    """Tab reaches it, or it has a shortcut that a screen reader reads out with it (a key
    binding, or the key in its description), or it is in a menu (Alt / F10)."""
    tabbed = {(n["role"], n["name"]) for n in view["tab_cycle"]}
    in_menus = {n["name"] for n in _nodes(view, "menu item")}
    assert len(tabbed) >= 5, view["tab_cycle"]
    unreachable = [
        f"{n['role']} {n['name']!r}"
        for n in view["tree"]
        if n["role"] in ACTIONABLE - {"list item"}
        and "showing" in n["states"]
        and "enabled" in n["states"]
        and (n["role"], n["name"]) not in tabbed
        and not n["keys"]
        and not SHORTCUT_SAID.search(n["description"])
        and n["name"] not in in_menus
    ]
    assert not unreachable, f"controls a keyboard user cannot reach: {unreachable}"


def test_an_error_is_spoken_and_stays_readable(desktop: Desktop) -> None:
    broken = desktop.tmp / "broken.pdf"
    broken.write_bytes(b"This is not a PDF: the scan was cut off.")
    heard = _app_and_client(desktop, broken, "broken-app", "error", APP_NAME, str(WALK_TIMEOUT_S))
    assert heard["found"], heard
    # Said at once (AT-SPI announcement; Orca speaks it without moving the focus) ...
    assert heard["announced"], f"the error was shown but not announced: {heard['labels']}"
    said = heard["announced"][0]
    assert "broken.pdf" in said or "PDF" in said, said
    # ... and still there to read again: the banner label carries the same words.
    assert any(said in n["name"] for n in heard["labels"]), (said, heard["labels"])


def test_focus_moves_and_is_announced(view: dict[str, Any]) -> None:
    steps = {s["action"]: s for s in view["focus"]}
    # A screen reader moving the focus itself (Orca's structural navigation) is answered.
    grabbed = next(s for s in view["focus"] if s["action"].startswith("grabFocus"))
    assert grabbed["ok"] == [True], grabbed
    assert grabbed["focused"], "focus given over AT-SPI was not announced"
    assert grabbed["focused"]["name"] in (
        TEXT_LIST,
        *[n["name"] for n in _nodes(view, "list item")],
    )
    keys = [s for s in view["focus"] if s["action"].startswith("key ")]
    assert len(keys) == 4, view["focus"]
    down1, down2, tab1, tab2 = (s["focused"] for s in keys)
    assert down1 and down2 and tab1 and tab2, steps
    # Down walks the sentences: each announced by its text, one after the other.
    assert down1["role"] == down2["role"] == "list item"
    assert down1["name"] and down2["name"] and down1["name"] != down2["name"]
    # Tab leaves the list for another control, which says what it is.
    assert tab1["role"] != "list item" and tab1["name"], tab1
    assert (tab2["role"], tab2["name"]) != (tab1["role"], tab1["name"]) and tab2["name"], tab2
