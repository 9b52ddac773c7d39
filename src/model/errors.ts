/**
 * Typed errors. Every message starts with `credence:` so a user knows where it came from.
 * @module
 */
import type { RecordIssue } from './issues.js';

/** Base class of every error credence throws on purpose. */
export class CredenceError extends Error {
  /** A stable machine-readable code. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message.startsWith('credence:') ? message : `credence: ${message}`);
    this.name = 'CredenceError';
    this.code = code;
  }
}

/** Input that could not be read at all: not JSON, binary, the wrong shape, too large. */
export class CredenceInputError extends CredenceError {
  constructor(message: string) {
    super('unusable-input', message);
    this.name = 'CredenceInputError';
  }
}

/** One or more records failed validation (thrown by single-record parsers and strict mode). */
export class CredenceValidationError extends CredenceError {
  /** Every problem found, each with index, path and message. */
  readonly issues: readonly RecordIssue[];
  constructor(issues: readonly RecordIssue[], what = 'input') {
    const errors = issues.filter((i) => i.severity === 'error');
    // One record (a profile, a policy, a course): its lines need not repeat "the profile: ".
    const shown = errors
      .slice(0, 20)
      .map((i) => `  - ${i.message.replace(/^the (profile|policy|course): /, '')}`);
    const more = errors.length > 20 ? [`  … and ${errors.length - 20} more`] : [];
    const subject = ['profile', 'policy', 'course', 'catalogue'].includes(what)
      ? `the ${what}`
      : what;
    super(
      'invalid-input',
      [`${subject} is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`]
        .concat(shown, more)
        .join('\n'),
    );
    this.name = 'CredenceValidationError';
    this.issues = issues;
  }
}
