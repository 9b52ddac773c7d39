/**
 * A bounded list of issues: at most {@link ISSUE_LIMITS.perRecord} per record, at most
 * {@link ISSUE_LIMITS.perKind} of one kind (the same note on the same column or field, such as
 * every "1 day" read as 7.5 hours) and at most {@link ISSUE_LIMITS.perFile} in all; the rest are
 * counted and summed up in closing issues, so a broken file of any size costs bounded memory
 * and every problem is still accounted for.
 * @module
 */
import { issueAt, type RecordIssue } from './issues.js';
import { ISSUE_LIMITS } from './limits.js';

/** Counts of everything added, listed or not. */
export interface IssueCounts {
  readonly errors: number;
  readonly warnings: number;
  /** Issues counted but not listed (per record, per kind or per file caps). */
  readonly unlisted: number;
}

/** A bounded issue collector. */
export interface IssueLog {
  /**
   * Adds an issue. `record` identifies its record (issues of one record share the cap);
   * `kind`, when given, groups notes that repeat across records (`column "Duration": 1 day`).
   * A function is called only if the issue is listed (`severity`, default warning, counts it).
   */
  add(
    issue: RecordIssue | (() => RecordIssue),
    record?: string,
    kind?: string,
    severity?: 'error' | 'warning',
  ): void;
  /** Adds an issue that is always listed, past every cap (a file-level summary). */
  always(issue: RecordIssue): void;
  /** The listed issues plus closing summaries of what was not listed. */
  finish(): RecordIssue[];
  /** Counts so far. */
  counts(): IssueCounts;
}

interface KindCount {
  count: number;
  first: RecordIssue;
  label: string;
}

/**
 * A fresh {@link IssueLog}.
 *
 * @example
 * ```ts
 * const log = createIssueLog();
 * log.add(issue, 'row 3');
 * log.finish();
 * ```
 */
export function createIssueLog(
  limits: Partial<Record<keyof typeof ISSUE_LIMITS, number>> = {},
): IssueLog {
  const perRecord = limits.perRecord ?? ISSUE_LIMITS.perRecord;
  const perKind = limits.perKind ?? ISSUE_LIMITS.perKind;
  const perFile = limits.perFile ?? ISSUE_LIMITS.perFile;
  const listed: RecordIssue[] = [];
  const closing: RecordIssue[] = [];
  const byRecord = new Map<string, { count: number; first: () => RecordIssue }>();
  const byKind = new Map<string, KindCount>();
  let errors = 0;
  let warnings = 0;
  let overFile = 0;
  let overFileErrors = 0;
  let unlisted = 0;
  let lastRecord: string | undefined;
  const flushRecord = (key: string | undefined): void => {
    // Records arrive one after another, so a record's summary is written once it is done.
    const seen = key === undefined ? undefined : byRecord.get(key);
    if (key === undefined || seen === undefined) return;
    byRecord.delete(key);
    const extra = seen.count - perRecord;
    if (extra <= 0) return;
    const first = seen.first();
    const summary = issueAt(
      { index: first.index, id: first.id, source: first.source, row: first.row },
      [],
      `and ${extra.toLocaleString('en-GB')} more problem${extra === 1 ? '' : 's'} with this record were not listed`,
      'warning',
    );
    if (listed.length < perFile) listed.push(summary);
  };
  return {
    add(given, record, kind, severity) {
      const sev = typeof given === 'function' ? (severity ?? 'warning') : given.severity;
      if (sev === 'error') errors++;
      else warnings++;
      if (record !== lastRecord) {
        flushRecord(lastRecord);
        lastRecord = record;
      }
      // A lazy issue is built only if it is listed (or first of its kind or record).
      let issue = typeof given === 'function' ? undefined : given;
      const build = (): RecordIssue => {
        issue ??= (given as () => RecordIssue)();
        return issue;
      };
      if (kind !== undefined && sev === 'warning') {
        const k = byKind.get(kind);
        if (k === undefined) byKind.set(kind, { count: 1, first: build(), label: kind });
        else if (++k.count > perKind) {
          unlisted++;
          return;
        }
      }
      if (record !== undefined) {
        const r = byRecord.get(record);
        if (r === undefined) byRecord.set(record, { count: 1, first: build });
        else if (++r.count > perRecord) {
          unlisted++;
          return;
        }
      }
      if (listed.length >= perFile) {
        overFile++;
        if (sev === 'error') overFileErrors++;
        unlisted++;
        return;
      }
      listed.push(build());
    },
    always(issue) {
      if (issue.severity === 'error') errors++;
      else warnings++;
      closing.push(issue);
    },
    finish() {
      flushRecord(lastRecord);
      lastRecord = undefined;
      const out = listed.slice();
      for (const k of byKind.values()) {
        const extra = k.count - perKind;
        if (extra <= 0) continue;
        out.push(
          issueAt(
            { index: k.first.index, label: 'the input' },
            [],
            `${k.label} — ${extra.toLocaleString('en-GB')} more like this were not listed`,
            'warning',
          ),
        );
      }
      if (overFile > 0) {
        out.push(
          issueAt(
            { index: 0, label: 'the input' },
            [],
            `and ${overFile.toLocaleString('en-GB')} more issues (${overFileErrors.toLocaleString('en-GB')} of them errors) were not listed: at most ${perFile.toLocaleString('en-GB')} are listed`,
            'warning',
          ),
        );
      }
      out.push(...closing);
      return out;
    },
    counts: () => ({ errors, warnings, unlisted }),
  };
}
