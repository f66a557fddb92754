export * from "./types.js";
export { allocationInstanceFromPabulib, officialSelection } from "./instance.js";
export { allocateGreedy } from "./greedy.js";
export { allocateMes } from "./mes.js";
export * from "./allocate.js";
export * from "./reasons.js";
