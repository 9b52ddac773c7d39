/**
 * Mill indicators read from text: every phrase of every indicator in one pattern, so a title or
 * description is scanned once whatever the number of indicators.
 * @module
 */
import { escapeRegExp } from '../text/normalize.js';
import type { Indicator } from './schemas.js';

/** An indicator found in a text, with the words that showed it. */
export interface IndicatorFound {
  readonly indicator: Indicator;
  readonly phrase: string;
}

/** Finds the indicators a text shows (each at most once, in the data's order). */
export type IndicatorFinder = (text: string) => readonly IndicatorFound[];

const key = (phrase: string): string => phrase.toLowerCase().replace(/\s+/g, ' ');

/**
 * Compiles the indicators that have phrases into one finder.
 *
 * @example
 * ```ts
 * const find = compileIndicators(data.indicators);
 * find('Permanent accreditation, no exam required').map((f) => f.indicator.id);
 * // ['permanent-accreditation', 'few-requirements']
 * ```
 */
export function compileIndicators(indicators: readonly Indicator[]): IndicatorFinder {
  const byPhrase = new Map<string, Indicator>();
  for (const indicator of indicators) {
    for (const phrase of indicator.phrases) byPhrase.set(key(phrase), indicator);
  }
  if (byPhrase.size === 0) return () => [];
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'));
  // matchAll works on a copy of the pattern, so this one is never mutated.
  const pattern = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
  return (text) => {
    const found = new Map<Indicator, string>();
    for (const match of text.matchAll(pattern)) {
      const indicator = byPhrase.get(key(match[0]));
      if (indicator && !found.has(indicator)) found.set(indicator, match[0]);
    }
    return indicators
      .filter((i) => found.has(i))
      .map((indicator) => ({ indicator, phrase: found.get(indicator) as string }));
  };
}
