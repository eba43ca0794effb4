import type { ManifestHead } from '@tally/core';

export const LICENSE = 'CC BY-SA 4.0';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

export type Attribution = { text: string; license: typeof LICENSE; licenseUrl: typeof LICENSE_URL };

/** The credit every data response carries: the data package's own attribution line. */
export function attributionOf(manifest: ManifestHead): Attribution {
  return { text: manifest.attribution, license: LICENSE, licenseUrl: LICENSE_URL };
}

/** The English Wikipedia URL of an article title. */
export function articleUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}`;
}
