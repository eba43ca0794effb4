import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { modelDelegates, tallyContest } from '@tally/core';
import { candidates, contests, races, summaries, unitsOf } from '@tally/data';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../scripts/static-server.ts';
import { executionContext, loadWorker } from '../scripts/worker-bundle.ts';
import { paths } from '../src/lib/paths.js';
import { type Browser, launchBrowser, requireChromium } from './browser.js';
import { crawl } from './crawl.js';
import { expectedDownload } from './download.js';
import { expectedCountyWinners, expectedStateWinners, type MapShapes } from './maps.js';

// The site is built by turbo before this runs (the docs `test` task depends on `build`).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artefacts = fileURLToPath(new URL('../test-results/', import.meta.url));
/** A phone-sized viewport (390 px wide, as most phones are), for the pages a reader opens on a phone. */
const phone = { width: 390, height: 844 };

let site: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** A figure as a cell shows it, back to a number: "11,397" is 11397, "48.41%" is 48.41, "—" is null. */
function figure(text: string | null): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '—' || trimmed === '') return null;
  return Number(trimmed.replace(/[,%]/g, ''));
}

async function visit(path: string): Promise<void> {
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  expect(response?.status(), `GET ${path}`).toBe(200);
}

/** The shapes of the map of the page (`svg.{kind}`): each one's key attribute, winner, label and fill. */
async function mapShapes(kind: 'tally-map-county' | 'tally-map-state', key: string): Promise<MapShapes> {
  return page.evaluate(
    ([selector, attribute]) =>
      [...document.querySelectorAll(`svg.${selector} path[${attribute}]`)].map((path) => ({
        key: path.getAttribute(attribute) ?? '',
        winner: path.getAttribute('data-winner') ?? '',
        label: path.getAttribute('data-label') ?? '',
        fill: path.getAttribute('fill') ?? '',
      })),
    [kind, key] as const,
  );
}

/** Every shape of one label has one fill, and no two labels share one: the legend tells them apart. */
function expectOneFillPerLabel(shapes: MapShapes, what: string): void {
  const fills = new Map<string, Set<string>>();
  for (const shape of shapes) fills.set(shape.label, (fills.get(shape.label) ?? new Set()).add(shape.fill));
  for (const [label, set] of fills) expect(set.size, `${what}: ${label}`).toBe(1);
  const all = [...fills.values()].map((set) => [...set][0]);
  expect(new Set(all).size, what).toBe(all.length);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: `${artefacts}${name}.png`, fullPage: true });
}

beforeAll(async () => {
  await requireChromium();
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(
      `${dist} holds no built site: run the docs build first (pnpm turbo run build --filter @tally/docs)`,
    );
  }
  await mkdir(artefacts, { recursive: true });
  site = await startStaticServer(dist);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // Leaving a page cancels what it was still loading (a lazy script of the search); that is not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the built docs site in Chromium', () => {
  it('shows the home page with the data at a glance', async () => {
    await visit('/');
    const title = await page.title();
    expect(title).toMatch(/ \| Tally$/);
    expect(title).not.toMatch(/Tally \| Tally/);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Tally');
    const counts = (await page.getByTestId('home-counts').textContent()) ?? '';
    expect(counts).toContain(`into ${contests.length} contest${contests.length === 1 ? '' : 's'}`);
    // Counts are in the singular for one, and every count of findings says what it counts.
    expect(counts).not.toMatch(/\b1 (errors|warnings|contests|candidates|info findings)\b/);
    for (const summary of summaries) {
      for (const brief of summary.findingsBrief.filter((b) => b.severity !== 'info'))
        expect(counts).toContain(brief.code);
      for (const brief of summary.findingsBrief.filter((b) => b.acknowledgement !== null)) {
        expect(counts).toContain(brief.acknowledgement?.reason);
      }
    }
    // The newest contests as cards, and how many more the overview lists: every contest, one way or the other.
    const cards = await page.locator('a.sl-link-card, .sl-link-card a').count();
    expect(cards).toBeGreaterThan(0);
    const more = Number(/And (\d+) more/.exec((await page.locator('main').textContent()) ?? '')?.[1] ?? 0);
    expect(cards + more).toBe(contests.length);
    await screenshot('home');
  });

  /**
   * A contest with units shows a county map whose shaded counties are the data's: every county a unit lies in
   * shaded with the winner worked out from the units here, every other county of the state unshaded, one fill per
   * winner; the table gives the same counties; every unit the map cannot place is listed.
   */
  async function expectCountyMap(contestId: string, stateCode: string): Promise<void> {
    const units = (await unitsOf(contestId)) ?? [];
    if (units.length === 0) {
      expect(await page.getByTestId('county-map').count(), `${contestId} has no map`).toBe(0);
      return;
    }
    expect(await page.getByTestId('county-map').count(), `${contestId} map`).toBe(1);
    const shapes = await mapShapes('tally-map-county', 'data-fips');
    const expected = expectedCountyWinners(units);
    const state = shapes.filter((shape) => shape.key.length === 5);
    expect(state.length, `${contestId}: the state's counties`).toBeGreaterThan(0);
    for (const shape of state) {
      if (expected.has(shape.key)) {
        expect(shape.winner, `${contestId} ${shape.key}`).toBe(expected.get(shape.key));
        expect(shape.label, `${contestId} ${shape.key}`).not.toBe('No unit in the source');
      } else {
        expect([shape.winner, shape.label], `${contestId} ${shape.key}`).toEqual([
          '',
          'No unit in the source',
        ]);
      }
    }
    expect(state.filter((shape) => expected.has(shape.key)).length, `${contestId} shaded`).toBe(
      expected.size,
    );
    expectOneFillPerLabel(state, contestId);
    await expect(page.getByTestId('county-map-table').locator('tbody tr').count()).resolves.toBe(
      expected.size,
    );
    const unplaced = units.filter((unit) => unit.fips === null).map((unit) => unit.id);
    const listed = await page
      .getByTestId('county-map-unplaced')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-unit-id')));
    expect(listed, `${contestId} units not placed`).toEqual(unplaced);
    expect(stateCode).toMatch(/^[A-Z]{2}$/);
  }

  it('shows every contest with its charts, its map and the figures of the data package', async () => {
    for (const contest of contests) {
      await visit(`/data/contests/${contest.id}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(contest.title);
      expect(
        await page.locator('svg.tally-chart-vote-share:visible').count(),
        `${contest.id} vote share chart`,
      ).toBe(1);
      if (contest.results.some((row) => row.delegates !== null)) {
        expect(
          await page.locator('svg.tally-chart-delegates:visible').count(),
          `${contest.id} delegates chart`,
        ).toBe(1);
      }
      const rows = page.getByTestId('results-table').locator('tbody tr');
      expect(await rows.count()).toBe(contest.results.length);
      for (const [index, result] of contest.results.entries()) {
        const row = rows.nth(index);
        const cell = (field: string) => row.locator(`[data-field="${field}"]`).textContent();
        await expect(row.getAttribute('data-candidate-id')).resolves.toBe(result.candidateId);
        expect(figure(await cell('votes')), `${contest.id} ${result.candidate} votes`).toBe(result.votes);
        expect(figure(await cell('percent')), `${contest.id} ${result.candidate} percent`).toBe(
          result.percent,
        );
        expect(figure(await cell('delegates')), `${contest.id} ${result.candidate} delegates`).toBe(
          result.delegates,
        );
      }
      const total = page.locator('[data-row="stated-total"]');
      expect(figure(await total.locator('[data-field="votes"]').textContent())).toBe(contest.totals.votes);
      expect(await page.getByTestId('findings').locator(':scope > li').count()).toBe(contest.findings.length);
      // The page opens with who won and by how much, or why that cannot be told.
      const headline = (await page.getByTestId('headline').textContent()) ?? '';
      const { tally: contestTally } = { tally: tallyContest(contest) };
      if (contestTally.winner !== null) expect(headline).toContain(`${contestTally.winner.candidate} won`);
      if (contestTally.outcome === 'undetermined')
        expect(headline).toContain(contestTally.undetermined?.reason ?? '');
      // An acknowledged error is marked as such, with the acknowledgement's text, where it is listed and counted.
      const audit = (await page.locator('[data-field="audit"]').textContent()) ?? '';
      for (const finding of contest.findings) {
        if (finding.acknowledgement === undefined) continue;
        const item = page.locator(
          `[data-testid="findings"] > li[data-code="${finding.code}"][data-acknowledged]`,
        );
        expect(await item.textContent(), `${contest.id} ${finding.code}`).toContain(
          finding.acknowledgement.reason,
        );
        expect(audit).toContain(finding.acknowledgement.reason);
        expect(audit).toContain('acknowledged');
      }
      // The delegates at stake, each count with the line it was read from.
      for (const kind of ['total', 'pledged', 'unpledged'] as const) {
        const count = contest.delegates[kind];
        const cell = page.locator(`[data-field="delegates-at-stake"] [data-count="${kind}"]`);
        if (count === null) expect(await cell.count()).toBe(0);
        else {
          const text = (await cell.textContent()) ?? '';
          expect(figure(/\d[\d,]*/.exec(text)?.[0] ?? '')).toBe(count);
          if (contest.delegates.lines[kind] !== null)
            expect(text).toContain(`L${contest.delegates.lines[kind]}`);
        }
      }
      const attribution = await page.locator('.tally-attribution').first().textContent();
      if ((contest.format ?? 'article') === 'article') {
        expect(attribution).toContain(contest.title);
        expect(attribution).toContain('CC BY-SA 4.0');
        await expect(page.getByTestId('source-document').locator('li').count()).resolves.toBe(
          contest.source.lines,
        );
      } else {
        // A results file: credited by its repository, path and commit; only its cited lines shown.
        for (const source of contest.sources ?? []) {
          const credit = await page.locator(`.tally-attribution[data-file="${source.file}"]`).textContent();
          expect(credit).toContain('OpenElections (openelections.net)');
          expect(credit).toContain(source.credit.repository ?? '');
          expect(credit).toContain(source.credit.commit?.slice(0, 7) ?? '');
        }
        const primary = contest.source.file;
        const cited = new Set([
          ...contest.results.filter((row) => row.file === undefined).map((row) => row.line),
          ...contest.findings.flatMap((f) =>
            f.sources ? f.sources.filter((s) => s.file === primary).map((s) => s.line) : f.lines,
          ),
          contest.lines.resultsTable,
          contest.totals.line,
          ...(contest.lines.date === null ? [] : [contest.lines.date]),
        ]);
        await expect(page.getByTestId('source-lines').locator('li').count()).resolves.toBe(cited.size);
      }
      await expectCountyMap(contest.id, contest.stateCode);
      const model = modelDelegates(contest);
      if (model === null) {
        expect(await page.getByTestId('model-label').count(), `${contest.id} has no model`).toBe(0);
        continue;
      }
      // The model stands beside the actual award, and says it is a model wherever it is shown.
      await expect(page.getByTestId('model-label').textContent()).resolves.toBe(model.label);
      expect(model.label).toMatch(/model/i);
      const awards = page.getByTestId('delegate-model-table').locator('tbody tr');
      expect(await awards.count()).toBe(model.awards.length);
      for (const [index, award] of model.awards.entries()) {
        const row = awards.nth(index);
        await expect(row.getAttribute('data-candidate-id')).resolves.toBe(award.candidateId);
        expect(figure(await row.locator('[data-field="model-delegates"]').textContent())).toBe(
          award.modelDelegates,
        );
        expect(figure(await row.locator('[data-field="actual-delegates"]').textContent())).toBe(
          award.actualDelegates,
        );
      }
      const chart = page.locator('.tally-chart-wide:has(svg.tally-chart-delegates)');
      expect(await chart.textContent(), `${contest.id} delegates chart legend`).toContain('Statewide model');
    }
    await visit(`/data/contests/${contests[0]?.id}/`);
    await screenshot('contest');
    // One page per contest (or race): minutes on two cores other work shares, not a target.
  }, 600_000);

  it('shows a candidate race by race, each with its contests and a chart over time', async () => {
    const candidate =
      candidates.find((entry) => entry.kind === 'candidate' && (entry.races[0]?.contests.length ?? 0) > 1) ??
      candidates[0];
    if (candidate === undefined) throw new Error('@tally/data has no candidates');
    await visit(`/data/candidates/${candidate.candidateId}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(candidate.candidate);
    const raceRows = page.getByTestId('candidate-races').locator('tbody tr');
    expect(await raceRows.count()).toBe(candidate.races.length);
    for (const [index, race] of candidate.races.entries()) {
      const row = raceRows.nth(index);
      await expect(row.getAttribute('data-race-id')).resolves.toBe(race.raceId);
      expect(figure(await row.locator('[data-field="votes"]').textContent())).toBe(race.votes);
      expect(figure(await row.locator('[data-field="delegates"]').textContent())).toBe(race.delegates);
      const section = page.locator(`[data-testid="candidate-race"][data-race-id="${race.raceId}"]`);
      expect(await section.getByTestId('candidate-contests').locator('tbody tr').count()).toBe(
        race.contests.length,
      );
    }
    expect(await page.locator('svg.tally-chart-candidate-share:visible').count()).toBe(
      candidate.races.length,
    );
    await screenshot('candidate');
  });

  it('shows every race with its standings, its contests and its delegates over time, with the line to win', async () => {
    for (const race of races) {
      await visit(`/data/races/${race.id}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(race.name);
      const standings = page.getByTestId('race-standings').locator('tbody tr');
      expect(await standings.count()).toBe(race.candidates.length);
      for (const [index, candidate] of race.candidates.entries()) {
        const row = standings.nth(index);
        await expect(row.getAttribute('data-candidate-id')).resolves.toBe(candidate.candidateId);
        expect(figure(await row.locator('[data-field="delegates"]').textContent())).toBe(candidate.delegates);
        if (race.delegatesToWin !== null) {
          expect(figure(await row.locator('[data-field="still-needed"]').textContent())).toBe(
            Math.max(0, race.delegatesToWin.value - candidate.delegates),
          );
        }
      }
      const contestRows = page.getByTestId('race-contests').locator('tbody tr');
      expect(await contestRows.count()).toBe(race.contestIds.length);
      for (const [index, id] of race.contestIds.entries()) {
        await expect(contestRows.nth(index).getAttribute('data-contest-id')).resolves.toBe(id);
      }
      if (race.candidates.some((candidate) => candidate.delegates > 0)) {
        expect(
          await page
            .locator('svg.tally-chart-cumulative:visible, figure.tally-chart-cumulative:visible')
            .count(),
        ).toBe(1);
      }
      if (race.candidates.some((candidate) => candidate.delegates > 0)) {
        const chart = (await page.locator('.tally-chart-wide').first().innerHTML()) ?? '';
        if (race.delegatesToWin === null) expect(chart).not.toContain('needed to win');
        else expect(chart).toContain(`${race.delegatesToWin.value.toLocaleString('en-US')} needed to win`);
      }
      const facts = await page.getByTestId('race-facts').textContent();
      if (race.delegatesToWin !== null) expect(facts).toContain(race.delegatesToWin.source.title);
      // The state map: each state with a contest of the race shaded with the winner its contests agree on.
      const expected = expectedStateWinners(summaries.filter((summary) => summary.raceId === race.id));
      const shapes = await mapShapes('tally-map-state', 'data-state');
      for (const shape of shapes) {
        if (expected.has(shape.key))
          expect(shape.winner, `${race.id} ${shape.key}`).toBe(expected.get(shape.key));
        else expect([shape.winner, shape.label], `${race.id} ${shape.key}`).toEqual(['', 'No contest read']);
      }
      expect(shapes.filter((shape) => expected.has(shape.key)).length, `${race.id} shaded`).toBe(
        expected.size,
      );
      expectOneFillPerLabel(shapes, race.id);
    }
    await visit(`/data/races/${races[0]?.id}/`);
    await screenshot('race');
    // One page per contest (or race): minutes on two cores other work shares, not a target.
  }, 600_000);

  it('lists the races on the overview, and offers the results CSV the data package ships', async () => {
    await visit('/data/');
    const rows = page.getByTestId('races').locator('tbody tr');
    expect(await rows.count()).toBe(races.length);
    const href = await page.getByTestId('results-download').getAttribute('href');
    const answer = await fetch(new URL(href ?? '', site.url));
    expect(answer.status).toBe(200);
    const shipped = await readFile(
      fileURLToPath(new URL('../node_modules/@tally/data/dist/results.csv', import.meta.url)),
      'utf8',
    );
    expect(await answer.text()).toBe(await expectedDownload(shipped));
  });

  it("documents every operation of the Worker's OpenAPI document in the API reference", async () => {
    const worker = await loadWorker();
    const answer = await worker.fetch(new Request('http://tally.test/openapi.json'), {}, executionContext);
    const document = (await answer.json()) as {
      info: { title: string };
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.keys(item).filter((method) =>
        ['get', 'head', 'post', 'put', 'patch', 'delete'].includes(method),
      ),
    );
    await visit('/api/');
    await expect(page.locator('main').textContent()).resolves.toContain(document.info.title);
    // One page per operation, besides the pages of the tags that group them.
    const links = page.locator(
      'nav[aria-label="Main"] a[href^="/api/operations/"]:not([href^="/api/operations/tags/"])',
    );
    expect(await links.count()).toBe(operations.length);
    const first = await links.first().getAttribute('href');
    await visit(first ?? '/api/');
    expect(page.url()).toContain('/api/operations/');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(
      Object.keys(document.paths).some((path) => text.includes(`GET${path}`) || text.includes(path)),
    ).toBe(true);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await screenshot('api-reference');
  });

  it('finds a candidate with the site search, and a candidate in a contest by state and name in one query', async () => {
    const name = candidates.find((entry) => entry.kind === 'candidate')?.candidate ?? '';
    const surname = name.split(' ').at(-1) ?? name;
    const search = async (query: string) => {
      await visit('/');
      await page.locator('button[data-open-modal]').first().click();
      const input = page.locator('dialog[open] input.pagefind-ui__search-input');
      await input.fill(query);
      const results = page.locator('dialog[open] .pagefind-ui__result-link');
      await results.first().waitFor({ timeout: 15_000 });
      return results;
    };
    const results = await search(surname);
    expect(await results.count()).toBeGreaterThan(0);
    expect((await results.allTextContents()).join(' | ')).toContain(surname);
    await screenshot('search');
    // "michigan kerry": the contest page of a state, found by its state and one of its candidates together.
    for (const contest of contests.slice(0, 3)) {
      const winner = tallyContest(contest).winner;
      if (winner === null) continue;
      const query = `${contest.state} ${winner.candidate.split(' ').at(-1)}`.toLowerCase();
      const found = await search(query);
      const links = await found.evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links, query).toContain(paths.contest(contest.id));
    }
  });

  it('lets a reader on a phone see every column of every table, and every page without scrolling sideways', async () => {
    const contest = contests[0];
    if (contest === undefined) throw new Error('@tally/data has no contests');
    await page.setViewportSize(phone);
    try {
      await visit(`/data/contests/${contest.id}/`);
      const layout = await page.evaluate(() => {
        const box = document.querySelector('[data-testid="results-table"]') as HTMLElement;
        const charts = [...document.querySelectorAll('svg.tally-chart-vote-share')];
        const chart = charts.find((svg) => svg.getBoundingClientRect().width > 0) as SVGElement;
        const cells = [...box.querySelectorAll('tbody td, tbody th')].map((cell) => {
          const rect = cell.getBoundingClientRect();
          return {
            left: rect.left,
            right: rect.right,
            width: rect.width,
            label: cell.getAttribute('data-label'),
          };
        });
        return {
          viewport: window.innerWidth,
          page: document.documentElement.scrollWidth,
          body: document.body.scrollWidth,
          boxRight: box.getBoundingClientRect().right,
          tableWidth: box.scrollWidth,
          boxWidth: box.clientWidth,
          columns: box.querySelectorAll('thead th').length,
          cells,
          chartRight: chart.getBoundingClientRect().right,
          chartWidth: Number(chart.getAttribute('width')),
          tableFontSize: Number.parseFloat(getComputedStyle(box.querySelector('td') as Element).fontSize),
        };
      });
      expect(layout.page).toBeLessThanOrEqual(layout.viewport);
      expect(layout.body).toBeLessThanOrEqual(layout.viewport);
      expect(layout.boxRight).toBeLessThanOrEqual(layout.viewport);
      expect(layout.chartRight).toBeLessThanOrEqual(layout.viewport);
      // The phone gets the chart drawn for its width, so its labels are not shrunk to fit.
      expect(layout.chartWidth).toBeLessThanOrEqual(layout.viewport);
      // Every column shows: no cell hides past the right edge or in a box that scrolls, each named by its column.
      expect(layout.tableWidth).toBeLessThanOrEqual(layout.boxWidth);
      expect(layout.cells.length).toBe(contest.results.length * layout.columns);
      for (const cell of layout.cells) {
        expect(cell.width).toBeGreaterThan(0);
        expect(cell.left).toBeGreaterThanOrEqual(0);
        expect(cell.right).toBeLessThanOrEqual(layout.viewport);
      }
      const delegates = await page
        .getByTestId('results-table')
        .locator('tbody [data-field="delegates"]')
        .first()
        .isVisible();
      expect(delegates).toBe(true);
      expect(layout.tableFontSize).toBeGreaterThanOrEqual(14);
      await screenshot('contest-phone');
      // Every other kind of page fits the phone too, and no data table scrolls sideways in it.
      const others = [
        '/',
        '/getting-started/',
        '/data/',
        paths.candidate(candidates[0]?.candidateId ?? ''),
        paths.race(races[0]?.id ?? ''),
        '/problems/',
      ];
      for (const path of [...others, '/methodology/', '/data-model/', '/api/']) {
        await visit(path);
        const fit = await page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          stacked: [...document.querySelectorAll('.tally-stack')].map(
            (box) => box.scrollWidth - box.clientWidth,
          ),
        }));
        expect(fit.width, `${path} at ${phone.width}px`).toBeLessThanOrEqual(phone.width);
        expect(
          fit.stacked.every((overflow) => overflow <= 0),
          `${path}: a data table scrolls sideways`,
        ).toBe(true);
      }
      await visit(paths.race(races[0]?.id ?? ''));
      await screenshot('race-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('draws each candidate in one colour on every page and chart', async () => {
    const candidate = [...candidates]
      .filter((entry) => entry.kind === 'candidate')
      .sort(
        (a, b) =>
          b.races.reduce((n, r) => n + r.contests.length, 0) -
          a.races.reduce((n, r) => n + r.contests.length, 0),
      )[0];
    if (candidate === undefined) throw new Error('@tally/data has no candidates');
    const seen = new Map<string, string>();
    const note = (where: string, colour: string | null) => seen.set(where, (colour ?? '').toLowerCase());
    await visit(paths.candidate(candidate.candidateId));
    note(
      'candidate page',
      await page.locator('[data-testid="candidate-facts"] .tally-swatch').getAttribute('data-colour'),
    );
    const barFills = await page
      .locator('.tally-chart-wide svg.tally-chart-candidate-share g[aria-label="bar"] rect')
      .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('fill')));
    for (const fill of barFills) note(`candidate chart ${seen.size}`, fill);
    for (const race of candidate.races) {
      await visit(paths.race(race.raceId));
      note(
        `race ${race.raceId}`,
        await page
          .locator(
            `[data-testid="race-standings"] tr[data-candidate-id="${candidate.candidateId}"] .tally-swatch`,
          )
          .getAttribute('data-colour'),
      );
      for (const entry of race.contests) {
        await visit(paths.contest(entry.contestId));
        note(
          `table ${entry.contestId}`,
          await page
            .locator(
              `[data-testid="results-table"] tr[data-candidate-id="${candidate.candidateId}"] .tally-swatch`,
            )
            .getAttribute('data-colour'),
        );
        const fills = await page
          .locator(`.tally-chart-wide svg.tally-chart-vote-share rect[aria-label^="${candidate.candidate}:"]`)
          .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('fill')));
        for (const fill of fills) note(`vote share ${entry.contestId}`, fill);
        const counties = await page
          .locator(`.tally-map-county path[data-winner="${candidate.candidateId}"]`)
          .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
        for (const fill of counties) note(`county map ${entry.contestId} ${seen.size}`, fill);
      }
      await visit(paths.race(race.raceId));
      const states = await page
        .locator(`.tally-map-state path[data-winner="${candidate.candidateId}"]`)
        .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
      for (const fill of states) note(`state map ${race.raceId} ${seen.size}`, fill);
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(new Set(seen.values()), JSON.stringify(Object.fromEntries(seen))).toEqual(
      new Set([[...seen.values()][0]]),
    );
    // Two candidates are never drawn alike on one contest page.
    for (const contest of contests) {
      const ids = contest.results.filter((row) => row.kind === 'candidate').map((row) => row.candidateId);
      await visit(paths.contest(contest.id));
      const colours = await page
        .locator('[data-testid="results-table"] tbody tr')
        .evaluateAll(
          (rows, wanted) =>
            rows
              .filter((row) => (wanted as string[]).includes(row.getAttribute('data-candidate-id') ?? ''))
              .map((row) => row.querySelector('.tally-swatch')?.getAttribute('data-colour')),
          ids,
        );
      expect(new Set(colours).size, contest.id).toBe(colours.length);
    }
  });

  it('has no broken internal link on any page, and credits Wikipedia and OpenElections on every data page', async () => {
    const { pages, broken, html } = await crawl(site.url, ['/', '/404.html']);
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThan(contests.length + candidates.length);
    const dataPages = [...html.keys()].filter((path) => path.startsWith('/data/'));
    expect(dataPages.sort()).toEqual(
      [
        '/data/',
        ...races.map((race) => `/data/races/${race.id}/`),
        ...contests.map((contest) => `/data/contests/${contest.id}/`),
        ...candidates.map((candidate) => `/data/candidates/${candidate.candidateId}/`),
      ].sort(),
    );
    for (const path of dataPages) {
      expect(html.get(path), path).toContain('CC BY-SA 4.0');
      expect(html.get(path), path).toContain('Wikipedia');
      expect(html.get(path), path).toContain('OpenElections (openelections.net)');
    }
  });

  it('logged no console error, uncaught error or failed request on any page visited', () => {
    expect(problems).toEqual([]);
  });
});
