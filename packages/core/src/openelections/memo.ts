/**
 * A function of a string remembered for the strings it has seen (office labels, districts and unit names
 * repeat on thousands of rows). The memory is cleared past `limit` entries, so it stays bounded.
 */
export function memo<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size >= limit) seen.clear();
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}
