/**
 * Format detection by content, not by file extension.
 * @module
 */
import type { CatalogFormat } from './adapter.js';

const OB_TYPES =
  /^(OpenBadgeCredential|AchievementCredential|EndorsementCredential|Achievement|Assertion|BadgeClass|Issuer|Profile|ClrCredential|ClrSubject)$/;

function typesOf(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  const raw = (node as Record<string, unknown>).type ?? (node as Record<string, unknown>)['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string');
}

function contextText(node: Record<string, unknown>): string {
  const context = node['@context'];
  if (context === undefined) return '';
  try {
    return JSON.stringify(context).slice(0, 20_000);
  } catch {
    return '';
  }
}

/**
 * Detects the format of decoded JSON data: Credential Engine CTDL, Open Badges / CLR, or the
 * native catalogue.
 *
 * @example
 * ```ts
 * detectJsonFormat({ '@context': 'https://credreg.net/ctdl/schema/context/json', '@type': 'ceterms:Certificate' }); // 'ctdl'
 * ```
 */
export function detectJsonFormat(data: unknown): CatalogFormat {
  if (Array.isArray(data)) {
    // A list of CTDL nodes or Open Badges documents; a native catalogue otherwise.
    const first = data.find((item) => item !== null && typeof item === 'object');
    if (first === undefined || Array.isArray(first)) return 'json';
    const inner = detectJsonFormat(first);
    return inner === 'csv' ? 'json' : inner;
  }
  if (data === null || typeof data !== 'object') return 'json';
  const node = data as Record<string, unknown>;
  const context = contextText(node);
  if (/credreg|ceterms|credentialengine/i.test(context)) return 'ctdl';
  const graph = node['@graph'];
  const first = Array.isArray(graph) ? graph[0] : node;
  if (first !== null && typeof first === 'object') {
    const keys = Object.keys(first as object);
    if (keys.some((k) => k.startsWith('ceterms:'))) return 'ctdl';
    if (typesOf(first).some((t) => /^(ceterms|ceasn|qdata):/.test(t))) return 'ctdl';
  }
  if (/openbadges|imsglobal|1edtech|w3id\.org\/(openbadges|clr)/i.test(context))
    return 'openbadges';
  if (typesOf(node).some((t) => OB_TYPES.test(t))) return 'openbadges';
  return 'json';
}

/**
 * Detects the format of decoded text: JSON-based formats by their content, otherwise CSV (any
 * of the first ten non-blank lines holds `,` `;` tab or `|`; blank lines and title rows before
 * the header are allowed). Returns `undefined` when the text is neither.
 *
 * @example
 * ```ts
 * detectTextFormat('\n\nid|title|provider.name\na|ECG|RCN'); // 'csv'
 * ```
 */
export function detectTextFormat(text: string): 'json-like' | 'csv' | undefined {
  if (typeof text !== 'string') return undefined;
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'json-like';
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  if (lines.some((l) => /[,;\t|]/.test(l))) return 'csv';
  return undefined;
}
