"""A screen reader's view of ReadFirst, taken over AT-SPI (the bus Orca reads on Linux).

Run by the SYSTEM python3 (it needs python3-pyatspi / PyGObject, which the project venv does
not have) from tests/app/test_gui_screen_reader.py, inside the private D-Bus session and X
display the test started. It never imports Qt or the app: everything it learns comes from the
accessibility bus, exactly as Orca would learn it.

    python3 atspi_client.py walk|tree APP_NAME LIST_NAME EXPECTED_TEXT TIMEOUT_S
    python3 atspi_client.py error APP_NAME TIMEOUT_S

walk: waits until the application is on the bus and a list item containing EXPECTED_TEXT is shown,
then prints one JSON object on stdout: the accessible tree (role, name, description, states per
node) and what focus did when the client moved it (grabFocus on the list LIST_NAME, then
Down and Tab keys).
tree: the same, without moving the focus or opening anything: just the tree.
error: listens for announcements, prints "ready", then (once the app shows an error) one JSON
object: what was announced and the labels shown.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from typing import Any

import pyatspi
from gi.repository import Atspi, GLib

MAX_NODES = 3000
MAX_DEPTH = 40
# Roles whose many children are data rows (a long paper has hundreds of sentences): the tree
# dump keeps them all, but never descends deeper than the items themselves.
LEAF_ROLES = {"list item", "table cell", "tree item"}
# Windows a user opens from the main window, by their shortcuts (xdotool key names).
DIALOG_KEYS = ("ctrl+n", "F1", "ctrl+l", "ctrl+comma", "ctrl+h")
# X keysyms (X11/keysymdef.h) of the keys the client presses; no Gdk needed for four numbers.
KEYSYMS = {"Tab": 0xFF09, "Down": 0xFF54, "Up": 0xFF52, "Right": 0xFF53, "Left": 0xFF51}


def _states(acc: Any) -> list[str]:
    try:
        states = acc.getState().getStates()
    except Exception:  # a node that vanished while we walked: it has no states any more
        return []
    return sorted(pyatspi.stateToString(s) for s in states)


def _text(acc: Any) -> str:
    """What a screen reader speaks for the node's content: its Text interface, if any."""
    try:
        return acc.queryText().getText(0, -1) or ""
    except Exception:  # no Text interface (NotImplementedError), or the node went away
        return ""


def _labelled_by(acc: Any) -> list[str]:
    """The labels a screen reader speaks before the control (Qt: QLabel.setBuddy)."""
    names = []
    try:
        for rel in acc.getRelationSet():
            if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    except Exception:
        return names
    return names


def _key_bindings(acc: Any) -> list[str]:
    """Shortcuts a screen reader reads out with the control (AT-SPI Action key bindings)."""
    try:
        action = acc.queryAction()
    except Exception:  # no Action interface: nothing to press
        return []
    keys = []
    for i in range(action.nActions):
        with contextlib.suppress(Exception):
            if action.getKeyBinding(i):
                keys.append(action.getKeyBinding(i))
    return keys


def node(acc: Any, depth: int) -> dict[str, Any]:
    role = acc.getRoleName()
    return {
        "depth": depth,
        "role": role,
        "name": acc.name or "",
        "description": acc.description or "",
        "text": _text(acc) if role not in ("application", "frame", "filler", "panel") else "",
        "states": _states(acc),
        "labelled_by": _labelled_by(acc),
        "keys": _key_bindings(acc),
        "children": acc.childCount,
    }


def walk(root: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [(root, 0)]
    while stack and len(out) < MAX_NODES:
        acc, depth = stack.pop()
        if acc is None:
            continue
        try:
            info = node(acc, depth)
        except Exception:  # the widget was destroyed under us: skip it, keep the rest
            continue
        out.append(info)
        if depth >= MAX_DEPTH or info["role"] in LEAF_ROLES:
            continue
        kids = []
        for i in range(acc.childCount):
            try:
                kids.append(acc.getChildAtIndex(i))
            except Exception:
                continue
        stack.extend((k, depth + 1) for k in reversed(kids))
    return out


def find_app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def _walk_pairs(root: Any):  # type: ignore[no-untyped-def]
    stack = [(root, 0)]
    seen = 0
    while stack and seen < MAX_NODES:
        acc, depth = stack.pop()
        try:
            info = node(acc, depth)
        except Exception:
            continue
        seen += 1
        yield info, acc
        for i in range(acc.childCount):
            try:
                stack.append((acc.getChildAtIndex(i), depth + 1))
            except Exception:
                continue


def find(app: Any, role: str, name: str) -> Any:
    for info, acc in _walk_pairs(app):
        if info["role"] == role and info["name"] == name:
            return acc
    return None


def sentence_shown(app: Any, expected: str) -> bool:
    for info, _acc in _walk_pairs(app):
        if info["role"] == "list item" and expected in (info["name"] + info["text"]):
            return True
    return False


def press(keysym_name: str) -> None:
    """A real key press through the registry daemon (XTest), as a user's keyboard would send it."""
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[keysym_name], None, pyatspi.KEY_SYM)


class FocusWatch:
    """Focus as Orca learns it: the object:state-changed:focused events the app sends."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        self._listener.register("object:state-changed:focused")

    def _on_event(self, event: Any) -> None:
        if event.detail1 != 1:  # focus lost: a screen reader announces only the gain
            return
        # A source that vanished before we asked leaves nothing a reader could say.
        with contextlib.suppress(Exception):
            self.events.append(node(event.source, 0))

    def after(self, action: Any, timeout: float = 3.0) -> dict[str, Any] | None:
        """Do ``action``; the focus it gives within ``timeout`` s (the last of a burst)."""
        # Counted before the action: libatspi may dispatch events during a blocking call.
        seen = len(self.events)
        action()
        deadline = time.monotonic() + timeout
        context = GLib.MainContext.default()
        while time.monotonic() < deadline:
            while context.iteration(False):
                pass
            if len(self.events) > seen:
                # Let a burst (list gains focus, then its current item) finish first.
                end = time.monotonic() + 0.15
                while time.monotonic() < end:
                    context.iteration(False)
                    time.sleep(0.02)
                return self.events[-1]
            time.sleep(0.02)
        return None


# The error banner's accessible description (app/gui/window.py): how the client knows it is up.
ERROR_DESCRIPTION = "Message"


class Announcements:
    """What the app asks the screen reader to say without moving the focus (errors, results)."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        self._listener.register("object:announcement")

    def _on_event(self, event: Any) -> None:
        self.said.append(str(event.any_data))

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.05)


def _labels_shown(app: Any) -> list[dict[str, Any]]:
    pairs = _walk_pairs(app)
    return [info for info, _acc in pairs if info["role"] == "label" and "showing" in info["states"]]


def error(app_name: str, timeout: float) -> int:
    """Listen first (then print "ready"), so an error the app shows on start is not missed."""
    heard = Announcements()
    print("ready", flush=True)
    deadline = time.monotonic() + timeout
    app, shown, error_seen = None, [], None
    while time.monotonic() < deadline and not heard.said:
        heard.pump(0.3)
        app = app or find_app(app_name)
        if app is None:
            continue
        shown = _labels_shown(app)
        if any(n["description"] == ERROR_DESCRIPTION and n["name"] for n in shown):
            error_seen = error_seen or time.monotonic()
            if time.monotonic() - error_seen > 3:  # shown 3 s ago and still nothing said
                break
    said = heard.said
    if app is not None:
        shown = _labels_shown(app)  # as they are now, after the announcement
    print(json.dumps({"found": app is not None, "announced": said, "labels": shown}))
    return 0


def _top_levels(app: Any) -> list[Any]:
    kids = [app.getChildAtIndex(i) for i in range(app.childCount)]
    return [k for k in kids if k is not None and "showing" in _states(k)]


def open_and_walk(app: Any, keys: str, timeout: float = 5.0) -> dict[str, Any]:
    """Open a window with its shortcut (xdotool: real key events), walk it, close it (Escape)."""
    start = time.monotonic()
    before = {(k.getRoleName(), k.name) for k in _top_levels(app)}
    subprocess.run(["xdotool", "key", keys], timeout=10, check=False)
    deadline = time.monotonic() + timeout
    opened = None
    while opened is None and time.monotonic() < deadline:
        time.sleep(0.1)
        fresh = [k for k in _top_levels(app) if (k.getRoleName(), k.name) not in before]
        opened = fresh[0] if fresh else None
    opened_s = time.monotonic()
    tree = walk(opened) if opened is not None else []
    walked_s = time.monotonic()
    subprocess.run(["xdotool", "key", "Escape"], timeout=10, check=False)
    closed = False
    shut_by = time.monotonic() + timeout
    while tree and time.monotonic() < shut_by:
        still = {(k.getRoleName(), k.name) for k in _top_levels(app)}
        if (tree[0]["role"], tree[0]["name"]) not in still:
            closed = True
            break
        time.sleep(0.1)
    end = time.monotonic()
    times = [round(x, 2) for x in (opened_s - start, walked_s - opened_s, end - walked_s)]
    return {"keys": keys, "tree": tree, "closed": closed, "seconds (open, walk, close)": times}


def start_session(
    app: Any, heard: Announcements, activate: Any, who: str = "Li Wei"
) -> dict[str, Any]:
    """By keyboard, as a blind operator would: Ctrl+N, type the name, Enter; then Ctrl+1
    ("I understood"). What was announced after each step."""
    said: dict[str, Any] = {}
    for step, keys in (("start", None), ("ctrl+1", "ctrl+1")):
        seen = len(heard.said)
        if keys is None:
            subprocess.run(["xdotool", "key", "ctrl+n"], timeout=10, check=False)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not any(
                k.getRoleName() == "dialog" for k in _top_levels(app)
            ):
                time.sleep(0.1)
            subprocess.run(["xdotool", "type", "--delay", "20", who], timeout=10, check=False)
            subprocess.run(["xdotool", "key", "Return"], timeout=10, check=False)
        else:
            activate()  # the dialog closed: the keyboard goes back to the main window
            subprocess.run(["xdotool", "key", keys], timeout=10, check=False)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and len(heard.said) == seen:
            heard.pump(0.1)
        heard.pump(0.2)
        said[step] = heard.said[seen:]
    return said


def tab_cycle(watch: FocusWatch, limit: int = 40) -> list[dict[str, Any]]:
    """Tab until the focus comes back where it started: every stop, as announced."""
    stops: list[dict[str, Any]] = []
    for _ in range(limit):
        got = watch.after(lambda: press("Tab"), timeout=2.0)
        if got is None:
            break
        if stops and _key(got) == _key(stops[0]):
            break
        stops.append(got)
    return stops


def _key(info: dict[str, Any]) -> tuple[str, str]:
    return (info["role"], info["name"])


def main() -> int:
    if sys.argv[1] == "error":
        return error(sys.argv[2], float(sys.argv[3]))
    app_name, list_name, expected = sys.argv[2], sys.argv[3], sys.argv[4]
    timeout = float(sys.argv[5])
    heard = Announcements()
    print("ready", flush=True)
    started = time.monotonic()
    deadline = started + timeout
    app = None
    while time.monotonic() < deadline:
        app = find_app(app_name)
        if app is not None and sentence_shown(app, expected):
            break
        time.sleep(0.25)
    result: dict[str, Any] = {
        "applications": [],
        "found": app is not None,
        "tree": [],
        "focus": [],
        "announced": [],
        "tab_cycle": [],
        "dialogs": [],
    }
    seconds: dict[str, float] = {}
    result["seconds"] = seconds
    last = [started]

    def mark(phase: str) -> None:
        """How long each part took: the test must stay quick on a loaded 2-core machine."""
        now = time.monotonic()
        seconds[phase] = round(now - last[0], 2)
        last[0] = now

    mark("app shows its sentences")
    desktop = pyatspi.Registry.getDesktop(0)
    result["applications"] = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
    if app is None:
        print(json.dumps(result))
        return 0
    if sys.argv[1] == "tree":  # the accessible tree only
        result["tree"] = walk(app)
        heard.pump(0.1)
        result["announced"] = heard.said
        print(json.dumps(result, ensure_ascii=False))
        return 0
    # Focus, as a screen reader user meets it: put it on the sentence list, then move with keys.
    steps: list[dict[str, Any]] = []
    watch = FocusWatch()

    def activate() -> None:
        # Xvfb has no window manager to give the window the keyboard: do what one would.
        window = ["xdotool", "search", "--onlyvisible", "--name", f"^{app_name}"]
        subprocess.run([*window, "windowfocus", "--sync"], timeout=10, check=False)

    steps.append({"action": "window gets the keyboard", "focused": watch.after(activate)})
    text_list = find(app, "list", list_name)
    if text_list is not None:
        grabbed: list[bool] = []
        focus = watch.after(lambda: grabbed.append(text_list.queryComponent().grabFocus()))
        steps.append({"action": f"grabFocus {list_name!r}", "ok": grabbed, "focused": focus})
        for key in ("Down", "Down", "Tab", "Tab"):
            steps.append({"action": f"key {key}", "focused": watch.after(lambda k=key: press(k))})
    result["focus"] = steps
    mark("focus")
    dialogs = []
    for keys in DIALOG_KEYS:
        activate()  # the window closed last gave the keyboard back to nobody (no window manager)
        dialogs.append(open_and_walk(app, keys))
    result["dialogs"] = dialogs
    mark("dialogs")
    activate()
    result["session"] = start_session(app, heard, activate)
    mark("session")
    activate()
    result["tab_cycle"] = tab_cycle(watch)
    mark("tab cycle")
    heard.pump(0.1)
    result["announced"] = heard.said
    result["tree"] = walk(app)
    mark("tree")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
