/** The one JSON form the package ships: two-space indent, a trailing newline, nothing else. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
