import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Indicator } from "./indicator.entity.js";
import { Milestone } from "./milestone.entity.js";

/** Tenancy cases of the outcome feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "outcomeCreate",
    query: mutationQuery("outcomeCreate", "OutcomeCreateInput"),
    variables: async (fx) => ({ input: { round: await fx.roundId("interviewing"), title: "Intruder outcome" } }),
  },
  {
    mutation: "outcomeUpdate",
    query: mutationQuery("outcomeUpdate", "OutcomeUpdateInput"),
    variables: async (fx) => ({
      input: { outcome: toGlobalId("Outcome", (await fx.outcome("interviewing")).key), title: "Changed" },
    }),
  },
  {
    mutation: "outcomeTranslationSet",
    query: mutationQuery("outcomeTranslationSet", "OutcomeTranslationSetInput"),
    variables: async (fx) => {
      const outcome = await fx.outcome();
      const indicator = await fx.dataSource
        .getRepository(Indicator)
        .findOneOrFail({ where: { outcomeKey: outcome.key } });
      return {
        input: {
          outcome: toGlobalId("Outcome", outcome.key),
          lang: "cy",
          title: "Canlyniad tresmaswr",
          indicators: [{ indicator: toGlobalId("Indicator", indicator.key), name: "Dangosydd tresmaswr" }],
        },
      };
    },
  },
  {
    mutation: "indicatorCreate",
    query: mutationQuery("indicatorCreate", "IndicatorCreateInput"),
    variables: async (fx) => ({
      input: {
        outcome: toGlobalId("Outcome", (await fx.outcome("interviewing")).key),
        name: "I",
        unit: "%",
        baseline: 1,
        target: 2,
        direction: "HIGHER_IS_BETTER",
        startsOn: "2024-01-01",
        dueOn: "2024-12-31",
      },
    }),
  },
  {
    mutation: "measurementRecord",
    query: mutationQuery("measurementRecord", "MeasurementRecordInput"),
    variables: async (fx) => ({
      input: {
        indicator: toGlobalId(
          "Indicator",
          (
            await fx.dataSource
              .getRepository(Indicator)
              .findOneOrFail({ where: { outcomeKey: (await fx.outcome()).key } })
          ).key,
        ),
        value: 1,
        measuredOn: "2024-06-01",
        source: "Tenancy check",
      },
    }),
  },
  {
    mutation: "milestoneCreate",
    query: mutationQuery("milestoneCreate", "MilestoneCreateInput"),
    variables: async (fx) => ({
      input: { round: await fx.roundId(), title: "Intruder milestone", dueOn: "2024-06-01" },
    }),
  },
  {
    mutation: "milestoneUpdate",
    query: mutationQuery("milestoneUpdate", "MilestoneUpdateInput"),
    variables: async (fx) => ({
      input: {
        milestone: toGlobalId(
          "Milestone",
          (
            await fx.dataSource
              .getRepository(Milestone)
              .findOneOrFail({ where: { roundKey: (await fx.round()).key }, order: { key: "ASC" } })
          ).key,
        ),
        title: "Changed",
      },
    }),
    watchTables: ["milestone"],
  },
];
