import { describe, expect, it } from 'vitest';
import { lengthAtMost } from '../../src/credibility/stated-days.js';

describe('lengthAtMost', () => {
  it('reads the most a title says the offering lasts, in days or hours', () => {
    // Blind mills round 35: board certification "in 2 Days", at a weekend, in one day.
    expect(lengthAtMost('Become Board Certified in Cosmetic Laser Medicine in 2 Days')).toBe(24);
    expect(lengthAtMost('Fellowship in Regenerative Medicine (FICRSM) — 3-Day Course')).toBe(36);
    expect(lengthAtMost('Board Certified Aesthetic Nurse Specialist — One-Day Online Course')).toBe(
      12,
    );
    expect(lengthAtMost('Board Certified Wound Care Physician — Weekend Course & Exam')).toBe(24);
    expect(lengthAtMost('Board Certification in Hormone Optimization — Online, 8 Hours')).toBe(8);
    expect(lengthAtMost('POCUS Board Certification — 6-Hour Online Course')).toBe(6);
  });

  it('says nothing where the title states no length of the whole offering', () => {
    expect(lengthAtMost('Diploma in Tropical Medicine and Hygiene (12 weeks)')).toBeUndefined();
    expect(lengthAtMost('Wound care: 2 days a week for 6 weeks')).toBeUndefined();
    expect(lengthAtMost('Sepsis: the 1-hour bundle')).toBeUndefined();
    expect(lengthAtMost('Fellowship Day 2025')).toBeUndefined();
  });
});
