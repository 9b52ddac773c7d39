/**
 * A university's school, faculty or CME office is the university (src/reference/university-unit.ts);
 * a name that merely borrows a university's brand is not.
 */
import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';
import { universityOfUnit } from '../../src/reference/university-unit.js';
import { readName } from '../../src/text/canonical-name.js';

const { directory } = defaultReference();
const parentOf = (name: string) => universityOfUnit(directory, readName(name).key)?.name;

describe('universityOfUnit', () => {
  it.each([
    ['University of Michigan Medical School', 'University of Michigan'],
    ['Faculty of Medicine, University of Toronto', 'University of Toronto'],
    ['University of Toronto Temerty Faculty of Medicine', 'University of Toronto'],
    ['Perelman School of Medicine at the University of Pennsylvania', 'University of Pennsylvania'],
    [
      'Office of Continuing Medical Education, Johns Hopkins University School of Medicine',
      'Johns Hopkins University',
    ],
  ])('%s is part of %s', (name, parent) => {
    expect(parentOf(name)).toBe(parent);
  });

  it.each([
    'Harvard Clinical Academy',
    'Stanford Global Health Institute',
    'University of Michigan',
    'University of Michigan Online Academy of Aesthetics',
    'Toronto Institute of Cosmetic Medicine and Laser Business Studies',
  ])('%s is no unit of a university', (name) => {
    expect(parentOf(name)).toBeUndefined();
  });
});
