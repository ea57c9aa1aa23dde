"""Drives the Casebook window as a screen reader does, through AT-SPI, and
fails on a control a screen reader could reach but not name.

Run under Xvfb and a D-Bus session (see tests/CMakeLists.txt):
    screen_reader_walk.py CASEBOOK DATABASE
It walks every page of the window (hidden pages are in the accessible tree
too), then opens the dialogs a teacher meets from the keyboard and walks each.
A focusable control needs a name; a combo box, whose name Qt gives as its
current value on Linux, needs a label that names it (a labelled-by relation).
"""

import os
import subprocess
import sys
import time

import pyatspi

# Inside these, the items are the widget's own (a list's rows, a combo's popup).
CONTAINERS = {"table", "list", "tree", "tree table", "menu bar", "menu", "popup menu",
              "combo box", "page tab list"}
# Parts that take focus but are named by what they hold.
EXEMPT = {"list item", "table cell", "menu item", "tree item", "scroll bar", "check menu item",
          "radio menu item", "table column header", "table row header"}


def wait_for(predicate, seconds=60.0, what="it"):
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit("screen reader walk: timed out waiting for %s" % what)


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "casebook":
            return app
    return None


def labelled(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and target.name.strip():
                    return target.name.strip()
    return None


def ancestry(node):
    """Where a node is, for a person reading the failure: "filler 'Casework' > panel ''"."""
    names = []
    parent = node.parent
    while parent is not None and len(names) < 4:
        names.append("%s %r" % (parent.getRoleName(), parent.name or ""))
        parent = parent.parent
    return " < ".join(names)


def problems_in(node, where, found, depth=0):
    if node is None or depth > 40:
        return
    try:
        role = node.getRoleName()
        name = (node.name or "").strip()
        states = node.getState()
    except Exception:  # gone meanwhile (a closing dialog)
        return
    if states.contains(pyatspi.STATE_FOCUSABLE) and role not in EXEMPT:
        if role == "combo box":
            if not labelled(node):
                found.append("%s: combo box named only by its value %r" % (where, name))
        elif not name:
            found.append("%s: %s without a name (in %s)" % (where, role, ancestry(node)))
    if role in CONTAINERS:
        return
    for child in node:
        problems_in(child, where, found, depth + 1)


def find(node, role, name, depth=0):
    """The first node below `node` with this role and name."""
    if node is None or depth > 40:
        return None
    try:
        if node.getRoleName() == role and (node.name or "").strip() == name:
            return node
        children = list(node)
    except Exception:
        return None
    for child in children:
        hit = find(child, role, name, depth + 1)
        if hit is not None:
            return hit
    return None


def press(node, role, name):
    """Does a control's first action (press, click) as a screen reader would."""
    control = wait_for(lambda: find(node, role, name), seconds=30,
                       what="the %s %r" % (role, name))
    try:
        control.queryAction().doAction(0)
    except Exception:
        pass  # a dialog's own event loop can hold the reply back; the press happened
    time.sleep(0.5)


def windows(app):
    return [w for w in app if w is not None]


def dialog_titled(app, words):
    for window in windows(app):
        if window.getRoleName() in ("dialog", "alert", "frame") and words in (window.name or ""):
            if window.getRoleName() != "frame" or words == "STLS Casebook":
                return window
    return None


def main():
    binary, database = sys.argv[1], sys.argv[2]
    environment = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_QPA_PLATFORM="xcb")
    process = subprocess.Popen([binary, "--db", database], env=environment)
    found = []
    try:
        app = wait_for(application, what="the Casebook window on the accessibility bus")
        frame = wait_for(lambda: dialog_titled(app, "STLS Casebook"), what="the main window")
        problems_in(frame, "main window", found)

        # The dialogs a teacher meets, opened as a screen reader user opens them.
        steps = [
            ("push button", "Add child…", "Add a child", ("push button", "Cancel")),
            ("menu item", "Help on This Page", "Children", ("push button", "OK")),
            ("menu item", "Keyboard Shortcuts", "Keyboard Shortcuts", ("push button", "Close")),
            ("menu item", "About STLS Casebook", "About", ("push button", "Close")),
        ]
        for role, name, title, (close_role, close_name) in steps:
            press(frame, role, name)
            window = wait_for(lambda: dialog_titled(app, title), seconds=30,
                              what="the dialog %r" % title)
            problems_in(window, title, found)
            press(window, close_role, close_name)
        problems_in(frame, "main window, after", found)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    unique = sorted(set(found))
    for problem in unique:
        print(problem)
    print("screen reader walk: %d problem(s)" % len(unique))
    return 1 if unique else 0


if __name__ == "__main__":
    sys.exit(main())
