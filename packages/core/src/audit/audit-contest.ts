import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { checkContestName } from './contest-name.js';
import { checkCsvReading } from './csv-reading.js';
import { checkDelegatesInfobox } from './delegates-infobox.js';
import { checkDelegatesTotal } from './delegates-total.js';
import { compareFindings } from './finding.js';
import { checkInfoboxTable } from './infobox-table.js';
import {
  checkCountMissing,
  checkDelegatesUnknown,
  checkPercentMissing,
  checkTotalFigureMissing,
} from './missing-figures.js';
import { checkOfficeBreakdowns } from './office-breakdowns.js';
import { checkPercents } from './percent.js';
import { checkPercentSum } from './percent-sum.js';
import { checkPledgedDelegates } from './pledged-delegates.js';
import { checkProseFigures } from './prose-figures.js';
import { checkPseudoDelegates } from './pseudo-delegates.js';
import { checkRowOrder } from './row-order.js';
import {
  checkColumnsUnread,
  checkDates,
  checkDotGrouped,
  checkHeaderMissing,
  checkOtherResultTables,
  checkRowsAfterTotal,
  checkTotalRows,
} from './table-reading.js';
import { checkThreshold } from './threshold.js';
import { checkTotalPercent } from './total-percent.js';
import { checkUnitsTotal } from './units-total.js';
import { checkVotesTotal } from './votes-total.js';

/** Every check the audit runs, each a pure function of the contest. */
export const checks: readonly ((contest: Contest) => Finding[])[] = [
  checkVotesTotal,
  checkDelegatesTotal,
  checkPercents,
  checkTotalPercent,
  checkPercentSum,
  checkInfoboxTable,
  checkContestName,
  checkDelegatesInfobox,
  checkPseudoDelegates,
  checkThreshold,
  checkProseFigures,
  checkRowOrder,
  checkCountMissing,
  checkPercentMissing,
  checkDelegatesUnknown,
  checkTotalFigureMissing,
  checkColumnsUnread,
  checkHeaderMissing,
  checkDotGrouped,
  checkTotalRows,
  checkRowsAfterTotal,
  checkOtherResultTables,
  checkDates,
  checkPledgedDelegates,
  checkUnitsTotal,
  checkOfficeBreakdowns,
  checkCsvReading,
];

/** Checks every figure of a contest against every other statement of it; findings by first line, then code. */
export function auditContest(contest: Contest): Finding[] {
  return checks.flatMap((check) => check(contest)).sort(compareFindings);
}

/** The same function as `auditContest`. */
export const audit = auditContest;

/** The contest with its findings filled in. */
export function withAudit(contest: Contest): Contest {
  return { ...contest, findings: auditContest(contest) };
}
