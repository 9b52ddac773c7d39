/**
 * An esbuild plugin (used by tsup.config.ts and test/bundle/measure.ts) that inlines the
 * reference data files (data/*.json) without the maintainers' provenance: `notes` (how an entry
 * was checked), `checked` dates and the `source` pages of entries whose source no evidence cites.
 * No code reads them, and together they are about a third of the data's gzipped size — the
 * browser budget (library code plus default data ≤ 200 KB gzipped) has no room for them. The
 * files in data/, which the package ships and the repository's integrity test checks, keep every
 * source and date. Domain rules, learning platforms and bodies that accredit no courses keep
 * their sources: evidence cites them ("…under .ac.uk, which only recognised academic
 * institutions hold (source)"). Third-party lists' notes on the release they were taken from go
 * too (`UNREAD_PROVENANCE`).
 *
 * Providers', accreditors' and skills concepts' `professions` are left out too: no rule reads
 * them (regulators' professions, which the planner reads, stay), and
 * test/reference/bundled-data.test.ts proves reports are the same without them. So is mill indicators' `detectable`, the
 * maintainers' note on what in catalogue data can show an indicator, and so are the indicators
 * with no `phrases`: only phrases let a rule read an indicator in an offering's words (the others
 * document CHEA's full list for maintainers). So is a domain rule's `rule`, the registry's policy
 * in a sentence: evidence cites the rule's source, not the sentence. So is a university's
 * `health`, the list of its health faculties maintainers keep to show why it is listed: no rule
 * reads it (a faculty is read from the provider's own name, `university-unit.ts`). So is the
 * `country` of providers and universities: no rule reads it (an organisation is known by its
 * names and domains; accreditors' and regulators' countries, which rules read, stay). So are a
 * regulator requirement's `otherRequirements`, the reflective accounts, appraisals and audits a
 * regulator asks for besides CPD, written in words for readers: no rule reads them; nor its
 * categories' `note` (words for readers) and `unit` (a plan counts a category in its
 * requirement's unit).
 *
 * Lists are inlined as tables (keys once, then each entry's values), the keys most entries have
 * first, and each row ends at its last value: the loader reads the cells a row leaves out as
 * none (src/reference/bundled-table.ts).
 *
 * A listed mill keeps only its first `listings` entry: evidence names the first list that holds
 * it, and no rule reads the others.
 *
 * A listed mill's `mimics` and `country` are left out where they are null ("not known"): the
 * loader's schemas read a missing one the same way.
 *
 * It also leaves out an organisation's `id` where the id is its name in kebab case, as the
 * loader derives it (src/reference/entry-id.ts), and empty lists, which the loader's schemas
 * default to empty (src/reference/schemas.ts). In the tables it writes `0` for an id that is the
 * kebab case of the entry's first abbreviation, for an accreditor's `recognisedIn` that is its
 * own country alone and for a provider's `type` that is `professional-body`, and a skills
 * concept's abbreviation without context words as its text; the
 * loader reads them back (src/reference/bundled-table.ts). test/reference/bundled-data.test.ts
 * proves the compact data loads to exactly the same entries.
 *
 * Unicode's confusables are written as one string of code point distances in base 36, each with
 * its prototype (`withCodePointConfusables`): a bundler escapes every character that is not ASCII,
 * and the characters themselves cost 1.1 KB more gzipped. src/reference/bundled-confusables.ts
 * reads them back, and the same test proves the prototypes the same.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Data files whose entries' sources evidence cites. */
const CITED_SOURCES = new Set([
  'domain-rules.json',
  'non-accrediting-bodies.json',
  'platforms.json',
]);

/**
 * Lists whose entries' ids the loader derives, by file: the list, and the field the id is the kebab
 * case of (an organisation's name, a skills concept's label).
 */
const NAMED_LISTS = {
  'accreditors.json': ['accreditors', 'name'],
  'providers.json': ['providers', 'name'],
  'regulators.json': ['regulators', 'name'],
  'universities.json': ['universities', 'name'],
  'unrecognised-accreditors.json': ['bodies', 'name'],
  'skills.json': ['concepts', 'label'],
};

/**
 * Fields of a list's entries that no rule reads, by file: the list, then the fields (a field of
 * a field as `outer.inner`).
 */
const UNREAD_FIELDS = {
  'accreditors.json': ['accreditors', 'professions'],
  'skills.json': ['concepts', 'professions'],
  'providers.json': ['providers', 'professions', 'country'],
  'unrecognised-accreditors.json': ['indicators', 'detectable'],
  'domain-rules.json': ['rules', 'rule'],
  'universities.json': ['universities', 'health', 'country'],
  'regulators.json': [
    'regulators',
    'requirement.otherRequirements',
    'requirement.categories.note',
    'requirement.categories.unit',
  ],
};

/**
 * An object without the fields named (`outer.inner` leaves out `inner` of `outer`, or of each
 * entry of `outer` when it is a list).
 */
function without(entry, fields) {
  if (Array.isArray(entry)) return entry.map((item) => without(item, fields));
  const out = {};
  for (const [key, value] of Object.entries(entry)) {
    if (fields.includes(key)) continue;
    const inner = fields.filter((f) => f.startsWith(`${key}.`)).map((f) => f.slice(key.length + 1));
    out[key] =
      inner.length > 0 && value !== null && typeof value === 'object'
        ? without(value, inner)
        : value;
  }
  return out;
}

/** The file with one of its lists replaced by `update(list)`; unchanged when it has no such list. */
function withList(file, list, update) {
  return Array.isArray(file[list]) ? { ...file, [list]: update(file[list]) } : file;
}

/** Leaves out the mill indicators no rule can read: those without phrases. */
function withoutUnreadIndicators(file, fileName) {
  if (fileName !== 'unrecognised-accreditors.json') return file;
  return withList(file, 'indicators', (indicators) =>
    indicators.filter((i) => (i.phrases ?? []).length > 0),
  );
}

/**
 * Fields whose `null` ("not known") the loader's schemas read as their absence, by file: left
 * out when null.
 */
const NULL_AS_ABSENT = {
  'unrecognised-accreditors.json': ['bodies', ['mimics', 'country']],
};

/** Leaves out the null fields the loader reads as absent. */
function withoutNulls(file, fileName) {
  const spec = NULL_AS_ABSENT[fileName];
  if (spec === undefined) return file;
  const [list, fields] = spec;
  return withList(file, list, (entries) =>
    entries.map((entry) =>
      Object.fromEntries(
        Object.entries(entry).filter(([k, v]) => !(v === null && fields.includes(k))),
      ),
    ),
  );
}

/**
 * Lists of which rules read only the first entry, by file: a listed mill's `listings` (evidence
 * names the first list that holds it; the others are for maintainers).
 */
const FIRST_ONLY = {
  'unrecognised-accreditors.json': ['bodies', 'listings'],
};

/** Keeps only the first entry of the lists rules read only the first of. */
function withFirstOnly(file, fileName) {
  const spec = FIRST_ONLY[fileName];
  if (spec === undefined) return file;
  const [list, field] = spec;
  return withList(file, list, (entries) =>
    entries.map((entry) =>
      Array.isArray(entry[field]) ? { ...entry, [field]: entry[field].slice(0, 1) } : entry,
    ),
  );
}

/** Leaves out the fields no rule reads. */
function withoutUnreadFields(file, fileName) {
  const unread = UNREAD_FIELDS[fileName];
  if (unread === undefined) return file;
  const [list, ...fields] = unread;
  return withList(file, list, (entries) => entries.map((entry) => without(entry, fields)));
}

/** The loader's id for a name without one (src/reference/entry-id.ts, the same steps). */
function idFromName(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Leaves out the ids the loader would derive from the names anyway, and writes `0` for an id that
 * is the kebab case of the entry's first abbreviation ("accme" for the ACCME): the loader derives
 * it from that (src/reference/bundled-table.ts).
 */
function withoutDerivableIds(file, fileName) {
  const [list, field] = NAMED_LISTS[fileName] ?? [];
  if (list === undefined) return file;
  return withList(file, list, (entries) =>
    entries.map((entry) => {
      const first = entry?.abbreviations?.[0];
      if (typeof first === 'string' && entry.id !== idFromName(entry[field] ?? '')) {
        return entry.id === idFromName(first) ? { ...entry, id: 0 } : entry;
      }
      if (typeof entry?.[field] !== 'string' || entry.id !== idFromName(entry[field])) return entry;
      const { id: _derived, ...rest } = entry;
      return rest;
    }),
  );
}

/**
 * Writes an accreditor's `recognisedIn` as `0` where it is its own `country` alone, as most
 * accreditors' is, and a provider's `type` as `0` where it is `professional-body`, as most
 * providers' is; the loader reads them back (src/reference/bundled-table.ts).
 */
function withCommonValues(file, fileName) {
  if (fileName === 'providers.json') {
    return withList(file, 'providers', (entries) =>
      entries.map((entry) => (entry.type === 'professional-body' ? { ...entry, type: 0 } : entry)),
    );
  }
  if (fileName !== 'accreditors.json') return file;
  return withList(file, 'accreditors', (entries) =>
    entries.map((entry) =>
      entry.recognisedIn?.length === 1 && entry.recognisedIn[0] === entry.country
        ? { ...entry, recognisedIn: 0 }
        : entry,
    ),
  );
}

/**
 * Writes a skills concept's abbreviation that has no context words as its text alone
 * (`{ "text": "CVD" }` as `"CVD"`), which the loader reads back (src/reference/bundled-table.ts).
 */
function withPlainAbbreviations(file, fileName) {
  if (fileName !== 'skills.json') return file;
  return withList(file, 'concepts', (concepts) =>
    concepts.map((concept) =>
      Array.isArray(concept.abbreviations)
        ? {
            ...concept,
            abbreviations: concept.abbreviations.map((a) => (a.context === undefined ? a.text : a)),
          }
        : concept,
    ),
  );
}

/**
 * A file's own provenance, by file: which release of a third-party list it was taken from and how
 * (the Public Suffix List's and Unicode's confusables'). The files in data/ keep it; no code reads it.
 */
const UNREAD_PROVENANCE = {
  'confusables.json': ['packagedBy', 'taken'],
  'public-suffixes.json': ['packagedBy', 'taken', 'rules'],
};

/**
 * Unicode's confusables as one string: each source character's code point in ascending order, as
 * its distance from the one before in base 36, then ":" and its prototype ("ts:a 5:e"). A bundler
 * writes a character that is not ASCII as an escape of six to twelve bytes; the distances take one
 * to three (src/reference/bundled-confusables.ts reads them back).
 */
function withCodePointConfusables(file, fileName) {
  if (fileName !== 'confusables.json') return file;
  const pairs = Object.entries(file.prototypes)
    .flatMap(([prototype, characters]) =>
      [...characters].map((character) => [character.codePointAt(0), prototype]),
    )
    .sort((a, b) => a[0] - b[0]);
  let previous = 0;
  const written = pairs.map(([point, prototype]) => {
    const distance = (point - previous).toString(36);
    previous = point;
    return `${distance}:${prototype}`;
  });
  return { ...file, prototypes: written.join(' ') };
}

/** The lists the loader reads as tables (`src/reference/bundled-table.ts`), by file. */
const TABLE_LISTS = {
  'accreditors.json': ['accreditors'],
  'unrecognised-accreditors.json': ['bodies', 'indicators'],
  'non-accrediting-bodies.json': ['bodies'],
  'providers.json': ['providers'],
  'domain-rules.json': ['rules'],
  'platforms.json': ['platforms'],
  'universities.json': ['universities'],
  'regulators.json': ['regulators'],
  'skills.json': ['concepts'],
};

/**
 * Fields that list other entries of the same list by `id`, by file: a table writes them as those
 * entries' row numbers (the skills taxonomy's `related` and `broader` concepts).
 */
const ROW_REFERENCES = {
  'skills.json': ['related', 'broader'],
};

/**
 * Writes each list as a table: its keys once, then each entry's values in that order, `null`
 * where an entry has none (no list the loader reads as a table has a field whose null means
 * anything but "none"), and references to other entries as their row numbers (`refs`).
 */
function asTables(file, fileName) {
  const table = (entries) => {
    // The keys most entries have first, so that a row can stop at its last value: the cells
    // after it would all be null, and the loader reads a missing cell as one.
    const held = (k) => entries.filter((entry) => entry[k] !== undefined).length;
    const keys = [...new Set(entries.flatMap((entry) => Object.keys(entry)))]
      .map((k) => [k, held(k)])
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k);
    // An entry's id, left out where its name (or label) gives it.
    const from = NAMED_LISTS[fileName]?.[1];
    const row = new Map(entries.map((entry, i) => [entry.id ?? idFromName(entry[from] ?? ''), i]));
    const refs = (ROW_REFERENCES[fileName] ?? []).filter((k) => keys.includes(k));
    const cell = (entry, k) =>
      refs.includes(k) && Array.isArray(entry[k])
        ? entry[k].map((id) => row.get(id) ?? id)
        : (entry[k] ?? null);
    const trimmed = (cells) => {
      let end = cells.length;
      while (end > 0 && cells[end - 1] === null) end--;
      return cells.slice(0, end);
    };
    return {
      keys,
      rows: entries.map((entry) => trimmed(keys.map((k) => cell(entry, k)))),
      ...(refs.length > 0 ? { refs } : {}),
    };
  };
  return (TABLE_LISTS[fileName] ?? []).reduce((out, list) => withList(out, list, table), file);
}

/**
 * A data file as the builds inline it: without provenance, derivable ids and unread fields, its
 * lists as tables.
 * @param {string} fileName - its name in data/ (`providers.json`)
 * @param {unknown} file - its parsed content
 */
export function compactReferenceFile(fileName, file) {
  const compact = without(
    withoutProvenance(file, CITED_SOURCES.has(fileName)),
    UNREAD_PROVENANCE[fileName] ?? [],
  );
  return COMPACTING_STEPS.reduce((out, step) => step(out, fileName), compact);
}

/** The steps that compact a file after its provenance goes, in order. */
const COMPACTING_STEPS = [
  withoutDerivableIds,
  withPlainAbbreviations,
  withCommonValues,
  withoutUnreadFields,
  withFirstOnly,
  withoutUnreadIndicators,
  withoutNulls,
  withCodePointConfusables,
  asTables,
];

/** Removes the provenance properties and empty lists, at any depth. */
function withoutProvenance(value, keepSources) {
  if (Array.isArray(value)) return value.map((v) => withoutProvenance(v, keepSources));
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'notes' || key === 'checked' || (key === 'source' && !keepSources)) continue;
      if (Array.isArray(inner) && inner.length === 0) continue;
      out[key] = withoutProvenance(inner, keepSources);
    }
    return out;
  }
  return value;
}

/** @type {import('esbuild').Plugin} */
export const referenceDataPlugin = {
  name: 'credence-reference-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: JSON.stringify(
        compactReferenceFile(basename(args.path), JSON.parse(await readFile(args.path, 'utf8'))),
      ),
      loader: 'json',
    }));
  },
};
