/**
 * The generic web-address words of the look-alike rules (GENERIC_LABEL_WORDS) kept in step with
 * the bundled reference data: every English dictionary word (the `word-list` package) that is a
 * known organisation's domain label must be generic, or a look-alike rule would accuse every site
 * that uses the word (thoracic.org, heart.org, mayo.edu).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { GENERIC_LABEL_WORDS } from '../../src/credibility/defaults.js';
import { defaultReference } from '../../src/reference/reference.js';

describe('generic web-address words', () => {
  it('include every dictionary word that is a known domain label', () => {
    const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    const reference = defaultReference();
    const missing = [...reference.directory.labels.keys()].filter(
      (label) =>
        label.length >= 4 &&
        dictionary.has(label) &&
        !GENERIC_LABEL_WORDS.has(label) &&
        !reference.directory.vocabulary.has(label),
    );
    expect(missing).toEqual([]);
  });

  it("include every dictionary word that is an accrediting body's acronym (borrowed acronyms)", () => {
    const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    const reference = defaultReference();
    const acronyms = reference.data.accreditors
      .flatMap((a) => a.abbreviations.map((s) => s.toLowerCase().replace(/[^a-z0-9+]/g, '')))
      .filter((key) => reference.directory.byAcronym(key).some((o) => o.role === 'accreditor'));
    const missing = acronyms.filter(
      (acronym) =>
        acronym.length >= 5 &&
        dictionary.has(acronym) &&
        !GENERIC_LABEL_WORDS.has(acronym) &&
        !reference.directory.vocabulary.has(acronym),
    );
    expect(missing).toEqual([]);
    // The control: ACORN (the Australian College of Perioperative Nurses) is such a word.
    expect(acronyms).toContain('acorn');
  });
});
