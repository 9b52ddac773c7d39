/** The organisation directory's indexes (src/reference/organisation-directory.ts). */
import { describe, expect, it } from 'vitest';
import { defaultReference } from '../../src/reference/reference.js';

const { directory } = defaultReference();

describe('the organisation directory', () => {
  it("finds a list entry's organisation by role and id, whether or not it has an abbreviation", () => {
    expect(directory.byEntry('accreditor', 'acpe')?.name).toBe(
      'Accreditation Council for Pharmacy Education',
    );
    // Listed with no abbreviation: no acronym finds it, its entry does.
    expect(directory.byEntry('accreditor', 'bundesapothekerkammer')?.domainLabels).toEqual([
      'abda',
    ]);
    expect(directory.byEntry('regulator', 'nmc')?.role).toBe('regulator');
    // The role is part of the key: the NMC is no accreditor.
    expect(directory.byEntry('accreditor', 'nmc')).toBeUndefined();
  });

  it("reads each listed domain's registrable label once, with the directory", () => {
    expect(directory.byEntry('accreditor', 'acpe')?.domainLabels).toContain('acpe-accredit');
  });
});
