/**
 * Reading `--profile FILE` for the command line: the profile is validated strictly (unknown keys
 * and near-miss professions are errors with a suggestion), and its regulator is checked against
 * the reference data, because an unmatched regulator silently means "no CPD requirement".
 * @module
 */
import { CredenceValidationError } from '../model/errors.js';
import { validateProfile } from '../model/parse.js';
import { canonicalProfessionId } from '../model/professions.js';
import type { ClinicianProfile } from '../model/profile.js';
import { didYouMean } from '../model/suggest.js';
import { defaultReference, type Reference } from '../reference/reference.js';
import type { Regulator } from '../reference/schemas.js';
import { type CliArgs, UsageError } from './args.js';
import { readJsonFile } from './io.js';
import type { Output } from './output.js';

/** `NMC (UK)`, `UK NMC`, `NMC-UK`: the name without a bracketed part or a country word. */
function variants(text: string, country: string | undefined): string[] {
  const out = new Set<string>();
  const bare = text.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  out.add(bare);
  const countries = [
    'UK',
    'GB',
    'US',
    'USA',
    'AU',
    'NZ',
    'IE',
    'CA',
    ...(country ? [country] : []),
  ];
  const words = bare.split(/[\s\-–,/]+/).filter((w) => !countries.includes(w.toUpperCase()));
  out.add(words.join(' '));
  return [...out].filter((v) => v !== '' && v !== text);
}

function nameOf(r: Regulator): string {
  return r.abbreviations[0] ? `${r.abbreviations[0]} (${r.name})` : r.name;
}

/**
 * Checks a profile's regulator: found as written, found after dropping a bracketed or country
 * part (the profile then names it by its id, said on stderr), a near-miss of a known regulator
 * (an error with a suggestion), one that does not register the profile's profession (an error
 * when the profession is one credence lists), or unknown (a warning: no requirement is applied).
 */
export function checkRegulator(
  profile: ClinicianProfile,
  out: Pick<Output, 'error'>,
  reference: Reference = defaultReference(),
): ClinicianProfile {
  const text = profile.regulator;
  if (text === undefined) return profile;
  let found = reference.findRegulator(text, profile.profession);
  let resolved = profile;
  if (found === undefined) {
    for (const v of variants(text, profile.country)) {
      found = reference.findRegulator(v, profile.profession);
      if (found) {
        out.error(`credence: the profile's regulator "${text}" was read as ${nameOf(found)}`);
        resolved = { ...profile, regulator: found.id };
        break;
      }
    }
  }
  const all = reference.data.regulators;
  if (found === undefined) {
    const names = all.flatMap((r) => [...r.abbreviations, r.name, r.id]);
    const near = didYouMean(text, names);
    if (near !== undefined) {
      throw new UsageError(
        `the profile's regulator "${text}" is not one credence knows; did you mean "${near}"?`,
      );
    }
    out.error(
      `credence: warning: the profile's regulator "${text}" is not in credence's reference data, so no CPD requirement is applied`,
    );
    return profile;
  }
  const profession = profile.profession;
  if (found.professions.length > 0 && !found.professions.includes(profession)) {
    const country = profile.country ?? found.country;
    const others = all.filter((r) => r.professions.includes(profession) && r.country === country);
    const hint =
      others.length > 0
        ? `; for a ${profession}, did you mean ${others.map(nameOf).join(' or ')}?`
        : '';
    const message = `the profile's regulator ${nameOf(found)} registers ${found.professions.join(', ')}, not ${profession}${hint}`;
    if (canonicalProfessionId(profession) !== undefined) throw new UsageError(message);
    out.error(`credence: warning: ${message}; its CPD requirement is applied as it is`);
  }
  return resolved;
}

/**
 * Reads, validates and checks `--profile FILE` (`-` for standard input). Throws for an invalid
 * profile (exit 2, every problem listed); warnings go to stderr.
 */
export function loadProfile(
  args: CliArgs,
  out: Output,
  required: boolean,
): ClinicianProfile | undefined {
  const file = args.values.profile;
  if (typeof file !== 'string') {
    if (required) {
      throw new UsageError(
        'needs --profile FILE (a clinician profile, see credence schema profile)',
      );
    }
    return undefined;
  }
  const { profile, issues } = validateProfile(readJsonFile(file, 'profile'));
  if (profile === undefined) {
    throw new CredenceValidationError(
      issues,
      file === '-' ? 'the profile from standard input' : `the profile ${file}`,
    );
  }
  for (const issue of issues) out.error(`credence: warning: ${issue.message}`);
  return checkRegulator(profile, out);
}
