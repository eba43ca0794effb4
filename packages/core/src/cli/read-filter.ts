import { ContestFilter } from '../schema/index.js';

const EXPECTED: Record<string, string> = {
  race: 'a race id such as 2004-democratic',
  year: 'a year such as 2004',
  from: 'a date such as 2004-02-03',
  to: 'a date such as 2004-03-02',
  type: 'caucus or primary',
};

/**
 * The ContestFilter of the tally's options (`--race --year --state --party --type --from --to`), or what is
 * wrong with one of them, naming the option and what it expects.
 */
export function readFilter(
  values: Record<string, string | boolean | undefined>,
): { ok: true; filter: ContestFilter } | { ok: false; problem: string } {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const year = text('year');
  if (year !== undefined && !/^\d{4}$/.test(year)) {
    return { ok: false, problem: `--year expects ${EXPECTED.year}; got "${year}".` };
  }
  const race = text('race');
  if (race !== undefined && !/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(race)) {
    return { ok: false, problem: `--race expects ${EXPECTED.race}; got "${race}".` };
  }
  const raw = {
    race,
    year: year === undefined ? undefined : Number(year),
    state: text('state'),
    party: text('party'),
    type: text('type'),
    from: text('from'),
    to: text('to'),
  };
  const parsed = ContestFilter.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]?.path[0]);
    return {
      ok: false,
      problem: `--${key} expects ${EXPECTED[key] ?? 'another value'}; got "${text(key)}".`,
    };
  }
  const { from, to } = parsed.data;
  if (from !== undefined && to !== undefined && from > to) {
    return { ok: false, problem: `--from ${from} is after --to ${to}: no contest could match.` };
  }
  return { ok: true, filter: parsed.data };
}

/** `year 2004, type caucus`: the filter as the readable output names it. */
export function describeFilter(filter: ContestFilter): string {
  return Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
