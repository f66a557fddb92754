import { greedyOnCompiled } from "./greedy.js";
import { compileInstance } from "./instance.js";
import { mesOnCompiled } from "./mes.js";
import type { AllocationInstance, AllocationResult, AllocationRule, MesOptions } from "./types.js";

export interface AllocateOptions extends MesOptions {
  readonly rule: AllocationRule;
}

/** Runs the chosen rule (greedy ignores the MES-only options). */
export function allocate(instance: AllocationInstance, options: AllocateOptions): AllocationResult {
  const compiled = compileInstance(instance);
  return options.rule === "greedy" ? greedyOnCompiled(compiled, options) : mesOnCompiled(compiled, options);
}
