/**
 * The recommend and plan report shapes: their JSON Schema in docs/json-schemas is generated from the
 * zod schemas (regenerate with `npx vitest run test/recommend/report-schema.test.ts -u`), and
 * every golden output satisfies them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LearningPlanSchema, RecommendationResultSchema } from '../../src/model/report.js';

const root = join(__dirname, '..', '..');
const SHAPES = [
  {
    name: 'recommendation-result',
    title: 'credence RecommendationResult',
    schema: RecommendationResultSchema,
  },
  { name: 'learning-plan', title: 'credence LearningPlan', schema: LearningPlanSchema },
] as const;

const jsonSchema = (name: string, title: string, schema: z.ZodMiniType) => {
  const generated = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: `https://credence.invalid/schemas/${name}.schema.json`,
    title,
    ...generated,
  };
};

describe('report JSON Schemas', () => {
  it.each(SHAPES)(
    'docs/json-schemas/$name.schema.json is generated from the zod schema',
    async ({ name, title, schema }) => {
      await expect(
        `${JSON.stringify(jsonSchema(name, title, schema), null, 2)}\n`,
      ).toMatchFileSnapshot(join(root, `docs/json-schemas/${name}.schema.json`));
    },
  );

  it('every golden recommend and plan output satisfies its schema', () => {
    const dir = join(root, 'test/fixtures/golden/recommend');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(RecommendationResultSchema.safeParse(fixture.recommend).success, file).toBe(true);
      expect(LearningPlanSchema.safeParse(fixture.plan).success, file).toBe(true);
    }
  });
});
