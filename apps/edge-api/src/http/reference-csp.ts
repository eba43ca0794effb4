async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/** Where the Scalar reference loads its code, styles and fonts from. */
const CDN = 'https://cdn.jsdelivr.net';
const FONTS = 'https://fonts.scalar.com';

/**
 * The Content-Security-Policy of the reference page: its own inline scripts by hash (the page is
 * static, so no per-request nonce is needed and it can be cached), Scalar's code from the CDN,
 * and requests only to this origin (the OpenAPI document and "try it" calls).
 */
export async function referenceCsp(html: string): Promise<string> {
  const hashes: string[] = [];
  for (const [, script] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${await sha256Base64(script ?? '')}'`);
  }
  return [
    "default-src 'none'",
    `script-src ${CDN} ${hashes.join(' ')}`,
    `style-src 'unsafe-inline' ${CDN} ${FONTS}`,
    `font-src ${CDN} ${FONTS} data:`,
    "img-src 'self' data: https:",
    `connect-src 'self' ${CDN}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
