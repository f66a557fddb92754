import { greedyOnCompiled } from "./greedy.js";
import { compileInstance, scoreInstance } from "./instance.js";
import { mesOnCompiled } from "./mes.js";
import type { AllocationInstance, AllocationResult, AllocationRule, GreedyOptions, MesOptions } from "./types.js";

export interface AllocateOptions extends MesOptions, GreedyOptions {
  readonly rule: AllocationRule;
}

/** Runs the chosen rule (greedy ignores the MES-only options). */
export function allocate(instance: AllocationInstance, options: AllocateOptions): AllocationResult {
  return options.rule === "greedy"
    ? greedyOnCompiled(scoreInstance(instance), options)
    : mesOnCompiled(compileInstance(instance), options);
}
