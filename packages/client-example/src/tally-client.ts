import type { AppType } from '@tally/edge-api';
import { hc } from 'hono/client';

/**
 * A client for the Tally API whose routes, parameters and responses are typed from the Worker's
 * own `AppType`: a renamed field or a new required parameter fails to compile here.
 */
export function tallyClient(baseUrl: string, fetch?: typeof globalThis.fetch) {
  return hc<AppType>(baseUrl, fetch ? { fetch } : undefined);
}
