import type { ContestKey } from './contest-key.ts';
import { PLACES } from './places.ts';
import type { Prng } from './prng.ts';

const FIRST = [
  'John',
  'Howard',
  'Wesley',
  'Dennis',
  'Carol',
  'Mary',
  'Elena',
  'Robert',
  'Patricia',
  'James',
  'Linda',
  'Michael',
  'Barbara',
  'William',
  'Susan',
  'David',
  'Karen',
  'Richard',
  'Nancy',
  'Thomas',
  'Margaret',
  'Charles',
  'Sandra',
  'Daniel',
  'Ruth',
  'Paul',
  'Helen',
  'Mark',
  'Donna',
  'George',
  'José',
  'Zoë',
  'Renée',
  'André',
  'Chloé',
  'Ramón',
  'Amy',
  'Pete',
  'Bernie',
  'Jesse',
];
const LAST = [
  'Whitfield',
  'Marsh',
  'Calloway',
  'Brennan',
  'Okafor',
  'Lindqvist',
  'Harrow',
  'Pellegrini',
  'Draper',
  'Kowalski',
  'Ashby',
  'Navarro',
  'Thornton',
  'Mbeki',
  'Castellanos',
  'Fairbanks',
  'Gallagher',
  'Hollis',
  'Iverson',
  'Jablonski',
  'Kearney',
  'Lowell',
  'Montague',
  'Nakamura',
  'Osei',
  'Prescott',
  'Quinlan',
  'Ramírez',
  'Sorensen',
  'Tolliver',
  'Underwood',
  'Vasquez',
  'Winslow',
  'Yarborough',
  'Zielinski',
  'Abernathy',
  'Bellamy',
  'Crowther',
  'Dunleavy',
  'Eastman',
  "O'Connell",
  'McAllister',
  'Van Buren',
  'St. John',
  'Delacroix',
  'Haverford',
  'Ingram',
  'Jennings',
];
const PSEUDO = ['Uncommitted', 'Write-ins', 'No preference', 'Uninstructed'];
const COUNTY_WORDS = [
  'Adams',
  'Baker',
  'Clay',
  'Dallas',
  'Elk',
  'Franklin',
  'Grant',
  'Hamilton',
  'Jackson',
  'Kent',
  'Lake',
  'Marion',
  'Noble',
  'Orange',
  'Pike',
  'Randolph',
  'Scott',
  'Taylor',
  'Union',
  'Warren',
  'Wayne',
  'Lincoln',
  'Monroe',
  'Madison',
  'Greene',
  'Jefferson',
  'Polk',
  'Sumner',
  'Boone',
  'Knox',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];
const CAPTION_STYLE =
  'style="background-color:#f2f2f2;margin-bottom:-1px;border:1px solid #aaa;padding:0.2em 0.4em;"';

type Row = { name: string; pseudo: boolean; withdrawn: boolean; amount: number; delegates: number };

function candidateNames(rng: Prng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const middle = rng.chance(0.15) ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : '';
    names.add(`${rng.pick(FIRST)}${middle} ${rng.pick(LAST)}`);
  }
  return [...names];
}

function withCommas(n: number, decimals: number): string {
  const [whole = '0', fraction] = n.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Largest-remainder seats among rows holding at least 15% of the counted amount. */
function allocate(rows: Row[], seats: number): void {
  const total = rows.reduce((s, r) => s + r.amount, 0);
  const qualified = rows.filter((r) => !r.pseudo && total > 0 && r.amount / total >= 0.15);
  const pool = qualified.reduce((s, r) => s + r.amount, 0);
  if (pool === 0) return;
  const quotas = qualified.map((r) => ({ row: r, quota: (r.amount / pool) * seats }));
  let given = 0;
  for (const q of quotas) {
    q.row.delegates = Math.floor(q.quota);
    given += q.row.delegates;
  }
  quotas.sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)));
  for (let i = 0; given < seats && quotas.length > 0; i++, given++) {
    const q = quotas[i % quotas.length];
    if (q) q.row.delegates++;
  }
}

/** A document of the seed family: title, optional infobox and prose, a results table, more tables. */
export function renderDocument(key: ContestKey, rng: Prng): string {
  const caucus = key.type === 'caucus';
  const noun = caucus ? 'caucuses' : 'primary';
  const title = `${key.year} ${key.state} ${key.party} presidential ${noun}`;
  const month = rng.int(1, 6);
  const day = rng.int(1, 28);
  const iso = `${key.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const spoken = `${MONTHS[month - 1]} ${day}, ${key.year}`;

  // The counted unit, as the results header names it.
  const unit =
    caucus && rng.chance(0.3) ? 'State delegate equivalents' : rng.pick(['Votes', 'Votes', 'Popular vote']);
  const decimals = unit === 'State delegate equivalents' && rng.chance(0.5) ? 2 : 0;
  const commas = rng.chance(0.85);
  const percentSign = rng.chance(0.5);
  const percentHeader = rng.chance(0.7) ? '%' : 'Percentage';
  const hasDelegates = rng.chance(0.75);

  const realCount = rng.int(2, 13);
  const pseudoCount = Math.min(15 - realCount, Math.max(3 - realCount, rng.int(0, 2)));
  const names = candidateNames(rng, realCount);
  const turnout =
    unit === 'State delegate equivalents' ? rng.int(300, 3000) : Math.round(10 ** (2.5 + rng.next() * 4));
  const decay = 0.3 + rng.next() * 0.9;
  const weights = names.map((_, i) => Math.exp(-i * decay) * (0.5 + rng.next()));
  const pseudo = rng.shuffle(PSEUDO).slice(0, pseudoCount);
  for (const _ of pseudo) weights.push(0.002 + rng.next() * 0.03);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const scale = 10 ** decimals;
  const rows: Row[] = [...names, ...pseudo].map((name, i) => ({
    name,
    pseudo: i >= names.length,
    withdrawn: i > 0 && i < names.length && rng.chance(0.15),
    amount: Math.round(((turnout * (weights[i] ?? 0)) / weightSum) * scale) / scale,
    delegates: 0,
  }));
  const seats = rng.int(4, 250);
  if (hasDelegates) allocate(rows, seats);
  const total = Math.round(rows.reduce((s, r) => s + r.amount, 0) * scale) / scale;
  const share = (r: Row) => (total > 0 ? (r.amount / total) * 100 : 0);
  const winner = rows[0] as Row;

  const nl = rng.chance(0.1) ? '\r\n' : '\n';
  const out: string[] = [`= ${title} =`, ''];

  if (rng.chance(0.8)) {
    const nameInBox = rng.chance(0.08)
      ? `${key.year} ${key.state} ${key.party} presidential ${caucus ? 'primary' : 'caucuses'}`
      : title;
    const head = [
      `- Election Name: ${nameInBox}`,
      `- Country: ${key.state}`,
      '- Type: presidential',
      '- Ongoing: no',
      `- Previous Election: ${key.year - 4} ${key.state} ${key.party} presidential ${noun}`,
      `- Previous Year: ${key.year - 4}`,
      `- Next Election: ${key.year + 4} ${key.state} ${key.party} presidential primary`,
      `- Next Year: ${key.year + 4}`,
      `- Election Date: ${iso}`,
    ];
    const extra = [
      `- Outgoing Members: ${rng.pick(PLACES).code}`,
      `- Elected Members: ${rng.pick(PLACES).code}`,
      `- Votes For Election: ${seats} pledged delegates to the, ${key.year} ${key.party} National Convention`,
    ];
    const shown = Math.min(realCount, rng.int(2, 5));
    const ranked = [...rows].filter((r) => !r.pseudo).sort((a, b) => b.amount - a.amount);
    const groups: string[] = [];
    let n = 0;
    for (const r of ranked.slice(0, shown)) {
      n += rng.chance(0.2) ? 2 : 1;
      const amount = rng.chance(0.05) ? r.amount + rng.int(1, 99) : r.amount;
      const mark = r.withdrawn && rng.chance(0.5) ? ', (withdrawn)' : '';
      groups.push(
        `- Image${n}: ${rng.pick(['x160px', '160x160px', `${r.name} (cropped).jpg`])}`,
        `- Candidate${n}: ${r.name}${mark}`,
        `- Color${n}: ${Math.floor(rng.next() * 0xffffff)
          .toString(16)
          .padStart(6, '0')}`,
        `- Home State${n}: ${rng.pick(PLACES).name}`,
      );
      if (hasDelegates) groups.push(`- Delegate Count${n}: ${r.delegates}`);
      groups.push(
        `- Popular Vote${n}: ${withCommas(amount, decimals)}`,
        `- Percentage${n}: ${share(r).toFixed(2)}%`,
      );
    }
    out.push('Infobox', ...head, ...(rng.chance(0.5) ? [...extra, ...groups] : [...groups, ...extra]), '');
  }

  if (rng.chance(0.7)) {
    out.push(
      `The ${title} ${caucus ? 'were' : 'was'} held on ${spoken}, as part of the ${key.year} United States ${key.party} presidential primaries. ${winner.name} won with ${Math.round(share(winner))}% of the ${unit === 'State delegate equivalents' ? 'state delegate equivalents' : 'vote'}.`,
      '',
    );
  }
  if (rng.chance(0.3)) {
    out.push(
      '==Analysis==',
      `Turnout was ${rng.pick(['low', 'high', 'moderate'])} across ${key.state}. ${rows[1]?.name ?? winner.name} ran strongest in the ${rng.pick(['north', 'south', 'east', 'west'])} of the state.`,
      '',
    );
  }

  out.push(rng.pick(['==Results==', '==Statewide Results==', '==Statewide results==', '== Results ==']));
  if (rng.chance(0.2)) out.push(`${caucus ? 'Caucus' : 'Primary'} date: ${spoken}`);
  const columns = ['Candidate', unit, percentHeader, ...(hasDelegates ? ['Delegates'] : [])];
  const caption = rng.next();
  if (caption < 0.4) out.push(`  - ${CAPTION_STYLE} |${title}**`, '');
  else if (caption < 0.6) out.push(`| ${title} |${' |'.repeat(columns.length - 1)}`);
  out.push(`| ${columns.join(' | ')} |`);

  const ordered = rng.chance(0.3) ? rng.shuffle(rows) : rows;
  const formatAmount = (n: number) => (commas ? withCommas(n, decimals) : n.toFixed(decimals));
  for (const r of ordered) {
    const cells = [
      r.withdrawn && rng.chance(0.8) ? `${r.name} (withdrawn)` : r.name,
      formatAmount(r.amount),
      `${share(r).toFixed(2)}${percentSign ? '%' : ''}`,
      ...(hasDelegates ? [String(r.delegates)] : []),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const statedTotal = rng.chance(0.05) ? total + rng.int(1, 50) : total;
  const totalCells = [
    rng.chance(0.9) ? 'Total' : 'Totals',
    formatAmount(statedTotal),
    rng.pick(['100%', '100.00%', '100']),
    ...(hasDelegates ? [String(rows.reduce((s, r) => s + r.delegates, 0))] : []),
  ];
  out.push(`| ${totalCells.join(' | ')} |`);

  const countyTables = rng.chance(0.2) ? rng.int(1, 2) : 0;
  for (let t = 0; t < countyTables; t++) {
    const shown = rows.filter((r) => !r.pseudo).slice(0, rng.int(2, Math.min(4, realCount)));
    const what = t === 0 ? 'County' : 'District';
    out.push('', t === 0 ? '==Results by county==' : '==Results by congressional district==');
    out.push(`| ${[what, ...shown.map((r) => r.name), 'Total'].join(' | ')} |`);
    const places = rng.int(3, 60);
    for (let p = 0; p < places; p++) {
      const counts = shown.map((r) => Math.max(0, Math.round((r.amount / places) * (0.5 + rng.next()))));
      const word = COUNTY_WORDS[p % COUNTY_WORDS.length];
      const label =
        t === 0 ? `${word}${p >= COUNTY_WORDS.length ? ' North' : ''} County` : `District ${p + 1}`;
      out.push(
        `| ${[label, ...counts.map(String), String(counts.reduce((s, c) => s + c, 0))].join(' | ')} |`,
      );
    }
  }

  if (rng.chance(0.3)) {
    out.push(
      '',
      '==See also==',
      `- ${key.year} ${key.party} Party presidential primaries`,
      `- ${key.year} United States presidential election in ${key.state}`,
    );
  }
  return out.join(nl) + (rng.chance(0.9) ? nl : '');
}
