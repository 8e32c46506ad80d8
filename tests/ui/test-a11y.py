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

from vwatspi import click, find, finish, is_selected, start, stop, tap, toplevel, wait_for

PAGES = ['Overview', 'Stakeholders', 'Value Proposition', 'Value Elements',
         'Model & Simulation', 'Pricing', 'Evidence & Cases']



















def main():
    binary = sys.argv[1]
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1')
    proc, app = start(binary, [], env)
    try:
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
        stop(proc)


if __name__ == '__main__':
    try:
        main()
    finally:
        finish()
