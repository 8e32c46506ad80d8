#!/usr/bin/python3
# test-a11y.py: the real binary, driven through the accessibility tree (AT-SPI) as a screen
# reader or a test robot would: find the pages by name, switch between them, open and close
# the About window. Run under a private Xvfb and its own D-Bus session:
#   tests/xvfb-wrapper.sh dbus-run-session -- /usr/bin/python3 test-a11y.py BINARY
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

PAGES = ['Overview', 'Stakeholders', 'Value Proposition', 'Value Elements',
         'Model & Simulation', 'Pricing', 'Evidence & Cases']

results = []


def tap(ok, name, detail=''):
    results.append(ok)
    print(('ok' if ok else 'not ok') + ' %d - %s%s' % (len(results), name,
                                                       '' if ok else ' # ' + detail))
    sys.stdout.flush()


def wait_for(predicate, timeout=15.0, step=0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
        except gi.repository.GLib.Error:
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
    for node in walk(root):
        try:
            if role is not None and node.get_role_name() != role:
                continue
            node_name = node.get_name() or ''
            if name is not None and node_name != name:
                continue
            if prefix is not None and not node_name.startswith(prefix):
                continue
            return node
        except gi.repository.GLib.Error:
            continue
    return None


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


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


def main():
    binary = sys.argv[1]
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1')
    proc = subprocess.Popen([binary], env=env)
    try:
        app = wait_for(lambda: find_app(proc.pid))
        tap(app is not None, 'the application appears on the accessibility bus')
        if app is None:
            return

        new_button = wait_for(lambda: find(app, 'push button', name='New Value Case'))
        tap(new_button is not None, 'the start screen offers "New Value Case"')
        if new_button is None:
            return
        click(new_button)

        # New opens the template chooser, which also offers an empty case.
        empty_button = wait_for(lambda: find(app, 'push button', prefix='Empty Value Case'))
        tap(empty_button is not None, '"New Value Case" offers the templates and an empty case')
        if empty_button is None:
            return
        click(empty_button)

        rows = {}
        for title in PAGES:
            rows[title] = wait_for(lambda t=title: find(app, 'list item', name=t))
        tap(all(rows.values()), 'the sidebar lists all seven pages by name',
            'missing: %s' % [t for t, r in rows.items() if r is None])

        # The content region is named after the page it shows.
        for title in PAGES[1:] + PAGES[:1]:
            row = rows.get(title)
            if row is None:
                continue
            # A list box row is chosen by selecting it, as keyboard navigation does.
            parent = row.get_parent()
            parent.get_selection_iface().select_child(row.get_index_in_parent())
            shown = wait_for(lambda t=title: is_selected(row) and find(app, 'panel', name=t), timeout=5)
            tap(bool(shown), 'choosing "%s" selects it and shows its page' % title,
                'selected=%s' % is_selected(row))

        menu_button = find(app, 'toggle button', name='Main Menu') or find(app, 'push button', name='Main Menu')
        tap(menu_button is not None, 'the main menu button is named')
        if menu_button is None:
            return
        click(menu_button)
        about_item = wait_for(lambda: find(app, None, prefix='About Value Workbench'), timeout=5)
        tap(about_item is not None, 'the main menu offers "About Value Workbench"')
        if about_item is None:
            return
        click(about_item)

        about_window = wait_for(lambda: toplevel(app, 'About'), timeout=5)
        tap(about_window is not None and find(about_window, 'label', name='Value Workbench') is not None,
            'the About window opens and names the application')
        if about_window is None:
            return

        # Escape closes it, as a keyboard user would (GTK's window-control buttons expose a
        # "click" action that does not reach the window in 4.8).
        xids = subprocess.run(['xdotool', 'search', '--name', '^About$'],
                              capture_output=True, text=True).stdout.split()
        tap(len(xids) == 1, 'the About window is one X window', 'found %r' % xids)
        if xids:
            subprocess.run(['xdotool', 'windowfocus', '--sync', xids[0], 'key', 'Escape'], check=False)
        gone = wait_for(lambda: toplevel(app, 'About') is None, timeout=5)
        tap(bool(gone), 'the About window closes')
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == '__main__':
    main()
    print('1..%d' % len(results))
    sys.exit(0 if results and all(results) else 1)
