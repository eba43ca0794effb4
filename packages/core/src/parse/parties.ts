/** The parties that hold presidential nominating contests, by the words documents name them with. */
export const PARTIES: readonly (readonly [RegExp, string])[] = [
  [/\bdemocrat/i, 'Democratic'],
  [/\brepublican|\bGOP\b/i, 'Republican'],
  [/\blibertarian/i, 'Libertarian'],
  [/\bgreen party|\bgreen (?:presidential|primar|caucus)/i, 'Green'],
  [/\breform party|\breform (?:presidential|primar|caucus)/i, 'Reform'],
  [/\bconstitution party|\bconstitution (?:presidential|primar|caucus)/i, 'Constitution'],
];

/** The first party a text names, by its usual name; null when it names none. */
export function partyIn(text: string): string | null {
  return PARTIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Every party a text names, by their usual names. */
export function partiesIn(text: string): string[] {
  return PARTIES.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}
