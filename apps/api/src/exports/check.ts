import { ExportInputError, type RoundExportInput } from "./types.js";

/**
 * Every reference in a round's export input must point inside that round. In particular spend is
 * money paid against one of the round's awards: anything without an award (a panel member's
 * compensation, say) must never reach an export, and is rejected here if a loader passes it.
 */
export function assertRoundInputConsistent(input: RoundExportInput): void {
  const { round } = input;
  const awardIds = new Set(input.awards.map((a) => a.id));
  if (awardIds.size !== input.awards.length) throw new ExportInputError(`Round ${round.id}: duplicate award ids`);
  const bidIds = new Set(input.bids.map((b) => b.id));
  if (bidIds.size !== input.bids.length) throw new ExportInputError(`Round ${round.id}: duplicate bid ids`);
  for (const a of input.awards) {
    if (a.bidId && !bidIds.has(a.bidId)) throw new ExportInputError(`Award ${a.id} refers to unknown bid ${a.bidId}`);
  }
  for (const s of input.spend) {
    if (!awardIds.has(s.awardId)) throw new ExportInputError(`Spend ${s.id} refers to unknown award ${s.awardId}`);
  }
  for (const m of input.milestones ?? []) {
    if (m.awardId && !awardIds.has(m.awardId)) {
      throw new ExportInputError(`Milestone ${m.id} refers to unknown award ${m.awardId}`);
    }
  }
}
