import { PROBLEMS, type ProblemKind, problemType } from '@tally/edge-api/problems';

/** One problem type the API sends, as its documentation page shows it. */
export interface ProblemView {
  kind: ProblemKind;
  /** The problem's `type`: the path of its page on this site. */
  type: string;
  status: number;
  title: string;
  when: string;
}

/** Every problem type of the API, from the Worker's own list, in the order the API states them. */
export function problemViews(): ProblemView[] {
  return (Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => ({
    kind,
    type: problemType(kind),
    ...PROBLEMS[kind],
  }));
}

export const problemsIndexPath = '/problems/';
