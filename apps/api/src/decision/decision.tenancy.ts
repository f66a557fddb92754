import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Decision } from "./decision.entity.js";

/** Tenancy cases of the decision feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "decisionRecordRecommendation",
    query: mutationQuery("decisionRecordRecommendation", "DecisionRecordRecommendationInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("interviewing"),
        bid: toGlobalId("Bid", (await fx.bid("interviewing")).key),
        note: "Intruder",
      },
    }),
  },
  {
    mutation: "decisionTake",
    query: mutationQuery("decisionTake", "DecisionTakeInput"),
    variables: async (fx) => ({ input: { round: await fx.roundId("interviewing") } }),
    watchTables: ["decision", "decision_project", "bid"],
  },
  {
    mutation: "decisionRecompute",
    query: mutationQuery("decisionRecompute", "DecisionRecomputeInput"),
    variables: async (fx) => ({
      input: {
        decision: toGlobalId(
          "Decision",
          (await fx.dataSource.getRepository(Decision).findOneByOrFail({ roundKey: (await fx.round()).key })).key,
        ),
      },
    }),
  },
];
