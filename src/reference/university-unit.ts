/**
 * A school, faculty or CME office of a known university is that university: "University of
 * Michigan Medical School", "Faculty of Medicine, University of Toronto", "Office of Continuing
 * Medical Education, Johns Hopkins University School of Medicine", "Perelman School of Medicine
 * at the University of Pennsylvania". The name must contain a known university's whole name, and
 * every other word must be a word academic units are named with — apart from up to two words of a
 * named school ("Perelman", "Temerty") beside a faculty word and a discipline word. Anything else
 * ("Harvard Clinical Academy", "Stanford Global Health Institute") is not a unit of anything and
 * is left to the look-alike rules.
 * @module
 */
import type { KnownOrganisation, OrganisationDirectory } from './organisation-directory.js';

/** Words of a university's unit names (canonical: singular, lower case, joining words gone). */
const UNIT_WORDS: ReadonlySet<string> = new Set(
  (
    'school faculty college department division office center institute unit ' +
    'medicine medical nursing midwifery health science pharmacy pharmaceutical dentistry dental ' +
    'surgery public population biomedical life clinical allied rehabilitation therapy ' +
    'continuing education professional development cpd cme ce cne interprofessional ' +
    'graduate postgraduate undergraduate extension program programme practice learning'
  ).split(' '),
);
/** Words that name the kind of unit. */
const FACULTY_WORDS: ReadonlySet<string> = new Set(
  'school faculty college department division office center institute'.split(' '),
);
/** Words that name a unit's discipline. */
const DISCIPLINE_WORDS: ReadonlySet<string> = new Set(
  'medicine medical nursing midwifery health pharmacy dentistry dental surgery science'.split(' '),
);
/** Words a named school may add ("Perelman", "Warren Alpert"). */
const MAX_NAMED_WORDS = 2;
/** Most words in a university's name looked up. */
const MAX_NAME_WORDS = 10;

/**
 * The known university whose school, faculty or office a canonical name (`readName(…).key`)
 * names, if any.
 *
 * @example
 * ```ts
 * universityOfUnit(directory, 'university michigan medical school')?.name; // 'University of Michigan'
 * ```
 */
export function universityOfUnit(
  directory: OrganisationDirectory,
  key: string,
): KnownOrganisation | undefined {
  const words = key.split(' ');
  if (words.length < 3) return undefined;
  for (let start = 0; start < words.length; start++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - start); n >= 2; n--) {
      if (n === words.length) continue;
      const university = directory
        .byKey(words.slice(start, start + n).join(' '))
        .find((o) => o.role === 'university');
      if (university === undefined) continue;
      const rest = [...words.slice(0, start), ...words.slice(start + n)];
      if (isUnitName(rest)) return university;
    }
  }
  return undefined;
}

function isUnitName(rest: readonly string[]): boolean {
  const other = rest.filter((w) => !UNIT_WORDS.has(w));
  if (other.length === 0) return true;
  return (
    other.length <= MAX_NAMED_WORDS &&
    rest.some((w) => FACULTY_WORDS.has(w)) &&
    rest.some((w) => DISCIPLINE_WORDS.has(w))
  );
}
