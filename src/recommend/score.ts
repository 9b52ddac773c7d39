/**
 * The one ranking score, used by recommend (and its best-first bound), plan and explain: a
 * documented weighted mean of relevance, credibility and fit, with the policy's weights.
 * @module
 */
import type { Policy } from '../model/policy.js';
import { round4 } from '../relevance/relevance.js';

/**
 * `(w_r × relevance + w_c × credibility + w_f × fit) ÷ (w_r + w_c + w_f)`, all 0–1 (credibility
 * is the score ÷ 100), with the policy's ranking weights (0.6, 0.25, 0.15 by default). Only
 * courses that cover a gap are ranked, so credibility orders relevant courses and never lifts
 * an irrelevant one into the list.
 *
 * @example
 * ```ts
 * rankingScore(1, 0.9, 0.8, DEFAULT_POLICY.ranking); // 0.945
 * ```
 */
export function rankingScore(
  relevance: number,
  credibility: number,
  fit: number,
  ranking: Policy['ranking'],
): number {
  const total = ranking.relevance + ranking.credibility + ranking.fit || 1;
  return round4(
    (ranking.relevance * relevance + ranking.credibility * credibility + ranking.fit * fit) / total,
  );
}
