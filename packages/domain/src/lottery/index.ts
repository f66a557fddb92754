/**
 * `@coproduce/domain/lottery`: the panel lottery with its solver (HiGHS, WebAssembly). A separate
 * entry point so that the main entry (imported by the web app) stays free of the solver.
 */
import {
  type PanelLotteryInput,
  type PanelLotteryResult,
  type QuotaFeasibilityInput,
  type QuotaFeasibilityResult,
  quotaFeasibilityWith,
  selectPanelByLotteryWith,
} from "./panel-lottery.js";
import { loadHighs } from "./solver.js";

export * from "./panel-lottery.js";
export { SeededRandom } from "./prng.js";
export * from "./ceremony.js";
export { loadHighs, type Highs } from "./solver.js";

/** Runs the lottery (loads HiGHS on first use). */
export async function selectPanelByLottery(input: PanelLotteryInput): Promise<PanelLotteryResult> {
  return selectPanelByLotteryWith(await loadHighs(), input);
}

/** Checks whether quotas admit a panel, and the nearest achievable quotas if not (loads HiGHS on first use). */
export async function checkQuotaFeasibility(input: QuotaFeasibilityInput): Promise<QuotaFeasibilityResult> {
  return quotaFeasibilityWith(await loadHighs(), input);
}
