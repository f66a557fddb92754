import type { DataSource } from "typeorm";
import {
  indicatorStatus,
  monitoringPeriod,
  rollupProgress,
  type IndicatorDirection,
  type IndicatorStatus,
} from "@coproduce/domain";
import { bigintOf, exactSum, float, int, notWithdrawn, run, sqlFor } from "../db/sql.js";
import type { MoneyAmount } from "./spending.service.js";

/**
 * "Did it work": each indicator's status on a date (domain `indicatorStatus`: published rule,
 * progress toward target vs share of the period elapsed), per-round and overall roll-ups (domain
 * `rollupProgress`: weighted mean of progress, never a sum; unreported excluded and counted), and
 * the cost per person reached where an indicator counts people.
 *
 * Only the latest measurement on or before `asOf` is read per indicator (one SQL statement).
 * Monitoring period: `monitoringPeriod` (packages/domain outcomes/period.ts) — the indicator's own,
 * else from the start of the funded service for a year.
 */
export interface IndicatorStatusData {
  indicatorKey: number;
  roundKey: number;
  outcomeTitle: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  latest: number | null;
  latestOn: string | null;
  status: IndicatorStatus;
  progress: number | null;
  expected: number;
  /** For indicators counting people: awarded ÷ (latest − baseline), per currency of the round's awards. */
  costPerPersonReached: { currency: string; amountMinor: number }[];
}

export interface RollupData {
  progress: number | null;
  included: number;
  notReported: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

export interface OutcomesData {
  asOf: string;
  rule: string;
  indicators: IndicatorStatusData[];
  perRound: { roundKey: number; rollup: RollupData }[];
  overall: RollupData;
}

/** Units that count people (the cost per person reached is meaningful). */
export const PEOPLE_UNIT =
  /\b(people|persons?|participants?|residents?|young people|children|adults|users|members|learners|families)\b/i;

export class OutcomesService {
  constructor(private readonly dataSource: DataSource) {}

  async summarise(roundKeys: number[], asOf: string): Promise<OutcomesData> {
    const keys = [...new Set(roundKeys)].sort((a, b) => a - b);
    if (keys.length === 0)
      return { asOf, rule: "", indicators: [], perRound: [], overall: toRollup(rollupProgress([])) };
    const k = sqlFor(this.dataSource);
    const [indicators, awarded] = await Promise.all([
      run(
        this.dataSource,
        k
          .selectFrom("indicator as i")
          .innerJoin("outcome as o", "o.key", "i.outcomeKey")
          .innerJoin("round as r", "r.key", "o.roundKey")
          // Only the latest measurement on or before asOf (ties: the later key).
          .leftJoin("measurement as m", (j) =>
            j
              .onRef("m.indicatorKey", "=", "i.key")
              .on("m.measuredOn", "<=", asOf)
              .on((eb) =>
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom("measurement as m2")
                      .select("m2.key")
                      .whereRef("m2.indicatorKey", "=", "i.key")
                      .where("m2.measuredOn", "<=", asOf)
                      .where((w) =>
                        w.or([
                          w("m2.measuredOn", ">", w.ref("m.measuredOn")),
                          w.and([w("m2.measuredOn", "=", w.ref("m.measuredOn")), w("m2.key", ">", w.ref("m.key"))]),
                        ]),
                      ),
                  ),
                ),
              ),
          )
          .select((eb) => [
            "i.key",
            "o.roundKey",
            "o.title as outcomeTitle",
            "i.name",
            "i.unit",
            "i.baseline",
            "i.target",
            "i.direction",
            "i.startsOn",
            "i.dueOn",
            eb.fn
              .coalesce(
                eb
                  .selectFrom("award as a")
                  .select((x) => x.fn.min("a.startsOn").as("s"))
                  .whereRef("a.roundKey", "=", "o.roundKey"),
                "r.closesOn",
                "r.opensOn",
              )
              .as("fallbackStart"),
            "m.value",
            "m.measuredOn",
          ])
          .where("o.roundKey", "in", keys)
          .where(notWithdrawn("r"))
          .orderBy("o.roundKey")
          .orderBy("o.position")
          .orderBy("i.key"),
      ),
      run(
        this.dataSource,
        k
          .selectFrom("award as a")
          .select((eb) => ["a.roundKey", "a.currency", exactSum(this.dataSource, eb.ref("a.valueMinor")).as("amount")])
          .where("a.roundKey", "in", keys)
          .groupBy(["a.roundKey", "a.currency"]),
      ),
    ]);
    let rule = "";
    const out: IndicatorStatusData[] = indicators.map((i) => {
      const period = monitoringPeriod(i, { serviceStart: i.fallbackStart, asOf });
      const latest = float(i.value);
      const definition = {
        baseline: float(i.baseline) ?? 0,
        target: float(i.target) ?? 0,
        direction: i.direction as IndicatorDirection,
      };
      const status = indicatorStatus({
        indicator: definition,
        measurements: latest === null || !i.measuredOn ? [] : [{ date: i.measuredOn, value: latest }],
        periodStart: period.start,
        periodEnd: period.end,
        asOf,
      });
      rule = status.rule;
      const roundKey = int(i.roundKey);
      const reached =
        latest === null
          ? 0
          : definition.direction === "higher_is_better"
            ? latest - definition.baseline
            : definition.baseline - latest;
      const costPerPersonReached =
        PEOPLE_UNIT.test(i.unit) && reached > 0
          ? awarded
              .filter((a) => int(a.roundKey) === roundKey)
              .map((a) => ({ currency: a.currency, amountMinor: Math.round(Number(bigintOf(a.amount)) / reached) }))
          : [];
      return {
        indicatorKey: int(i.key),
        roundKey,
        outcomeTitle: i.outcomeTitle,
        name: i.name,
        unit: i.unit,
        baseline: definition.baseline,
        target: definition.target,
        direction: i.direction,
        latest,
        latestOn: latest === null ? null : i.measuredOn,
        status: status.status,
        progress: status.progress,
        expected: status.expected,
        costPerPersonReached,
      };
    });
    const rollup = (items: IndicatorStatusData[]) =>
      toRollup(
        rollupProgress(items.map((x) => ({ id: String(x.indicatorKey), progress: x.progress, status: x.status }))),
      );
    return {
      asOf,
      rule,
      indicators: out,
      perRound: keys.map((roundKey) => ({ roundKey, rollup: rollup(out.filter((x) => x.roundKey === roundKey)) })),
      overall: rollup(out),
    };
  }
}

function toRollup(r: ReturnType<typeof rollupProgress>): RollupData {
  return {
    progress: r.progress,
    included: r.included,
    notReported: r.notReported.length,
    onTrack: r.statusCounts.on_track,
    atRisk: r.statusCounts.at_risk,
    offTrack: r.statusCounts.off_track,
  };
}

export type { MoneyAmount };
