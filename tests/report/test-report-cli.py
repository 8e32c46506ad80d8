#!/usr/bin/python3
# test-report-cli.py BINARY SOURCE_ROOT [--all]: value-workbench --export-pdf, the real binary,
# no display: pages, outline, metadata, key figures equal to the engine's, languages, editions
# and confidentiality (text, raw and decompressed bytes, metadata). --all: every sample in both
# editions and three languages (the slow suite).
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

binary, root = sys.argv[1], sys.argv[2]
every_sample = '--all' in sys.argv
samples = os.path.join(root, 'data', 'samples')
example = os.path.join(samples, 'example-case.vwb')
env = dict(os.environ)
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)
env['SOURCE_DATE_EPOCH'] = '1764547200'
tmp = tempfile.mkdtemp(prefix='vw-report-test-')
results = []
NBSP = '\u00a0'


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def export(case, *args, name='r.pdf'):
    out = os.path.join(tmp, name)
    if os.path.exists(out):
        os.unlink(out)
    p = subprocess.run([binary, '--export-pdf', out, case] + list(args), capture_output=True,
                       text=True, env=env, timeout=120)
    return p.returncode, out, p.stderr


def pdfinfo(path):
    p = subprocess.run(['pdfinfo', path], capture_output=True, text=True, timeout=60)
    info = {}
    for line in p.stdout.splitlines():
        k, _, v = line.partition(':')
        info[k.strip()] = v.strip()
    return info


def pdftext(path, *args):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8'] + list(args) + [path, '-'],
                          capture_output=True, text=True, timeout=60).stdout


def page_texts(path):
    return pdftext(path).split('\f')


def pdf_bytes(path):
    """The file's bytes and every stream decompressed, so a search sees all content."""
    raw = open(path, 'rb').read()
    parts = [raw]
    for m in re.finditer(rb'stream\r?\n', raw):
        end = raw.find(b'endstream', m.end())
        try:
            parts.append(zlib.decompress(raw[m.end():end]))
        except zlib.error:
            pass
    return b'\n'.join(parts)


def outline_titles(path):
    raw = pdf_bytes(path)
    titles = []
    for m in re.finditer(rb'/Title \((.*?)\)\s*/Parent', raw, re.S):
        titles.append(m.group(1))
    for m in re.finditer(rb'/Title <(FEFF[0-9A-Fa-f]*)>\s*/Parent', raw):
        titles.append(bytes.fromhex(m.group(1).decode()).decode('utf-16-be').encode())
    return [t.decode('utf-8', 'replace') for t in titles]


def simulate(case):
    p = subprocess.run([binary, '--simulate', case, '--json'], capture_output=True, text=True,
                       env=env, timeout=120)
    return json.loads(p.stdout)


def euros(v, lang='en'):
    s = '{:,.0f}'.format(round(v))
    if lang == 'en':
        return '€' + s
    sep = ' ' if lang == 'fi' else '.'
    return s.replace(',', sep) + ' €'


def norm(t):
    # pdftotext writes a no-break space as a space.
    return t.replace('\u2212', '-').replace(NBSP, ' ')


# ---- The internal edition of the example case ----
rc, pdf, err = export(example)
info = pdfinfo(pdf)
text = pdftext(pdf)
pages = page_texts(pdf)
n_pages = int(info.get('Pages', '0'))
check('export-pdf: writes a PDF', rc == 0 and os.path.getsize(pdf) > 10000, err)
check('export-pdf: A4 and several pages', 'A4' in info.get('Page size', '') and n_pages >= 6,
      info)
check('metadata: title, author, subject, keywords, creator',
      info.get('Title') == 'Kaskimäki Board Oy: BM2 maintenance partnership'
      and info.get('Author') == 'Anna Virtanen'
      and 'Kaskimäki Board Oy' in info.get('Subject', '')
      and 'Process industry' in info.get('Keywords', '')
      and info.get('Creator', '').startswith('Value Workbench'), info)
check('page numbers on every page',
      all(('Page %d of %d' % (i + 1, n_pages)) in pages[i] for i in range(n_pages)), pages[0][:200])
check('internal marking on every page',
      all('Internal – not for the customer' in pages[i] for i in range(n_pages)))
titles = outline_titles(pdf)
check('outline: the sections as bookmarks',
      'Executive summary' in titles and 'Price and value' in titles
      and 'Appendix: every assumption and formula' in titles and 'Sanna Heikkinen' in titles,
      titles)
check('contents page lists the sections', 'Contents' in pages[1]
      and re.search(r'Price and value\s+\d', pages[1]) is not None, pages[1][:400])

sim = simulate(example)
# The headline is the variable the case marks role="headline" (as every chart reads it).
headline = re.search(r'<variable id="(\w+)"[^>]*role="headline"',
                     open(example, encoding='utf-8').read()).group(1)
gain = sim['results'][headline]['service_contract']
mc = sim['monte_carlo']['outputs'][headline]['service_contract']
price = sim['results']['price']['service_contract']
check('key figures: the headline equals the engine', euros(gain) in norm(text), euros(gain))
check('key figures: P10 and P90 equal the engine', euros(mc['p10']) in text
      and euros(mc['p90']) in text, (euros(mc['p10']), euros(mc['p90'])))
check('key figures: the price equals the engine', euros(price) in text)
check('appendix: every variable with its formula and source',
      all(v in text for v in ['ebit_margin * capital_turnover', 'Production calendar',
                              'planned_hours', 'benefit_npv']))
check('appendix: table header repeated on each page it spans',
      sum(1 for p in pages if 'Assumption or formula' in p) >= 2)

rc, pdf, err = export(example, '--paper', 'letter')
check('letter paper', rc == 0 and '612 x 792' in pdfinfo(pdf).get('Page size', ''))

# ---- Languages ----
for lang, words in (('fi', ['Tiivistelmä', 'Sivu 1/']), ('de', ['Zusammenfassung', 'Seite 1 von'])):
    rc, pdf, err = export(example, '--language', lang, '--audience', 'customer')
    t = pdftext(pdf)
    check('%s: the report is in %s' % (lang, lang), rc == 0 and all(w in t for w in words), t[:300])
    check('%s: numbers in %s format' % (lang, lang), euros(gain, lang) in norm(t), euros(gain, lang))

# ---- The cover's logo slot ----
logo = os.path.join(tmp, 'logo.png')
subprocess.run(['convert', '-size', '300x120', 'xc:#1a5fb4', logo], check=True, timeout=60)
rc, pdf, err = export(example, '--logo', logo)
images = subprocess.run(['pdfimages', '-list', pdf], capture_output=True, text=True,
                        timeout=60).stdout.splitlines()[2:]
check('logo: drawn on the cover only', rc == 0 and len(images) == 1
      and images[0].split()[0] == '1', images)
rc, pdf, err = export(example, '--logo', example)
check('logo: a file that is not a PNG is bad input', rc == 1 and 'logo' in err, err)

# ---- Usage errors ----
for args, code in ((['--paper', 'a3'], 2), (['--language', 'sv'], 2),
                   (['--audience', 'board'], 1), (['--stakeholder', 'nobody'], 1)):
    rc, pdf, err = export(example, *args)
    check('usage: %s exits %d' % (' '.join(args), code), rc == code and err.strip() != '', err)

# ---- Stakeholder edition: only that person ----
rc, pdf, err = export(example, '--stakeholder', 'production_manager')
t = pdftext(pdf)
titles = outline_titles(pdf)
check('stakeholder edition: only that person', rc == 0 and 'Sanna Heikkinen' in titles
      and 'Marja Kaskimäki' not in titles and 'Pekka Rautio' not in titles
      and 'Pekka Rautio' not in t and 'Our champion' not in t
      and 'Edition for Sanna Heikkinen' in t and 'Internal' not in t, titles)

# ---- Confidentiality ----
source = open(example, encoding='utf-8').read()
secret_cost = 7654321.09
secret_margin = 0.371947
secret_note = 'Zebra-Quokka private remark'
case_text = re.sub(r'(<variable id="our_cost"[^>]*>\s*<value v=")[^"]*', r'\g<1>%r' % secret_cost,
                   source, count=1)
case_text = re.sub(r'(<variable id="target_margin"[^>]*>\s*<value v=")[^"]*',
                   r'\g<1>%r' % secret_margin, case_text, count=1)
case_text = case_text.replace('notes="Our champion.', 'notes="%s. Our champion.' % secret_note, 1)
check('confidentiality: the secrets are in the test case', str(secret_cost) in case_text
      and str(secret_margin) in case_text and secret_note in case_text)
secret_case = os.path.join(tmp, 'secret.vwb')
with open(secret_case, 'w', encoding='utf-8') as f:
    f.write(case_text)


def forms(v):
    """Every way the report, or a careless program, might write it: plain, grouped with each
    separator, in fi/de style, abbreviated, as a percentage."""
    if v > 1000:
        g = '{:,.0f}'.format(v)
        out = {repr(v), '%.2f' % v, '%.0f' % v, '%.6g' % v, '{:,.2f}'.format(v)}
        for sep in (',', ' ', NBSP, '\u202f', '.'):
            out.add(g.replace(',', sep))
            out.add('{:,.2f}'.format(v).replace(',', 'X').replace('.', ',').replace('X', sep))
        for m in ('7.65', '7,65', '7.7', '7,7'):
            for suffix in (' M', NBSP + 'M', NBSP + 'milj.', NBSP + 'Mio.'):
                out.add(m + suffix)
        return out
    pct = 100 * v
    return {repr(v), '%.6g' % v, ('%.6g' % v).replace('.', ','), '%.4g' % pct,
            ('%.4g' % pct).replace('.', ','), '%.1f%%' % pct, ('%.1f' % pct).replace('.', ',')
            + NBSP + '%', '%.0f%%' % pct, '%.0f' % pct + NBSP + '%'}


def leaks(path):
    """Searched in the extracted text (every form), in the metadata, and in the raw and
    decompressed bytes (the forms long enough not to be a drawing coordinate by chance)."""
    t = norm(pdftext(path))
    meta = ' '.join(pdfinfo(path).values())
    raw = pdf_bytes(path)
    found = []
    for s in forms(secret_cost) | forms(secret_margin) | {secret_note, 'Zebra'}:
        if norm(s) in t or s in meta:
            found.append(('text', s))
        if len(s) >= 6:
            for enc in ('utf-8', 'utf-16-be'):
                if s.encode(enc) in raw:
                    found.append(('bytes', enc, s))
    return found


for lang in ('en', 'fi', 'de'):
    rc, pdf, err = export(secret_case, '--language', lang, name='internal-%s.pdf' % lang)
    t = pdftext(pdf)
    internal_forms = {'en': '€7,654,321', 'fi': '7 654 321', 'de': '7.654.321'}
    check('confidentiality %s: the internal edition shows the secrets' % lang,
          rc == 0 and internal_forms[lang] in norm(t) and secret_note in t, err)
    found = {f[-1] for f in leaks(pdf)}
    check('confidentiality %s: the search finds cost, margin and note in the internal edition'
          % lang, found & forms(secret_cost) and found & forms(secret_margin)
          and secret_note in found, found)
    for audience in (['--audience', 'customer'], ['--stakeholder', 'production_manager'],
                     ['--stakeholder', 'cfo']):
        rc, pdf, err = export(secret_case, '--language', lang, *audience,
                              name='customer-%s.pdf' % lang)
        found = leaks(pdf)
        meta = ' '.join(pdfinfo(pdf).values())
        check('confidentiality %s %s: no internal value, note or metadata' % (lang, audience[-1]),
              rc == 0 and not found and 'Zebra' not in meta
              and 'Our cost' not in pdftext(pdf) and 'Internal' not in pdftext(pdf),
              found)

# ---- Results as CSV and JSON, both editions ----
def export_results(case, out, *args):
    path = os.path.join(tmp, out)
    p = subprocess.run([binary, '--export-results', path, case] + list(args),
                       capture_output=True, text=True, env=env, timeout=120)
    data = open(path, encoding='utf-8').read() if p.returncode == 0 else ''
    return p.returncode, data, p.stderr


rc, data, err = export_results(secret_case, 'internal.json')
d = json.loads(data) if rc == 0 else {}
check('results JSON: internal equals the engine and holds the secrets', rc == 0
      and d['results'][headline]['service_contract'] == gain
      and d['results']['our_cost']['service_contract'] == secret_cost
      and d['monte_carlo']['outputs'][headline]['service_contract']['p10'] == mc['p10'], err)
rc, data, err = export_results(secret_case, 'internal.csv')
rows = [r.split(',') for r in data.splitlines()]
check('results CSV: internal has every variable and the secrets', rc == 0
      and rows[0][:6] == ['id', 'label', 'unit', 'alternative', 'period', 'value']
      and any(r[0] == 'our_cost' and r[5] == repr(secret_cost) for r in rows)
      and any(r[0] == 'benefit_npv' for r in rows), err)
for out in ('customer.json', 'customer.csv'):
    for audience in (['--audience', 'customer'], ['--stakeholder', 'cfo']):
        rc, data, err = export_results(secret_case, out, *audience)
        found = [f for f in forms(secret_cost) | forms(secret_margin) | {secret_note}
                 if len(f) >= 5 and f in data]
        present = (set(json.loads(data)['results']) if out.endswith('json')
                   else {r.split(',')[0] for r in data.splitlines()}) if rc == 0 else set()
        ids = present & {'our_cost', 'price_floor', 'target_margin', 'margin', 'win_probability'}
        check('results %s %s: no internal id or value' % (out, audience[-1]),
              rc == 0 and not found and not ids and 'ebit_gain' in data, (found, ids, err))
rc, data, err = export_results(example, 'r.txt')
check('results: an unknown extension is a usage error', rc == 2 and 'csv' in err, err)

# ---- The meeting's changes: each KPI before and now, a share's change in points ----
snapshot_sets = ['--set', 'availability@local_contractor=0.9',
                 '--set', 'availability@own_maintenance=0.88',
                 '--set', 'availability@service_contract=0.94',
                 '--set', 'contribution_margin=180',
                 '--set', 'own_maintenance_cost@own_maintenance=2400000',
                 '--set', 'price@service_contract=1300000']
rc_now, now_data, _ = export_results(example, 'now.json')
rc_then, then_data, _ = export_results(example, 'then.json', *snapshot_sets)
roce_now = json.loads(now_data)['results']['roce']['service_contract'] if rc_now == 0 else 0
roce_then = json.loads(then_data)['results']['roce']['service_contract'] if rc_then == 0 else 0
rc, pdf, err = export(example, '--audience', 'customer', name='changes.pdf')
text = norm(pdftext(pdf)) if rc == 0 else ''
effect = text.partition('Effect on the KPIs')[2]
expected = ['%.1f%%' % (100 * roce_then), '%.1f%%' % (100 * roce_now),
            '%+.1f pp' % (100 * (roce_now - roce_then))]
check('report: the meeting changed ROCE %s, shown before, now and in points' % expected,
      rc == 0 and roce_now != roce_then and 'Return on capital employed' in effect
      and all(e in effect for e in expected), (expected, effect[:400], err))

# ---- Every sample, both editions, three languages ----
marking = {'en': 'Internal – not for the customer', 'fi': 'Sisäinen – ei asiakkaalle',
           'de': 'Intern – nicht für den Kunden'}
if every_sample:
    for name in sorted(os.listdir(samples)):
        case = os.path.join(samples, name)
        for lang in ('en', 'fi', 'de'):
            for audience in ('internal', 'customer'):
                rc, pdf, err = export(case, '--language', lang, '--audience', audience,
                                      name='%s-%s-%s.pdf' % (name, lang, audience))
                n = int(pdfinfo(pdf).get('Pages', '0')) if rc == 0 else 0
                pages = page_texts(pdf)[:n] if rc == 0 else []
                marked = [marking[lang] in p for p in pages]
                check('%s %s %s: %d pages, marked internal on %d' % (name, lang, audience, n,
                                                                      sum(marked)),
                      rc == 0 and n >= 4
                      and (all(marked) if audience == 'internal' else not any(marked)), err)

print('1..%d' % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print('%s %d %s' % ('ok' if ok else 'not ok', i, name))
    if not ok:
        for line in str(detail).splitlines()[:20]:
            print('# ' + line)
sys.exit(0)
