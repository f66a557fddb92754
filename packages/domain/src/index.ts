export * from "./money/money.js";
export * from "./round/phase.js";
export * from "./lottery/panel-lottery.js";
export { SeededRandom, hashSeed } from "./lottery/prng.js";
export * from "./measures/suppression.js";
export * from "./measures/representativeness.js";
export * from "./measures/voice-equity.js";
export * from "./measures/scoring.js";
export * from "./measures/participation.js";
