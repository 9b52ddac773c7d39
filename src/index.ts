// The public API of credence: re-exports only. Internal helpers stay in their modules.

// Recommendations, plans and comparison
export {
  type CompareOptions,
  type ComparisonRow,
  compareCourses,
} from './compare/compare.js';
// Credibility
export { type ResolvedClaim, resolveClaims } from './credibility/claims.js';
export { DEFAULT_POLICY } from './credibility/defaults.js';
export {
  type EvaluateOptions,
  evaluateCatalog,
  evaluateCredibility,
  gradeFor,
  summarizeCatalog,
} from './credibility/evaluate.js';
export { FLAG_CODES, type FlagCode } from './credibility/flags.js';
export {
  type Identity,
  type IdentityBasis,
  type NamedOrganisation,
  resolveIdentity,
} from './credibility/identity.js';
export { type Lookalike, type LookalikeRule, suggestLookalikes } from './credibility/lookalike.js';
export { resolvePolicy } from './credibility/policy.js';
// Reading catalogues
export { type AdapterOutput, CATALOG_FORMATS, type CatalogFormat } from './ingest/adapter.js';
export { type DecodedText, decodeInput, decodeText } from './ingest/decode.js';
export { detectJsonFormat, detectTextFormat } from './ingest/detect.js';
export {
  type ColumnMap,
  type ParseCatalogOptions,
  type ParsedCatalog,
  parseCatalog,
} from './ingest/parse-catalog.js';
export * from './model/catalog-reader.js';
// The data model
export * from './model/course.js';
export * from './model/enums.js';
export * from './model/errors.js';
export type { RecordIssue } from './model/issues.js';
export * from './model/json-schema.js';
export * from './model/limits.js';
export * from './model/parse.js';
export * from './model/policy.js';
export { canonicalProfessionId, PROFESSIONS } from './model/professions.js';
export * from './model/profile.js';
// The output shapes' types. Their zod schemas stay internal: docs/json-schemas describes the
// output for validators, and a browser bundle need not carry a validator of credence's own output.
export type {
  CoverageEvidence,
  CredibilityReport,
  CredibilitySummary,
  FactorReport,
  Flag,
  GapAnswer,
  HeldBack,
  LearningPlan,
  Money,
  Recommendation,
  RecommendationResult,
} from './model/report.js';
export { type SanitizeProblem, type SanitizeResult, sanitizeJson } from './model/sanitize.js';
export type { Rates } from './recommend/constraints.js';
export {
  createRecommender,
  type Explanation,
  type Recommender,
  type RecommenderOptions,
  type RecommendOptions,
  type RequestOptions,
} from './recommend/recommender.js';
// Reference data
export {
  bundledData,
  loadReferenceData,
  type ReferenceData,
  type ReferenceDataInput,
  type ReferenceIssue,
} from './reference/data.js';
export { hostMatches, hostOf } from './reference/domains.js';
export type {
  KnownOrganisation,
  OrganisationDirectory,
  OrganisationRole,
} from './reference/organisation-directory.js';
export type { CreditMatch, MatchVia, OrgMatch } from './reference/organisations.js';
export {
  compileReference,
  createReference,
  defaultReference,
  type Reference,
  skeleton,
} from './reference/reference.js';
export * from './reference/schemas.js';
export {
  broaderConcepts,
  type ConceptMatch,
  createTaxonomyIndex,
  narrowerConcepts,
  type ResolutionVia,
  type ResolveOptions,
  resolvePhrase,
  type TaxonomyIndex,
} from './reference/taxonomy.js';
export type { WebAddress } from './reference/web-address.js';
export {
  universitiesFromWorldList,
  type WorldUniversityIssue,
  type WorldUniversityRecord,
} from './reference/world-universities.js';
// Text tools
export * from './text/index.js';
