#!/usr/bin/python3
# test-people-a11y.py: the real binary, end to end through the accessibility tree (issue 7):
# open the example case, add a stakeholder, set their influence and attitude, select a value
# element, undo and redo, save, reopen and compare the file; then an unsaved edit of a saved
# case survives kill -9 through draft recovery. (test-document-a11y.py covers the start-up
# recovery dialog and a new, never-saved case; this covers an edited file.)
#   tests/xvfb-wrapper.sh dbus-run-session -- /usr/bin/python3 test-people-a11y.py BINARY
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

from vwatspi import click, find, finish, start, stop, tap, toplevel_names, wait_for, walk

TITLE = 'Kaskimäki Board Oy: BM2 maintenance partnership'
NS = '{https://valueworkbench.github.io/ns/vwb/1}'
ELEMENT = 'Lower energy use of drives and vacuum'


PAGES = ['Overview', 'Stakeholders', 'Value Proposition', 'Value Elements']


def show_page(proc, app, title):
    # Alt+N, as a keyboard user does: it also shows the page when the sidebar is folded.
    key(proc, 'alt+%d' % (PAGES.index(title) + 1))
    return wait_for(lambda: find(app, 'panel', name=title), timeout=5)


def text_of(node):
    t = node.get_text_iface()
    return t.get_text(0, t.get_character_count()) if t is not None else None


def find_text(root, name, text):
    for node in walk(root):
        try:
            if node.get_name() == name and node.get_text_iface() is not None \
               and text_of(node) == text:
                return node
        except Exception:
            continue
    return None


def key(proc, *keys):
    """Types @keys into the window of @proc that shows the case (after a recovery, the start
    window may be there too)."""
    xids = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(proc.pid)],
                          capture_output=True, text=True).stdout.split()
    names = {x: subprocess.run(['xdotool', 'getwindowname', x], capture_output=True,
                               text=True).stdout.strip() for x in xids}
    case = [x for x in xids if TITLE in names[x]]
    target = (case or xids or [None])[-1]
    if target is not None:
        subprocess.run(['xdotool', 'windowfocus', '--sync', target, 'key', '--clearmodifiers']
                       + list(keys), check=False)
        time.sleep(0.3)


def mouse_click(node):
    # Check buttons have no AT-SPI action in GTK 4.8: click their middle with the pointer
    # (window coordinates are screen coordinates without a window manager).
    ext = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
    subprocess.run(['xdotool', 'mousemove', str(ext.x + ext.width // 2),
                    str(ext.y + ext.height // 2), 'click', '1'], check=False)


def checked(node):
    return node.get_state_set().contains(Atspi.StateType.CHECKED)


def case_parts(path):
    """The file as comparable parts: (everything else, the people, the selected elements)."""
    root = ET.parse(path).getroot()
    meta = root.find(NS + 'meta')
    meta.attrib.pop('modified', None)
    people = {s.get('name'): dict(s.attrib) for s in root.iter(NS + 'stakeholder')}
    selected = sorted(e.get('id') for e in root.iter(NS + 'element') if e.get('selected') == 'true')
    for s in list(root.find(NS + 'stakeholders')):
        root.find(NS + 'stakeholders').remove(s)
    for e in root.iter(NS + 'element'):
        e.attrib.pop('selected', None)
    return ET.tostring(root), people, selected


def edit_and_save(binary, env, path):
    proc, app = start(binary, [path], env)
    try:
        tap(app is not None and wait_for(lambda: TITLE in toplevel_names(app)),
            'the copy of the example case opens')
        page = show_page(proc, app, 'Stakeholders')
        tap(page is not None, 'the Stakeholders page is shown')
        if page is None:
            return False
        tap(find(page, None, prefix='Pekka Rautio is influential') is not None,
            'the coverage analysis names the influential blocker')

        add = find(page, 'push button', prefix='Add Person')
        tap(add is not None, 'the page has an Add Person button')
        click(add)
        name = wait_for(lambda: find_text(page, 'Name', 'New person'))
        tap(name is not None, 'a new person is added and opened in the detail pane')
        if name is None:
            return False
        name.get_editable_text_iface().set_text_contents('Kari Lehto')
        tap(wait_for(lambda: find(page, None, name='Influence of Kari Lehto')) is not None,
            'the table follows the rename')

        # GTK 4.8 appends the row's title to the spin button's own label.
        influence = find(page, 'spin button', name='Influence') \
            or find(page, 'spin button', name='Influence Influence')
        attitude = find(page, 'spin button', name='Attitude') \
            or find(page, 'spin button', name='Attitude Attitude')
        tap(influence is not None and attitude is not None,
            'the detail pane has influence and attitude')
        influence.get_value_iface().set_current_value(5)
        attitude.get_value_iface().set_current_value(-2)
        cell = find(page, 'spin button', name='Attitude of Kari Lehto')
        tap(cell is not None and wait_for(lambda: cell.get_value_iface().get_current_value() == -2),
            'the table shows the new attitude')
        tap(wait_for(lambda: find(page, None, prefix='Kari Lehto is influential')) is not None,
            'the new influential opponent appears in the coverage warnings')

        elements = show_page(proc, app, 'Value Elements')
        # The filter brings the element to the top of the table, where the pointer reaches it.
        search = elements and find(elements, None, name='Filter value elements by name')
        if search is not None:
            search.get_editable_text_iface().set_text_contents(ELEMENT)
            time.sleep(0.5)
        check = elements and wait_for(lambda: find(elements, 'check box',
                                                   name='Use “%s” in the proposition' % ELEMENT))
        tap(check is not None and not checked(check), 'the value element is there, not selected')
        if not check:
            return False
        mouse_click(check)
        tap(wait_for(lambda: checked(check), timeout=5), 'clicking selects the value element')

        undo = find(app, 'push button', prefix='Undo')
        redo = find(app, 'push button', prefix='Redo')
        click(undo)
        tap(wait_for(lambda: not checked(check), timeout=5), 'undo deselects it')
        click(redo)
        tap(wait_for(lambda: checked(check), timeout=5), 'redo selects it again')

        key(proc, 'ctrl+s')
        saved = wait_for(lambda: TITLE in toplevel_names(app) and '• ' + TITLE not in toplevel_names(app))
        tap(bool(saved), 'Ctrl+S saves: the title loses its unsaved mark',
            'windows: %s' % toplevel_names(app))
        return bool(saved)
    finally:
        stop(proc)


def reopen(binary, env, path):
    before = open(path, 'rb').read()
    proc, app = start(binary, [path], env)
    try:
        tap(app is not None and wait_for(lambda: TITLE in toplevel_names(app)),
            'the saved case reopens, not marked unsaved', 'windows: %s' % toplevel_names(app))
        page = show_page(proc, app, 'Stakeholders')
        tap(page is not None and wait_for(lambda: find_text(page, 'Name of Kari Lehto', 'Kari Lehto'))
            is not None, 'the new person is in the reopened case')
    finally:
        stop(proc)
    tap(open(path, 'rb').read() == before, 'reopening and closing leaves the file as saved')


def kill_and_recover(binary, path):
    data_home = tempfile.mkdtemp(prefix='vw-people-kill-')
    draft_dir = os.path.join(data_home, 'value-workbench', 'drafts')
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1', XDG_DATA_HOME=data_home)
    saved = open(path, 'rb').read()
    proc, app = start(binary, [path], env)
    try:
        page = app and wait_for(lambda: TITLE in toplevel_names(app)) and show_page(proc, app, 'Stakeholders')
        if not page:
            tap(False, 'the case opens for the kill -9 test')
            return
        click(find(page, 'push button', prefix='Add Person'))
        name = wait_for(lambda: find_text(page, 'Name', 'New person'))
        name.get_editable_text_iface().set_text_contents('Unsaved Person')
        drafted = wait_for(lambda: os.path.isdir(draft_dir) and len(os.listdir(draft_dir)) == 1,
                           timeout=15)
        tap(bool(drafted), 'an unsaved edit of a saved case goes to a draft after the delay')
    finally:
        proc.kill()
        proc.wait()
    tap(open(path, 'rb').read() == saved, 'kill -9 leaves the saved file untouched')

    proc, app = start(binary, [], env)
    try:
        recover = app and wait_for(lambda: find(app, 'push button', prefix='Recover “%s”' % TITLE))
        tap(bool(recover), 'the next start offers the edited case for recovery')
        if not recover:
            return
        click(recover)
        tap(wait_for(lambda: '• ' + TITLE in toplevel_names(app)) is not None,
            'the recovered case opens, marked unsaved', 'windows: %s' % toplevel_names(app))
        page = show_page(proc, app, 'Stakeholders')
        tap(page is not None and wait_for(lambda: find_text(page, 'Name of Unsaved Person',
                                                            'Unsaved Person')) is not None,
            'the person added before the crash is back')
    finally:
        stop(proc)
        shutil.rmtree(data_home, ignore_errors=True)


def main():
    binary = sys.argv[1]
    example = os.path.join(os.environ['VW_SOURCE_ROOT'], 'data', 'samples', 'example-case.vwb')
    work = tempfile.mkdtemp(prefix='vw-people-')
    path = os.path.join(work, 'kaskimaki.vwb')
    shutil.copy(example, path)
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1',
               XDG_DATA_HOME=os.path.join(work, 'data'))
    try:
        if not edit_and_save(binary, env, path):
            return

        rest_before, people_before, selected_before = case_parts(example)
        rest_after, people_after, selected_after = case_parts(path)
        kari = people_after.get('Kari Lehto', {})
        tap(kari.get('influence') == '5' and kari.get('attitude') == '-2',
            'the file has Kari Lehto with influence 5 and attitude −2', repr(kari))
        tap(set(people_after) - set(people_before) == {'Kari Lehto'}
            and all(people_after[n] == people_before[n] for n in people_before),
            'the other people are unchanged')
        tap(selected_after == sorted(selected_before + ['energy']),
            'the file has the value element selected, and only that one added',
            '%r' % selected_after)
        tap(rest_after == rest_before, 'everything else in the file is as before')

        reopen(binary, env, path)
        kill_and_recover(binary, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    try:
        main()
    finally:
        finish()
