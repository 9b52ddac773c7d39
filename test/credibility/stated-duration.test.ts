import { describe, expect, it } from 'vitest';
import { evaluateCredibility } from '../../src/credibility/evaluate.js';
import { statedDuration } from '../../src/credibility/stated-duration.js';
import { type Course, parseCourse } from '../../src/model/index.js';

const asOf = '2026-11-28';

describe('an offering’s length stated in its own words', () => {
  it('reads a number and unit joined to the activity they measure', () => {
    expect(statedDuration('3-Hour Emergency Airway Update - 25 CME Credits', undefined)).toEqual({
      hours: 3,
      phrase: '3-Hour',
    });
    expect(statedDuration('Anticoagulation', 'Two-hour live webinar with Q&A.')?.hours).toBe(2);
    expect(statedDuration('A 90-minute webinar on asthma', undefined)?.hours).toBe(1.5);
    expect(statedDuration('Diabetes', 'Join a 45-min interactive session.')?.hours).toBe(0.75);
    // Alone in brackets as an estimate of the whole (blind mills rounds 102 and 105), but not a
    // bracket giving something else's time.
    expect(
      statedDuration(
        'Texas RN Renewal Mega-Pack: 30 Contact Hours (approx. 3 hrs total)',
        undefined,
      )?.hours,
    ).toBe(3);
    expect(
      statedDuration('Full Annual CPD for RNs: 20 NMBA Hours (about 45 minutes)', undefined)?.hours,
    ).toBe(0.75);
    // The time the credit before it takes to earn (blind mills rounds 38, 104 and 112).
    expect(
      statedDuration(
        'Florida Nurse Renewal Bundle – All 24 Contact Hours in 90 Minutes',
        undefined,
      ),
    ).toEqual({ hours: 1.5, phrase: '90 Minutes' });
    expect(
      statedDuration('15 ACPE Hours in 40 Minutes: Pharmacist Renewal Sprint', undefined)?.hours,
    ).toBe(40 / 60);
    // Not a length after "in" that names no credit before it.
    expect(statedDuration('Sepsis care in 60 minutes flat', undefined)).toBeUndefined();
    expect(statedDuration('Sepsis update (1 hour bundle)', undefined)).toBeUndefined();
    expect(statedDuration('Stroke care (4.5 hours window)', undefined)).toBeUndefined();
    // In brackets right after the activity's name (blind mills round 29).
    expect(
      statedDuration('Menopause Evening Webinar (2 hours) - 10 External CPD credits', undefined)
        ?.hours,
    ).toBe(2);
    // …first in them, before a comma (blind mills round 133), but not after another word.
    expect(statedDuration('Saturday Cardiology Workshop (3 hours, Zoom)', undefined)?.hours).toBe(
      3,
    );
    expect(statedDuration('Cardiology Workshop (Zoom, 3 hours)', undefined)).toBeUndefined();
    // A credit amount written like a length ("10 Hours Verifiable CPD") is no second length.
    expect(
      statedDuration('45-Minute Dental Radiography Update – 10 Hours Verifiable CPD', undefined)
        ?.hours,
    ).toBe(0.75);
    // Lunchtime formats and podcasts are activities too (blind mills round 66).
    expect(
      statedDuration('40-Minute Lunch-and-Learn: Deprescribing Proton Pump Inhibitors', undefined)
        ?.hours,
    ).toBeCloseTo(2 / 3);
    expect(statedDuration('Sepsis', 'A 30-minute podcast episode.')?.hours).toBe(0.5);
    // A certificate after a credit's word records credit, not a length (blind mills round 101);
    // the description's module gives the length.
    expect(
      statedDuration(
        'Annual CPD in One Hour: 20-Hour Nursing CPD Certificate',
        'All 20 CPD hours from one 60-minute module.',
      )?.hours,
    ).toBe(1);
    expect(statedDuration('3-Hour Certificate Course in Wound Care', undefined)?.hours).toBe(3);
    // A test named right before the activity is its subject (blind mills round 79).
    expect(
      statedDuration(
        '90-minute ECG Refresher — 40 CME Hours toward MCNZ Recertification',
        undefined,
      )?.hours,
    ).toBe(1.5);
  });

  it('reads no length from clinical measures of time, parts, or disagreeing lengths', () => {
    // What a course is about, not how long it lasts.
    expect(statedDuration('1-hour sepsis bundle workshop', undefined)).toBeUndefined();
    expect(statedDuration('24-hour ECG interpretation course', undefined)).toBeUndefined();
    expect(statedDuration('Sepsis update (1 hour bundle)', undefined)).toBeUndefined();
    expect(statedDuration('Sepsis (2 hours)', undefined)).toBeUndefined();
    expect(
      statedDuration('Meeting the 4-hour standard', 'A course for ED nurses.'),
    ).toBeUndefined();
    // One part's length is not the offering's.
    expect(statedDuration('Six 1-hour sessions on wound care', undefined)).toBeUndefined();
    expect(statedDuration('Wound care', 'A 1-hour webinar each week.')).toBeUndefined();
    // Another part before or beside it (blind round 91: AWHONN's credit covers both).
    expect(
      statedDuration(
        'Intermediate Instructor Workshop',
        'Online prerequisite education, followed by four-hour instructor-led workshop.',
      ),
    ).toBeUndefined();
    expect(statedDuration('Suturing', 'A 3-hour workshop plus online modules.')).toBeUndefined();
    // Two lengths: which is the offering's is not said.
    expect(statedDuration('A 2-hour webinar', 'Also a 90-minute course.')).toBeUndefined();
    // A number that is no length.
    expect(statedDuration('Top 10 tips for the busy GP', 'A webinar.')).toBeUndefined();
  });

  it('checks a claim’s credit against the length the title states, as a warning', () => {
    const course = (title: string, credits: number): Course =>
      parseCourse({
        id: 'c',
        title,
        provider: { name: 'ClinEd Express' },
        accreditations: [
          { body: 'World Health Professions Accreditation Commission', credits, unit: 'credits' },
        ],
      });
    const flagOf = (c: Course) =>
      evaluateCredibility(c, { asOf }).flags.find((f) => f.code === 'implausible-credit');
    const inflated = flagOf(course('3-Hour Emergency Airway Update - 25 CME Credits', 25));
    // Eight times the hours, but read from words: a warning, not a critical flag.
    expect(inflated?.severity).toBe('warning');
    expect(inflated?.message).toMatch(
      /25 credits claimed for 3 hours of learning \(as its own words say: "3-Hour"\)/,
    );
    expect(flagOf(course('3-Hour Emergency Airway Update', 3))).toBeUndefined();
    // Without a length in its words, the claim is unchecked, as before.
    expect(flagOf(course('Emergency Airway Update', 25))).toBeUndefined();
    // The catalogue's own duration wins over the words.
    const stated = parseCourse({ ...course('3-Hour Airway Update', 25), durationHours: 30 });
    expect(flagOf(stated)).toBeUndefined();
  });
});
