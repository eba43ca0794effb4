import type { ManifestHead, SourceKind } from '@tally/core';

export const LICENSE = 'CC BY-SA 4.0';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** One kind of source the figures of an answer come from, and the credit it is owed. */
export type AttributionSource = {
  kind: SourceKind;
  name: string;
  text: string;
  license: string | null;
  licenseUrl: string | null;
  url: string;
};

export type Attribution = {
  text: string;
  license: typeof LICENSE;
  licenseUrl: typeof LICENSE_URL;
  sources: AttributionSource[];
};

/**
 * The credit an answer carries: each kind of source its figures come from (`kinds`; every kind the data package
 * holds when not given), with the data package's own attribution line when that is all of them. The licence is
 * the data package's (CC BY-SA 4.0: it derives from Wikipedia text).
 */
export function attributionOf(manifest: ManifestHead, kinds?: Iterable<SourceKind>): Attribution {
  const wanted = kinds === undefined ? null : new Set(kinds);
  const credits = manifest.credits ?? [];
  const named = credits.filter((credit) => wanted === null || wanted.has(credit.kind));
  const sources = (named.length > 0 ? named : credits).map(
    ({ kind, name, text, license, licenseUrl, url }) => ({
      kind,
      name,
      text,
      license,
      licenseUrl,
      url,
    }),
  );
  const all = sources.length === credits.length;
  return {
    text: all ? manifest.attribution : sources.map((source) => `${source.name}: ${source.text}`).join(' '),
    license: LICENSE,
    licenseUrl: LICENSE_URL,
    sources,
  };
}

/** The English Wikipedia URL of an article title. */
export function articleUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}`;
}
