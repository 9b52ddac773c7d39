/**
 * How the public JSON Schemas are made from the zod schemas: build-time only. The runtime reads
 * the result, `json-schemas.generated.json`, because zod's JSON Schema generator would add
 * about 21 KB (minified) to every browser bundle for three fixed documents of 12 KB. Nothing in
 * `src/` may import this module (test/architecture checks it);
 * `node scripts/write-schemas.mjs --module` rewrites the JSON from it, and
 * test/model/json-schema-module.test.ts fails when the two differ.
 * @module
 */
import * as z from 'zod/mini';
import { CourseSchema } from './course.js';
import type { SchemaName } from './json-schema.js';
import { PolicyInputSchema } from './policy.js';
import { ClinicianProfileSchema } from './profile.js';

/** The zod schema behind each public JSON Schema. */
export const JSON_SCHEMA_SOURCES: Readonly<Record<SchemaName, z.core.$ZodType>> = {
  course: CourseSchema,
  profile: ClinicianProfileSchema,
  policy: PolicyInputSchema,
};

/**
 * The JSON Schema (draft 2020-12) zod generates for a public input shape: the input side (what a
 * file may hold), with anything JSON Schema cannot express (a transform) left open.
 *
 * @example
 * ```ts
 * generateJsonSchema('course').required; // ['id', 'title', 'provider']
 * ```
 */
export function generateJsonSchema(name: SchemaName): Record<string, unknown> {
  return z.toJSONSchema(JSON_SCHEMA_SOURCES[name], {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}

/** Every public JSON Schema, by name, as `json-schemas.generated.json` holds them. */
export function generateJsonSchemas(): Record<SchemaName, Record<string, unknown>> {
  return {
    course: generateJsonSchema('course'),
    profile: generateJsonSchema('profile'),
    policy: generateJsonSchema('policy'),
  };
}
