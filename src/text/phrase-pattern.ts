/**
 * One regular expression for a set of phrases, with the phrases' shared leading words factored
 * out ("buy your degree", "buy a degree" → `buy\s+(?:your\s+degree|a\s+degree)`): the engine then
 * rejects most positions of a text after one word instead of trying every phrase there. Words
 * match whole (`\b`), case as the flags say, any run of white space between them.
 * @module
 */
import { escapeRegExp } from './normalize.js';

interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

const node = (): Node => ({ next: new Map(), end: false });

/** The words that may follow `at`, each with what may follow it in turn. */
function source(at: Node): string {
  const branches = [...at.next].map(([word, child]) => {
    if (child.next.size === 0) return escapeRegExp(word);
    const rest = `\\s+${source(child)}`;
    // A phrase that starts a longer one: the longer is tried first (greedy), then it alone.
    return `${escapeRegExp(word)}${child.end ? `(?:${rest})?` : rest}`;
  });
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

/**
 * The pattern source matching any of `phrases` as whole words (phrases are split on white space;
 * empty ones are ignored). `undefined` when there is no phrase.
 *
 * @example
 * ```ts
 * new RegExp(phrasePattern(['no exam required', 'no assessment required'])!, 'i').test('No  exam required!'); // true
 * ```
 */
export function phrasePattern(phrases: Iterable<string>): string | undefined {
  const root = node();
  let any = false;
  for (const phrase of phrases) {
    const words = phrase
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) continue;
    any = true;
    let at = root;
    for (const word of words) {
      let child = at.next.get(word);
      if (child === undefined) {
        child = node();
        at.next.set(word, child);
      }
      at = child;
    }
    at.end = true;
  }
  return any ? `\\b${source(root)}\\b` : undefined;
}
