import { exports } from 'cloudflare:workers';

/** The origin test requests are sent to; the Worker answers whatever host it is called by. */
export const ORIGIN = 'http://tally.test';

/** A request to the Worker's default export, inside workerd, as a deployed Worker would get it. */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
}
