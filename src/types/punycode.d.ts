/**
 * Types for the one function credence uses from punycode's ES module build (`punycode/punycode.es6.js`,
 * the npm package; a bare `punycode` would resolve to Node's deprecated built-in). It is bundled
 * into dist/ (see tsup.config.ts).
 */
declare module 'punycode/punycode.es6.js' {
  /** Converts a Punycode string of ASCII symbols (a host label such as `xn--ccme-43d`) to Unicode. */
  export function toUnicode(input: string): string;
}
