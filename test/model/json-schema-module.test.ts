/**
 * The JSON Schemas the runtime serves (`jsonSchemaFor`, and the object shapes behind lenient
 * reading and "did you mean …?") come from `src/model/json-schemas.generated.json`, written at
 * build time from the zod schemas. These tests fail as soon as a schema changes without the file
 * being regenerated (`node scripts/write-schemas.mjs --module`), so the two never drift.
 */

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CourseSchema } from '../../src/model/course.js';
import { jsonSchemaFor, SCHEMA_NAMES } from '../../src/model/json-schema.js';
import { generateJsonSchema, JSON_SCHEMA_SOURCES } from '../../src/model/json-schema-build.js';
import generated from '../../src/model/json-schemas.generated.json';
import { shapeOf } from '../../src/model/schema-shape.js';

const REGENERATE = 'out of date: run `npm run schemas` (node scripts/write-schemas.mjs --module)';

describe('the generated JSON Schemas', () => {
  it('hold exactly the public shapes', () => {
    expect(Object.keys(generated.schemas)).toEqual([...SCHEMA_NAMES]);
    expect(Object.keys(JSON_SCHEMA_SOURCES)).toEqual([...SCHEMA_NAMES]);
  });

  it.each(SCHEMA_NAMES)('%s is what zod generates from its schema, key for key', (name) => {
    // Compared as text, so that the order of keys (and so the files in schemas/) is pinned too.
    expect(JSON.stringify(generated.schemas[name]), `${name}: ${REGENERATE}`).toBe(
      JSON.stringify(generateJsonSchema(name)),
    );
  });

  it('would notice a changed schema (the check above is real)', () => {
    const changed = z.extend(CourseSchema, { sponsor: z.optional(z.string()) });
    const json = z.toJSONSchema(changed, { io: 'input', unrepresentable: 'any' });
    expect(JSON.stringify(json)).not.toBe(JSON.stringify(generated.schemas.course));
    expect(JSON.stringify(json)).toContain('"sponsor"');
  });

  it('jsonSchemaFor serves them with an $id and a title, as a fresh copy each time', () => {
    const schema = jsonSchemaFor('course');
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect({ ...schema, $id: undefined, title: undefined }).toEqual({
      ...generateJsonSchema('course'),
      $id: undefined,
      title: undefined,
    });
    (schema.properties as Record<string, unknown>).id = 'changed';
    schema.required = [];
    expect(jsonSchemaFor('course').required).toEqual(['id', 'title', 'provider']);
    expect(generated.schemas.course.required).toEqual(['id', 'title', 'provider']);
  });

  it('give the object shapes that lenient reading and suggestions use', () => {
    const course = shapeOf('course');
    expect([...(course.get('cost')?.required ?? [])]).toEqual(['amount', 'currency']);
    expect(course.get('accreditations.#')?.keys.has('body')).toBe(true);
    expect(course.get('')?.strict).toBe(false);
    expect(shapeOf('profile').get('')?.strict).toBe(true);
    expect(shapeOf('policy').get('scores.providerTypes.university')?.keys).toEqual(
      new Set(['verified', 'claimed']),
    );
  });
});
