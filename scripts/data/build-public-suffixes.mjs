#!/usr/bin/env node
/**
 * Writes data/public-suffixes.json: the part of the Public Suffix List (https://publicsuffix.org/)
 * that credence needs to find the registrable domain of a web address.
 *
 * What is taken, and why:
 * - ICANN section only. The private section lists hosting services (github.io, wixsite.com…),
 *   under which anyone can register a name; credence treats the labels left of a public suffix
 *   as the organisation's, so a host such as `accme.wixsite.com` is still examined label by label.
 * - Rules of two labels (`co.uk`, `govt.nz`, `edu.au`), including wildcards and exceptions.
 *   One-label rules (`com`, `uk`) are left out: the list's default rule `*` already makes every
 *   top-level domain a public suffix, so they change no answer.
 * - Rules of three or more labels (Japanese city names, Norwegian municipalities, US `k12`
 *   districts: 1,500 rules, about 6 KB gzipped) are left out to keep the browser bundle small. A
 *   host under one of them is read one label too shallow (`city.kawasaki.jp` as registrable). See
 *   docs/reference-data.md.
 * - Of the two-label rules, those whose second label names a kind of registrant (`ac`, `co`,
 *   `edu`, `gov`, `org`, `nhs`…) are kept: a label used so under two or more top-level domains,
 *   or any label under the top-level domains of the jurisdictions credence serves (uk, us, ca,
 *   au, nz, ie, eu), and every wildcard and exception. Place names used under one country's
 *   domain alone (Norway's municipalities, Italy's provinces, Japan's prefectures, Polish,
 *   Ukrainian and Brazilian cities: 1,870 rules, about 7.8 KB gzipped) are left out, for the same
 *   reason and with the same consequence (`klinikk.oslo.no` is read with `oslo.no` as
 *   registrable).
 * - Internationalised suffixes are stored in their ASCII (punycode) form, as `new URL()` gives hosts.
 *
 * Inputs: the list as packaged by `psl` (rules in list order) and `tldts-icann` (to tell the ICANN
 * section from the private one), both devDependencies pinned in package-lock.json. Run
 * `node scripts/data/build-public-suffixes.mjs` after updating them; a test checks the file is
 * what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { domainToASCII } from 'node:url';
import { getPublicSuffix } from 'tldts-icann';

const packageDir = (name) => new URL(`../../node_modules/${name}/`, import.meta.url);
const version = (name) =>
  JSON.parse(readFileSync(new URL('package.json', packageDir(name)), 'utf8')).version;
// psl's package.json does not export its data file, so it is read by path.
const { default: rules } = await import(new URL('data/rules.js', packageDir('psl')).href);

/** Whether tldts-icann (ICANN section only) knows `rule` as a public suffix. */
function isIcann(rule) {
  if (rule.startsWith('!')) {
    const host = rule.slice(1);
    // An exception rule makes the host itself registrable.
    return getPublicSuffix(`zz.${host}`) === host.split('.').slice(1).join('.');
  }
  const base = rule.startsWith('*.') ? rule.slice(2) : rule;
  const probe = rule.startsWith('*.') ? `zz.yy.${base}` : `zz.${base}`;
  const suffix = getPublicSuffix(probe);
  return rule.startsWith('*.') ? suffix === `yy.${base}` : suffix === base;
}

const ascii = (rule) => {
  const prefix = rule.startsWith('!') ? '!' : rule.startsWith('*.') ? '*.' : '';
  const body = rule.slice(prefix.length);
  const converted = domainToASCII(body);
  return converted === '' ? undefined : prefix + converted;
};

const byTld = new Map();
for (const raw of rules) {
  const labels = raw.replace(/^[!*]\.?/, '').split('.');
  const depth = raw.startsWith('*.') ? labels.length + 1 : labels.length;
  if (depth !== 2 || !isIcann(raw)) continue;
  const rule = ascii(raw);
  if (rule === undefined) continue;
  const parts = rule.split('.');
  const tld = parts.pop();
  const list = byTld.get(tld) ?? [];
  list.push(parts.join('.'));
  byTld.set(tld, list);
}
/** The top-level domains of the jurisdictions credence serves: every rule under them is kept. */
const SERVED = new Set(['uk', 'us', 'ca', 'au', 'nz', 'ie', 'eu']);
const bare = (label) => label.replace(/^[!*]\.?/, '');
const tldsOf = new Map();
for (const labels of byTld.values()) {
  for (const label of labels) tldsOf.set(bare(label), (tldsOf.get(bare(label)) ?? 0) + 1);
}
const kindOfRegistrant = (tld, label) =>
  SERVED.has(tld) || label !== bare(label) || (tldsOf.get(label) ?? 0) >= 2;
let kept = 0;
const suffixes = {};
for (const tld of [...byTld.keys()].sort()) {
  const labels = byTld.get(tld).filter((label) => kindOfRegistrant(tld, label));
  kept += labels.length;
  if (labels.length > 0) suffixes[tld] = labels.sort().join(' ');
}
const out = {
  source: 'https://publicsuffix.org/list/public_suffix_list.dat',
  packagedBy: `psl ${version('psl')}, sections from tldts-icann ${version('tldts-icann')}`,
  taken:
    'ICANN section, two-label rules (with wildcards and exceptions) naming a kind of registrant, ASCII form; see scripts/data/build-public-suffixes.mjs',
  rules: kept,
  suffixes,
};
const target = new URL('../../data/public-suffixes.json', import.meta.url);
const text = `${JSON.stringify(out, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(
      'data/public-suffixes.json is out of date: run node scripts/data/build-public-suffixes.mjs',
    );
    process.exit(1);
  }
  console.log('data/public-suffixes.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(
    `wrote data/public-suffixes.json: ${kept} rules under ${Object.keys(suffixes).length} top-level domains`,
  );
}
