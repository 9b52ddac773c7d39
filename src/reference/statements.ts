/**
 * Accreditors' standard statements as patterns: "[provider] is accredited by the Accreditation
 * Council for Continuing Medical Education (ACCME) to provide continuing medical education for
 * physicians." matches any provider's copy of that sentence. The statements are data
 * (`accreditors.json`, `statements`), each as the body requires providers to print it, with
 * bracketed slots ("[provider]", "[learning format]") for the words each provider fills in and
 * "[n]" for an amount. Only the first sentence is compared: what follows is advice to readers.
 * @module
 */
import { escapeRegExp, foldText } from '../text/normalize.js';
import type { Accreditor } from './schemas.js';

/** A compiled statement. */
interface StatementPattern {
  readonly accreditor: Accreditor;
  readonly pattern: RegExp;
}

/** Longest claim text compared with the statements. */
const MAX_TEXT = 1_000;

/** Folds text to lower-case words, dropping the "(s)" of "Credit(s)" and trade-mark signs. */
function fold(text: string): string {
  return foldText(
    text
      .slice(0, MAX_TEXT)
      .replace(/\(s\)/gi, 's')
      .replace(/[®™©℠]/g, ' '),
  )
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** Compiles the statements of every accreditor into patterns. */
export function compileStatements(accreditors: readonly Accreditor[]): readonly StatementPattern[] {
  const out: StatementPattern[] = [];
  for (const accreditor of accreditors) {
    for (const { text: statement } of accreditor.statements) {
      // The first sentence is the statement; what follows is advice to the reader.
      const sentence = statement.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] as string;
      const folded = fold(
        sentence
          .replace(/\[n\]/gi, ' numberplaceholder ')
          .replace(/\[[^\]]*\]/g, ' wordsplaceholder '),
      );
      // Placeholders next to each other ("[provider] [has been]") are one run of up to 20 words
      // each: nested runs would make a text that fails to match take polynomial time.
      const source = folded
        .replace(
          /wordsplaceholder(?: wordsplaceholder)*/g,
          (run) => `words${run.split(' ').length}`,
        )
        .split(' ')
        .map((w) =>
          /^words\d+$/.test(w)
            ? `(?:[a-z0-9+]+ ){0,${20 * Number(w.slice(5))}}?`
            : w === 'numberplaceholder'
              ? '(?:[0-9]+ ){1,3}'
              : `${escapeRegExp(w)} `,
        )
        .join('')
        .trimEnd();
      // "The [provider] is…": a leading article and the provider's words are optional.
      out.push({ accreditor, pattern: new RegExp(source.replace(/^the /, '(?:the )?')) });
    }
  }
  return out;
}

/**
 * The accreditor whose standard statement the text contains, if any.
 *
 * @example
 * ```ts
 * accreditorByStatement(patterns, 'Mercy Health is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.')?.id;
 * // 'accme'
 * ```
 */
export function accreditorByStatement(
  patterns: readonly StatementPattern[],
  text: string,
): Accreditor | undefined {
  const folded = `${fold(text)} `;
  for (const { accreditor, pattern } of patterns) {
    if (pattern.test(folded)) return accreditor;
  }
  return undefined;
}
