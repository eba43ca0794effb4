export {
  articleCredit,
  kindCredit,
  type OpenElectionsOrigin,
  openElectionsCredit,
  wikipediaUrl,
} from './credits.js';
export { mergeSources, type SourcedContest } from './merge-sources.js';
