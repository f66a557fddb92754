/** The outcomes feature's public face: the server's status summary, as the round page shows it. */
export { useOutcomeProgress } from "./useOutcomes";
export { toStatus, type RollupInput } from "./outcomes";
