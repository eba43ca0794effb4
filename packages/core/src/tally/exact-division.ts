/**
 * The whole part and the remainder of `numerator / denominator` (denominator > 0), `0 <= rest <
 * denominator`. Exact for integers below 2^53: the float quotient is within half an ulp of the true one,
 * too little to cross a whole number unless the numerator is 2^53 or more.
 */
export function divide(numerator: number, denominator: number): { whole: number; rest: number } {
  const whole = Math.floor(numerator / denominator);
  return { whole, rest: numerator - whole * denominator };
}

/** `numerator / denominator` rounded to the nearest whole number, halves up (denominator > 0). */
export function roundedQuotient(numerator: number, denominator: number): number {
  return divide(2 * numerator + denominator, 2 * denominator).whole;
}
