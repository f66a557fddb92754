import { backfillRuleComparisons } from "../analytics/rule-comparison.js";
import { CliError, EXIT, type CliCommand } from "./command.js";
import { withDatabase } from "./database.js";

/**
 * `pnpm coproduce backfill-rule-comparisons`: stores greedy vs Equal Shares for voted rounds decided
 * before the comparison was stored with the decision (run once after upgrading such a database; the
 * server never computes it at start-up or read time).
 */
export const backfillRuleComparisonsCommand: CliCommand = {
  name: "backfill-rule-comparisons",
  summary: "Store greedy vs Equal Shares for voted rounds decided before it was stored",
  async run(args, io) {
    if (args.length > 0) throw new CliError("usage: coproduce backfill-rule-comparisons (no options)", EXIT.usage);
    const filled = await withDatabase((dataSource) => backfillRuleComparisons(dataSource));
    io.stdout(`greedy vs MES stored for ${filled} decided round(s)\n`);
    return EXIT.ok;
  },
};
