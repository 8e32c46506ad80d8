#!/usr/bin/python3
# test-document-a11y.py: the real binary with a value case, through the accessibility tree:
# a case named on the command line opens, a draft left by a crash is offered and recovered,
# and (with xdotool for the keys) unsaved work survives kill -9.
# Run under a private Xvfb and its own D-Bus session:
#   tests/xvfb-wrapper.sh dbus-run-session -- /usr/bin/python3 test-document-a11y.py BINARY MAKE_DRAFT
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys
import tempfile
import time

from vwatspi import click, find, finish, start, stop, tap, toplevel_names, wait_for

EXAMPLE_TITLE = 'Kaskimäki Board Oy: BM2 maintenance partnership'
DRAFT_TITLE = 'Recovered after a crash'





















def main():
    binary, make_draft = sys.argv[1], sys.argv[2]
    example = os.path.join(os.environ['VW_SOURCE_ROOT'], 'data', 'samples', 'example-case.vwb')
    data_home = tempfile.mkdtemp(prefix='vw-a11y-')
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1', XDG_DATA_HOME=data_home)

    # A case on the command line opens: its title names the window.
    proc, app = start(binary, [example], env)
    try:
        tap(app is not None, 'the application appears on the accessibility bus')
        if app is None:
            return
        opened = wait_for(lambda: EXAMPLE_TITLE in toplevel_names(app))
        tap(bool(opened), 'the example case opens from the command line, titled after the case',
            'windows: %s' % toplevel_names(app))
        tap(find(app, 'label', name='Kaskimäki Board Oy') is not None,
            'the sidebar names the customer')
        tap(find(app, None, name='Recover Unsaved Work?') is None,
            'without drafts, no recovery is offered')

        # Opening it again (a second launch hands the file to this instance) brings its
        # window forward instead of a second copy.
        again = subprocess.run([binary, example], env=env, timeout=30)
        time.sleep(1.0)
        tap(again.returncode == 0 and toplevel_names(app).count(EXAMPLE_TITLE) == 1,
            'opening the open case again shows its window, not a second one',
            'windows: %s' % toplevel_names(app))
    finally:
        stop(proc)

    # A draft left by a crash is offered at the next start and recovered as unsaved work.
    made = subprocess.run([make_draft, example, DRAFT_TITLE], env=env, capture_output=True, text=True)
    tap(made.returncode == 0, 'a draft is written through the drafts API', made.stderr)
    draft_dir = os.path.join(data_home, 'value-workbench', 'drafts')
    proc, app = start(binary, [], env)
    try:
        if app is None:
            tap(False, 'the application appears on the accessibility bus')
            return
        recover = wait_for(lambda: find(app, 'push button', prefix='Recover “%s”' % DRAFT_TITLE))
        tap(recover is not None, 'recovery is offered for the draft, by its title',
            'windows: %s' % toplevel_names(app))
        if recover is None:
            return
        tap(find(app, 'push button', prefix='Discard “%s”' % DRAFT_TITLE) is not None,
            'the draft can be discarded instead')
        click(recover)
        recovered = wait_for(lambda: '• ' + DRAFT_TITLE in toplevel_names(app))
        tap(bool(recovered), 'the recovered case opens, marked as not saved',
            'windows: %s' % toplevel_names(app))
        tap(wait_for(lambda: 'Recover Unsaved Work?' not in toplevel_names(app), timeout=5)
            is not None, 'the recovery dialog closes when nothing is left to offer')
        tap(len(os.listdir(draft_dir)) == 1,
            'the draft stays until the case is saved or discarded')
    finally:
        stop(proc)
        shutil.rmtree(data_home, ignore_errors=True)

    kill_and_recover(binary)


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(keys), check=False)


def kill_and_recover(binary):
    # Unsaved work survives kill -9: a case made from a template (unsaved from the start, made
    # with the keyboard as a user would: Ctrl+N, Enter) is in a draft after the autosave delay
    # (3 s by default), and the next start offers it.
    data_home = tempfile.mkdtemp(prefix='vw-a11y-kill-')
    draft_dir = os.path.join(data_home, 'value-workbench', 'drafts')
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1', XDG_DATA_HOME=data_home)
    proc, app = start(binary, [], env)
    title = None
    try:
        if app is None or wait_for(lambda: 'Value Workbench' in toplevel_names(app)) is None:
            tap(False, 'the application starts for the kill -9 test')
            return
        time.sleep(0.5)
        key('ctrl+n')
        chooser = wait_for(lambda: 'New from Template' in toplevel_names(app), timeout=5)
        tap(bool(chooser), 'Ctrl+N shows the template chooser', 'windows: %s' % toplevel_names(app))
        if not chooser:
            return
        time.sleep(0.3)
        key('Return')
        title = wait_for(lambda: next((n for n in toplevel_names(app) if n.startswith('• ')), None))
        tap(title is not None, 'Enter makes an unsaved case from the first template',
            'windows: %s' % toplevel_names(app))
        if title is None:
            return
        drafted = wait_for(lambda: os.path.isdir(draft_dir) and len(os.listdir(draft_dir)) == 1,
                           timeout=10)
        tap(bool(drafted), 'a draft is written after the delay')
    finally:
        proc.kill()
        proc.wait()

    if title is None:
        return
    proc, app = start(binary, [], env)
    try:
        name = title[len('• '):]
        recover = wait_for(lambda: find(app, 'push button', prefix='Recover “%s”' % name))
        tap(recover is not None, 'after kill -9, the next start offers the case for recovery')
        if recover is None:
            return
        click(recover)
        recovered = wait_for(lambda: title in toplevel_names(app))
        tap(bool(recovered), 'the recovered case is the one made before the crash, still unsaved',
            'windows: %s' % toplevel_names(app))
    finally:
        stop(proc)
        shutil.rmtree(data_home, ignore_errors=True)


if __name__ == '__main__':
    try:
        main()
    finally:
        finish()
