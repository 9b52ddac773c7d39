/**
 * An offering's red flags as a set: gathered from its shared factor results and content flags,
 * sorted and frozen once per combination (offerings with the same flags share one array), with
 * the penalty deceptive flags bring to the score.
 * @module
 */
import type { Flag } from '../model/report.js';
import { type EvaluationContext, memoTable, remember } from './context.js';
import { flag, sortFlags } from './flags.js';

/** The flags of an offering with none (shared: reports' flag arrays are frozen). */
const NO_FLAGS: readonly Flag[] = Object.freeze([]);

/** What red flags bring to a score: the multiplier, its evidence lines, a critical cap. */
export interface Penalty {
  readonly multiplier: number;
  readonly evidence: readonly string[];
  readonly critical: boolean;
}

/** One combination of flags, sorted and frozen once, with its penalty. */
export interface FlagSet {
  readonly flags: readonly Flag[];
  readonly penalty: Penalty;
}

/** A node of the trie of flag combinations, keyed by flag object (flags are shared). */
interface FlagNode {
  next: Map<Flag, FlagNode> | undefined;
  set: FlagSet | undefined;
}

function child(node: FlagNode, f: Flag): FlagNode {
  node.next ??= new Map();
  let next = node.next.get(f);
  if (next === undefined) {
    next = { next: undefined, set: undefined };
    node.next.set(f, next);
  }
  return next;
}

/** The shared "too little information" flag for a confidence percentage. */
export function insufficientFlag(context: EvaluationContext, percent: number): Flag {
  const table = memoTable<number, Flag>(context, 'insufficient-flags');
  return (
    table.get(percent) ??
    remember(
      table,
      percent,
      Object.freeze(
        flag(
          'insufficient-information',
          'warning',
          `Too little information to judge: only ${percent}% of the evidence credence weighs is stated.`,
        ),
      ),
    )
  );
}

/**
 * The sorted, frozen flags of an offering and their penalty. Flags are shared objects (factor
 * results, content flags and the insufficient-information flag are all shared in a batch), so
 * the combination is found by walking a trie keyed by flag identity, and offerings with the same
 * flags share one frozen array: no per-offering sort, copy or penalty pass.
 */
export function flagSetOf(
  context: EvaluationContext,
  factors: readonly { readonly flags: readonly Flag[] }[],
  content: readonly Flag[],
  insufficient: Flag | undefined,
): FlagSet {
  const roots = memoTable<number, FlagNode>(context, 'flag-sets');
  let node = roots.get(0) ?? remember(roots, 0, { next: undefined, set: undefined });
  for (let i = 0; i < factors.length; i++) {
    const flags = factors[i]!.flags;
    for (let j = 0; j < flags.length; j++) node = child(node, flags[j]!);
  }
  for (let j = 0; j < content.length; j++) node = child(node, content[j]!);
  if (insufficient !== undefined) node = child(node, insufficient);
  if (node.set !== undefined) return node.set;
  const gathered: Flag[] = [];
  for (const f of factors) for (const x of f.flags) gathered.push(x);
  for (const x of content) gathered.push(x);
  if (insufficient !== undefined) gathered.push(insufficient);
  const sorted = sortFlags(gathered);
  for (const f of sorted) Object.freeze(f);
  const flags = sorted.length === 0 ? NO_FLAGS : Object.freeze(sorted);
  node.set = { flags, penalty: flagPenalty(context, flags) };
  return node.set;
}

/** Flags that signal an attempt to look more credible than the offering is. */
const DECEPTIVE_WARNINGS: ReadonlySet<string> = new Set([
  'lookalike-provider',
  'lookalike-domain',
  'unverified-university',
  'implausible-credit',
  'credit-over-daily-cap',
  'retroactive-accreditation',
  'qualification-word-on-short-course',
  'certified-without-assessment',
  'industry-without-independent-accreditation',
  'unsubstantiated-accreditation-claim',
]);

/**
 * The multiplier deceptive flags bring, with one evidence line per flag (lines shared in a
 * batch), and whether a critical flag caps the grade.
 */
function flagPenalty(context: EvaluationContext, flags: readonly Flag[]): Penalty {
  const { penalties } = context.policy;
  let multiplier = 1;
  let critical = false;
  const evidence: string[] = [];
  const lines = memoTable<string, string>(context, 'penalty-lines');
  for (const f of flags) {
    if (f.severity === 'critical') critical = true;
    const factor =
      f.severity === 'critical'
        ? penalties.critical
        : f.severity === 'warning' && DECEPTIVE_WARNINGS.has(f.code)
          ? penalties.deceptiveWarning
          : 1;
    if (factor === 1) continue;
    multiplier *= factor;
    if (!context.evidence) continue;
    const key = `${f.severity}:${f.code}`;
    evidence.push(lines.get(key) ?? remember(lines, key, `${f.severity}: ${f.code} (× ${factor})`));
  }
  return { multiplier: Math.max(multiplier, penalties.floor), evidence, critical };
}
