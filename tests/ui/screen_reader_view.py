#!/usr/bin/python3
"""What a screen reader sees of Carrywell, read over AT-SPI.

Starts the real program (under Xvfb and a private session bus, see
tests/ui/CMakeLists.txt), finds it on the accessibility bus, walks its tree
and checks the window, the page list, the menus, the Library page's buttons
and body map, that nothing focusable or pressable is nameless, and that the
Journal page's controls appear once that page is opened. The whole tree is
written to --dump for a person to read.

Needs Debian's python3-pyatspi and at-spi2-core (dev.sh installs them).
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    sys.exit("screen_reader_view: python3-pyatspi is missing; ./dev.sh installs it "
             "(or: apt-get install python3-pyatspi at-spi2-core)")

PAGES = ["Library", "Journal", "Plan", "Session", "Learn"]
MENUS = ["File", "Edit", "Go", "Help"]
# Roles a user presses or types into: each must have a name.
PRESSABLE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
}
# Cells, items and rows are named by their text; an empty cell is allowed to be empty.
ITEM_ROLES = {
    pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_TABLE_ROW, pyatspi.ROLE_TABLE_COLUMN_HEADER, pyatspi.ROLE_TABLE_ROW_HEADER,
    pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER,
}
# Long lists are walked only this far: their items are named by their own text.
MAX_ITEMS = 40


class Node:
    """A snapshot of one accessible object, so checks don't go back to the bus."""

    def __init__(self, acc, depth):
        self.acc = acc
        self.depth = depth
        self.name = (acc.name or "").strip()
        self.role = acc.getRoleName()
        self.role_id = acc.getRole()
        self.description = (acc.description or "").strip()
        states = acc.getState()
        self.focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.enabled = states.contains(pyatspi.STATE_ENABLED)
        self.children = []
        try:
            action = acc.queryAction()
            self.actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            self.actions = []

    def line(self):
        flags = []
        if self.focusable:
            flags.append("focusable")
        if self.showing:
            flags.append("showing")
        if not self.enabled:
            flags.append("disabled")
        text = "%s[%s] %r" % ("  " * self.depth, self.role, self.name)
        if self.description:
            text += " — %r" % self.description
        if flags:
            text += " {%s}" % ", ".join(flags)
        if self.actions:
            text += " actions=%s" % ",".join(self.actions)
        return text

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def snapshot(acc, depth=0):
    node = Node(acc, depth)
    try:
        count = acc.childCount
    except Exception:  # an object that went away while being read
        return node
    if node.role_id in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE,
                        pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
        count = min(count, MAX_ITEMS)
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            node.children.append(snapshot(child, depth + 1))
    return node


def find_application(proc, timeout):
    """The program's accessible application, once it is on the bus; None if it
    does not get there in time or exits first."""
    pid = proc.pid
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is None:
                    continue
                try:
                    same = app.get_process_id() == pid
                except Exception:
                    same = False
                if same or (app.name or "").lower() == "carrywell":
                    # Registered: wait for the window to be there too.
                    if app.childCount > 0 and app.getChildAtIndex(0).childCount > 0:
                        return app
        except Exception:
            pass  # the registry itself may still be starting
        time.sleep(0.25)
    return None


def wait_for(condition, timeout, step=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(step)
    return condition()


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, ok, message):
        if not ok:
            self.failures.append(message)
        return ok


def plain(name):
    return name.replace("&", "").strip()


def find(tree, role_ids, name=None):
    return [n for n in tree.walk()
            if n.role_id in role_ids and (name is None or plain(n.name) == name)]


def check_main_window(tree, checks):
    frames = find(tree, {pyatspi.ROLE_FRAME})
    checks.expect(any("Carrywell" in f.name for f in frames),
                  "no window named Carrywell (frames: %s)" % [f.name for f in frames])

    lists = [n for n in find(tree, {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}) if n.name == "Pages"]
    if checks.expect(len(lists) == 1, "no page list named 'Pages'"):
        items = [plain(c.name) for c in lists[0].children]
        checks.expect(items == PAGES, "page list items are %s, want %s" % (items, PAGES))

    bars = find(tree, {pyatspi.ROLE_MENU_BAR})
    if checks.expect(len(bars) >= 1, "no menu bar"):
        menus = [plain(c.name) for c in bars[0].children]
        checks.expect(menus == MENUS, "menus are %s, want %s" % (menus, MENUS))
        go = [m for m in bars[0].children if plain(m.name) == "Go"]
        if go:
            entries = [plain(n.name) for n in go[0].walk() if n.role_id == pyatspi.ROLE_MENU_ITEM]
            for page in PAGES:
                checks.expect(page in entries, "the Go menu has no %s entry (%s)" % (page, entries))

    buttons = [b for b in find(tree, {pyatspi.ROLE_PUSH_BUTTON}) if b.showing]
    names = [plain(b.name) for b in buttons]
    checks.expect("Clear filters" in names,
                  "the Library page shows no 'Clear filters' button (buttons: %s)" % names)

    maps = [n for n in tree.walk() if n.name == "Body map"]
    if checks.expect(len(maps) >= 1, "no body map"):
        regions = [c for c in maps[0].children]
        checks.expect(len(regions) == 7, "the body map has %d regions, want 7" % len(regions))
        checks.expect(all(r.name for r in regions), "a body map region has no name")
        checks.expect(all(r.role_id == pyatspi.ROLE_CHECK_BOX for r in regions),
                      "body map regions are not check boxes: %s" % [r.role for r in regions])
        checks.expect(maps[0].focusable, "the body map takes no keyboard focus")


def check_names(tree, checks, where):
    for node in tree.walk():
        if node.role_id in ITEM_ROLES or not node.showing:
            continue
        needs_name = node.focusable or node.role_id in PRESSABLE
        if node.role_id in (pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_FRAME):
            needs_name = False
        if needs_name and not node.name:
            checks.failures.append("%s: a %s without a name: %s"
                                   % (where, node.role, node.line().strip()))


def open_journal(app, tree, pid):
    """Opens the Journal page as a user would: the Go menu's entry, pressed
    through the accessibility API (or Ctrl+2 with xdotool when that fails)."""
    for bar in find(tree, {pyatspi.ROLE_MENU_BAR}):
        for item in bar.walk():
            if item.role_id == pyatspi.ROLE_MENU_ITEM and plain(item.name) == "Journal":
                try:
                    action = item.acc.queryAction()
                    for i in range(action.nActions):
                        if action.getName(i) in ("press", "click", "Press"):
                            action.doAction(i)
                            return "the Go menu"
                except NotImplementedError:
                    pass
    if shutil.which("xdotool"):
        windows = subprocess.run(["xdotool", "search", "--pid", str(pid), "--name", "Carrywell"],
                                 capture_output=True, text=True).stdout.split()
        if windows:
            subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], timeout=10)
            subprocess.run(["xdotool", "key", "ctrl+2"], timeout=10)
            return "Ctrl+2"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True, help="the carrywell program")
    parser.add_argument("--dump", required=True, help="where to write the tree")
    parser.add_argument("--timeout", type=float, default=20, help="seconds to wait for the app")
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="carrywell-atspi-")
    with open(os.path.join(data, "settings.ini"), "w", encoding="utf-8") as settings:
        # No first-run wizard: it would cover the window.
        settings.write("[firstRun]\ndone=true\ndisclaimerAccepted=true\n")
    env = dict(os.environ)
    env.update({
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        # English names, whatever the machine's language.
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "en",
        "NO_AT_BRIDGE": "0",
    })
    proc = subprocess.Popen([args.app, "--data-dir", data], env=env)
    checks = Checks()
    lines = []
    try:
        app = find_application(proc, args.timeout)
        if app is None:
            if proc.poll() is not None:
                print("screen_reader_view: Carrywell exited (status %d) before it appeared "
                      "on the accessibility bus" % proc.returncode, file=sys.stderr)
            else:
                print("screen_reader_view: Carrywell did not appear on the accessibility bus "
                      "within %g s" % args.timeout, file=sys.stderr)
            return 1
        tree = wait_for(lambda: (lambda t: t if any(n.name == "Body map" for n in t.walk()) else None)(
            snapshot(app)), args.timeout)
        if tree is None:
            tree = snapshot(app)
        lines.append("== Library page")
        lines.extend(n.line() for n in tree.walk())
        check_main_window(tree, checks)
        check_names(tree, checks, "Library page")

        how = open_journal(app, tree, proc.pid)
        checks.expect(how is not None, "found no way to open the Journal page")

        def journal_shown():
            t = snapshot(app)
            shown = [n for n in t.walk() if n.showing and plain(n.name) == "New check-in"]
            return t if shown else None

        journal = wait_for(journal_shown, args.timeout) if how else None
        if checks.expect(journal is not None, "the Journal page's 'New check-in' button never showed"):
            lines.append("== Journal page (opened with %s)" % how)
            lines.extend(n.line() for n in journal.walk())
            check_names(journal, checks, "Journal page")
            tabs = [plain(n.name) for n in journal.walk()
                    if n.role_id == pyatspi.ROLE_PAGE_TAB and n.showing]
            checks.expect(len(tabs) >= 2, "the journal shows no tabs (%s)" % tabs)
    finally:
        with open(args.dump, "w", encoding="utf-8") as dump:
            dump.write("\n".join(lines) + "\n")
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(data, ignore_errors=True)

    for failure in checks.failures:
        print("FAIL:", failure, file=sys.stderr)
    print("screen_reader_view: %d problems; tree in %s" % (len(checks.failures), args.dump))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
