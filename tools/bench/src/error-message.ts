/** What was thrown, as text for a log or report line. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
