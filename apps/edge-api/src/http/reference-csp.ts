async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/**
 * Where the reference page loads Scalar's standalone bundle from: a path of this service, served by the docs
 * site's static assets (`apps/docs/src/pages/vendor/scalar/api-reference.js.ts`, the version the lockfile pins).
 */
export const SCALAR_BUNDLE = '/vendor/scalar/api-reference.js';

/**
 * The Content-Security-Policy of the reference page: its own inline scripts by hash (the page is
 * static, so no per-request nonce is needed and it can be cached), Scalar's code from this origin only,
 * and requests only to this origin (the OpenAPI document and "try it" calls): nothing from elsewhere.
 */
export async function referenceCsp(html: string): Promise<string> {
  const hashes: string[] = [];
  for (const [, script] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${await sha256Base64(script ?? '')}'`);
  }
  return [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
