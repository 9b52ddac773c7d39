/**
 * Mill indicators read from text: every phrase of every indicator in one pattern, so a title or
 * description is scanned once whatever the number of indicators (and, as almost no text shows
 * one, only a text the pattern finds something in is read for which).
 * @module
 */
import { phrasePattern } from '../text/phrase-pattern.js';
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
  const source = phrasePattern(byPhrase.keys());
  if (source === undefined) return () => [];
  // Neither pattern keeps state between calls: `any` is not global, and matchAll copies `every`.
  const any = new RegExp(source, 'i');
  const every = new RegExp(source, 'gi');
  return (text) => {
    if (!any.test(text)) return [];
    const found = new Map<Indicator, string>();
    for (const match of text.matchAll(every)) {
      const indicator = byPhrase.get(key(match[0]));
      if (indicator && !found.has(indicator)) found.set(indicator, match[0]);
    }
    return indicators
      .filter((i) => found.has(i))
      .map((indicator) => ({ indicator, phrase: found.get(indicator) as string }));
  };
}
