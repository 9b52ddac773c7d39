/**
 * The comparison page: a profile form, ranked offerings with grade badges, flags, reasons and
 * gaps covered, a side-by-side comparison, a plan, and a file input / drop zone for the user's
 * own JSON or CSV catalogue. It imports the built library like any consumer would.
 *
 * Every piece of user or catalogue text reaches the page through `textContent` (see `el`), never
 * through `innerHTML`, so a hostile title such as `<img src=x onerror=…>` shows as text.
 */

import sample from '../../../data/samples/catalogue.json';
import {
  type ClinicianProfileInput,
  type Course,
  CredenceError,
  type CredibilityReport,
  compareCourses,
  createRecommender,
  evaluateCatalog,
  type Flag,
  type LearningPlan,
  parseCatalog,
  parseProfile,
  type RecommendationResult,
  type Recommender,
  type RecordIssue,
} from '../../../dist/index.js';

/** How many ranked offerings to show. */
const LIMIT = 10;

interface Catalogue {
  readonly name: string;
  readonly courses: readonly Course[];
  readonly byId: ReadonlyMap<string, Course>;
  readonly issues: readonly RecordIssue[];
}

interface Scored {
  readonly asOf: string;
  readonly recommender: Recommender;
  readonly reports: ReadonlyMap<string, CredibilityReport>;
}

let catalogue: Catalogue | undefined;
let scored: Scored | undefined;
let lastProfile: ClinicianProfileInput | undefined;
const selected = new Set<string>();

// ---------------------------------------------------------------- DOM helpers (text only)

type Child = Node | string | undefined | false;

/** Creates an element; strings become text nodes, so data is never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`compare page: #${id} is missing`);
  return node as T;
}

const slug = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '_');

const say = (id: string, text: string): void => {
  byId(id).textContent = text;
};

// ---------------------------------------------------------------- catalogue

function useCatalogue(name: string, input: string | object): void {
  const parsed = parseCatalog(input, { asOf: asOfValue() });
  catalogue = {
    name,
    courses: parsed.courses,
    byId: new Map(parsed.courses.map((c) => [c.id, c])),
    issues: parsed.issues,
  };
  scored = undefined;
  selected.clear();
  byId('comparison-section').hidden = true;
  byId('comparison').replaceChildren();
  const errors = parsed.issues.filter((i) => i.severity === 'error').length;
  say(
    'catalogue-status',
    `${name}: ${parsed.courses.length} offering(s) read (${parsed.format})` +
      (errors > 0 ? `, ${errors} record(s) could not be used.` : '.'),
  );
  const details = byId<HTMLDetailsElement>('catalogue-issues');
  const list = byId('issue-list');
  list.replaceChildren(
    ...parsed.issues.slice(0, 50).map((i) => el('li', {}, `${i.severity}: ${i.message}`)),
  );
  details.hidden = parsed.issues.length === 0;
  if (lastProfile) rank(lastProfile);
}

async function useFile(file: File): Promise<void> {
  try {
    useCatalogue(file.name, await file.text());
  } catch (error) {
    say('catalogue-status', `${file.name} could not be read: ${message(error)}`);
  }
}

const message = (error: unknown): string =>
  error instanceof CredenceError || error instanceof Error ? error.message : String(error);

function scoring(): Scored {
  const asOf = asOfValue();
  if (!catalogue) throw new Error('no catalogue loaded');
  if (scored?.asOf !== asOf) {
    const reports = evaluateCatalog(catalogue.courses, { asOf });
    scored = {
      asOf,
      recommender: createRecommender(catalogue.courses, { asOf }),
      reports: new Map(reports.map((r) => [r.id, r])),
    };
  }
  return scored;
}

// ---------------------------------------------------------------- profile

function asOfValue(): string {
  const value = byId<HTMLInputElement>('as-of').value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date().toISOString().slice(0, 10);
}

/** Gaps typed freely: one per line or comma-separated; the first is high priority. */
function gapsFrom(text: string): { skill: string; priority: 'high' | 'medium' | 'low' }[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((skill, i) => ({ skill, priority: i === 0 ? 'high' : i === 1 ? 'medium' : 'low' }));
}

function profileFromForm(): ClinicianProfileInput {
  const value = (id: string): string => byId<HTMLInputElement>(id).value.trim();
  const budget = value('budget');
  const hours = value('hours');
  const country = value('country').toUpperCase();
  return {
    profession: value('profession'),
    ...(country ? { country } : {}),
    gaps: gapsFrom(byId<HTMLTextAreaElement>('gaps').value),
    ...(budget ? { budget: { amount: Number(budget), currency: value('currency') } } : {}),
    ...(hours ? { hoursAvailable: Number(hours) } : {}),
  };
}

// ---------------------------------------------------------------- rendering

function gradeBadge(grade: string, score: number): HTMLElement {
  // U is not a verdict: too little is known to grade. Its score is shown, marked as such.
  return grade === 'U'
    ? el(
        'span',
        { class: 'badge grade-u', title: 'Unrated: not enough information to grade' },
        `Unrated · ${Math.round(score)}/100 on what is known`,
      )
    : el(
        'span',
        { class: `badge grade-${slug(grade)}` },
        `Grade ${grade} · ${Math.round(score)}/100`,
      );
}

const SEVERITY_LABEL: Readonly<Record<string, string>> = {
  critical: 'Red flag',
  warning: 'Caution',
  info: 'Note',
};

function flagList(flags: readonly Flag[]): HTMLElement | undefined {
  const shown = flags.filter((f) => f.severity !== 'info');
  if (shown.length === 0) return undefined;
  return el(
    'ul',
    { class: 'flags', 'aria-label': 'Flags' },
    ...shown.map((f) =>
      el(
        'li',
        { class: `flag flag-${slug(f.severity)}` },
        `${SEVERITY_LABEL[f.severity] ?? f.severity}: ${f.message}`,
      ),
    ),
  );
}

function costText(course: Course): string {
  if (!course.cost) return 'cost not stated';
  return course.cost.amount === 0 ? 'free' : `${course.cost.amount} ${course.cost.currency}`;
}

function metaText(course: Course): string {
  const parts = [
    course.provider.name,
    course.format,
    course.durationHours === undefined ? undefined : `${course.durationHours} h`,
    costText(course),
  ];
  return parts.filter((p) => p !== undefined).join(' · ');
}

function renderResults(result: RecommendationResult, s: Scored): void {
  const items = result.recommendations.map((rec) => {
    const course = catalogue?.byId.get(rec.id);
    const report = s.reports.get(rec.id);
    const titleId = `title-${slug(rec.id)}`;
    const box = el('input', { type: 'checkbox', 'data-id': rec.id, 'aria-describedby': titleId });
    box.checked = selected.has(rec.id);
    box.addEventListener('change', () => {
      if (box.checked) selected.add(rec.id);
      else selected.delete(rec.id);
      updateCompareButton();
    });
    return el(
      'li',
      { class: 'offering', 'data-id': rec.id },
      el('span', { class: 'rank', 'aria-label': `Rank ${rec.rank}` }, `${rec.rank}.`),
      el(
        'div',
        {},
        el('h3', { id: titleId }, course?.title ?? rec.id),
        el('p', { class: 'meta' }, course ? metaText(course) : ''),
      ),
      el(
        'div',
        { class: 'body' },
        report ? gradeBadge(report.grade, report.score) : undefined,
        report ? flagList(report.flags) : undefined,
        el(
          'p',
          { class: 'gaps-covered' },
          el('strong', {}, 'Gaps covered: '),
          rec.gaps.join(', ') || 'none',
        ),
        el(
          'ul',
          { class: 'reasons', 'aria-label': 'Reasons' },
          ...rec.reasons.map((r) => el('li', {}, r)),
        ),
        el('label', { class: 'compare-toggle' }, box, 'Compare'),
      ),
    );
  });
  byId('results').replaceChildren(...items);
  const n = result.recommendations.length;
  say(
    'results-status',
    `${n} offering(s) ranked for your gaps.` +
      (result.uncoveredGaps.length > 0
        ? ` Not covered by this catalogue: ${result.uncoveredGaps.join(', ')}.`
        : ''),
  );
  updateCompareButton();
}

function renderPlan(plan: LearningPlan): void {
  const section = byId('plan-section');
  const cost = plan.totalCost.map((m) => `${m.amount} ${m.currency}`).join(' + ') || 'free';
  const { needed, met, shortfall } = plan.requirement;
  const parts: Child[] = [
    el(
      'p',
      { class: 'plan-totals' },
      `${plan.courses.length} offering(s), ${plan.totalHours} h, ${cost}`,
    ),
    el('ol', {}, ...plan.courses.map((id) => el('li', {}, catalogue?.byId.get(id)?.title ?? id))),
    el('p', {}, `Covered: ${plan.coveredGaps.join(', ') || 'none'}`),
    plan.uncoveredGaps.length > 0
      ? el('p', {}, `Not covered: ${plan.uncoveredGaps.join(', ')}`)
      : undefined,
    needed > 0
      ? el('p', {}, `CPD requirement: ${met} of ${needed} h met, shortfall ${shortfall} h`)
      : undefined,
    el('ul', { 'aria-label': 'Why this plan' }, ...plan.reasons.map((r) => el('li', {}, r))),
  ];
  byId('plan').replaceChildren(...parts.filter((p): p is Node | string => Boolean(p)));
  section.hidden = false;
}

function renderComparison(): void {
  if (!catalogue || !lastProfile) return;
  const courses = [...selected]
    .map((id) => catalogue?.byId.get(id))
    .filter((c): c is Course => c !== undefined);
  if (courses.length < 2) return;
  const rows = compareCourses(courses, { asOf: asOfValue(), profile: lastProfile });
  const line = (label: string, cell: (i: number) => string | Node): HTMLTableRowElement =>
    el('tr', {}, el('th', { scope: 'row' }, label), ...rows.map((_, i) => el('td', {}, cell(i))));
  const row = (i: number) => rows[i]!;
  const table = byId<HTMLTableElement>('comparison');
  table.replaceChildren(
    el('caption', { class: 'hint' }, `${rows.length} offerings compared`),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Offering'),
        ...rows.map((r) => el('th', { scope: 'col' }, r.title)),
      ),
    ),
    el(
      'tbody',
      {},
      line('Provider', (i) => row(i).provider),
      line('Credibility', (i) => gradeBadge(row(i).grade, row(i).credibility)),
      line('Accreditation', (i) => row(i).accreditation.join('; ') || 'none recognised'),
      line('University', (i) => row(i).university ?? '—'),
      line('Cost', (i) => {
        const c = row(i).cost;
        return c ? (c.amount === 0 ? 'free' : `${c.amount} ${c.currency}`) : 'not stated';
      }),
      line('Hours', (i) => (row(i).hours === undefined ? 'not stated' : `${row(i).hours} h`)),
      line('Format', (i) => row(i).format ?? 'not stated'),
      line('Assessment', (i) => row(i).assessment ?? 'not stated'),
      line('Gaps covered', (i) => row(i).gapsCovered?.join(', ') || 'none'),
      line(
        'Flags',
        (i) =>
          row(i)
            .flags.filter((f) => f.severity !== 'info')
            .map((f) => `${SEVERITY_LABEL[f.severity] ?? f.severity}: ${f.message}`)
            .join(' ') || 'none',
      ),
    ),
  );
  byId('comparison-section').hidden = false;
  byId('comparison-heading').focus();
}

function updateCompareButton(): void {
  const visible = new Set(
    [...document.querySelectorAll<HTMLElement>('#results li[data-id]')].map((li) => li.dataset.id),
  );
  for (const id of [...selected]) if (!visible.has(id)) selected.delete(id);
  const button = byId<HTMLButtonElement>('compare-button');
  button.disabled = selected.size < 2;
  say(
    'compare-help',
    selected.size < 2
      ? 'Tick “Compare” on two or more offerings.'
      : `${selected.size} offerings selected.`,
  );
}

// ---------------------------------------------------------------- actions

function rank(input: ClinicianProfileInput): void {
  const gapsField = byId<HTMLTextAreaElement>('gaps');
  try {
    const profile = parseProfile(input);
    if (profile.gaps.length === 0) {
      gapsField.setAttribute('aria-invalid', 'true');
      say('results-status', 'Type at least one skill gap, for example “sepsis recognition”.');
      gapsField.focus();
      return;
    }
    gapsField.removeAttribute('aria-invalid');
    lastProfile = input;
    const s = scoring();
    renderResults(s.recommender.recommend(input, { limit: LIMIT }), s);
    renderPlan(s.recommender.plan(input));
    if (selected.size >= 2 && !byId('comparison-section').hidden) renderComparison();
  } catch (error) {
    say('results-status', `Please check your profile: ${message(error)}`);
  }
}

function init(): void {
  const params = new URLSearchParams(location.search);
  const asOf = params.get('asOf');
  byId<HTMLInputElement>('as-of').value =
    asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : new Date().toISOString().slice(0, 10);
  useCatalogue('Sample catalogue', sample as object);

  byId<HTMLFormElement>('profile-form').addEventListener('submit', (event) => {
    event.preventDefault();
    rank(profileFromForm());
  });
  byId('compare-button').addEventListener('click', renderComparison);
  byId('use-sample').addEventListener('click', () =>
    useCatalogue('Sample catalogue', sample as object),
  );
  const file = byId<HTMLInputElement>('catalogue-file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void useFile(chosen);
  });
  const zone = byId('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void useFile(dropped);
  });
  document.body.dataset.ready = 'true';
}

init();
