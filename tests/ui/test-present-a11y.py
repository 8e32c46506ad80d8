#!/usr/bin/python3
# test-present-a11y.py: `value-workbench --present FILE --set …` of the real binary, through the
# accessibility tree: the presenter and the customer window open on the example case, and the
# customer window's EBIT card shows what the engine computes with the --set value (computed
# independently with `value-workbench --simulate --json --set`).
# Run under a private Xvfb and its own D-Bus session:
#   tests/xvfb-wrapper.sh dbus-run-session -- /usr/bin/python3 test-present-a11y.py BINARY
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import importlib
import os
import sys
import tempfile

from vwatspi import find, finish, start, stop, tap, wait_for  # noqa: E402

model_a11y = importlib.import_module('test-model-a11y')

SET = 'availability@service_contract=0.97'


def main():
    binary = sys.argv[1]
    example = os.path.join(os.environ['VW_SOURCE_ROOT'], 'data', 'samples', 'example-case.vwb')
    data_home = tempfile.mkdtemp(prefix='vw-present-a11y-')
    env = dict(os.environ, GTK_A11Y='atspi', ADW_DISABLE_PORTAL='1', XDG_DATA_HOME=data_home)

    proc, app = start(binary, ['--present', example, '--set', SET], env)
    try:
        tap(app is not None, 'the application appears on the accessibility bus')
        if app is None:
            return
        customer = wait_for(lambda: find(app, 'frame', prefix='Customer View'), timeout=30)
        tap(customer is not None, 'the customer window opens')
        presenter = wait_for(lambda: find(app, 'frame', prefix='Presenter'))
        tap(presenter is not None, 'the presenter window opens')
        if customer is None:
            return

        expected = model_a11y.engine_value(binary, example, 'ebit', 'service_contract', [SET], env)
        unset = model_a11y.engine_value(binary, example, 'ebit', 'service_contract', [], env)
        shown = wait_for(lambda: model_a11y.card_value(customer, model_a11y.KPI, model_a11y.OFFER))
        value, step = model_a11y.parse_card(shown or '')
        tap(shown is not None and abs(value - expected) <= step and abs(unset - expected) > step,
            'the customer window shows the EBIT the engine computes with --set %s' % SET,
            'card %r, engine %r (without --set %r)' % (shown, expected, unset))
    finally:
        stop(proc)


if __name__ == '__main__':
    main()
    finish()
