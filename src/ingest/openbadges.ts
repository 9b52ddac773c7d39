/**
 * Open Badges 3.0 (OpenBadgeCredential / AchievementCredential, VC 1.1 or 2.0; bare
 * Achievement; EndorsementCredential), Open Badges 2.0 (Assertion / BadgeClass / Issuer, embedded
 * or referenced within the document; issuer accreditation extension) and CLR 2.0 (every achievement
 * and credential in a ClrCredential). Structural checks only: signatures are not verified and a
 * proof never counts as evidence of who the issuer is.
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';
import {
  type Collector,
  fail,
  type ItemContext,
  newCollector,
  toOutput,
  warn,
} from './adapter-collector.js';
import { asList, isObject, type JsonObject, str, typesOf, walkObjects } from './loose-json.js';
import { achievementCourse, type CredentialFrame } from './openbadges/achievement.js';
import { expiryProblem, hasIssuer, validityOf, vcContextProblem } from './openbadges/checks.js';
import type { IdIndex } from './openbadges/profile.js';
import { resolveRef } from './openbadges/profile.js';

/** Options for {@link openBadgesRecords}. */
export interface OpenBadgesOptions {
  /** Date (YYYY-MM-DD) for expiry checks; without it, expiry dates are kept but not checked. */
  readonly asOf?: string;
}

/** Signatures and contexts hold no offerings. */
const OB_SKIPPED_KEYS: ReadonlySet<string> = new Set(['proof', '@context']);

interface Run {
  readonly out: Collector;
  readonly index: IdIndex;
  readonly asOf?: string;
  /** Profile ids used as a provider, so unused Issuer nodes can be reported. */
  next: number;
}

function buildIndex(root: unknown): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  walkObjects([root], OB_SKIPPED_KEYS, (value) => {
    const id = str(value.id) ?? str(value['@id']);
    if (id === undefined) return;
    const existing = index.get(id);
    if (existing === undefined || (typesOf(existing).length === 0 && typesOf(value).length > 0)) {
      index.set(id, value);
    }
  });
  return index;
}

function context(run: Run, source: string): ItemContext {
  return { index: run.next++, source, issues: run.out.issues };
}

function emit(run: Run, ctx: ItemContext, course: JsonObject | undefined): void {
  if (course === undefined) return;
  run.out.records.push(course);
  run.out.sources.push(ctx.source);
  run.out.positions.push(ctx.index);
}

function credentialFrame(node: JsonObject, run: Run, outerIssuer?: unknown): CredentialFrame {
  const validity = validityOf(node);
  return {
    standard: 'open-badges-3',
    credentialId: str(node.id),
    credentialName: str(node.name),
    issuer: node.issuer,
    outerIssuer,
    endorsement: node.endorsement,
    ...validity,
    ...(run.asOf === undefined ? {} : { asOf: run.asOf }),
  };
}

/** An OpenBadgeCredential / AchievementCredential, top-level or inside a CLR. */
function readCredential(
  node: JsonObject,
  run: Run,
  source: string,
  embedded: { outerIssuer?: unknown; extra?: JsonObject } | undefined,
): void {
  const ctx = context(run, source);
  ctx.id = str(node.id);
  const types = typesOf(node);
  const reasons: string[] = [];
  if (embedded === undefined || node['@context'] !== undefined) {
    const problem = vcContextProblem(node);
    if (problem !== undefined) reasons.push(problem);
  }
  if (!types.includes('VerifiableCredential')) {
    reasons.push(`wrong type: ${JSON.stringify(types)} lacks "VerifiableCredential"`);
  }
  if (!hasIssuer(node)) reasons.push('it has no issuer');
  const subject = asList(node.credentialSubject).find(isObject);
  if (subject === undefined) reasons.push('it has no credentialSubject');
  const expired = expiryProblem(validityOf(node), run.asOf, ctx);
  if (expired !== undefined) reasons.push(expired);
  if (reasons.length > 0 || subject === undefined) {
    fail(ctx, [], `not converted: ${reasons.join('; ')}`);
    return;
  }
  if (validityOf(node).validFrom === undefined) {
    warn(ctx, ['validFrom'], 'is missing (required by Open Badges 3.0)');
  }
  let achievement = resolveRef(subject.achievement, run.index);
  if (achievement === undefined) {
    warn(
      ctx,
      ['credentialSubject', 'achievement'],
      "is missing; the credential's own id, name and description were used",
    );
    achievement = { id: node.id, name: node.name, description: node.description };
  }
  const frame = credentialFrame(node, run, embedded?.outerIssuer);
  emit(
    run,
    ctx,
    achievementCourse(
      achievement,
      { ...frame, ...(embedded?.extra === undefined ? {} : { extra: embedded.extra }) },
      run.index,
      ctx,
    ),
  );
}

function readClr(node: JsonObject, run: Run, source: string): void {
  const ctx = context(run, source);
  ctx.id = str(node.id);
  const reasons: string[] = [];
  const problem = vcContextProblem(node);
  if (problem !== undefined) reasons.push(problem);
  if (!hasIssuer(node)) reasons.push('it has no issuer');
  const subject = asList(node.credentialSubject).find(isObject);
  if (subject === undefined) reasons.push('it has no credentialSubject');
  const expired = expiryProblem(validityOf(node), run.asOf, ctx);
  if (expired !== undefined) reasons.push(expired);
  if (reasons.length > 0 || subject === undefined) {
    fail(ctx, [], `not converted (ClrCredential): ${reasons.join('; ')}`);
    return;
  }
  const associations = new Map<string, JsonObject[]>();
  for (const a of asList(subject.association)) {
    if (!isObject(a)) continue;
    const from = str(a.sourceId);
    const to = str(a.targetId);
    const type = str(a.associationType);
    if (from === undefined || to === undefined || type === undefined) continue;
    associations.set(from, [
      ...(associations.get(from) ?? []),
      { associationType: type, targetId: to },
    ]);
  }
  const extraFor = (achievementId: string | undefined): JsonObject => ({
    clr: { id: str(node.id), name: str(node.name) },
    associations: achievementId === undefined ? undefined : associations.get(achievementId),
  });
  const credentials = asList(subject.verifiableCredential);
  if (credentials.length === 0 && asList(subject.achievement).length === 0) {
    warn(ctx, ['credentialSubject'], 'the CLR holds no credentials or achievements');
  }
  credentials.forEach((vc, i) => {
    const where = `${source} verifiableCredential[${i}]`;
    if (!isObject(vc)) {
      const c = context(run, where);
      fail(
        c,
        [],
        'not converted: the entry is not a credential object (JWT credentials are not read)',
      );
      return;
    }
    const types = typesOf(vc);
    if (types.includes('EndorsementCredential')) {
      fail(
        context(run, where),
        [],
        'not converted: an EndorsementCredential is an endorsement, not a course',
      );
      return;
    }
    if (!types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential')) {
      fail(context(run, where), [], `not converted: wrong type ${JSON.stringify(types)}`);
      return;
    }
    const inner = resolveRef(asList(vc.credentialSubject).find(isObject)?.achievement, run.index);
    readCredential(vc, run, where, {
      outerIssuer: node.issuer,
      extra: extraFor(str(inner?.id)),
    });
  });
  asList(subject.achievement).forEach((entry, i) => {
    const c = context(run, `${source} achievement[${i}]`);
    const achievement = resolveRef(entry, run.index);
    if (achievement === undefined) {
      fail(c, [], 'not converted: the achievement is only referenced and not in this document');
      return;
    }
    const frame: CredentialFrame = {
      standard: 'open-badges-3',
      issuer: node.issuer,
      ...(run.asOf === undefined ? {} : { asOf: run.asOf }),
      extra: extraFor(str(achievement.id)),
    };
    emit(run, c, achievementCourse(achievement, frame, run.index, c));
  });
}

function readAssertion(node: JsonObject, run: Run, source: string): void {
  const ctx = context(run, source);
  ctx.id = str(node.id);
  const reasons: string[] = [];
  const ctxText = JSON.stringify(node['@context'] ?? '');
  if (node['@context'] !== undefined && !/openbadges/i.test(ctxText)) {
    reasons.push(
      'bad @context: it is not the Open Badges 2.0 context (https://w3id.org/openbadges/v2)',
    );
  }
  const badge = resolveRef(node.badge, run.index);
  if (badge === undefined) {
    const ref = str(node.badge);
    reasons.push(
      ref === undefined
        ? 'it has no badge'
        : `its badge is only referenced (${ref}) and the BadgeClass is not in this document`,
    );
  }
  const validity = validityOf(node);
  const expired = expiryProblem(validity, run.asOf, ctx);
  if (expired !== undefined) reasons.push(expired);
  if (reasons.length > 0 || badge === undefined) {
    fail(ctx, [], `not converted (Assertion): ${reasons.join('; ')}`);
    return;
  }
  if (node.revoked === true) {
    fail(ctx, [], 'not converted (Assertion): it is marked revoked');
    return;
  }
  emit(
    run,
    ctx,
    achievementCourse(
      badge,
      {
        standard: 'open-badges-2',
        credentialId: str(node.id),
        issuer: badge.issuer,
        endorsement: node.endorsement,
        ...validity,
        ...(run.asOf === undefined ? {} : { asOf: run.asOf }),
      },
      run.index,
      ctx,
    ),
  );
}

function readNode(node: unknown, run: Run, source: string): void {
  if (!isObject(node)) {
    fail(context(run, source), [], 'not converted: the item is not a JSON object');
    return;
  }
  const types = typesOf(node);
  const has = (t: string): boolean => types.includes(t);
  if (has('ClrCredential')) {
    readClr(node, run, source);
    return;
  }
  if (has('EndorsementCredential') || has('Endorsement')) {
    const ctx = context(run, source);
    ctx.id = str(node.id);
    fail(
      ctx,
      [],
      `not converted: an ${has('Endorsement') ? 'Endorsement' : 'EndorsementCredential'} endorses something else; it is not a course`,
    );
    return;
  }
  if (has('OpenBadgeCredential') || has('AchievementCredential')) {
    readCredential(node, run, source, undefined);
    return;
  }
  if (has('VerifiableCredential')) {
    const ctx = context(run, source);
    ctx.id = str(node.id);
    fail(
      ctx,
      [],
      `not converted: wrong type ${JSON.stringify(types)}; expected OpenBadgeCredential, AchievementCredential or ClrCredential`,
    );
    return;
  }
  if (has('Assertion')) {
    readAssertion(node, run, source);
    return;
  }
  if (has('Achievement') || has('BadgeClass')) {
    const ctx = context(run, source);
    const standard = has('BadgeClass') ? 'open-badges-2' : 'open-badges-3';
    const frame: CredentialFrame = {
      standard,
      ...(run.asOf === undefined ? {} : { asOf: run.asOf }),
    };
    emit(run, ctx, achievementCourse(node, frame, run.index, ctx));
    return;
  }
  const ctx = context(run, source);
  ctx.id = str(node.id);
  if (has('Issuer') || has('Profile')) {
    warn(ctx, [], 'skipped: an issuer profile is not an offering');
    return;
  }
  fail(
    ctx,
    [],
    `not converted: unknown type ${types.length === 0 ? '(none)' : JSON.stringify(types)}; expected an Open Badges credential, achievement, badge class or assertion`,
  );
}

/**
 * Reads Open Badges 2.0/3.0 and CLR 2.0 documents (one object, an array, or an `@graph`).
 *
 * @example
 * ```ts
 * const out = openBadgesRecords(credential, { asOf: '2025-06-01' });
 * out.records[0]; // { id: achievement id, title, provider: { name, url }, credential: { standard: 'open-badges-3', … }, … }
 * ```
 */
export function openBadgesRecords(data: unknown, options: OpenBadgesOptions = {}): AdapterOutput {
  if (data === null || typeof data !== 'object') {
    throw new CredenceInputError('the Open Badges input is not a JSON object or array');
  }
  const run: Run = {
    out: newCollector(),
    index: buildIndex(data),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    next: 0,
  };
  if (Array.isArray(data)) {
    for (const [i, node] of data.entries()) readNode(node, run, `item[${i}]`);
  } else if (Array.isArray((data as JsonObject)['@graph'])) {
    const graph = (data as JsonObject)['@graph'] as unknown[];
    for (const [i, node] of graph.entries()) readNode(node, run, `@graph[${i}]`);
  } else {
    readNode(data, run, 'document');
  }
  return toOutput(run.out);
}
