/**
 * The generic web-address words of the look-alike rules (GENERIC_LABEL_WORDS) kept in step with
 * the bundled reference data: every English dictionary word (the `word-list` package) that is a
 * known organisation's domain label must be generic, or a look-alike rule would accuse every site
 * that uses the word (thoracic.org, heart.org, mayo.edu).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { DEFAULT_POLICY, GENERIC_LABEL_WORDS } from '../../src/credibility/defaults.js';
import { defaultReference } from '../../src/reference/reference.js';
import { acronymKey } from '../../src/text/canonical-name.js';

describe('generic web-address words', () => {
  const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const reference = defaultReference();
  /** Dictionary words of `minLength` letters or more among `words` that no rule treats as generic. */
  const notGeneric = (words: readonly string[], minLength: number): string[] =>
    words.filter(
      (word) =>
        word.length >= minLength &&
        dictionary.has(word) &&
        !GENERIC_LABEL_WORDS.has(word) &&
        !reference.directory.vocabulary.has(word),
    );
  const { distinctiveLabelMinLength, borrowedAcronymMinLength } = DEFAULT_POLICY.lookalike;

  it('include every dictionary word that is a known domain label', () => {
    expect(notGeneric([...reference.directory.labels.keys()], distinctiveLabelMinLength)).toEqual(
      [],
    );
  });

  it("include every dictionary word that is an accrediting body's acronym (borrowed acronyms)", () => {
    const acronyms = reference.data.accreditors
      .flatMap((a) => a.abbreviations.map(acronymKey))
      .filter((key) => reference.directory.byAcronym(key).some((o) => o.role === 'accreditor'));
    expect(notGeneric(acronyms, borrowedAcronymMinLength)).toEqual([]);
    // The control: ACORN (the Australian College of Perioperative Nurses) is such a word.
    expect(acronyms).toContain('acorn');
  });
});
