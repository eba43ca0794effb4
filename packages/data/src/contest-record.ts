import { Contest, ContestTally, DelegateModel } from '@tally/core';
import type { z } from 'zod';

/**
 * What `contests/<id>.json` holds: the audited contest, field for field, then its tally and the statewide
 * delegate model beside it. `contests.json` keeps the plain `Contest` so the typed import is exactly that.
 */
export const ContestRecord = Contest.extend({
  tally: ContestTally,
  delegateModel: DelegateModel.nullable().meta({
    description: 'A model, not the real allocation (which is by district and pool); null without votes.',
  }),
}).meta({
  id: 'ContestRecord',
  description: 'One contest in full, with findings, its tally and a labelled delegate model.',
});
export type ContestRecord = z.infer<typeof ContestRecord>;
