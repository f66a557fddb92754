import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  LotteryInputError,
  type LotteryInputCode,
  type PanelLotteryInput,
  type PanelLotteryResult,
} from "@coproduce/domain";

/**
 * Runs the panel lottery (an LP/MILP solve that can take seconds) on a worker thread, so that a
 * draw never blocks the server's event loop. One short-lived worker per draw: it loads the domain's
 * `@coproduce/domain/lottery` entry (HiGHS WebAssembly), solves, posts the result and exits.
 * Input errors come back as the domain's coded {@link LotteryInputError}.
 */
const lotteryEntry = pathToFileURL(createRequire(import.meta.url).resolve("@coproduce/domain/lottery")).href;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.entry).then(async (lottery) => {
  try {
    parentPort.postMessage({ result: await lottery.selectPanelByLottery(workerData.input) });
  } catch (error) {
    parentPort.postMessage({
      error: { message: String(error && error.message), code: error && error.code, where: error && error.where, input: error instanceof lottery.LotteryInputError },
    });
  }
});
`;

interface WorkerReply {
  result?: PanelLotteryResult;
  error?: { message: string; code?: LotteryInputCode; where?: LotteryInputError["where"]; input: boolean };
}

export function selectPanelOffThread(input: PanelLotteryInput): Promise<PanelLotteryResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { entry: lotteryEntry, input } });
    let settled = false;
    worker.once("message", (reply: WorkerReply) => {
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
