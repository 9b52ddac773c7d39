import type { Output } from '../../src/cli/output.js';

/** An in-memory CLI output: result lines (JSON serialised) in `out`, diagnostics in `err`. */
export function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    color: false,
    line: (t) => out.push(t),
    json: (v) => out.push(JSON.stringify(v)),
    error: (t) => err.push(t),
    progress: () => {},
  };
}
