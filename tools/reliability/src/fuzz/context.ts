import { randomInt } from 'node:crypto';
import { send } from '../http/send.ts';
import type { FuzzContext } from './requests.ts';

async function getJson(port: number, target: string): Promise<{ body: unknown; etag: string | undefined }> {
  const response = await send(port, { method: 'GET', target });
  if (response.status !== 200) throw new Error(`GET ${target} answered ${response.status}`);
  const text = response.body.toString('utf8');
  const isJson = (response.headers['content-type'] ?? '').startsWith('application/json');
  return { body: isJson ? JSON.parse(text) : text, etag: response.headers.etag };
}

/** The ids of a list page's items (`id` for every kind). */
const ids = (body: unknown, key: 'id') =>
  ((body as { data?: Record<string, unknown>[] }).data ?? []).flatMap((item) =>
    typeof item[key] === 'string' ? [item[key]] : [],
  );

/** A fresh marker, and the ids and ETags the Worker serves now, for requests that reach real data. */
export async function readContext(port: number): Promise<FuzzContext> {
  const contests = await getJson(port, '/v1/contests?limit=100');
  const candidates = await getJson(port, '/v1/candidates?limit=100');
  const contestIds = ids(contests.body, 'id');
  const candidateIds = ids(candidates.body, 'id');
  if (contestIds.length === 0 || candidateIds.length === 0) throw new Error('the Worker serves no contests');
  const targets = [
    '/v1/contests',
    `/v1/contests/${contestIds[0]}`,
    `/v1/contests/${contestIds[0]}/results?format=csv`,
    `/v1/candidates/${candidateIds[0]}`,
    '/v1/tally',
    '/v1/search?q=a',
  ];
  const tagged: { target: string; etag: string }[] = [];
  for (const target of targets) {
    const { etag } = await getJson(port, target);
    if (etag === undefined) throw new Error(`GET ${target} came without an ETag`);
    tagged.push({ target, etag });
  }
  return {
    marker: `<script>x${randomInt(100_000, 1_000_000)}</script>`,
    contestIds,
    candidateIds,
    etags: tagged.map((t) => t.etag),
    tagged,
  };
}
