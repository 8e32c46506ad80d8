# vwatspi.py: what the end-to-end tests share to drive the real binary through the
# accessibility tree (AT-SPI) and report TAP.
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

results = []


def tap(ok, name, detail=''):
    results.append(bool(ok))
    print(('ok' if ok else 'not ok') + ' %d - %s%s' % (len(results), name,
                                                       '' if ok else ' # ' + detail))
    sys.stdout.flush()


def finish():
    """Prints the TAP plan and exits 0 only when every check ran and passed."""
    print('1..%d' % len(results))
    sys.exit(0 if results and all(results) else 1)


def wait_for(predicate, timeout=15.0, step=0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
        except GLib.Error:
            value = None
        if value:
            return value
        time.sleep(step)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def find(root, role=None, name=None, prefix=None):
    # GTK 4.8 appends a button's label text to its accessible label: `prefix` matches the start.
    for node in walk(root):
        try:
            if role is not None and node.get_role_name() != role:
                continue
            if name is not None and (node.get_name() or '') != name:
                continue
            if prefix is not None and not (node.get_name() or '').startswith(prefix):
                continue
            return node
        except GLib.Error:
            continue
    return None


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def toplevel_names(app):
    return [c.get_name() for c in (app.get_child_at_index(i) for i in range(app.get_child_count()))
            if c is not None]


def toplevel(app, name):
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child is not None and child.get_name() == name:
            return child
    return None


def click(node):
    # A GtkMenuButton is a named box around the real (unnamed) button: click that one.
    action = node.get_action_iface()
    if action is None or action.get_n_actions() == 0:
        inner = next((n for n in walk(node) if n is not node and n.get_action_iface() is not None
                      and n.get_action_iface().get_n_actions() > 0), None)
        if inner is None:
            raise RuntimeError('%s has no action' % node.get_name())
        return click(inner)
    for i in range(action.get_n_actions()):
        if action.get_action_name(i) in ('click', 'activate', 'press'):
            return action.do_action(i)
    return action.do_action(0)


def is_selected(node):
    return node.get_state_set().contains(Atspi.StateType.SELECTED)


def start(binary, args, env):
    proc = subprocess.Popen([binary] + args, env=env)
    app = wait_for(lambda: find_app(proc.pid))
    return proc, app


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
