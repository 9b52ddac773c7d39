/**
 * The comparison page: a profile form (each gap with the priority the user chose, equal by
 * default; the trust floor), ranked offerings with their numbers labelled, grade badges, flags,
 * why each moved in the order, the course's own words as evidence and reasons; every gap
 * answered, what the trust floor holds back, a side-by-side comparison, a plan, and a file input
 * / drop zone for the user's own JSON or CSV catalogue. On first load it shows the sample
 * catalogue's top offerings for a sample profile. It imports the built library like any
 * consumer would.
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
  type GapAnswer,
  type HeldBack,
  type LearningPlan,
  parseCatalog,
  parseProfile,
  type Recommendation,
  type RecommendationResult,
  type Recommender,
  type RecordIssue,
  type RequestOptions,
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
let lastOptions: RequestOptions = {};
const selected = new Set<string>();
/** The priority chosen for each gap, by its text (kept while the user edits the list). */
const priorities = new Map<string, Priority>();

type Priority = 'high' | 'medium' | 'low';
const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low'];
/** The profile shown on first load: the sample catalogue's top offerings for it. */
const FIRST_GAPS = ['sepsis recognition', 'tissue viability', 'NIV'];

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
  // The counts, not the issue list: the list is capped on a large catalogue.
  const { rejected } = parsed.stats;
  say(
    'catalogue-status',
    `${name}: ${parsed.courses.length} offering(s) read (${parsed.format})` +
      (rejected > 0 ? `, ${rejected} record(s) could not be used.` : '.'),
  );
  const details = byId<HTMLDetailsElement>('catalogue-issues');
  const list = byId('issue-list');
  list.replaceChildren(
    ...parsed.issues.slice(0, 50).map((i) => el('li', {}, `${i.severity}: ${i.message}`)),
  );
  details.hidden = parsed.issues.length === 0;
  if (lastProfile) rank(lastProfile, lastOptions);
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

/** Gaps typed freely: one per line or separated by commas or semicolons. */
function gapTexts(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** Each gap with the priority chosen for it (medium unless changed: every gap counts alike). */
function gapsFrom(text: string): { skill: string; priority: Priority }[] {
  return gapTexts(text).map((skill) => ({ skill, priority: priorities.get(skill) ?? 'medium' }));
}

/** One priority choice per gap typed, labelled with the gap. */
function renderPriorities(): void {
  const gaps = gapTexts(byId<HTMLTextAreaElement>('gaps').value);
  const rows = gaps.map((skill, i) => {
    const id = `priority-${i}`;
    const select = el('select', { id, 'data-gap': skill });
    for (const p of PRIORITIES) {
      const option = el('option', { value: p }, p);
      option.selected = (priorities.get(skill) ?? 'medium') === p;
      select.append(option);
    }
    select.addEventListener('change', () => priorities.set(skill, select.value as Priority));
    return el(
      'div',
      { class: 'priority' },
      el('label', { for: id }, `Priority of “${skill}”`),
      select,
    );
  });
  byId('gap-priorities').replaceChildren(...rows);
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

/** The request options: where in-person offerings may be, and the trust floor. */
function optionsFromForm(): RequestOptions {
  const country = byId<HTMLInputElement>('country').value.trim().toUpperCase();
  const elsewhere = byId<HTMLInputElement>('region')
    .value.split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^([A-Z]{2}|EU)$/.test(c));
  const minGrade = byId<HTMLSelectElement>('min-grade').value as RequestOptions['minGrade'];
  const flagged = byId<HTMLInputElement>('include-flagged').checked;
  return {
    ...(elsewhere.length > 0
      ? { region: [...new Set([country, ...elsewhere])].filter(Boolean) }
      : {}),
    ...(minGrade && minGrade !== 'D' ? { minGrade } : {}),
    ...(flagged ? { includeFlagged: true } : {}),
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

/** The numbers of a recommendation, each labelled. */
function numbersText(rec: Recommendation): string {
  return [
    `Ranking score ${rec.score.toFixed(2)}`,
    `relevance ${rec.relevance.toFixed(2)}`,
    `credibility ${Math.round(rec.credibility)}/100`,
    `fit ${rec.fit.toFixed(2)}`,
  ].join(' · ');
}

/** Facts about the whole answer: a lowered trust floor, currencies without rates. */
function renderNotes(id: string, notes: readonly string[]): void {
  byId(id).replaceChildren(...notes.map((n) => el('li', {}, n)));
  byId(id).hidden = notes.length === 0;
}

/** Every gap answered: covered by which offerings, or why not and what keeps each out. */
function gapAnswers(answers: readonly GapAnswer[]): HTMLElement[] {
  const title = (id: string): string => catalogue?.byId.get(id)?.title ?? id;
  return answers.map((g) =>
    el(
      'li',
      { 'data-gap': g.gap, class: g.covered ? 'covered' : 'uncovered' },
      el('strong', {}, `${g.gap} (${g.priority} priority): `),
      g.covered
        ? `covered by ${g.coveredBy.map(title).join('; ')}`
        : `not covered — ${g.reason ?? 'nothing covers it'}`,
      g.candidates.length > 0
        ? el(
            'ul',
            {},
            ...g.candidates.map((c) => el('li', {}, `${title(c.id)}: ${c.excludedBy.join('; ')}`)),
          )
        : undefined,
    ),
  );
}

function heldBackList(held: readonly HeldBack[]): HTMLElement[] {
  return held.map((h) =>
    el(
      'li',
      { 'data-id': h.id },
      `${catalogue?.byId.get(h.id)?.title ?? h.id} — covers ${h.gaps.join(', ')}; held back: ${h.reasons.join(', ')}`,
    ),
  );
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
        el('p', { class: 'numbers' }, numbersText(rec)),
        rec.order ? el('p', { class: 'order' }, `Order: ${rec.order}`) : undefined,
        el(
          'p',
          { class: 'gaps-covered' },
          el('strong', {}, 'Gaps covered: '),
          rec.gaps.join(', ') || 'none',
        ),
        el(
          'ul',
          { class: 'reasons', 'aria-label': 'Reasons' },
          // The order note is shown above; each "Covers" reason quotes the course's own words.
          ...rec.reasons.filter((r) => !r.startsWith('Order: ')).map((r) => el('li', {}, r)),
        ),
        el('label', { class: 'compare-toggle' }, box, 'Compare'),
      ),
    );
  });
  byId('results').replaceChildren(...items);
  renderNotes('results-notes', result.notes);
  byId('gap-answers').replaceChildren(...gapAnswers(result.gaps));
  byId('held-back').replaceChildren(...heldBackList(result.heldBack));
  byId('held-back-section').hidden = result.heldBack.length === 0;
  const n = result.recommendations.length;
  say(
    'results-status',
    `${n} offering(s) ranked for your gaps.` +
      (result.uncoveredGaps.length > 0
        ? ` Not covered: ${result.uncoveredGaps.join(', ')} (see why below).`
        : ''),
  );
  updateCompareButton();
}

function renderPlan(plan: LearningPlan): void {
  const section = byId('plan-section');
  const spent = plan.totalCost.filter((m) => m.amount > 0);
  const cost = spent.map((m) => `${m.amount} ${m.currency}`).join(' + ') || 'free';
  const notes = el('ul', { class: 'notes' }, ...plan.notes.map((n) => el('li', {}, n)));
  const parts: Child[] = [
    plan.notes.length > 0 ? notes : undefined,
    el(
      'p',
      { class: 'plan-totals' },
      `${plan.courses.length} offering(s), ${plan.totalHours} h, ${cost}`,
    ),
    el('ol', {}, ...plan.courses.map((id) => el('li', {}, catalogue?.byId.get(id)?.title ?? id))),
    el('ul', { 'aria-label': 'Why this plan' }, ...plan.reasons.map((r) => el('li', {}, r))),
    el('h3', {}, 'Your gaps in this plan'),
    el('ul', { class: 'gap-answers' }, ...gapAnswers(plan.gaps)),
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
      line('University (confirmed)', (i) => row(i).university ?? '—'),
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

function rank(input: ClinicianProfileInput, options: RequestOptions): void {
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
    lastOptions = options;
    const s = scoring();
    renderResults(s.recommender.recommend(input, { ...options, limit: LIMIT }), s);
    renderPlan(s.recommender.plan(input, options));
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
  const gaps = byId<HTMLTextAreaElement>('gaps');
  gaps.value = FIRST_GAPS.join('\n');
  renderPriorities();
  gaps.addEventListener('input', renderPriorities);
  useCatalogue('Sample catalogue', sample as object);
  // First load: the sample catalogue's top offerings for the sample profile in the form.
  rank(profileFromForm(), optionsFromForm());

  byId<HTMLFormElement>('profile-form').addEventListener('submit', (event) => {
    event.preventDefault();
    rank(profileFromForm(), optionsFromForm());
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
