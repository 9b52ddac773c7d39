import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript source file under `src/`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const root = resolve('src');
const files = sources(root);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g;

/** Relative imports of each file (type-only imports included: a cycle of types is still one). */
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => m[1] as string)
      .filter((spec) => spec.endsWith('.js')) // data files (.json) are leaves
      .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    return [file, targets] as const;
  }),
);

/** One import cycle, as a list of files, or undefined. */
function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('module structure', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('every relative import names a source file', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !graph.has(t)).map((t) => `${relative(root, file)} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no circular imports', () => {
    expect(findCycle()?.map((f) => relative(root, f))).toBeUndefined();
  });
});

/**
 * The direction of imports between layers (ARCHITECTURE.md, "Layout"): each folder of src/ may
 * import only the folders listed for it. `model`, `text` and `structures` (plain data
 * structures: a growable list, an interner, stamps) import nothing of ours; nothing imports `cli`.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  text: [],
  structures: [],
  reference: ['model', 'text', 'structures'],
  credibility: ['model', 'text', 'reference'],
  relevance: ['model', 'text', 'reference', 'structures'],
  recommend: ['model', 'text', 'reference', 'credibility', 'relevance', 'structures'],
  compare: ['model', 'text', 'reference', 'credibility', 'relevance', 'recommend'],
  ingest: ['model', 'text', 'reference'],
  cli: ['model', 'text', 'reference', 'credibility', 'relevance', 'recommend', 'compare', 'ingest'],
  types: [],
};

/** The folder of src/ a file is in ('' for src/index.ts). */
const layerOf = (file: string): string => {
  const parts = relative(root, file).split('/');
  return parts.length > 1 ? (parts[0] as string) : '';
};

/** Imports from a layer to one it may not import. */
function backwardImports(imports: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of imports) {
    const from = layerOf(file);
    if (from === '') continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to === from || to === '') continue;
      if (!(ALLOWED[from] ?? []).includes(to)) {
        wrong.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
  }
  return wrong;
}

describe('layers', () => {
  it('every folder of src/ has a rule', () => {
    const layers = new Set(files.map(layerOf).filter((l) => l !== ''));
    expect([...layers].filter((l) => !(l in ALLOWED))).toEqual([]);
  });

  it('import only the layers below them', () => {
    expect(backwardImports(graph)).toEqual([]);
  });

  it('would catch a backward import (the check above is real)', () => {
    const fake = new Map([
      [join(root, 'reference/x.ts'), [join(root, 'credibility/evaluate.ts')]],
      [join(root, 'text/y.ts'), [join(root, 'model/course.ts')]],
      [join(root, 'credibility/z.ts'), [join(root, 'reference/reference.ts')]],
    ]);
    expect(backwardImports(fake)).toEqual([
      'reference/x.ts → credibility/evaluate.ts',
      'text/y.ts → model/course.ts',
    ]);
  });
});

/** Every bare import specifier of a source text (`import … from 'x'`, `export … from 'x'`, `import('x')`). */
const packageImports = (text: string): string[] =>
  [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^'.][^']*)'/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+'([^'.][^']*)'/g),
    ...text.matchAll(/\b(?:import|require)\(\s*'([^'.][^']*)'\s*\)/g),
  ].map((m) => m[1] as string);

/** zod imports other than `zod/mini`, as `file: specifier`. */
function classicZodImports(texts: ReadonlyMap<string, string>): string[] {
  return [...texts].flatMap(([file, text]) =>
    packageImports(text)
      .filter((spec) => /^zod(?:\/|$)/.test(spec) && spec !== 'zod/mini')
      .map((spec) => `${file}: ${spec}`),
  );
}

/** Files other than the build-time generator that run zod's JSON Schema generator or import it. */
function jsonSchemaGeneratorUses(texts: ReadonlyMap<string, string>): string[] {
  return [...texts]
    .filter(([file]) => file !== 'model/json-schema-build.ts')
    .filter(([, text]) => /\btoJSONSchema\b|json-schema-build\.js/.test(text))
    .map(([file]) => file);
}

const texts = new Map(files.map((file) => [relative(root, file), readFileSync(file, 'utf8')]));

describe('zod in the browser bundle', () => {
  it('is imported as zod/mini only: the classic API carries every method into the bundle', () => {
    expect([...texts.values()].some((t) => packageImports(t).includes('zod/mini'))).toBe(true);
    expect(classicZodImports(texts)).toEqual([]);
  });

  it('has its JSON Schema generator run at build time only (json-schema-build.ts)', () => {
    expect(texts.get('model/json-schema-build.ts')).toMatch(/\btoJSONSchema\b/);
    expect(jsonSchemaGeneratorUses(texts)).toEqual([]);
  });

  it('would catch a classic import or a run-time generator (the checks above are real)', () => {
    const fake = new Map([
      ['a.ts', "import * as z from 'zod';"],
      ['b.ts', "import type { ZodType } from 'zod/v4';\nexport { z } from 'zod';"],
      ['c.ts', "const z = await import('zod');"],
      ['d.ts', "import * as z from 'zod/mini';\nz.toJSONSchema(s);"],
      ['e.ts', "import { generateJsonSchema } from './json-schema-build.js';"],
      ['f.ts', "import * as z from 'zod/mini'; // zod-like"],
    ]);
    expect(classicZodImports(fake)).toEqual([
      'a.ts: zod',
      'b.ts: zod/v4',
      'b.ts: zod',
      'c.ts: zod',
    ]);
    expect(jsonSchemaGeneratorUses(fake)).toEqual(['d.ts', 'e.ts']);
  });
});
