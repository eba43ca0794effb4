import {
  CC_BY_SA,
  CC_BY_SA_URL,
  OPENELECTIONS,
  type SourceCredit,
  type SourceKind,
  WIKIPEDIA,
} from '../schema/source.js';

/** The English Wikipedia address of an article title. */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.trim().replaceAll(' ', '_')).replaceAll('%2F', '/')}`;
}

/** The credit a Wikipedia article is owed: its title, its address and CC BY-SA 4.0. */
export function articleCredit(title: string): SourceCredit {
  const url = wikipediaUrl(title);
  return {
    kind: 'wikipedia',
    name: WIKIPEDIA,
    title,
    url,
    license: CC_BY_SA,
    licenseUrl: CC_BY_SA_URL,
    repository: null,
    path: null,
    commit: null,
    text: `From the Wikipedia article "${title}" (${url}) by its contributors, under ${CC_BY_SA}.`,
  };
}

/** Where an OpenElections file was copied from: its repository, its path there and the commit. */
export interface OpenElectionsOrigin {
  repository: string;
  path: string;
  commit: string;
}

/** The credit an OpenElections results file is owed: the project, and the file's repository, path and commit. */
export function openElectionsCredit(origin: OpenElectionsOrigin): SourceCredit {
  const url = `https://github.com/${origin.repository}/blob/${origin.commit}/${origin.path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  return {
    kind: 'openelections',
    name: OPENELECTIONS,
    title: `${origin.repository}: ${origin.path}`,
    url,
    license: null,
    licenseUrl: null,
    repository: origin.repository,
    path: origin.path,
    commit: origin.commit,
    text: `From ${OPENELECTIONS}: ${origin.path} in ${origin.repository} at ${origin.commit.slice(0, 7)} (${url}).`,
  };
}

/** The credit line for figures from sources of one kind, wherever they are shown together. */
export function kindCredit(kind: SourceKind): { name: string; text: string; url: string; license: string | null; licenseUrl: string | null } {
  return kind === 'wikipedia'
    ? {
        name: WIKIPEDIA,
        text: `English Wikipedia articles, by the contributors in each article's history, under ${CC_BY_SA} (${CC_BY_SA_URL}).`,
        url: 'https://en.wikipedia.org/',
        license: CC_BY_SA,
        licenseUrl: CC_BY_SA_URL,
      }
    : {
        name: OPENELECTIONS,
        text: `Results files of ${OPENELECTIONS}, github.com/openelections: each file's repository, path and commit are in the data package's manifest.`,
        url: 'https://openelections.net/',
        license: null,
        licenseUrl: null,
      };
}
