#!/usr/bin/python3
# test-model-a11y.py: the Model & Simulation page of the real binary, end to end through the
# accessibility tree: open the example case, type a new input, and check that the KPI card
# shows what the engine computes for it, computed independently here with
# `value-workbench --simulate --json --set`; then a Monte Carlo started and cancelled leaves
# the page ready for the next one.
# Run under a private Xvfb and its own D-Bus session:
#   tests/xvfb-wrapper.sh dbus-run-session -- /usr/bin/python3 test-model-a11y.py BINARY
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

from vwatspi import click, find, finish, start, stop, tap, wait_for, walk  # noqa: E402

EXAMPLE_TITLE = 'Kaskimäki Board Oy: BM2 maintenance partnership'
KPI = 'EBIT of the line'
OFFER = 'Preventive maintenance contract'
SCALES = {'k': 1e3, 'M': 1e6, 'bn': 1e9}


def engine_value(binary, example, variable, alternative, sets, env):
    """The figure as the engine computes it from the command line, independently of the UI."""
    args = [binary, '--simulate', example, '--json', '--draws', '0']
    for s in sets:
        args += ['--set', s]
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    return json.loads(out.stdout)['results'][variable][alternative]


def parse_card(text):
    """'€3.27 M' → (3.27e6, 0.01e6): the value and the resolution it is written with."""
    text = text.replace('\u00a0', ' ').replace('\u2212', '-').replace('€', '').strip()
    number, _, suffix = text.partition(' ')
    scale = SCALES.get(suffix.strip(), 1.0)
    decimals = len(number.split('.')[1]) if '.' in number else 0
    return float(number.replace(',', '')) * scale, scale * 10 ** -decimals


def card_value(app, kpi, alternative):
    # A card is a group named after its KPI; its labels are the title, the alternative and
    # then the value.
    for node in walk(app):
        try:
            if node.get_name() != kpi or node.get_role_name() == 'label':
                continue
            labels = [n.get_name() for n in walk(node) if n.get_role_name() == 'label']
        except Exception:
            continue
        if len(labels) >= 3 and labels[1] == alternative:
            return labels[2]
    return None


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(keys), check=False)


def type_into(node, text):
    # GTK 4.8 cannot grab focus through AT-SPI: click the entry where it is, then type.
    ext = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
    subprocess.run(['xdotool', 'mousemove', str(ext.x + ext.width // 2),
                    str(ext.y + ext.height // 2), 'click', '1'], check=False)
    key('ctrl+a')
    subprocess.run(['xdotool', 'type', '--delay', '20', text], check=False)
    key('Return')


def main():
    binary = sys.argv[1]
    example = os.path.join(os.environ['VW_SOURCE_ROOT'], 'data', 'samples', 'example-case.vwb')
    data_home = tempfile.mkdtemp(prefix='vw-model-a11y-')
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1', XDG_DATA_HOME=data_home)

    proc, app = start(binary, [example], env)
    try:
        tap(app is not None, 'the application appears on the accessibility bus')
        if app is None:
            return
        window = wait_for(lambda: find(app, 'frame', name=EXAMPLE_TITLE))
        tap(window is not None, 'the example case opens')
        subprocess.run(['xdotool', 'search', '--sync', '--name', 'Kaskimäki', 'windowsize',
                        '%0', '1500', '950'], check=False, capture_output=True)
        key('alt+5')

        before = wait_for(lambda: card_value(app, KPI, OFFER))
        expected = engine_value(binary, example, 'ebit', 'service_contract', [], env)
        value, step = parse_card(before or '')
        tap(before is not None and abs(value - expected) <= step,
            'the EBIT card of the offer shows the engine’s figure',
            'card %r, engine %r' % (before, expected))

        entry = wait_for(lambda: find(app, 'text', name='Availability, exact value'))
        tap(entry is not None, 'the availability input has an exact entry')
        if entry is None:
            return
        type_into(entry, '90')
        expected = engine_value(binary, example, 'ebit', 'service_contract',
                                ['availability@service_contract=0.9'], env)
        after = wait_for(lambda: (lambda t: t if t is not None and t != before else None)(
            card_value(app, KPI, OFFER)))
        value, step = parse_card(after or '')
        tap(after is not None and abs(value - expected) <= step,
            'after typing 90 % availability the card shows what the engine computes for it',
            'card %r, engine %r' % (after, expected))

        # A Monte Carlo cancelled at once: Simulate is there again, and no progress is left.
        simulate = find(app, 'push button', prefix='Run the simulation')
        tap(simulate is not None, 'the page has a Simulate button')
        if simulate is None:
            return
        click(simulate)
        cancel = wait_for(lambda: find(app, 'push button', prefix='Cancel the simulation'), timeout=5)
        if cancel is not None:
            try:
                click(cancel)
            except Exception:
                pass  # finished first: also a consistent end

        def shown(node):
            return node is not None and node.get_state_set().contains(Atspi.StateType.VISIBLE)

        def ready():
            s = find(app, 'push button', prefix='Run the simulation')
            return s is not None and s.get_state_set().contains(Atspi.StateType.SENSITIVE) \
                and not shown(find(app, 'progress bar', name='Simulation progress')) \
                and not shown(find(app, 'push button', prefix='Cancel the simulation'))
        tap(wait_for(ready, timeout=20), 'after Cancel, Simulate is ready and no progress is shown')
        tap(card_value(app, KPI, OFFER) == after, 'the cards keep their figures')
    finally:
        stop(proc)


if __name__ == '__main__':
    main()
    finish()
