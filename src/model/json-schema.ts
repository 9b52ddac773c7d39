/**
 * JSON Schema (draft 2020-12) for the public input shapes, generated from the zod schemas so a
 * website or a Python notebook can validate data without TypeScript. Enum values are listed in
 * their normalised lower-case form; credence itself also accepts other cases.
 * @module
 */
import * as z from 'zod/mini';
import { CourseSchema } from './course.js';
import { CredenceInputError } from './errors.js';
import { PolicyInputSchema } from './policy.js';
import { ClinicianProfileSchema } from './profile.js';

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
  const schema =
    name === 'course'
      ? CourseSchema
      : name === 'profile'
        ? ClinicianProfileSchema
        : PolicyInputSchema;
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated.$schema,
    $id: `https://credence.invalid/schemas/${name}.schema.json`,
    title: TITLES[name],
    ...generated,
  };
}
