export * from "./types.js";
export { allocationInstanceFromPabulib, officialSelection, pabulibAmountScale } from "./instance.js";
export { allocateGreedy, greedyEligible } from "./greedy.js";
export { allocateMes } from "./mes.js";
export * from "./allocate.js";
export * from "./reasons.js";
