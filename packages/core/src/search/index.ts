export { searchKey, searchTerms } from './search-terms.js';
