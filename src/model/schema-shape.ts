/**
 * The structure of an input schema — which fields each object knows and which it requires — read
 * once from its generated JSON Schema, so that "which value can be dropped" and "did you mean
 * …?" follow the schema itself instead of a second, hand-kept list.
 * @module
 */
import type { SchemaName } from './json-schema.js';
import { schemas } from './json-schemas.generated.json';

/** Known and required keys of one object in a schema. */
export interface ObjectShape {
  readonly keys: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
  /** Whether unknown keys are refused (`additionalProperties: false`). */
  readonly strict: boolean;
}

/** Object shapes by path pattern: dotted keys with `#` for list entries (`accreditations.#`). */
export type SchemaShape = ReadonlyMap<string, ObjectShape>;

type JsonSchemaNode = {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  additionalProperties?: unknown;
  anyOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
};

const cache = new Map<SchemaName, SchemaShape>();

/**
 * The object shapes of a public input schema, by path pattern, read from the JSON Schema zod
 * generated for it (`json-schemas.generated.json`).
 *
 * @example
 * ```ts
 * shapeOf('course').get('cost')?.required; // Set { 'amount', 'currency' }
 * ```
 */
export function shapeOf(name: SchemaName): SchemaShape {
  const hit = cache.get(name);
  if (hit) return hit;
  const json: JsonSchemaNode = schemas[name];
  const shapes = new Map<string, ObjectShape>();
  const visit = (node: JsonSchemaNode | undefined, pattern: string): void => {
    if (node === undefined) return;
    for (const part of [...(node.anyOf ?? []), ...(node.allOf ?? [])]) visit(part, pattern);
    if (node.properties !== undefined) {
      shapes.set(pattern, {
        keys: new Set(Object.keys(node.properties)),
        required: new Set(node.required ?? []),
        strict: node.additionalProperties === false,
      });
      for (const [key, child] of Object.entries(node.properties)) {
        visit(child, pattern === '' ? key : `${pattern}.${key}`);
      }
    }
    if (node.items !== undefined) visit(node.items, pattern === '' ? '#' : `${pattern}.#`);
  };
  visit(json, '');
  cache.set(name, shapes);
  return shapes;
}

/**
 * The pattern of a path: list indexes become `#`.
 *
 * @example
 * ```ts
 * patternOf(['accreditations', 3, 'body']); // 'accreditations.#.body'
 * ```
 */
export function patternOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? '#' : String(p))).join('.');
}

/**
 * The longest part of `path` that can be removed without making its parent invalid: a list
 * entry, or a field its object does not require. `undefined` when every step is required (the
 * problem is in the record's title, provider name or the record itself).
 *
 * @example
 * ```ts
 * droppablePrefix(shape, ['cost', 'amount']); // ['cost'] (a cost needs an amount)
 * droppablePrefix(shape, ['provider', 'name']); // undefined
 * ```
 */
export function droppablePrefix(
  shape: SchemaShape,
  path: readonly PropertyKey[],
): readonly PropertyKey[] | undefined {
  for (let j = path.length - 1; j >= 0; j--) {
    const seg = path[j];
    if (typeof seg === 'number') return path.slice(0, j + 1);
    const parent = shape.get(patternOf(path.slice(0, j)));
    if (parent === undefined || !parent.required.has(String(seg))) return path.slice(0, j + 1);
  }
  return undefined;
}
