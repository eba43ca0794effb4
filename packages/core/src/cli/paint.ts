const CODES = { red: 31, yellow: 33, cyan: 36, bold: 1 } as const;

export type Colour = keyof typeof CODES;

/** Wraps text in an ANSI colour when colour is on; plain text otherwise. */
export function paint(on: boolean, colour: Colour, text: string): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
