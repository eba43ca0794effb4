// Sections of BENCHMARKS.md that other runs write (`bench:mcp`, ...), each between an opening marker
// `<!-- name: ... -->` and its closing `<!-- /name -->`. The full run writes the report anew: it keeps
// every such section of the report it replaces, so that one run never erases another's figures.

const OPENING = /<!-- ([a-z][a-z0-9-]*):[^\n]*?-->/g;

/** Every marked section of a report, whole (markers included), in document order. */
export function markedSections(report: string): { name: string; text: string }[] {
  const sections: { name: string; text: string }[] = [];
  for (const match of report.matchAll(OPENING)) {
    const name = match[1] as string;
    const close = `<!-- /${name} -->`;
    const end = report.indexOf(close, match.index);
    if (end === -1) continue;
    sections.push({ name, text: report.slice(match.index, end + close.length) });
  }
  return sections;
}

/**
 * The new report with the previous report's marked sections it lacks, each before `## Credits`
 * (else at the end); a section the new report writes itself is its own.
 */
export function keepSections(previous: string, next: string): string {
  const present = new Set(markedSections(next).map((s) => s.name));
  const kept = markedSections(previous).filter((s) => !present.has(s.name));
  if (kept.length === 0) return next;
  const block = kept.map((s) => `${s.text}\n\n`).join('');
  const credits = next.indexOf('\n## Credits');
  if (credits !== -1) return `${next.slice(0, credits + 1)}${block}${next.slice(credits + 1)}`;
  return `${next.trimEnd()}\n\n${block.trimEnd()}\n`;
}
