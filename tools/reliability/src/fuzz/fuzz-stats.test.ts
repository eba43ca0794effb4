import { expect, test } from 'vitest';
import type { FuzzRequest } from './check-response.ts';
import { answerLines, emptyStats, record, serverErrors } from './fuzz-stats.ts';

const request = (method: string, transport: 'http' | 'raw' = 'http'): FuzzRequest => ({
  transport,
  method,
  target: '/v1/contests',
  headers: {},
  knownPath: true,
  runtimeMayRefuse: false,
});

test('counts requests by transport and answers by who sent them and with which status', () => {
  const stats = emptyStats();
  record(stats, request('GET'), { origin: 'worker', status: 200 }, []);
  record(stats, request('GET'), { origin: 'worker', status: 200 }, []);
  record(stats, request('get', 'raw'), { origin: 'runtime', status: 501 }, []);
  record(stats, request('POST'), { origin: 'worker', status: 405 }, [], true);
  record(stats, request('POST', 'raw'), { origin: 'runtime', status: 400 }, [], true);
  expect(stats.sent).toBe(5);
  expect(stats.byTransport).toEqual({ http: 3, raw: 2 });
  expect(answerLines(stats)).toEqual(['worker 200: 2', 'runtime 400: 1', 'runtime 501: 1', 'worker 405: 1']);
  expect(stats.markerToWorker).toBe(1);
  expect(serverErrors(stats)).toEqual({ worker: 0, runtime: 1 });
  expect(stats.failures).toBe(0);
});

test('counts a broken promise or a missing answer as a failure and keeps the first few', () => {
  const stats = emptyStats();
  record(stats, request('GET'), { origin: 'worker', status: 500 }, ['a 500 from the Worker']);
  record(stats, request('HEAD'), null, ['no answer: socket hang up']);
  expect(stats.failures).toBe(2);
  expect(stats.byAnswer).toEqual({ 'worker 500': 1, 'no answer': 1 });
  expect(stats.firstFailures).toEqual([
    'GET "/v1/contests": a 500 from the Worker',
    'HEAD "/v1/contests": no answer: socket hang up',
  ]);
  expect(serverErrors(stats)).toEqual({ worker: 1, runtime: 0 });
});
