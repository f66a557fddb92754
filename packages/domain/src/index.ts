export * from "./money/money.js";
export * from "./round/phase.js";
export * from "./round/actions.js";
export * from "./round/edits.js";
export * from "./text/slug.js";
export * from "./text/content-lang.js";
export * from "./lottery/panel-lottery.js";
export * from "./lottery/panel-replacement.js";
export { SeededRandom, hashSeed } from "./lottery/prng.js";
export * from "./lottery/commitment.js";
export {
  CEREMONY_TICKETS_MAX,
  CEREMONY_TICKETS_MIN,
  ceremonySummary,
  ceremonyTicketRanges,
  ceremonyTicketsProblem,
  roundPortfolioForCeremony,
  type CeremonyRounding,
  type CeremonySummary,
  type CeremonyTicketRange,
} from "./lottery/ceremony.js";
export * from "./pabulib/index.js";
export * from "./allocation/index.js";
export * from "./measures/suppression.js";
export * from "./measures/representativeness.js";
export * from "./measures/voice-equity.js";
export * from "./measures/scoring.js";
export * from "./measures/participation.js";
export * from "./measures/representation-funnel.js";
export * from "./measures/public-funnel.js";
export * from "./outcomes/progress.js";
export * from "./outcomes/period.js";
export * from "./ballot/rules.js";
export * from "./ballot/eligibility.js";
export * from "./round/requirements.js";
export * from "./audit/fairness.js";
export * from "./proposals/proposals.js";
export * from "./round/application-reference.js";
