const REAL = Symbol('the statement D1 made');

type Counted = D1PreparedStatement & { [REAL]: D1PreparedStatement };

/**
 * `db` counting its round trips: each `all`, `first`, `raw`, `run` of a statement, each `batch` and each
 * `exec` is one request to D1, however many statements it carries.
 */
export function countRoundTrips(db: D1Database): { db: D1Database; count: () => number; reset: () => void } {
  let trips = 0;
  const trip = <T>(send: () => T): T => {
    trips++;
    return send();
  };
  const wrap = (statement: D1PreparedStatement): Counted => {
    const counted = {
      [REAL]: statement,
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      all: () => trip(() => statement.all()),
      first: (column?: string) =>
        trip(() => (column === undefined ? statement.first() : statement.first(column))),
      raw: () => trip(() => statement.raw()),
      run: () => trip(() => statement.run()),
    };
    return counted as unknown as Counted;
  };
  const counting = {
    prepare: (sql: string) => wrap(db.prepare(sql)),
    batch: (statements: D1PreparedStatement[]) =>
      trip(() => db.batch(statements.map((s) => (s as Counted)[REAL]))),
    exec: (sql: string) => trip(() => db.exec(sql)),
  };
  return {
    db: counting as unknown as D1Database,
    count: () => trips,
    reset: () => {
      trips = 0;
    },
  };
}
