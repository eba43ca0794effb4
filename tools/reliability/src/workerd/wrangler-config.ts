/** What workerd needs from wrangler.jsonc to run the Worker as Cloudflare would. */
export type RuntimeSettings = {
  main: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
};

/** The index just past the string literal that starts at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** JSONC as JSON: drops `//` and `/* *\/` comments and trailing commas, leaving strings as they are. */
export function stripJsonc(text: string): string {
  let bare = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') {
      const end = stringEnd(text, i);
      bare += text.slice(i, end);
      i = end;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else {
      bare += text[i];
      i++;
    }
  }
  const closer = /\s*[}\]]/y;
  let out = '';
  for (let i = 0; i < bare.length; ) {
    if (bare[i] === '"') {
      const end = stringEnd(bare, i);
      out += bare.slice(i, end);
      i = end;
    } else {
      closer.lastIndex = i + 1;
      if (bare[i] !== ',' || !closer.test(bare)) out += bare[i];
      i++;
    }
  }
  return out;
}

/** The entry point, compatibility date and flags of a wrangler.jsonc; throws if the date is missing. */
export function runtimeSettings(jsonc: string): RuntimeSettings {
  const config = JSON.parse(stripJsonc(jsonc)) as {
    main?: unknown;
    compatibility_date?: unknown;
    compatibility_flags?: unknown;
  };
  if (typeof config.compatibility_date !== 'string') {
    throw new Error('wrangler.jsonc has no compatibility_date');
  }
  const flags = config.compatibility_flags ?? [];
  if (!Array.isArray(flags) || !flags.every((f) => typeof f === 'string')) {
    throw new Error('wrangler.jsonc: compatibility_flags is not a list of strings');
  }
  return {
    main: typeof config.main === 'string' ? config.main : 'src/index.ts',
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: flags,
  };
}
