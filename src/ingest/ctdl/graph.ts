/**
 * CTDL JSON-LD plumbing: nodes of a single object, a list or an `@graph`; references by `@id`
 * or `ceterms:ctid`; language maps.
 * @module
 */
import { asList, isObject, type JsonObject, str, walkObjects } from '../loose-json.js';

/** Nodes by `@id` and by `ceterms:ctid` (both lower-cased). */
export type NodeIndex = ReadonlyMap<string, JsonObject>;

/**
 * Indexes every node of the document (top-level and embedded) by `@id` and `ceterms:ctid`.
 *
 * @example
 * ```ts
 * indexNodes([{ '@id': '_:a', 'ceterms:name': 'X' }]).get('_:a');
 * ```
 */
export function indexNodes(nodes: readonly unknown[]): NodeIndex {
  const index = new Map<string, JsonObject>();
  walkObjects(nodes, CONTEXT_KEY, (value) => {
    const described = Object.keys(value).some((k) => k !== '@id' && k !== '@type');
    if (!described) return;
    for (const key of [str(value['@id']), str(value['ceterms:ctid'])]) {
      if (key !== undefined && !index.has(key.toLowerCase())) index.set(key.toLowerCase(), value);
    }
    const id = str(value['@id']);
    const ctid = /ce-[0-9a-f-]{36}/i.exec(id ?? '')?.[0];
    if (ctid !== undefined && !index.has(ctid.toLowerCase())) index.set(ctid.toLowerCase(), value);
  });
  return index;
}

/** A JSON-LD context holds no nodes. */
const CONTEXT_KEY: ReadonlySet<string> = new Set(['@context']);

/**
 * Resolves a reference (`"_:b1"`, a registry URI, `{ "@id": … }`, a CTID) to a described node of
 * the document; an embedded object with its own properties is returned as is.
 *
 * @example
 * ```ts
 * resolveNode('_:a', index)?.['ceterms:name'];
 * ```
 */
export function resolveNode(value: unknown, index: NodeIndex): JsonObject | undefined {
  if (isObject(value)) {
    const described = Object.keys(value).some((k) => k !== '@id' && k !== '@type');
    if (described) return value;
    return lookup(str(value['@id']), index);
  }
  return lookup(str(value), index);
}

function lookup(ref: string | undefined, index: NodeIndex): JsonObject | undefined {
  if (ref === undefined) return undefined;
  const direct = index.get(ref.toLowerCase());
  if (direct !== undefined) return direct;
  const ctid = /ce-[0-9a-f-]{36}/i.exec(ref)?.[0];
  return ctid === undefined ? undefined : index.get(ctid.toLowerCase());
}

/**
 * The raw reference text of a value (`@id` or string), for messages.
 *
 * @example
 * ```ts
 * refText({ '@id': '_:a' }); // '_:a'
 * ```
 */
export function refText(value: unknown): string | undefined {
  return isObject(value) ? str(value['@id']) : str(value);
}

/**
 * Reads a plain string or a language map (`{"en-US": "…"}`): English first (`en`, `en-*`),
 * else the first entry. Lists give their first text.
 *
 * @example
 * ```ts
 * langText({ fr: 'Bonjour', 'en-US': 'Hello' }); // 'Hello'
 * ```
 */
export function langText(value: unknown): string | undefined {
  return langTexts(value)[0];
}

/**
 * All texts of a string, list, or language map (whose values may be lists), English first.
 *
 * @example
 * ```ts
 * langTexts({ 'en-US': ['a', 'b'] }); // ['a', 'b']
 * ```
 */
export function langTexts(value: unknown): string[] {
  if (typeof value === 'string') return str(value) === undefined ? [] : [value.trim()];
  if (Array.isArray(value)) return value.flatMap((v) => langTexts(v));
  if (!isObject(value)) return [];
  if ('@value' in value) return langTexts(value['@value']);
  const keys = Object.keys(value);
  const english = keys.filter((k) => /^en(?:[-_]|$)/i.test(k));
  const chosen = english.length > 0 ? english : keys.slice(0, 1);
  return chosen.flatMap((k) => asList(value[k]).flatMap((v) => langTexts(v)));
}

/**
 * The short local name of a CTDL type or concept (`ceterms:Certificate` → `Certificate`).
 *
 * @example
 * ```ts
 * localName('deliveryType:OnlineOnly'); // 'OnlineOnly'
 * ```
 */
export function localName(value: string): string {
  return value.replace(/^.*[:#/]/, '');
}
