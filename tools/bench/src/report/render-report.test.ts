import { describe, expect, it } from 'vitest';
import { benchResults } from '../fixtures/results.ts';
import { estimateLimit, type LimitSpec, WORKER_LIMITS } from '../limits.ts';
import { evaluateTargets } from '../targets.ts';
import { renderReport } from './render-report.ts';

const same = (n: number) => ({ lookup: n, tally: n, search: n, revalidate: n });

describe('renderReport', () => {
  const r = benchResults({ floor: 10_000, worker: same(8_000), json: same(2_000), p99: 6 });
  const text = renderReport(r, evaluateTargets(r));

  it('states the machine, the versions and the command to reproduce', () => {
    expect(text).toContain('| CPU                                  | Test CPU, 2 cores |');
    expect(text).toContain('| workerd | 1.20261117.1 |');
    expect(text).toContain('Reproduce: `npm run bench`');
  });

  it('marks each target met or missed, and says what bounds a missed one', () => {
    expect(text).toMatch(/\| Lookup throughput against the floor +\| .+ \| missed \|/);
    expect(text).toMatch(/\| Lookup throughput against json-server +\| .+ \| met +\|/);
    expect(text).toContain(
      '- **Lookup throughput against the floor**: At 64 connections workerd spends 125 µs',
    );
  });

  it('shows the lookup-sized floor beside the floor when the run measured it, with its ratio to the floor', () => {
    const sized = benchResults({
      floor: 10_000,
      sized: 8_500,
      worker: same(8_000),
      json: same(2_000),
      p99: 6,
    });
    const report = renderReport(sized, evaluateTargets(sized)).replace(/ {2,}/g, ' ');
    expect(report).toContain(
      "| 64 | floor, lookup-sized (the lookup's answer as a constant) | 8,500 | | 0.85x | 3.00 / 6.00 | | 118 | |",
    );
    expect(text).not.toContain('lookup-sized (the');
  });

  it('gives parse + audit time against document size, shape by shape, with k', () => {
    const flat = text.replace(/ {2,}/g, ' ');
    expect(flat).toContain('## Parse time against document size');
    expect(flat).toContain(
      '| rows | 0.78 ms + 0.08 ms gc | 3.13 ms + 0.31 ms gc | 12.5 ms + 1.25 ms gc | 50.0 ms + 5.00 ms gc | 100 ms + 10.0 ms gc | 200 ms + 20.0 ms gc | 1.00 | 1.00 | 5 rows, 0 findings |',
    );
  });

  it('gives the peak memory of one document shape by shape, against its size', () => {
    const flat = text.replace(/ {2,}/g, ' ');
    expect(flat).toContain('## Peak memory of one document');
    expect(flat).toContain(
      '| rows | 3.8 MiB | 30.0 MiB | 8.0x | 15.0 MiB (4.0x) | 100 | 900 ms | 5 rows, 0 findings |',
    );
  });

  it('gives the start-up CPU wrangler check startup measured, with its bundle', () => {
    expect(text).toContain(
      '7 runs: median **8.00 ms** (6.0, 7.0, 8.0, 8.0, 9.0, 9.0, 12.0 ms), bundle 377.0 KiB (112.3 KiB gzip)',
    );
  });

  it('puts the Worker, the floor and json-server side by side with their ratios', () => {
    expect(text).toContain(
      '| 64    | contest lookup         | 8,000        | 2,000             | 0.80x          | 3.00 / 6.00         | 3.00 / 6.00              | 125               | 4.00x                |',
    );
  });

  it('credits Wikipedia for the seed documents', () => {
    expect(text).toContain('English Wikipedia articles (CC BY-SA 4.0)');
  });

  it('says where parse + audit spends its time', () => {
    expect(text).toContain('- by area: core audit 60%, core parse 30%');
  });
});

describe('renderReport limits', () => {
  it('gives each Workers limit with the contests at which the bundle reaches it', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.limits = [
      estimateLimit(WORKER_LIMITS[0] as LimitSpec, [
        { contests: 10, value: 700_000 },
        { contests: 1000, value: 9_000_000 },
      ]),
    ];
    const text = renderReport(r, evaluateTargets(r));
    expect(text).toContain('### Where bundled data stops fitting a Worker');
    expect(text).toContain(
      '| Worker size, 64 MiB uncompressed (Free and Paid) | bundle size     | 8,384 B     | 601.7 KiB     | **7,931 contests** | 1,000 (8.6 MiB) | none measured |',
    );
  });
});

describe('renderReport targets measured in part', () => {
  it('says a target was measured in part rather than not at all', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.lookupScale.pop();
    const text = renderReport(r, evaluateTargets(r));
    expect(text).toMatch(/\| Lookup cost against data size +\| .+ \| not judged: measured in part \|/);
  });
});

describe('renderReport lookups against size', () => {
  const r = benchResults({ floor: 10_000, worker: same(8_000), json: same(2_000), p99: 6 }, [9_000, 8_000]);
  const text = renderReport(r, evaluateTargets(r));

  it('puts the one-id and distinct-id lookups of both stores side by side, with what the replay cache held', () => {
    expect(text).toContain(
      '| 4        | bundled | 4          | 5 held (48.8 KiB): all 4 replayed        | 9,500        | 9,500              | 10,000      | 1.00 / 2.00         | 1.00 / 2.00               | 105 / 105 / 100                           |',
    );
    expect(text).toContain(
      '| 100,000  | D1      | 2,000      | 790 held (7.5 MiB): every request missed | 9,500        | 8,000              | 10,000      | 1.00 / 2.00         | 1.00 / 2.00               | 105 / 125 / 100                           |',
    );
  });

  it("gives each corpus's D1 load, database size and lookups against the floor in the same process", () => {
    expect(text).toContain("### The D1 Worker (miniflare's local D1)");
    expect(text).toMatch(
      /\| 100,000 +\| 100,000 +\| 189 +\| 1\.26 GiB \| 100,000 +\| 150000 ms \| 1\.40 GiB +\|/,
    );
    expect(text).toContain(
      '| 100,000 | 10,000      | 7,000               | 9,500        | 8,000              | 1.00 / 2.00         | 1.00 / 2.00               | 100 / 143 / 105 / 125                                     | 31                            |',
    );
  });

  it("says who holds the D1 Worker's sockets and what the entry Worker costs over the direct socket", () => {
    expect(text).toContain(
      "Both sockets belong to workerd (pid 200), not to miniflare's Node process (pid 100), which spent 0.4 µs of CPU per request",
    );
    expect(text).toContain(
      'which costs 231 µs of CPU per request more than the direct socket (0.31x of its req/s)',
    );
  });
});
