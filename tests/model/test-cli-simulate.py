#!/usr/bin/python3
# test-cli-simulate.py BINARY SOURCE_ROOT: value-workbench --simulate, the real binary, no display
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import math
import os
import re
import subprocess
import sys
import tempfile

binary, root = sys.argv[1], sys.argv[2]
samples = os.path.join(root, 'data', 'samples')
example = os.path.join(samples, 'example-case.vwb')
plant = os.path.join(samples, 'power-plant.vwb')
env = dict(os.environ)
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)

results = []


def run(*args):
    p = subprocess.run([binary, '--simulate'] + list(args), capture_output=True, text=True,
                       env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def close(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(abs(a), abs(b))


# ---- The table ----
rc, out, err = run(example, '--draws', '0')
lines = out.splitlines()
check('table: exit 0, nothing on stderr', rc == 0 and err == '', err)
check('table: title and heading', lines[0] == 'Kaskimäki Board Oy: BM2 maintenance partnership'
      and lines[1] == 'Currency EUR, horizon 5 periods (year)', lines[:2])
header = lines[3].split()
check('table: a column per alternative', lines[3].startswith('Variable') and 'Unit' in header
      and 'Own maintenance today' in lines[3] and 'Preventive maintenance contract' in lines[3]
      and 'Local contractor' in lines[3], lines[3])
rows = {l.split()[0]: l for l in lines[4:] if l.strip()}
check('table: every variable, with its unit', 'oee' in rows and 'share' in rows['oee']
      and 'roce' in rows and 'our_cost' in rows and len(rows) == 45, sorted(rows))
check('table: no Monte Carlo with --draws 0', 'Monte Carlo' not in out)
check('table: never nan or inf', not re.search(r'\b(nan|inf)\b', out, re.I))

rc, out, err = run(plant, '--draws', '0')
row = [l for l in out.splitlines() if l.startswith('cost_flow ')][0]
check('table: a series is shown compactly',
      re.search(r'\[70000000, 56652632, …, \d+\]\s+\[95000000, 47908602, …, \d+\]', row), row)
row = [l for l in out.splitlines() if l.startswith('lcoe ')][0]
check('table: LCOE to six digits', row.split()[-2:] == ['173.856', '155.73'], row)

# ---- JSON ----
rc, out, err = run(example, '--json', '--draws', '0')
doc = json.loads(out)
check('json: exit 0', rc == 0 and err == '', err)
check('json: keys', list(doc) == ['title', 'currency', 'horizon', 'alternatives', 'results'],
      list(doc))
check('json: meta', doc['title'] == 'Kaskimäki Board Oy: BM2 maintenance partnership'
      and doc['currency'] == 'EUR' and doc['horizon'] == 5)
check('json: alternatives', doc['alternatives'] == [
    {'id': 'own_maintenance', 'name': 'Own maintenance today'},
    {'id': 'service_contract', 'name': 'Preventive maintenance contract'},
    {'id': 'local_contractor', 'name': 'Local contractor'}], doc['alternatives'])
r = doc['results']
alts = ['own_maintenance', 'service_contract', 'local_contractor']
check('json: every variable × alternative', len(r) == 45
      and all(sorted(v) == sorted(alts) for v in r.values()))
# Numbers read back exactly: the formulas, redone here in the same order, give the same doubles.
exact = True
for a in alts:
    exact &= r['oee'][a] == r['availability'][a] * r['performance'][a] * r['quality'][a]
    exact &= r['roce'][a] == r['ebit_margin'][a] * r['capital_turnover'][a]
    exact &= r['capital'][a] == r['capital_employed'][a] + r['spare_parts'][a]
    exact &= r['ebit_gain'][a] == r['ebit'][a] - r['ebit']['own_maintenance']
check('json: numbers read back exactly (oee, roce, capital, ebit_gain)', exact)
check('json: a comparison is 0 under the alternative it compares with',
      r['ebit_gain']['own_maintenance'] == 0 and r['ebit_gain']['service_contract'] > 0)
check('json: no error values', not any(isinstance(v, dict) for x in r.values() for v in x.values()))

# Key figures against closed forms (value-math §5 LCOE, §5 NPV identity).
rc, out, err = run(plant, '--json', '--draws', '0')
r = json.loads(out)['results']


def plant_pv(capex_per_kw, eff, fom, vom):
    energy = 100 * 4000
    fuel = energy / eff
    cost, e = 100 * 1000 * capex_per_kw, 0.0
    for t in range(1, 21):
        cost += (fuel * 35 * 1.02 ** (t - 1) + fuel * 0.202 * 80 + 100 * 1000 * fom
                 + energy * vom) / 1.08 ** t
        e += energy / 1.08 ** t
    return cost, e


pv_ep, e_ep = plant_pv(950, 0.465, 15, 6)
pv_gt, e_gt = plant_pv(700, 0.38, 12, 4)
check('json: LCOE equals the closed form', close(r['lcoe']['engine_plant'], pv_ep / e_ep)
      and close(r['lcoe']['gas_turbine'], pv_gt / e_gt), (r['lcoe'], pv_ep / e_ep))
check('json: NPV advantage', close(r['npv_advantage']['engine_plant'], pv_gt - pv_ep))
check('json: a series has N + 1 numbers', len(r['cost_flow']['engine_plant']) == 21
      and r['cost_flow']['engine_plant'][0] == 95000000)

# ---- Scenarios and --set ----
rc, out, err = run(example, '--json', '--draws', '0', '--scenario', 'conservative')
r = json.loads(out)['results']
check('scenario by id', rc == 0 and r['availability']['service_contract'] == 0.91
      and r['contribution_margin']['own_maintenance'] == 150, r['availability'])
rc, out2, err = run(example, '--json', '--draws', '0', '--scenario', 'Conservative')
check('scenario by name', rc == 0 and out2 == out)

rc, out, err = run(example, '--json', '--draws', '0', '--scenario', 'conservative',
                   '--set', 'availability@service_contract=0.95', '--set', 'selling_price=700',
                   '--set', 'contribution_margin=1e2')
r = json.loads(out)['results']
check('--set: one alternative, all alternatives, over the scenario',
      rc == 0 and r['availability']['service_contract'] == 0.95
      and r['availability']['own_maintenance'] != 0.95
      and all(r['selling_price'][a] == 700 for a in alts)
      and all(r['contribution_margin'][a] == 100 for a in alts)
      and r['oee']['service_contract'] == 0.95 * r['performance']['service_contract']
      * r['quality']['service_contract'], err)

errors = [
    (['--set', 'fuel=1'], 1, 'error: --set fuel=1: There is no variable “fuel” in this case'),
    (['--set', 'our_cost@rival=1'], 1,
     'error: --set our_cost@rival=1: There is no alternative “rival” in this case'),
    (['--set', 'price_floor=1'], 1,
     'error: --set price_floor=1: “price_floor” is computed by a formula, so it cannot be set; '
     'set the inputs it is computed from'),
    (['--set', 'our_cost=12,5'], 1,
     'error: --set our_cost=12,5: “12,5” is not a number; write it with a dot, like 12.5'),
    (['--set', 'our_cost=nan'], 1,
     'error: --set our_cost=nan: “nan” is not a number; write it with a dot, like 12.5'),
    (['--set', 'our_cost=1e999'], 1,
     'error: --set our_cost=1e999: “1e999” is not a number; write it with a dot, like 12.5'),
    (['--set', 'our_cost='], 1,
     'error: --set our_cost=: “” is not a number; write it with a dot, like 12.5'),
    (['--scenario', 'Gloomy'], 1,
     'error: --scenario Gloomy: There is no scenario “Gloomy” in this case'),
    (['--set', 'our_cost'], 2, 'error: --set our_cost: write ID=VALUE or ID@ALTERNATIVE=VALUE'),
    (['--draws', 'many'], 2,
     'error: --draws must be a whole number from 0 to 1000000, found “many”'),
    (['--seed', '-1'], 2, 'error: --seed must be a whole number, 0 or more, found “-1”'),
    (['--audience', 'board'], 2,
     'error: --audience must be “internal” or “customer”, found “board”'),
]
for args, want_rc, want_err in errors:
    rc, out, err = run(example, *args)
    check('error: ' + ' '.join(args), rc == want_rc and out == '' and err.strip() == want_err,
          (rc, err))
p = subprocess.run([binary, '--json'], capture_output=True, text=True, env=env)
check('usage: --json without a command names the commands it goes with', p.returncode == 2
      and p.stderr.strip() == '--json goes with a command: --simulate, --cases-search', p.stderr)
p = subprocess.run([binary, '--simulate', example, plant], capture_output=True, text=True, env=env)
check('usage: two files', p.returncode == 2, p.stderr)
with tempfile.NamedTemporaryFile('w', suffix='.vwb') as f:
    f.write('<?xml version="1.0"?>\n<value-case')
    f.flush()
    rc, out, err = run(f.name)
    check('a broken file: its line and message, exit 1', rc == 1 and err.startswith(f.name + ':'),
          err)

# ---- Monte Carlo ----
rc, out, err = run(plant, '--json', '--draws', '500', '--seed', '3')
a = json.loads(out)
rc2, out2, err2 = run(plant, '--json', '--draws', '500', '--seed', '3')
rc3, out3, err3 = run(plant, '--json', '--draws', '500', '--seed', '4')
mc = a['monte_carlo']
check('mc: present, with its settings', rc == 0 and mc['draws'] == 500 and mc['seed'] == 3
      and mc['convention'] == 'non-exceedance', {k: mc[k] for k in mc if k != 'outputs'})
check('mc: the same seed, the same numbers', out == out2)
check('mc: another seed, other numbers', json.loads(out3)['monte_carlo']['outputs']
      != mc['outputs'])
lc = mc['outputs']['lcoe']['engine_plant']
check('mc: P10 ≤ P50 ≤ P90, mean in range', lc['p10'] < lc['p50'] < lc['p90']
      and lc['p10'] < lc['mean'] < lc['p90'], lc)
check('mc: only what the uncertainty moves', 'capex' not in mc['outputs']
      and 'gas_turbine' not in mc['outputs']['npv_advantage'], sorted(mc['outputs']))
check('mc: the results stay deterministic', a['results'] == json.loads(
    run(plant, '--json', '--draws', '0')[1])['results'])
rc, out, err = run(example, '--json')
check('mc: the case\'s own draws and seed', json.loads(out)['monte_carlo']['draws'] == 10000
      and json.loads(out)['monte_carlo']['seed'] == 7)
rc, out, err = run(plant, '--draws', '300', '--seed', '3')
check('mc: in the table', 'Monte Carlo: 300 draws, seed 3; non-exceedance: P(X ≤ P10) = 10 %'
      in out and re.search(r'^lcoe\s+engine_plant\s', out, re.M), out[-400:])

# ---- Confidentiality: the customer sees nothing internal, in any formatting ----
with open(example, encoding='utf-8') as f:
    text = f.read()
text, n = re.subn(r'<variable id="price_floor"[^>]*/>',
                  '<variable id="price_floor" label="Price floor (walk-away price)" '
                  'unit="EUR/year" kind="input" group="Internal"><value v="987654.32"/>'
                  '</variable>', text)
check('confidential: the price floor made an input', n == 1)
secrets = {'our_cost': 123456.78, 'price_floor': 987654.32, 'target_margin': 0.4321987,
           'win_probability': 0.3456789}


def forms(v):
    # Every way a person or a program might print it, to at least four significant digits.
    out = {repr(v), '%.17g' % v, '%.6g' % v, '%.4g' % v}
    if v > 1000:
        out |= {'%.2f' % v, '%.1f' % v, '%.0f' % v,
                '{:,.2f}'.format(v), '{:,.1f}'.format(v), '{:,.0f}'.format(v),
                '{:,.2f}'.format(v).replace(',', ' ').replace('.', ','),
                '{:,.2f}'.format(v).replace(',', '\u00a0').replace('.', ','),
                '{:,.2f}'.format(v).replace(',', 'X').replace('.', ',').replace('X', '.'),
                '%.5e' % v}
    else:
        out |= {'%.4g' % (100 * v), '%.2f' % (100 * v), '%.6g' % (100 * v),
                ('%.4g' % v).replace('.', ',')}
    return out


with tempfile.NamedTemporaryFile('w', suffix='.vwb', encoding='utf-8') as f:
    f.write(text)
    f.flush()
    sets = ['--set', 'our_cost=123456.78', '--set', 'target_margin=0.4321987',
            '--set', 'win_probability=0.3456789', '--draws', '200', '--seed', '1']
    rc, internal, err = run(f.name, '--json', *sets)
    check('confidential: the seller sees the figures', rc == 0
          and json.loads(internal)['results']['our_cost']['service_contract'] == 123456.78
          and json.loads(internal)['results']['price_floor']['service_contract'] == 987654.32
          and '123456.78' in internal and '0.4321987' in internal, err)
    for fmt in ([], ['--json']):
        rc, out, err = run(f.name, '--audience', 'customer', *fmt, *sets)
        leaks = [(k, s) for k, v in secrets.items() for s in forms(v) if s in out or s in err]
        ids = [k for k in list(secrets) + ['margin'] if re.search(r'\b%s\b' % k, out)]
        check('confidential: customer %s shows no internal value' % (fmt or ['table']),
              rc == 0 and not leaks and not ids and len(out) > 1000, (leaks, ids))
    rc, out, err = run(f.name, '--audience', 'customer', '--json', *sets)
    d = json.loads(out)
    check('confidential: customer JSON keeps the rest', 'price' in d['results']
          and 'customer_incentive' in d['results'] and 'margin' not in d['results']
          and 'margin' not in d['monte_carlo']['outputs'])

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        for line in str(detail).splitlines()[:20]:
            print('# ' + line)
sys.exit(0)
