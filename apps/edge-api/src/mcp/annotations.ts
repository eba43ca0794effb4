import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';

/** Every tool: reads Tally's data (or the text it is given) and changes nothing, here or anywhere else. */
export const READ_ONLY: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
