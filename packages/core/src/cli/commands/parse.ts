import type { Command } from '../command.js';
import { readDocuments } from '../read-documents.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Read each document into a contest, printed as a JSON array.',
  details: [
    'Prints a JSON array (2-space indented) with one entry per FILE, in the order given: the Contest,',
    'its findings filled by the audit, or { "file", "error": { "code", "message", "line" } } for a file',
    'that could not be read or parsed (line 0 when the error concerns no line; "column" for a cell).',
    'A file that is missing or a directory gives the code file-unreadable. One broken file never hides',
    'the others. Paths are read relative to the current directory and printed as given.',
    'An OpenElections results CSV (.csv, up to 64 MiB) gives one entry per party primary for president',
    'it holds, each a Contest with its reporting units and `source.file` naming the file; its file name',
    '(20040203__az__primary__president.csv) gives the date and state.',
  ],
  options: {},
  exitCodes: [
    [0, 'every file parsed'],
    [1, 'any file did not (its entry holds the error; the others are still printed)'],
    [2, 'bad usage'],
  ],
  examples: [
    'tally parse packages/data/sources/*.txt',
    'tally parse article.txt > contest.json',
    'tally parse 20040203__az__primary__president.csv',
  ],
  async run({ files, io }) {
    const entries = await readDocuments(files, io);
    const out = entries.map((e) => (e.ok ? e.contest : { file: e.file, error: e.error }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return entries.every((e) => e.ok) ? 0 : 1;
  },
};
