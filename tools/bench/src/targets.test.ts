import { describe, expect, it } from 'vitest';
import {
  benchResults,
  cellResult,
  distinctLookup,
  lookupRow,
  memoryPoint,
  scaling,
  throughput,
} from './fixtures/results.ts';
import { estimateLimit, type LimitSpec, WORKER_LIMITS } from './limits.ts';
import { evaluateTargets, flatRows, missedReplays } from './targets.ts';

const same = (n: number) => ({ lookup: n, tally: n, search: n, revalidate: n });

describe('evaluateTargets', () => {
  it('meets every target when the figures clear them', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    const targets = evaluateTargets(r);
    expect(targets.map((t) => [t.name, t.met])).toEqual([
      ['Lookup throughput against the floor', true],
      ['Lookup throughput against json-server', true],
      ['p99 latency at 64 connections', true],
      ['Parse and audit throughput', true],
      ['Worker start-up at seed scale', true],
      ['Lookup cost against data size', true],
      ['Parse time against document size', true],
      ['Peak memory of a 4 MiB document', true],
    ]);
    expect(targets[0]?.measured).toBe('0.95x / 0.95x / 0.95x at 1 / 16 / 64 connections (4 contests)');
    expect(targets.every((t) => t.bound === null)).toBe(true);
  });

  it('misses the floor target below 0.9x and says how much more CPU a lookup costs', () => {
    const r = benchResults({ floor: 10_000, worker: same(8_000), json: same(2_000), p99: 6 });
    const [floor] = evaluateTargets(r);
    expect(floor?.met).toBe(false);
    expect(floor?.bound).toContain('125 µs of CPU per lookup against 100 µs per constant 3-byte response');
    expect(floor?.bound).toContain('writing a 812-byte body');
  });

  it("splits a missed floor target into sending the lookup's answer and finding it", () => {
    const r = benchResults({ floor: 10_000, sized: 8_500, worker: same(8_000), json: same(2_000), p99: 6 });
    const [floor] = evaluateTargets(r);
    expect(floor?.met).toBe(false);
    expect(floor?.bound).toContain("sending the lookup's response itself (its 812-byte body and its headers");
    expect(floor?.bound).toContain('costs 118 µs, so 18 µs of the gap is the size of the answer and 7 µs');
    expect(floor?.bound).toContain('against a floor of its own size the target asks for a smaller answer');
  });

  it('puts the whole gap on the size of the answer when the lookup costs no more than a constant of its size', () => {
    const r = benchResults({ floor: 10_000, sized: 7_500, worker: same(8_000), json: same(2_000), p99: 6 });
    const bound = evaluateTargets(r)[0]?.bound ?? '';
    expect(bound).toContain(
      'costs 133 µs, as much as the lookup or more, so the whole gap is the size of the answer',
    );
    expect(bound).not.toMatch(/ -\d/);
  });

  it('does not blame the size of the answer when sending it fits within 0.9x of the floor', () => {
    const r = benchResults({ floor: 10_000, sized: 9_800, worker: same(8_000), json: same(2_000), p99: 6 });
    const bound = evaluateTargets(r)[0]?.bound ?? '';
    expect(bound).toContain('costs 102 µs, so 2 µs of the gap is the size of the answer and 23 µs');
    expect(bound).not.toContain('asks for a smaller answer');
  });

  it('misses json-server by less than 3x', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(4_000), p99: 6 });
    expect(evaluateTargets(r)[1]).toMatchObject({
      met: false,
      measured: '2.38x / 2.38x / 2.38x at 1 / 16 / 64 connections (4 contests)',
    });
  });

  it("explains a p99 over 10 ms with Little's law", () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 12 });
    const p99 = evaluateTargets(r)[2];
    expect(p99?.met).toBe(false);
    expect(p99?.measured).toBe('lookup 12.0 ms, tally 12.0 ms, search 12.0 ms, revalidate 12.0 ms');
    expect(p99?.bound).toContain('64 / throughput');
    expect(p99?.bound).toContain('6.74 ms mean');
  });

  it('judges parse speed by the slowest corpus', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.throughput.push({ scale: '100000', contests: 100_000, ok: true, value: throughput(40) });
    const parse = evaluateTargets(r)[3];
    expect(parse?.met).toBe(false);
    expect(parse?.measured).toBe('40.0 MB/s at 100000, 1/22.5 of the floor (best 60.0 MB/s at seed, 1/15.0)');
    expect(parse?.bound).toContain('the audit takes 33% of parse + audit time');
    expect(parse?.bound).toContain("50 MB/s is 1/18.0 of this run's floor");
  });

  it('misses start-up when the median Active figure of wrangler check startup is over 10 ms, and names the bundle', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.checkStartup = {
      runs: 5,
      activeMs: [14, 11, 12, 30, 9],
      medianMs: 12,
      rawBytes: 400_000,
      gzipBytes: 90_000,
    };
    r.limits = [
      estimateLimit(WORKER_LIMITS[3] as LimitSpec, [
        { contests: 4, value: 101.6 },
        { contests: 1000, value: 500 },
      ]),
    ];
    const startup = evaluateTargets(r)[4];
    expect(startup?.met).toBe(false);
    expect(startup?.measured).toContain('12.0 ms (median of 5: 9.0, 11.0, 12.0, 14.0, 30.0 ms)');
    expect(startup?.measured).toContain('bundle 390.6 KiB (87.9 KiB gzip)');
    expect(startup?.measured).toContain('a cold first lookup 6.00 ms');
    expect(startup?.bound).toContain('takes 12.0 ms of CPU with a bundle 390.6 KiB');
    expect(startup?.bound).toContain('about 1.60 ms for the seed');
  });

  it('meets start-up on the global scope alone, however long the first lookup takes', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    const bundle = r.bundles[0];
    if (bundle?.ok)
      bundle.value.startup = {
        runs: 7,
        emptyMs: 28,
        firstLookupMs: 70,
        attributableMs: 42,
        scriptMs: 36,
        scriptAttributableMs: 8,
        rssBytes: null,
        emptyRssBytes: null,
      };
    const startup = evaluateTargets(r)[4];
    expect(startup?.met).toBe(true);
    expect(startup?.bound).toBeNull();
  });

  it('does not judge start-up without the wrangler check startup figure', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    delete r.checkStartup;
    expect(evaluateTargets(r)[4]).toMatchObject({ met: null, measured: 'not measured' });
    r.checkStartup = { error: 'wrangler check startup exited with 1' };
    expect(evaluateTargets(r)[4]).toMatchObject({ met: null, bound: 'wrangler check startup exited with 1' });
  });
});

describe('Peak memory of a 4 MiB document', () => {
  const rates = { floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 };
  const memoryOf = (r: ReturnType<typeof benchResults>) => evaluateTargets(r)[7];

  it('meets the target when every shape peaks at 16x its size or less, and gives each', () => {
    const target = memoryOf(benchResults(rates));
    expect(target?.met).toBe(true);
    expect(target?.measured).toContain('rows 30.0 MiB (8.0x of 3.8 MiB)');
    expect(target?.measured).toContain('long line 30.0 MiB');
  });

  it('misses on a shape over 16x and says how much of it the output alone holds', () => {
    const r = benchResults(rates);
    r.memory = [
      { shape: 'rows', ok: true, value: memoryPoint('rows', 22, 20) },
      { shape: 'tables', ok: true, value: memoryPoint('tables', 17, 9) },
      { shape: 'prose', ok: true, value: memoryPoint('prose', 3) },
    ];
    const target = memoryOf(r);
    expect(target?.met).toBe(false);
    expect(target?.bound).toContain(
      'rows: the contest and its findings alone, held after the audit, are 75.0 MiB (20.0x)',
    );
    expect(target?.bound).toContain('which is over the limit by itself');
    expect(target?.bound).toContain(
      'tables: the contest and its findings alone, held after the audit, are 33.8 MiB (9.0x)',
    );
    expect(target?.bound).toContain('the rest, 30.0 MiB, is working memory');
    expect(target?.bound).not.toContain('prose');
  });

  it('is not judged when no shape was measured, and says why', () => {
    const r = benchResults(rates);
    delete r.memory;
    expect(memoryOf(r)).toMatchObject({ met: null, measured: 'not measured' });
    r.memory = [{ shape: 'rows', ok: false, error: 'memory.ts exited with 134' }];
    expect(memoryOf(r)).toMatchObject({ met: null, bound: 'memory.ts exited with 134' });
  });

  it('misses when a measured shape is over, even if another failed', () => {
    const r = benchResults(rates);
    r.memory = [
      { shape: 'rows', ok: true, value: memoryPoint('rows', 20) },
      { shape: 'tables', ok: false, error: 'memory.ts exited with 134' },
    ];
    expect(memoryOf(r)?.met).toBe(false);
    r.memory = [
      { shape: 'rows', ok: true, value: memoryPoint('rows', 10) },
      { shape: 'tables', ok: false, error: 'memory.ts exited with 134' },
    ];
    expect(memoryOf(r)?.met).toBeNull();
  });
});

describe('Lookup cost against data size', () => {
  const rates = { floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 };
  const flatOf = (r: ReturnType<typeof benchResults>) => evaluateTargets(r)[5];

  it('judges distinct-id lookups of each store against its own smallest corpus that misses the replay cache', () => {
    const flat = flatOf(benchResults(rates, [9_000, 8_500]));
    expect(flat?.met).toBe(true);
    expect(flat?.measured).toBe(
      'bundled 1,000: 111 µs; D1 100,000: 118 µs (1.06x of D1 at 1,000, 111 µs) (server CPU per distinct-id lookup; bundled where the bundle fits 64 MiB, D1 past it; at 4 contests every id fits the replay cache, so those lookups are replays and not judged)',
    );
  });

  it('keeps the D1 Worker flat when it costs more than the bundled one at every size', () => {
    const r = benchResults(rates);
    const [, bundled, d1Small, d1Large] = r.lookupScale;
    if (bundled?.distinct) bundled.distinct.result = cellResult(9_000, 2, 100);
    if (d1Small?.distinct) d1Small.distinct.result = cellResult(3_000, 2, 300);
    if (d1Large?.distinct) d1Large.distinct.result = cellResult(2_900, 2, 320);
    expect(flatOf(r)?.met).toBe(true);
  });

  it('keeps lookups flat when only the throughput moves, with the CPU per lookup unchanged', () => {
    const r = benchResults(rates);
    const last = r.lookupScale[3];
    if (last?.distinct) last.distinct.result = cellResult(4_000, 2, 115);
    expect(flatOf(r)?.met).toBe(true);
  });

  it('misses when the CPU per lookup grows, and sets the growth beside the floor and the D1 round trip', () => {
    const flat = flatOf(benchResults(rates, [9_000, 4_000]));
    expect(flat?.met).toBe(false);
    expect(flat?.bound).toContain(
      'Over D1, server CPU per distinct-id lookup grows from 111 µs at 1,000 contests to 250 µs at 100,000 (2.25x, +139 µs).',
    );
    expect(flat?.bound).toContain(
      'In the same processes the floor went from 100 to 100 µs and one D1 round trip (`SELECT 1`) from 143 to 143 µs, and a replayed lookup of one id from 105 to 105 µs.',
    );
    expect(flat?.bound).toContain('Of the +139 µs, 35 µs is kernel time');
    expect(flat?.bound).toContain('the database from 14.3 MiB to 1.40 GiB');
  });

  it('puts all the growth in user time when kernel time did not grow', () => {
    const r = benchResults(rates, [9_000, 4_000]);
    const last = r.lookupScale[3]?.distinct?.result;
    if (last) last.serverSystemCpuUsPerRequest = 20;
    expect(flatOf(r)?.bound).toContain(
      'Kernel time did not grow (system CPU, 28 to 20 µs: sockets, and reading the database file where SQLite does not hold its pages): all of it is user time',
    );
  });

  it('leaves flatness unjudged when the largest corpus could not be served', () => {
    const r = benchResults(rates);
    r.lookupScale[3] = { ...lookupRow('100000', 100_000, 'd1', 0), distinct: null, error: 'no data build' };
    const flat = flatOf(r);
    expect(flat?.met).toBeNull();
    expect(flat?.bound).toContain('Measured only up to 1,000 contests (100000, D1: no data build)');
  });

  it('is not measured when every corpus fits the replay cache', () => {
    const r = benchResults(rates);
    r.lookupScale = [lookupRow('seed', 4, 'bundled', 9_500, true)];
    expect(flatOf(r)).toMatchObject({ measured: 'not measured', met: null });
    expect(flatOf(r)?.bound).toContain('Every measured corpus fits the replay cache');
  });
});

describe('flatRows', () => {
  it('takes the bundled row while the bundle fits 64 MiB, and the D1 row past it', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.bundles.push({
      scale: '10000',
      contests: 10_000,
      ok: true,
      value: {
        rawBytes: 90 * 1024 * 1024,
        gzipBytes: 16e6,
        buildMs: 9000,
        wranglerReport: null,
        startup: null,
      },
    });
    r.lookupScale.push(lookupRow('10000', 10_000, 'bundled', 8_000), lookupRow('10000', 10_000, 'd1', 8_000));
    expect(flatRows(r).map((x) => `${x.scale} ${x.store}`)).toEqual([
      'seed bundled',
      '1000 bundled',
      '10000 d1',
      '100000 d1',
    ]);
  });
});

describe('missedReplays', () => {
  it('says every request missed when the cache held fewer answers than the ids cycled', () => {
    expect(missedReplays(distinctLookup(2000, 780))).toBe(true);
    expect(missedReplays(distinctLookup(4, 5))).toBe(false);
  });

  it('cannot tell without the cell or the cache figure', () => {
    expect(missedReplays(null)).toBeNull();
    expect(missedReplays({ ...distinctLookup(2000, 780), replayEntries: null })).toBeNull();
  });
});

describe('the parse time target', () => {
  const scalingOf = (r: ReturnType<typeof benchResults>) => evaluateTargets(r)[6];

  it('calls linear growth linear and gives k and the span for each shape', () => {
    const target = scalingOf(benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 }));
    expect(target?.met).toBe(true);
    expect(target?.measured).toContain(
      'rows k = 1.00 (256.0 KiB in 12.5 ms to 4.0 MiB in 200 ms; 1.00 with garbage collection)',
    );
    expect(target?.measured).toContain('long line k = 1.00');
  });

  it('misses on a shape whose time grows faster than size^1.1, and names it', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    r.scaling = [...scaling(1, ['rows', 'prose', 'tables']), ...scaling(1.6, ['long line'])];
    const target = scalingOf(r);
    expect(target?.met).toBe(false);
    expect(target?.measured).toContain('long line k = 1.60');
    expect(target?.bound).toContain(
      'Documents that grow by long line take time as size^1.60, garbage collection aside',
    );
    r.scaling = [...scaling(1, ['rows', 'prose', 'tables']), ...scaling(1.15, ['long line'])];
    expect(scalingOf(r)?.met).toBe(false);
    r.scaling = [...scaling(1, ['rows', 'prose', 'tables']), ...scaling(1.08, ['long line'])];
    expect(scalingOf(r)?.met).toBe(true);
  });

  it('judges the work, not the garbage collection, which is reported beside it', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    // Linear work; collection that grows as size^2 (a runtime's cost, not the parser's).
    r.scaling = scaling(1).map(({ shape, points }) => ({
      shape,
      points: points.map((p) => {
        const gcMs = 2 * (p.bytes / 2 ** 20) ** 2;
        return { ...p, gcMs, ms: (p.workMs ?? 0) + gcMs };
      }),
    }));
    const target = scalingOf(r);
    expect(target?.met).toBe(true);
    expect(target?.measured).toMatch(/rows k = 1\.00 \(.*; 1\.\d\d with garbage collection\)/);
    expect(target?.measured).not.toContain('1.00 with garbage collection');
  });

  it('is not judged on a run that did not measure it, or whose step failed', () => {
    const r = benchResults({ floor: 10_000, worker: same(9_500), json: same(2_000), p99: 6 });
    delete r.scaling;
    expect(scalingOf(r)).toMatchObject({ met: null, measured: 'not measured' });
    r.scaling = { error: 'scaling.ts exited with 1' };
    expect(scalingOf(r)).toMatchObject({ met: null, bound: 'scaling.ts exited with 1' });
  });
});
