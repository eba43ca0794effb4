import type { Contest } from '../schema/contest.js';

/** What the table counts, for messages: `votes` unless the header says otherwise. */
export function unitOf(contest: Contest): string {
  return contest.unit ?? 'votes';
}
