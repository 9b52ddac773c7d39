import { describe, expect, it } from 'vitest';
import { createIssueLog } from '../../src/model/issue-log.js';
import { issueAt } from '../../src/model/issues.js';
import { didYouMean, editDistance } from '../../src/model/suggest.js';

describe('didYouMean', () => {
  it.each([
    ['budjet', ['budget', 'gaps'], 'budget'],
    ['hoursAvailible', ['hoursAvailable', 'budget'], 'hoursAvailable'],
    ['Hours Available', ['hoursAvailable'], 'hoursAvailable'],
    ['profle', ['profile', 'policy'], 'profile'],
    ['skils', ['skills', 'title'], 'skills'],
    ['cost.ammount', ['cost.amount', 'cost.currency'], 'cost.amount'],
    ['colour', ['budget', 'gaps'], undefined],
    ['xy', ['ab', 'cd'], undefined],
  ])('%s → %s', (text, known, expected) => {
    expect(didYouMean(text, known)).toBe(expected);
  });

  it('gives no suggestion when two known words are equally near', () => {
    expect(didYouMean('cat', ['bat', 'hat'])).toBeUndefined();
  });

  it('stops early on distant words (bounded work)', () => {
    expect(editDistance('abcdefghij', 'klmnopqrst', 2)).toBe(3);
    expect(editDistance('teh', 'the', 1)).toBe(1);
  });
});

describe('the issue log', () => {
  const at = (index: number, detail = 'x') =>
    issueAt({ index, row: index + 1 }, [], detail, 'warning');

  it('lists at most perRecord issues of one record and counts the rest', () => {
    const log = createIssueLog({ perRecord: 3 });
    for (let i = 0; i < 10; i++) log.add(at(0, `p${i}`), 'r0');
    log.add(at(1), 'r1');
    const issues = log.finish();
    expect(issues.map((i) => i.message)).toEqual([
      'row 1: p0',
      'row 1: p1',
      'row 1: p2',
      'row 1: and 7 more problems with this record were not listed',
      'row 2: x',
    ]);
    expect(log.counts()).toEqual({ errors: 0, warnings: 11, unlisted: 7 });
  });

  it('lists at most perKind notes of one kind across records', () => {
    const log = createIssueLog({ perKind: 2 });
    for (let i = 0; i < 6; i++)
      log.add(at(i, 'read as 15 hours'), `r${i}`, 'column "Duration": days');
    const issues = log.finish();
    expect(issues).toHaveLength(3);
    expect(issues[2]?.message).toBe(
      'the input: column "Duration": days — 4 more like this were not listed',
    );
  });

  it('lists at most perFile issues, says how many were not, and always lists closing notes', () => {
    const log = createIssueLog({ perFile: 5 });
    for (let i = 0; i < 1000; i++)
      log.add(issueAt({ index: i }, [], 'bad', i % 2 ? 'error' : 'warning'), `r${i}`);
    log.always(issueAt({ index: 1000 }, [], 'and 3 more records were not read'));
    const issues = log.finish();
    expect(issues).toHaveLength(7);
    expect(issues[5]?.message).toBe(
      'the input: and 995 more issues (498 of them errors) were not listed: at most 5 are listed',
    );
    expect(issues[6]?.message).toBe('record 1001: and 3 more records were not read');
    expect(log.counts()).toEqual({ errors: 501, warnings: 500, unlisted: 995 });
  });
});
