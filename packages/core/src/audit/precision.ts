function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** The number of decimals a figure was written with: `50.82` has 2, `100%` has 0. */
export function decimalsOf(raw: string | null, value: number): number {
  const text = raw ?? String(value);
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isDigit(text[dot - 1]) || !isDigit(text[dot + 1])) continue;
    let end = dot + 1;
    while (isDigit(text[end])) end++;
    return end - dot - 1;
  }
  return 0;
}

/** The power of ten a whole figure was rounded to, as negative decimals: `9,500` gives -2, `84,818` gives 0. */
export function wholePrecisionOf(raw: string): number {
  const digits = [...raw].filter((char) => isDigit(char) || char === '.').join('');
  if (digits.includes('.')) return decimalsOf(digits, 0);
  let zeros = 0;
  while (zeros < digits.length && digits[digits.length - 1 - zeros] === '0') zeros++;
  return zeros === 0 || zeros === digits.length ? 0 : -zeros;
}

/**
 * True when `stated`, written with `decimals` decimals, is `exact` rounded to the nearest unit at that
 * precision (either way at a half): rounding is not an error, a wrong figure is.
 */
export function agreesAtPrecision(exact: number, stated: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const units = exact * scale;
  const statedUnits = Math.round(stated * scale);
  const epsilon = 1e-9 * Math.max(1, Math.abs(units));
  return Math.abs(units - statedUnits) <= 0.5 + epsilon;
}

/** True when two stated figures can be the same number: the finer one, rounded to the coarser precision, gives the coarser. */
export function statedFiguresAgree(a: number, aDecimals: number, b: number, bDecimals: number): boolean {
  return aDecimals >= bDecimals ? agreesAtPrecision(a, b, bDecimals) : agreesAtPrecision(b, a, aDecimals);
}

/** Formats a share in percent for messages, to the given decimals. */
export function formatPercent(value: number, decimals: number): string {
  return `${value.toFixed(Math.max(0, decimals))}%`;
}

// Built once: `toLocaleString` with options builds a new ICU formatter on every call.
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** Formats a count with thousands separators for messages. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return COUNT_FORMAT.format(value);
  // Whole counts, the usual case, are grouped by hand: ICU formatting is slow even when built once.
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = out.length; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${out}` : out;
}
