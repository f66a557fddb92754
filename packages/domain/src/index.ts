export * from "./money/money.js";
export * from "./round/phase.js";
