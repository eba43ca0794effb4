/** Longest document `audit_document` reads, in UTF-8 bytes: a long Wikipedia article is a tenth of it. */
export const MAX_AUDIT_DOCUMENT_BYTES = 512 * 1024;

/**
 * Largest POST body `/mcp` reads, in bytes: room for the longest document JSON-escaped (non-ASCII text as
 * `\uXXXX` takes up to 3 times its UTF-8 bytes), refused with 413 before it is parsed.
 */
export const MAX_MCP_BODY_BYTES = 2 * 1024 * 1024;

/** Most array elements and object members one `tools/call` may pass in `arguments`. */
export const MAX_TOOL_INPUT_ELEMENTS = 32;

/** Most resources `resources/list` names of each kind; the tools search and page past them. */
export const MAX_LISTED_RESOURCES = 100;

/** Most values one completion answers with. */
export const MAX_COMPLETIONS = 20;
