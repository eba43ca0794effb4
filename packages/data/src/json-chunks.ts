/**
 * The text `toJson(value)` gives, in pieces of about `limit` values each, for a value too big to be one
 * string: a part holding more values is opened up, and runs of smaller elements of an array are each
 * one `JSON.stringify` piece (the fastest way to write many small values).
 */
export function* jsonChunks(value: unknown, limit = 4096): Generator<string> {
  yield* chunksOf(value, '', limit);
  yield '\n';
}

/** How `toJson([...])` places an element: its JSON indented one level, ready for `jsonArray`. */
export function arrayElement(value: unknown): string {
  return indented(JSON.stringify(value, null, 2), '  ');
}

/** `toJson` of an array from elements already rendered by `arrayElement`, made one at a time. */
export function* jsonArray(elements: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let first = true;
  for (const element of elements) {
    yield first ? '[\n  ' : ',\n  ';
    yield element;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** JSON text moved right by `indent`: JSON.stringify escapes line breaks in strings, so each is between tokens. */
export const indented = (json: string, indent: string) =>
  indent === '' ? json : json.replaceAll('\n', `\n${indent}`);

const opens = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !('toJSON' in value);

/** `budget` less the values `value` holds, counted only until the budget is spent (then negative). */
function remaining(value: unknown, budget: number): number {
  let left = budget - 1;
  if (!opens(value)) return left;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    left = remaining(v, left);
    if (left < 0) break;
  }
  return left;
}

/** What JSON.stringify leaves out of an object. */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function* chunksOf(value: unknown, indent: string, limit: number): Generator<string> {
  if (!opens(value) || remaining(value, limit) >= 0) {
    yield indented(JSON.stringify(value, null, 2), indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    let separator = `[\n`;
    let run: unknown[] = [];
    let budget = limit;
    function* writeRun() {
      if (run.length === 0) return;
      // "[\n  a,\n  b\n]" less its brackets is the run's elements, indented as they stand in the array.
      const json = JSON.stringify(run, null, 2);
      yield `${separator}${indent}${indented(json.slice(2, -2), indent)}`;
      separator = ',\n';
      run = [];
      budget = limit;
    }
    for (const element of value) {
      const left = remaining(element, budget);
      if (left >= 0) {
        run.push(element);
        budget = left;
        continue;
      }
      yield* writeRun();
      if (remaining(element, limit) >= 0) {
        run.push(element);
        budget = remaining(element, limit);
        continue;
      }
      yield `${separator}${inner}`;
      separator = ',\n';
      yield* chunksOf(element, inner, limit);
    }
    yield* writeRun();
    yield `\n${indent}]`;
    return;
  }
  let separator = '{';
  for (const [key, v] of Object.entries(value)) {
    if (omitted(v)) continue;
    yield `${separator}\n${inner}${JSON.stringify(key)}: `;
    separator = ',';
    yield* chunksOf(v, inner, limit);
  }
  yield separator === '{' ? '{}' : `\n${indent}}`;
}
