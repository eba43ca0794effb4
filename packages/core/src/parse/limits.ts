/**
 * Input limits. A Wikipedia article about one contest is tens of kilobytes; a document
 * past these limits is refused with an error instead of being read slowly.
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
