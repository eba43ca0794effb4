// `pnpm --filter @tally/corpus run generate -- --n 1000 --out DIR [--seed 2004]`: a corpus as files.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateDocument } from './generate-document.ts';

export type CorpusStats = { documents: number; bytes: number; files: string[] };

/** Writes documents 0..n-1 into `dir` (created if missing) as `NNNNNN-{id}.txt`. */
export async function writeCorpus(dir: string, n: number, seed = DEFAULT_SEED): Promise<CorpusStats> {
  await mkdir(dir, { recursive: true });
  const encoder = new TextEncoder();
  const files: string[] = [];
  let bytes = 0;
  const batch: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const doc = generateDocument(seed, i);
    const data = encoder.encode(doc.text);
    bytes += data.byteLength;
    files.push(doc.file);
    batch.push(writeFile(join(dir, doc.file), data));
    if (batch.length >= 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return { documents: n, bytes, files };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '10' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  if (!values.out) throw new Error('usage: node src/write-corpus.ts --n 1000 --out DIR [--seed 2004]');
  const stats = await writeCorpus(values.out, Number(values.n), Number(values.seed));
  process.stdout.write(`wrote ${stats.documents} documents, ${stats.bytes} bytes, into ${values.out}\n`);
}

if (import.meta.main) await main();
