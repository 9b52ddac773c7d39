/**
 * Benchmark catalogues that look like real ones: real and invented providers with web addresses
 * (a third of them without a stated type), course pages on providers' sites, on learning platforms
 * or on hosts of their own, accreditation claims written the way catalogues write them (sentences,
 * acronyms, credit-scheme suffixes, unknown bodies, listed mills, look-alikes), and descriptions
 * of real length.
 * Deterministic (seeded).
 * @module
 */
import type { Course } from '../../src/model/course.js';
import type { ReferenceData } from '../../src/reference/data.js';
import { rng } from './synthetic.js';

/** Where an offering's web addresses point. */
export type AddressShape =
  /** The provider gives its site; course pages are on it. */
  | 'provider-address'
  /** The provider gives no address; every course page is on the provider's host. */
  | 'course-address-only'
  /**
   * Courses on learning platforms (Coursera, FutureLearn…), the provider named: each provider
   * publishes on the platform it partners with, and a quarter of its courses on a second one.
   */
  | 'platform'
  /** Every offering on a host of its own (the worst case for sharing). */
  | 'distinct-hosts';

const TOPICS = [
  'Sepsis recognition and escalation',
  'Acute non-invasive ventilation',
  '12-lead ECG interpretation',
  'Wound care and tissue viability',
  'Safeguarding adults level 3',
  'Insulin safety',
  'Point-of-care ultrasound',
  'Antimicrobial stewardship',
  'Postpartum haemorrhage emergencies',
  'Dementia care in acute settings',
  'Paediatric life support',
  'Mental health first aid',
];

const SENTENCES = [
  'This course is designed for registered nurses, midwives and allied health professionals working in acute and community settings.',
  'Participants work through case studies drawn from real clinical practice and reflect on how national guidance applies to their own service.',
  'Learning is assessed with a short multiple-choice quiz and a reflective account suitable for revalidation portfolios.',
  'The content was reviewed by a multidisciplinary panel and updated to reflect the latest guideline recommendations.',
  'Sessions combine short video lectures, interactive scenarios and downloadable resources for use on the ward.',
  'By the end of the course you will be able to recognise early warning signs, escalate appropriately and document your decisions.',
  'A certificate of completion is issued on successful completion, stating the hours of learning undertaken.',
  'The programme is suitable for newly qualified staff and for experienced clinicians refreshing their knowledge.',
];

/** Claims as catalogues write them, about the reference data's real bodies and others. */
function claimTexts(data: ReferenceData): string[] {
  const real = data.accreditors.slice(0, 40);
  return [
    ...real.map((a) => a.name),
    ...real.flatMap((a) => a.abbreviations.slice(0, 1)),
    ...real.slice(0, 15).map((a) => `Accredited by the ${a.name}`),
    ...real.slice(0, 10).map((a) => `${a.abbreviations[0] ?? a.name}-accredited`),
    ...real.flatMap((a) =>
      a.statements
        .slice(0, 1)
        .map((s) => s.text.replace(/\[n\]/g, '2').replace(/\[[^\]]*\]/g, 'Northfield Health')),
    ),
    'Royal College of Physicians and Surgeons of Canada MOC Section 3',
    'AMA PRA Category 1 Credits™',
    'CPD Certification Service - CPD Accredited Activity',
    'Counts towards NMC revalidation',
    ...data.unrecognised.slice(0, 10).map((u) => u.name),
    'Accreditation Council for Continuing Medical Educaton',
    'American Nurses Credentialing Council',
    'Regional Clinical Training Board',
    'Northern Skills Academy Quality Mark',
  ];
}

/** The share of a provider's courses on its second platform. */
const SECOND_PLATFORM_SHARE = 0.25;

/** A stable number for a provider's name (the same provider, the same choices). */
function hashOf(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return hash;
}

/**
 * The platform host a provider's course is on: its own platform (chosen by its name), or the next
 * one. Universities and bodies publish on the platforms they partner with (a university's
 * Coursera courses are all on Coursera), not on every platform at random.
 */
function platformFor(platforms: readonly string[], provider: string, second: boolean): string {
  return platforms[(hashOf(provider) + (second ? 1 : 0)) % platforms.length] as string;
}

/**
 * Whether a provider's rows state its type. Scraped and aggregated catalogues often leave it out
 * (then the evaluator reads the kind from the name): a third of providers, the same ones in
 * every row.
 */
const typeStated = (provider: string): boolean => hashOf(provider) % 3 !== 0;

/**
 * `n` offerings whose web addresses have the given shape, from the reference data's real
 * providers (about half the offerings) and a long tail of invented ones (one per 20 offerings).
 */
export function realisticCatalogue(
  data: ReferenceData,
  n: number,
  shape: AddressShape,
  seed = 7,
): Course[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const claims = claimTexts(data);
  const platforms = data.platforms.flatMap((p) => p.domains.slice(0, 1));
  const real = data.providers
    .filter((p) => p.domains.length > 0)
    .map((p) => ({ name: p.name, type: p.type, host: p.domains[0] as string }));
  const tail = Math.max(1, Math.floor(n / 20));
  const out: Course[] = [];
  for (let i = 0; i < n; i++) {
    const t = Math.floor(next() * tail);
    const provider =
      next() < 0.5
        ? pick(real)
        : {
            name: `Northfield Clinical Education ${t}`,
            type: 'education-company' as const,
            host: `northfield-clinical-${t}.co.uk`,
          };
    const host =
      shape === 'distinct-hosts'
        ? `learn-${i}.${provider.host}`.replace(/^learn-(\d+)\.www\./, 'learn-$1.')
        : shape === 'platform'
          ? platformFor(platforms, provider.name, next() < SECOND_PLATFORM_SHARE)
          : provider.host;
    const topic = pick(TOPICS);
    const slug = `${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`;
    const sentences = Array.from({ length: 4 + Math.floor(next() * 6) }, () => pick(SENTENCES));
    const claimCount = next() < 0.35 ? 0 : next() < 0.85 ? 1 : 2;
    out.push({
      id: `rl-${i}`,
      title: `${topic}${next() < 0.3 ? ' (CPD accredited)' : ''} ${i % 211}`,
      description: `${topic}. ${sentences.join(' ')}`,
      url: `https://${host}/courses/${slug}`,
      provider: {
        name: provider.name,
        ...(typeStated(provider.name) ? { type: provider.type } : {}),
        ...(shape === 'provider-address' ? { url: `https://www.${provider.host}` } : {}),
      },
      accreditations: Array.from({ length: claimCount }, () => ({
        body: pick(claims),
        ...(next() < 0.7
          ? {
              credits: 1 + Math.floor(next() * 8),
              unit: pick(['hours', 'credits', 'points'] as const),
            }
          : {}),
      })),
      durationHours: next() < 0.8 ? 1 + Math.floor(next() * 12) : undefined,
      format: pick(['self-paced-online', 'live-online', 'in-person', 'blended'] as const),
      assessment:
        next() < 0.7 ? { type: pick(['none', 'quiz', 'exam', 'practical'] as const) } : undefined,
      cost:
        next() < 0.8
          ? { amount: Math.floor(next() * 400), currency: pick(['GBP', 'USD', 'AUD', 'EUR']) }
          : undefined,
      lastReviewed:
        next() < 0.6
          ? `20${pick(['17', '20', '22', '24', '25'])}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`
          : undefined,
      learningOutcomes: next() < 0.6 ? [`Apply ${topic.toLowerCase()} in practice`] : undefined,
    } as Course);
  }
  return out;
}
