import type { FuzzRequest, Origin } from './check-response.ts';

/** The counts of a fuzz run: what was sent, what came back from whom, and what broke a promise. */
export type FuzzStats = {
  sent: number;
  byTransport: Record<string, number>;
  /** `worker 404`, `runtime 501`: who answered, with which status, how often. */
  byAnswer: Record<string, number>;
  /** Requests that carried the run's marker to the Worker (not refused by workerd). */
  markerToWorker: number;
  failures: number;
  /** The first few requests that broke a promise, with what they broke. */
  firstFailures: string[];
};

export function emptyStats(): FuzzStats {
  return { sent: 0, byTransport: {}, byAnswer: {}, markerToWorker: 0, failures: 0, firstFailures: [] };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts one request and its answer (null: no answer at all, a failure). */
export function record(
  stats: FuzzStats,
  request: FuzzRequest,
  answer: { origin: Origin; status: number } | null,
  violations: readonly string[],
  carriedMarker = false,
): void {
  stats.sent++;
  if (carriedMarker && answer?.origin === 'worker') stats.markerToWorker++;
  bump(stats.byTransport, request.transport);
  bump(stats.byAnswer, answer ? `${answer.origin} ${answer.status}` : 'no answer');
  if (violations.length > 0 || answer === null) {
    stats.failures++;
    if (stats.firstFailures.length < 5) {
      const target = request.target.length > 120 ? `${request.target.slice(0, 120)}...` : request.target;
      stats.firstFailures.push(`${request.method} ${JSON.stringify(target)}: ${violations.join('; ')}`);
    }
  }
}

/** The answers, most frequent first, as `worker 200: 1234` lines. */
export function answerLines(stats: FuzzStats): string[] {
  return Object.entries(stats.byAnswer)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([answer, count]) => `${answer}: ${count}`);
}

/** Answers with a 5xx status, by who sent them. */
export function serverErrors(stats: FuzzStats): { worker: number; runtime: number } {
  let worker = 0;
  let runtime = 0;
  for (const [answer, count] of Object.entries(stats.byAnswer)) {
    const [origin, status] = answer.split(' ');
    if (!(Number(status) >= 500)) continue;
    if (origin === 'worker') worker += count;
    else runtime += count;
  }
  return { worker, runtime };
}
