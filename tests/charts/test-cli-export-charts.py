#!/usr/bin/python3
# test-cli-export-charts.py BINARY SOURCE_ROOT: value-workbench --export-charts, the real
# binary, no display: the files, their formats and sizes, the options, and the customer
# edition searched for every internal figure.
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

binary, root = sys.argv[1], sys.argv[2]
samples = os.path.join(root, 'data', 'samples')
example = os.path.join(samples, 'example-case.vwb')
env = dict(os.environ)
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)
SVG = '{http://www.w3.org/2000/svg}'

results = []


def run(*args):
    p = subprocess.run([binary] + list(args), capture_output=True, text=True, env=env,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        return None
    return struct.unpack('>II', head[16:24])


def svg_text(path):
    # What a reader (or a search) finds in the file: its title and description.
    tree = ET.parse(path)
    top = tree.getroot()
    return top, ''.join((e.text or '') + '\n' for e in top.iter()
                        if e.tag in (SVG + 'title', SVG + 'desc'))


tmp = tempfile.TemporaryDirectory()

# ---- PNG ----
out_dir = os.path.join(tmp.name, 'png', 'made')   # made when missing
rc, out, err = run('--export-charts', out_dir, example, '--draws', '500', '--seed', '3')
listed = out.split()
names = sorted(os.path.basename(p) for p in listed)
check('png: exit 0, nothing on stderr', rc == 0 and err == '', err)
check('png: every file listed is in the folder', sorted(os.listdir(out_dir)) == names, names)
expected = ['cash-flow-service_contract.png', 'evc-waterfall-service_contract.png',
            'histogram-service_contract.png', 'kpi-bullet.png',
            'price-corridor-service_contract.png', 's-curve-service_contract.png',
            'stakeholder-map.png', 'tco.png', 'tornado-service_contract.png',
            'value-bubbles.png', 'value-waterfall-service_contract.png']
check('png: every chart of the example, named by kind and alternative',
      all(n in names for n in expected)
      and any(n.startswith('verification-') for n in names), names)
sizes = {n: png_size(os.path.join(out_dir, n)) for n in names}
check('png: valid PNGs at twice 1280 × 720', all(s == (2560, 1440) for s in sizes.values()),
      sizes)
check('png: not blank', all(os.path.getsize(os.path.join(out_dir, n)) > 20000 for n in names),
      {n: os.path.getsize(os.path.join(out_dir, n)) for n in names})

rc, out, err = run('--export-charts', os.path.join(tmp.name, 'nomc'), example, '--draws', '0')
check('png: --draws 0: no distribution charts', rc == 0
      and 'histogram' not in out and 's-curve' not in out and 'tco.png' in out, out)

# ---- SVG ----
svg_dir = os.path.join(tmp.name, 'svg')
rc, out, err = run('--export-charts', svg_dir, example, '--format', 'svg', '--draws', '300')
svgs = sorted(os.listdir(svg_dir))
check('svg: exit 0', rc == 0 and err == '', err)
check('svg: the same charts', [n[:-4] for n in svgs] == [n[:-4] for n in names], svgs)
ok, detail = True, []
for n in svgs:
    try:
        top, text = svg_text(os.path.join(svg_dir, n))
        if top.tag != SVG + 'svg' or len(text.splitlines()) < 3 or not re.search(r'\d', text):
            ok, detail = False, detail + [(n, text[:200])]
    except ET.ParseError as e:
        ok, detail = False, detail + [(n, str(e))]
check('svg: well-formed, with a title and the figures as text', ok, detail)
_, text = svg_text(os.path.join(svg_dir, 'value-waterfall-service_contract.svg'))
check('svg: the waterfall names its steps', 'Fewer unplanned stops' in text
      and 'Annual contract fee' in text, text)

# ---- Options ----
rc, base, err = run('--export-charts', os.path.join(tmp.name, 'base'), example, '--format',
                    'svg', '--draws', '0')
rc2, cons, err2 = run('--export-charts', os.path.join(tmp.name, 'cons'), example, '--format',
                      'svg', '--draws', '0', '--scenario', 'conservative',
                      '--set', 'selling_price=600')
_, t1 = svg_text(os.path.join(tmp.name, 'base', 'value-waterfall-service_contract.svg'))
_, t2 = svg_text(os.path.join(tmp.name, 'cons', 'value-waterfall-service_contract.svg'))
check('options: --scenario and --set change the figures', rc == 0 and rc2 == 0 and t1 != t2,
      err2)

rc, out, err = run('--export-charts', os.path.join(tmp.name, 'dark'), example, '--draws', '0',
                   '--theme', 'dark')
dark = os.path.join(tmp.name, 'dark', 'tco.png')
light = os.path.join(out_dir, 'tco.png')


def corner(path):
    # The colour of the top-left pixel, the chart's background (PNG decoded by Python alone).
    import zlib
    with open(path, 'rb') as f:
        data = f.read()
    pos, idat, width = 8, b'', 0
    while pos < len(data):
        length = struct.unpack('>I', data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        if kind == b'IHDR':
            width = struct.unpack('>I', data[pos + 8:pos + 12])[0]
        if kind == b'IDAT':
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompressobj().decompress(idat, 1 + width * 4)
    # After the filter byte, the first pixel of the first row: every PNG filter predicts it
    # from zeros, so its bytes are the pixel itself (cairo writes BGRA as RGBA).
    return raw[1:4]


check('theme: --theme dark draws on a dark background', rc == 0
      and sum(corner(dark)) < 200 and sum(corner(light)) > 600, (corner(dark), corner(light)))

usage = [
    (['--export-charts', tmp.name, example, '--theme', 'neon'], 2, '--theme must be'),
    (['--theme', 'dark', example], 2, '--theme needs --export-charts'),
    (['--export-charts', tmp.name], 2, '--export-charts DIR takes exactly one file'),
    (['--export-charts', tmp.name, example, example], 2, 'takes exactly one file'),
    (['--export-charts', tmp.name, example, '--format', 'jpg'], 2, '--format must be'),
    (['--format', 'svg', example], 2, '--format needs --export-charts'),
    (['--export-charts', tmp.name, example, '--audience', 'board'], 2, '--audience'),
    (['--export-charts', tmp.name, example, '--set', 'nope'], 2, 'ID=VALUE'),
    (['--export-charts', tmp.name, example, '--set', 'nope=1'], 1, 'nope'),
    (['--export-charts', tmp.name, example, '--scenario', 'nope'], 1, 'nope'),
    (['--export-charts', tmp.name, os.path.join(root, 'tests', 'hostile', 'truncated.vwb')], 1,
     'truncated.vwb:'),
]
for args, status, message in usage:
    rc, out, err = run(*args)
    check('usage: %s → %d' % (' '.join(a.replace(root, '…') for a in args[2:] or args), status),
          rc == status and message in err, (rc, err))

# ---- Confidentiality: no internal figure reaches the customer's charts ----
with open(example, encoding='utf-8') as f:
    case = f.read()
secrets = {'our_cost': 123456.78, 'target_margin': 0.4321987, 'win_probability': 0.3456789}
floor = secrets['our_cost'] / (1 - secrets['target_margin'])


def forms(v):
    out = {repr(v), '%.6g' % v, '%.4g' % v}
    if v > 1000:
        out |= {'{:,.2f}'.format(v), '{:,.0f}'.format(v), '%.0f' % v,
                '%.1f k' % (v / 1000), '%.0f k' % (v / 1000)}
    else:
        out |= {'%.4g' % (100 * v), '%.1f%%' % (100 * v), '%.0f%%' % (100 * v)}
    return out


with tempfile.NamedTemporaryFile('w', suffix='.vwb', encoding='utf-8') as f:
    f.write(case)
    f.flush()
    sets = ['--set', 'our_cost=123456.78', '--set', 'target_margin=0.4321987',
            '--set', 'win_probability=0.3456789', '--draws', '200', '--format', 'svg']
    idir, cdir = os.path.join(tmp.name, 'internal'), os.path.join(tmp.name, 'customer')
    rc, out, err = run('--export-charts', idir, f.name, *sets)
    internal = ''.join(svg_text(os.path.join(idir, n))[1] for n in sorted(os.listdir(idir)))
    check('confidential: the seller’s corridor shows cost and floor', rc == 0
          and '€123,456.78' in internal and '{:,.2f}'.format(floor) in internal
          and 'Our cost' in internal, err)
    rc, out, err = run('--export-charts', cdir, f.name, '--audience', 'customer', *sets)
    customer = ''.join(svg_text(os.path.join(cdir, n))[1] for n in sorted(os.listdir(cdir)))
    values = dict(secrets, price_floor=floor)
    leaks = [(k, s) for k, v in values.items() for s in forms(v) if s in customer]
    words = [w for w in ('Our cost', 'Price floor', 'Target margin', 'Win probability',
                         'internal', 'margin at this price') if w in customer]
    check('confidential: the customer’s charts show no internal figure',
          rc == 0 and not leaks and not words and len(customer) > 2000, (leaks, words, err))
    check('confidential: the customer’s charts keep the rest',
          'Economic value to the customer' in customer and 'Annual contract fee' in customer
          and sorted(os.listdir(cdir)) == sorted(os.listdir(idir)), sorted(os.listdir(cdir)))
    check('confidential: the internal --set is ignored for the customer, with a note',
          'our_cost' in err and rc == 0, err)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        for line in str(detail).splitlines()[:20]:
            print('# ' + line)
sys.exit(0)
