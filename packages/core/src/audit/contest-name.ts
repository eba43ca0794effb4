import { partyIn } from '../parse/parties.js';
import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import type { FindingCode } from './codes.js';
import { finding } from './finding.js';
import { placesIn } from './state-names.js';

/** One place in the document that names the contest. */
interface NamingSource {
  where: string;
  text: string;
  line: number;
}

/** What a name says about the contest: each aspect null where the name does not say. */
interface NameAspects {
  type: string | null;
  year: string | null;
  state: string | null;
  party: string | null;
}

function typeOf(text: string): string | null {
  const caucus = /\bcaucus/i.test(text);
  const primary = /\bprimar(?:y|ies)\b/i.test(text);
  if (caucus === primary) return null;
  return caucus ? 'caucus' : 'primary';
}

function aspectsOf(text: string): NameAspects {
  const places = placesIn(text);
  return {
    type: typeOf(text),
    year: /\b(1[789]\d\d|20\d\d)\b/.exec(text)?.[1] ?? null,
    state: places.length > 0 ? (places[0]?.name ?? null) : null,
    party: partyIn(text),
  };
}

function sourcesOf(contest: Contest): NamingSource[] {
  const sources: NamingSource[] = [{ where: 'the title', text: contest.title, line: contest.lines.title }];
  const name = contest.infobox.electionName;
  if (name !== null) {
    const trimmed = name.trim();
    // A value trims to the name only if it is at least as long.
    const fields = contest.infobox.fields.filter(
      (candidate) => candidate.value.length >= trimmed.length && candidate.value.trim() === trimmed,
    );
    const field = fields.find((candidate) => /name/i.test(candidate.key)) ?? fields[0];
    const line = field?.line ?? contest.infobox.line;
    if (line !== null) sources.push({ where: "the infobox's election name", text: name, line });
  }
  for (const table of contest.tables) {
    if (!table.isResults || table.caption === null || table.captionLine === null) continue;
    sources.push({ where: "the results table's title", text: table.caption, line: table.captionLine });
  }
  return sources;
}

/** Whether two names state an aspect differently: most documents agree everywhere. */
function disagree(named: readonly { aspects: NameAspects }[], key: keyof NameAspects): boolean {
  let first: string | null = null;
  for (const { aspects } of named) {
    const value = aspects[key];
    if (value === null) continue;
    if (first === null) first = value;
    else if (value !== first) return true;
  }
  return false;
}

const ASPECTS: readonly (readonly [keyof NameAspects, FindingCode, string])[] = [
  ['type', 'contest-type-mismatch', 'a caucus or a primary'],
  ['year', 'contest-year-mismatch', 'the year'],
  ['state', 'contest-state-mismatch', 'the state'],
  ['party', 'contest-party-mismatch', 'the party'],
];

function quote(value: string, key: keyof NameAspects): string {
  if (key === 'type') return value === 'caucus' ? 'a caucus' : 'a primary';
  return value;
}

/**
 * The contest as named in the title, the infobox's election name and each results table's caption or
 * title row: they must agree on caucus or primary, year, state and party wherever they say.
 */
export function checkContestName(contest: Contest): Finding[] {
  // The title, the election name and the caption are often the same text: each text is read once
  // (three texts at most, compared in turn rather than hashed).
  const named: { source: NamingSource; aspects: NameAspects }[] = [];
  for (const source of sourcesOf(contest)) {
    let aspects: NameAspects | undefined;
    for (const seen of named) if (seen.source.text === source.text) aspects = seen.aspects;
    named.push({ source, aspects: aspects ?? aspectsOf(source.text) });
  }
  const findings: Finding[] = [];
  for (let k = 0; k < ASPECTS.length; k++) {
    const [key, code, label] = ASPECTS[k] as (typeof ASPECTS)[number];
    if (!disagree(named, key)) continue;
    const stating = named.filter((entry) => entry.aspects[key] !== null);
    const values = [...new Set(stating.map((entry) => entry.aspects[key] ?? ''))];
    if (values.length < 2) continue;
    const parts = values.map((value) => {
      const where = stating.filter((entry) => entry.aspects[key] === value).map((entry) => entry.source);
      const list = where.map((source) => `${source.where} (line ${source.line})`).join(' and ');
      return `${quote(value, key)} in ${list}`;
    });
    findings.push(
      finding(
        code,
        'warning',
        `The document disagrees on ${label}: ${parts.join('; ')}.`,
        // The first statement that differs from the first one stated (the title's, when it says) comes first.
        [
          ...stating.filter((entry) => entry.aspects[key] !== values[0]).map((entry) => entry.source.line),
          ...stating.map((entry) => entry.source.line),
        ],
      ),
    );
  }
  return findings;
}
