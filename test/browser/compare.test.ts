/**
 * The comparison page (docs/examples/compare) in Debian's Chromium, driven by playwright-core:
 * builds the library (if dist/ is missing or stale) and the page, serves it on 127.0.0.1, types
 * gaps with a typo and an abbreviation, checks the ranked offerings and their reasons, compares two
 * offerings, loads a hostile catalogue and checks its title is shown as text, and saves
 * screenshots to test-artifacts/.
 *
 * Without /usr/bin/chromium the suite is skipped with a message, except under CI (env CI set),
 * where it fails: `.ci/run` installs Chromium with apt-get.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');
const AS_OF = '2026-11-28';
const haveChromium = existsSync(CHROMIUM);
const inCI = Boolean(process.env.CI);

if (!haveChromium && !inCI) {
  console.warn(
    `[browser test skipped] ${CHROMIUM} not found. Install Debian's Chromium to run it: ` +
      'apt-get update && apt-get install -y chromium (CI does this in .ci/run).',
  );
}

/** Newest modification time of the files under `dir` (recursively). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

/** Builds dist/ with tsup when it is missing or older than src/ or data/. */
function ensureLibraryBuilt(): void {
  const built = join(ROOT, 'dist/index.js');
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'data')),
    statSync(join(ROOT, 'tsup.config.ts')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const run = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tsup failed:\n${run.stdout}\n${run.stderr}`);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static file server for `dir` on 127.0.0.1 and a random port. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Sepsis <b>course</b>';
const hostileCatalogue = JSON.stringify([
  {
    id: 'hostile-1',
    title: HOSTILE_TITLE,
    description: '<script>window.__pwned=2</script> Sepsis recognition and escalation.',
    provider: { name: '<svg onload="window.__pwned=3">Provider', type: 'education-company' },
    skills: ['sepsis recognition'],
    learningOutcomes: ['Recognise sepsis early using NEWS2'],
    durationHours: 2,
    cost: { amount: 0, currency: 'GBP' },
  },
  {
    id: 'plain-1',
    title: 'Sepsis Recognition Basics',
    provider: { name: 'Example Trust', type: 'healthcare-organisation' },
    skills: ['sepsis recognition'],
    durationHours: 1,
  },
]);

describe('comparison page source', () => {
  it('type-checks against the built declarations (dist/index.d.ts), as a consumer would', () => {
    ensureLibraryBuilt();
    const run = spawnSync('npx', ['tsc', '--noEmit', '-p', 'docs/examples/compare'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});

describe.skipIf(!haveChromium && !inCI)('comparison page in Chromium', () => {
  let server: Server | undefined;
  let base = '';
  let context: BrowserContext | undefined;
  let page: Page;
  let profileDir = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(
        `${CHROMIUM} is missing in CI: .ci/run must install it (apt-get install -y chromium)`,
      );
    }
    ensureLibraryBuilt();
    const { buildComparePage } = (await import(join(ROOT, 'docs/examples/compare/build.mjs'))) as {
      buildComparePage: (outdir?: string) => Promise<string>;
    };
    const outdir = await buildComparePage();
    ({ server, base } = await serve(outdir));
    mkdirSync(ARTIFACTS, { recursive: true });
    profileDir = mkdtempSync(join(tmpdir(), 'credence-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${base}/index.html?asOf=${AS_OF}`);
    await page.waitForSelector('body[data-ready="true"]');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('loads the sample catalogue and shows its top offerings for a sample profile', async () => {
    await expect
      .poll(() => page.textContent('#catalogue-status'))
      .toMatch(/Sample catalogue: \d+ offering\(s\) read/);
    expect(await page.textContent('#results-status')).toMatch(/offering\(s\) ranked/);
    expect(await page.locator('#results li.offering').count()).toBeGreaterThanOrEqual(3);
    // Every gap counts alike until the user says otherwise.
    const choices = page.locator('#gap-priorities select');
    expect(await choices.count()).toBe(3);
    for (const value of await choices.evaluateAll((s) =>
      s.map((x) => (x as HTMLSelectElement).value),
    ))
      expect(value).toBe('medium');
    expect(await page.locator('#gap-answers li[data-gap]').count()).toBe(3);
  });

  it('ranks offerings for gaps typed with a typo and an abbreviation, with reasons', async () => {
    await page.getByLabel('Profession').fill('nurse');
    await page.getByLabel(/^Country/).fill('GB');
    await page.getByLabel(/^Skill gaps/).fill('sepsis recogntion\nNIV');
    await page.getByLabel('Priority of “sepsis recogntion”').selectOption('high');
    await page.getByLabel(/^Budget/).fill('150');
    await page.getByLabel('Currency').fill('GBP');
    await page.getByLabel(/^Hours available/).fill('20');
    // Keyboard use: focus the button and press Enter.
    await page.focus('#rank');
    await page.keyboard.press('Enter');
    // The status line says either how many were ranked or what went wrong: show it on failure.
    await expect
      .poll(() => page.textContent('#results-status'), { timeout: 20_000 })
      .toMatch(/offering\(s\) ranked|check your profile/);
    expect(await page.textContent('#results-status')).toMatch(/offering\(s\) ranked/);

    const items = page.locator('#results li.offering');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // The abbreviation: a non-invasive ventilation study day, with its reason.
    const niv = page.locator('#results li[data-id="hartwell-niv-study-day"]');
    await expect.poll(() => niv.count()).toBe(1);
    expect(await niv.locator('.reasons').textContent()).toContain("Covers 'NIV'");
    expect(await niv.locator('.gaps-covered').textContent()).toContain('NIV');
    expect(await niv.locator('.badge').textContent()).toMatch(/^Grade [A-E] · \d+\/100$/);
    // The typo: the first offering covers "sepsis recogntion" and says so.
    const first = items.first();
    expect(await first.locator('.reasons').textContent()).toContain("Covers 'sepsis recogntion'");
    expect(await first.locator('.numbers').textContent()).toMatch(
      /^Ranking score [\d.]+ · relevance [\d.]+ · credibility \d+\/100 · fit [\d.]+$/,
    );
    expect(await first.locator('.reasons').textContent()).toMatch(/— [a-z ]+: “.+”/);
    // Every gap answered, and the mills that cover a gap held back with their reasons.
    expect(await page.textContent('#gap-answers')).toMatch(/NIV \(medium priority\): covered by/);
    expect(await page.isVisible('#held-back-section')).toBe(true);
    expect(await page.textContent('#held-back')).toMatch(/held back: grade E/);
    expect(await page.locator('#results li[data-id^="mill-"]').count()).toBe(0);
    // The plan is shown, with its gaps.
    expect(await page.isVisible('#plan-section')).toBe(true);
    expect(await page.textContent('#plan')).toMatch(/offering\(s\), [\d.]+ h/);
    expect(await page.textContent('#plan')).toMatch(/sepsis recogntion \(high priority\)/);
    await page.screenshot({ path: join(ARTIFACTS, 'compare.png'), fullPage: true });
  });

  it('compares two offerings side by side (checkboxes work from the keyboard)', async () => {
    const boxes = page.locator('#results input[type="checkbox"]');
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await boxes.nth(1).check();
    expect(await page.isDisabled('#compare-button')).toBe(false);
    await page.click('#compare-button');
    await page.waitForSelector('#comparison-section:not([hidden])');
    const headers = page.locator('#comparison thead th');
    expect(await headers.count()).toBe(3);
    const rowLabels = await page.locator('#comparison tbody th').allTextContents();
    expect(rowLabels).toEqual(
      expect.arrayContaining(['Provider', 'Credibility', 'Accreditation', 'Gaps covered']),
    );
    expect(await page.textContent('#comparison')).toMatch(/Grade [A-E]/);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-side-by-side.png'), fullPage: true });
  });

  it('says when the trust floor is lowered, and lists what it lets in', async () => {
    await page.selectOption('#min-grade', 'E');
    await page.check('#include-flagged');
    await page.click('#rank');
    await expect
      .poll(() => page.textContent('#results-notes'))
      .toMatch(/Trust floor changed on request/);
    expect(await page.isHidden('#held-back-section')).toBe(true);
    await page.selectOption('#min-grade', 'D');
    await page.uncheck('#include-flagged');
    await page.click('#rank');
    await expect.poll(() => page.isVisible('#held-back-section')).toBe(true);
  });

  it('is usable at 375 px: nothing overflows the page width', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.locator('#comparison-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'compare-375.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reads a CSV catalogue from the file input', async () => {
    await page.setInputFiles('#catalogue-file', join(ROOT, 'data/samples/catalogue.csv'));
    await expect
      .poll(() => page.textContent('#catalogue-status'))
      .toMatch(/catalogue\.csv: \d+ offering\(s\) read \(csv\)/);
    await page.waitForSelector('#results li.offering');
  });

  it('shows a hostile catalogue title as text and runs none of its markup', async () => {
    await page.setInputFiles('#catalogue-file', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostileCatalogue),
    });
    await expect.poll(() => page.textContent('#catalogue-status')).toMatch(/^hostile\.json: 2 /);
    const hostile = page.locator('#results li[data-id="hostile-1"]');
    await expect.poll(() => hostile.count()).toBe(1);
    expect(await hostile.locator('h3').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#results img, #results svg, #results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(ARTIFACTS, 'compare-hostile.png'), fullPage: false });
    expect(pageErrors).toEqual([]);
  });
});
