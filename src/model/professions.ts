/**
 * The professions a clinician profile names, with the words people use for them. A profile's
 * `profession` is matched here: a known word becomes its canonical id (`Registered Nurse` →
 * `nurse`), a near-miss of a known word is refused with a suggestion (`nurze` → "did you mean
 * nurse?"), and anything else is kept as written with a warning: the world is open, and a
 * profession credence does not list is still a profession.
 *
 * Canonical ids are the ones `data/regulators.json` uses in each regulator's `professions`, so
 * that a profile meets its regulator; synonyms are the words catalogues and people write.
 * @module
 */
import { didYouMean } from './suggest.js';

/** Canonical profession id → the other words for it (compared without case or punctuation). */
export const PROFESSIONS: Readonly<Record<string, readonly string[]>> = {
  // Regulated by the NMC (UK), NMBA (AU), NCNZ (NZ), NMBI (IE); "RN" is how US and AU write it.
  nurse: ['registered nurse', 'rn', 'nurses', 'nursing', 'staff nurse', 'charge nurse'],
  // A separate register at the NMC (England) since 2019.
  'nursing-associate': ['nursing associate', 'na'],
  // Advanced practice nurses: regulated as nurse practitioners in AU and NZ, APRNs in the US.
  'nurse-practitioner': ['nurse practitioner', 'np', 'aprn', 'advanced nurse practitioner', 'anp'],
  midwife: ['midwives', 'rm', 'registered midwife'],
  // GMC, Medical Board of Australia, MCNZ, Medical Council (IE), US state boards.
  physician: [
    'doctor',
    'doctors',
    'md',
    'do',
    'physicians',
    'medical practitioner',
    'medical doctor',
    'gp',
    'general practitioner',
    'family physician',
    'surgeon',
  ],
  // "Physician associate" in the UK (GMC-regulated), "physician assistant" in the US (NCCPA).
  'physician-assistant': ['physician assistant', 'physician associate', 'pa', 'pa-c'],
  pharmacist: ['pharmacists', 'rph'],
  'pharmacy-technician': ['pharmacy technician', 'pharmacy technicians'],
  // EMTs are not paramedics on most registers, but audience matching (relevance/defaults.ts)
  // groups them, so the profile does too.
  paramedic: ['paramedics', 'ambulance clinician', 'emt', 'emergency medical technician'],
  physiotherapist: ['physical therapist', 'physio', 'physiotherapists', 'pt'],
  'occupational-therapist': ['occupational therapist', 'ot'],
  'speech-language-therapist': [
    'speech and language therapist',
    'speech language therapist',
    'speech-language pathologist',
    'speech therapist',
    'salt',
    'slp',
  ],
  radiographer: ['radiographers', 'diagnostic radiographer', 'therapeutic radiographer'],
  // HCPC protects both spellings of the title.
  dietitian: ['dietician', 'dietitians', 'dieticians'],
  psychologist: ['practitioner psychologist', 'clinical psychologist'],
  podiatrist: ['chiropodist', 'podiatrists'],
  'biomedical-scientist': ['biomedical scientist'],
  'allied-health': ['allied health professional', 'ahp', 'allied health'],
  // GDC registers dentists, and dental care professionals separately.
  dentist: ['dentists', 'dental surgeon'],
  'dental-professional': [
    'dental care professional',
    'dcp',
    'dental nurse',
    'dental hygienist',
    'dental therapist',
  ],
  optometrist: ['optometrists', 'optician'],
  // Unregistered support roles that CPD catalogues commonly address.
  'healthcare-assistant': ['healthcare assistant', 'hca', 'care assistant', 'support worker'],
  'social-worker': ['social worker', 'social workers'],
};

let lookup: Map<string, string> | undefined;

/** Lower case, letters and digits only: `Pa-C` → `pac`, `Registered  Nurse` → `registerednurse`. */
const professionKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The canonical id of a profession as people write it, or `undefined` when it is not listed.
 *
 * @example
 * ```ts
 * canonicalProfessionId('Registered Nurse'); // 'nurse'
 * canonicalProfessionId('nurze'); // undefined
 * ```
 */
export function canonicalProfessionId(text: string): string | undefined {
  if (lookup === undefined) {
    lookup = new Map();
    for (const [id, words] of Object.entries(PROFESSIONS)) {
      lookup.set(professionKey(id), id);
      for (const word of words) lookup.set(professionKey(word), id);
    }
  }
  return lookup.get(professionKey(text));
}

/**
 * The profession a near-miss most likely meant, as its canonical id (`nurze` → `nurse`), or
 * `undefined`. Words under four letters (`pt`, `do`) are never suggested: too many typos are a
 * letter away from them.
 */
export function nearestProfession(text: string): string | undefined {
  const words = Object.entries(PROFESSIONS).flatMap(([id, synonyms]) =>
    [id, ...synonyms].filter((w) => w.length >= 4),
  );
  const hit = didYouMean(text, words);
  return hit === undefined ? undefined : canonicalProfessionId(hit);
}
