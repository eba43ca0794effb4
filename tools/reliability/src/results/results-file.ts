import { readFile, rename, writeFile } from 'node:fs/promises';

const HEADER = `# Reliability results

Figures from the last runs of \`@tally/reliability\` against the built Worker in workerd on loopback. Each
section is rewritten by the run that measures it (\`pnpm --filter @tally/reliability run fuzz\`, \`... run
soak\`); do not edit them by hand.
`;

const start = (name: string) => `<!-- ${name}:start -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

/** `markdown` with the section `name` (between its start and end comments) replaced, or added at the end. */
export function replaceSection(markdown: string, name: string, content: string): string {
  const block = `${start(name)}\n${content.trim()}\n${end(name)}`;
  const from = markdown.indexOf(start(name));
  const to = markdown.indexOf(end(name));
  if (from !== -1 && to > from)
    return markdown.slice(0, from) + block + markdown.slice(to + end(name).length);
  return `${markdown.trimEnd()}\n\n${block}\n`;
}

/** Rewrites one section of the results file, keeping the others; the file is replaced whole, by rename. */
export async function writeSection(path: string, name: string, content: string): Promise<void> {
  let markdown: string;
  try {
    markdown = await readFile(path, 'utf8');
  } catch {
    markdown = HEADER;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, replaceSection(markdown, name, content));
  await rename(temporary, path);
}
