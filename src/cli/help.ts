/**
 * Help text, with an example for every command.
 * @module
 */

/** Per-command usage and example. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  evaluate: `credence evaluate [catalogue] [--json|--csv] [--as-of DATE] [--policy FILE] [--top N] [--why ID]
  Scores every offering's credibility: 0-100 score, grade A-E (U: unrated, too little known),
  confidence, red flags.
  --top N shows the N best; --why ID explains one offering's score and rank factor by factor.
  Example: credence evaluate data/samples/catalogue.json --as-of 2026-11-28 --top 10`,
  recommend: `credence recommend [catalogue] --profile FILE [--json|--csv] [--top N] [--as-of DATE] [--why-not ID]
    [--min-grade A-E] [--include-flagged] [--rates FILE] [--region CODES]
  Ranks offerings that cover the profile's skill gaps (10 unless --top N): score, relevance,
  credibility and fit in labelled columns, the offering's own words as evidence, why an offering
  moved in the order, every gap answered (covered by which offerings, or what excludes each
  candidate), and what the trust floor holds back.
  Trust floor: offerings graded E or with a critical flag are never listed; --min-grade E and
  --include-flagged lower it (the output says so). --rates FILE gives exchange rates
  ({"GBP": 1.17, "EUR": 1}); without them costs in other currencies are not compared with the
  budget. --region GB,IE: where in-person offerings may be (default: the profile's country).
  --why-not ID says why an offering is, or is not, listed.
  Example: credence recommend --profile data/samples/profiles/uk-nurse.json --top 5`,
  plan: `credence plan [catalogue] --profile FILE [--json] [--as-of DATE] [--min-grade A-E]
    [--include-flagged] [--rates FILE] [--region CODES]
  Chooses offerings that cover every gap it can within the budget and hours, then any CPD-hour
  requirement, and says what is left uncovered and why. Same trust floor and options as recommend.
  Example: credence plan --profile data/samples/profiles/uk-nurse.json`,
  compare: `credence compare [catalogue] --ids a,b,c [--json|--csv] [--profile FILE] [--as-of DATE]
  Side-by-side comparison of chosen offerings: credibility, accreditation, a confirmed
  university, cost, hours, format, assessment, flags (and gaps covered with --profile).
  Example: credence compare --ids kcl-advanced-ecg,mill-harvard-clinical-academy-pocus`,
  validate: `credence validate <catalogue> [--json] [--from FORMAT] [--map FILE]
  Checks every record and lists every problem (row, column, value); exit 0 all read,
  1 some records rejected, 2 unusable input.
  Example: credence validate data/samples/catalogue.csv`,
  convert: `credence convert <file> [--from json|csv|openbadges|ctdl] [--map FILE]
  Prints contract JSON { courses, issues } for any supported format.
  Example: credence convert data/samples/catalogue.csv --from csv`,
  schema: `credence schema course|profile|policy
  Prints the JSON Schema of a public input shape.
  Example: credence schema course > course.schema.json`,
};

/** The top-level help. */
export function mainHelp(version: string): string {
  return `credence ${version} — which CPD offerings deserve a clinician's time and money

Usage: credence <command> [options]

Commands:
${Object.values(COMMAND_HELP)
  .map((h) => `  ${h.split('\n').join('\n  ')}`)
  .join('\n\n')}

Options for every command:
  --json        machine-readable output (the contract shapes)
  --debug       show stack traces on errors
  --help, -h    this help, or a command's help: credence <command> --help
  --version     print the version

Options of evaluate, recommend, plan and compare:
  --as-of DATE  the date expiry and currency rules use (default today), for reproducible runs
  --policy FILE your own weights and thresholds (credence schema policy)

Reading catalogues (every command that reads one):
  -             read the catalogue (or --profile -) from standard input
  --from FORMAT json, csv, openbadges or ctdl (default: detected from the content)
  --map FILE    JSON naming columns credence does not recognise: {"Org": "provider.name"}

Text wraps to the terminal's width (80 columns when piped). Colour only on a terminal, never
with NO_COLOR set. Catalogues of 5,000 offerings or more show progress on stderr.

Exit codes: 0 every record read, 1 some records rejected (results for the rest still
printed), 2 unusable input, nothing readable, or wrong usage.
With no catalogue, evaluate, recommend, plan and compare use the bundled sample catalogue.`;
}
