/** The parties that hold presidential nominating contests, by the words documents name them with. */
export const PARTIES: readonly (readonly [RegExp, string])[] = [
  [/\bdemocrat/i, 'Democratic'],
  [/\brepublican|\bGOP\b/i, 'Republican'],
  [/\blibertarian/i, 'Libertarian'],
  [/\bgreen party|\bgreen (?:presidential|primar|caucus)/i, 'Green'],
  [/\breform party|\breform (?:presidential|primar|caucus)/i, 'Reform'],
  [/\bconstitution party|\bconstitution (?:presidential|primar|caucus)/i, 'Constitution'],
];

/**
 * A word every pattern of PARTIES needs, matched the same way (case-insensitively, without the `u`
 * flag): a text without any names no party, so the patterns are run only on the few that have one.
 */
const PARTY_WORD = /democrat|republican|gop|libertarian|green|reform|constitution/i;

/** The first party a text names, by its usual name; null when it names none. */
export function partyIn(text: string): string | null {
  if (!PARTY_WORD.test(text)) return null;
  return PARTIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

const NONE: readonly string[] = [];

/** Every party a text names, by their usual names. */
export function partiesIn(text: string): readonly string[] {
  if (!PARTY_WORD.test(text)) return NONE;
  return PARTIES.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}
