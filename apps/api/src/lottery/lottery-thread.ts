import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  LotteryInputError,
  type LotteryInputCode,
  type PanelLotteryInput,
  type PanelLotteryResult,
  type QuotaFeasibilityInput,
  type QuotaFeasibilityResult,
} from "@coproduce/domain";

/**
 * Runs the panel lottery (an LP/MILP solve that can take seconds) on a worker thread, so that a
 * draw never blocks the server's event loop. One short-lived worker per draw: it loads the domain's
 * `@coproduce/domain/lottery` entry (HiGHS WebAssembly), solves, posts the result and exits.
 * Input errors come back as the domain's coded {@link LotteryInputError}. The quotas form's
 * feasibility check (a MILP, `checkQuotaFeasibility`) runs the same way.
 */
const lotteryEntry = pathToFileURL(createRequire(import.meta.url).resolve("@coproduce/domain/lottery")).href;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.entry).then(async (lottery) => {
  try {
    if (workerData.op === "feasibility") {
      const result = await lottery.checkQuotaFeasibility(workerData.input);
      const highs = await lottery.loadHighs();
      parentPort.postMessage({ result: { ...result, highsVersion: highs.version.string } });
    } else parentPort.postMessage({ result: await lottery.selectPanelByLottery(workerData.input) });
  } catch (error) {
    parentPort.postMessage({
      error: { message: String(error && error.message), code: error && error.code, where: error && error.where, input: error instanceof lottery.LotteryInputError },
    });
  }
});
`;

interface WorkerReply<T> {
  result?: T;
  error?: { message: string; code?: LotteryInputCode; where?: LotteryInputError["where"]; input: boolean };
}

export function selectPanelOffThread(input: PanelLotteryInput): Promise<PanelLotteryResult> {
  return offThread<PanelLotteryResult>("draw", input);
}

/** The feasibility MILP (and nearest achievable quotas) off the event loop, with HiGHS's version. */
export function checkQuotaFeasibilityOffThread(
  input: QuotaFeasibilityInput,
): Promise<QuotaFeasibilityResult & { highsVersion: string }> {
  return offThread("feasibility", input);
}

function offThread<T>(op: "draw" | "feasibility", input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { entry: lotteryEntry, op, input } });
    let settled = false;
    worker.once("message", (reply: WorkerReply<T>) => {
      settled = true;
      if (reply.result) resolve(reply.result);
      else if (reply.error?.input && reply.error.code)
        reject(new LotteryInputError(reply.error.code, reply.error.message, reply.error.where));
      else reject(new Error(reply.error?.message ?? "The lottery worker failed."));
      void worker.terminate();
    });
    worker.once("error", (error) => {
      if (!settled) reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`The lottery worker stopped (exit code ${code}).`));
    });
  });
}
