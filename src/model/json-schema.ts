/**
 * JSON Schema (draft 2020-12) for the public input shapes, generated from the zod schemas so a
 * website or a Python notebook can validate data without TypeScript. Enum values are listed in
 * their normalised lower-case form; credence itself also accepts other cases. zod generates them
 * at build time (`json-schema-build.ts`); the runtime reads the result.
 * @module
 */
import { CredenceInputError } from './errors.js';
import { schemas } from './json-schemas.generated.json';

/** The names of the shapes {@link jsonSchemaFor} can describe. */
export const SCHEMA_NAMES = ['course', 'profile', 'policy'] as const;
/** One of {@link SCHEMA_NAMES}. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const TITLES: Record<SchemaName, string> = {
  course: 'credence Course',
  profile: 'credence ClinicianProfile',
  policy: 'credence Policy (partial, merged over the defaults)',
};

/**
 * Returns the JSON Schema of a public input shape. Throws `CredenceInputError` for another name.
 *
 * @example
 * ```ts
 * const schema = jsonSchemaFor('course');
 * schema.required; // ['id', 'title', 'provider']
 * ```
 */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  if (!(SCHEMA_NAMES as readonly unknown[]).includes(name)) {
    throw new CredenceInputError(
      `jsonSchemaFor needs one of ${SCHEMA_NAMES.join(', ')}, got ${JSON.stringify(String(name))}`,
    );
  }
  // A fresh copy: the caller may change what it gets.
  const schema = structuredClone(schemas[name]) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `https://credence.invalid/schemas/${name}.schema.json`,
    title: TITLES[name],
    ...schema,
  };
}
