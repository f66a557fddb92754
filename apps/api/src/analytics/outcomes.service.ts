import type { DataSource } from "typeorm";
import {
  indicatorStatus,
  monitoringPeriod,
  rollupProgress,
  type IndicatorDirection,
  type IndicatorStatus,
} from "@coproduce/domain";
import { Params, float, int } from "./sql.js";
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
    const p = Params.for(this.dataSource);
    const list = p.list(keys);
    const asOfParam = p.add(asOf);
    const [indicators, awarded] = await Promise.all([
      p.run<{
        key: unknown;
        roundKey: unknown;
        outcomeTitle: string;
        name: string;
        unit: string;
        baseline: unknown;
        target: unknown;
        direction: string;
        startsOn: string | null;
        dueOn: string | null;
        fallbackStart: string | null;
        value: unknown;
        measuredOn: string | null;
      }>(
        this.dataSource,
        `SELECT i."key" AS "key", o."roundKey" AS "roundKey", o."title" AS "outcomeTitle", i."name" AS "name", i."unit" AS "unit",
                i."baseline" AS "baseline", i."target" AS "target", i."direction" AS "direction", i."startsOn" AS "startsOn", i."dueOn" AS "dueOn",
                COALESCE((SELECT MIN(a."startsOn") FROM award a WHERE a."roundKey" = o."roundKey"), r."closesOn", r."opensOn") AS "fallbackStart",
                m."value" AS "value", m."measuredOn" AS "measuredOn"
         FROM indicator i JOIN outcome o ON o."key" = i."outcomeKey" JOIN round r ON r."key" = o."roundKey"
         LEFT JOIN measurement m ON m."indicatorKey" = i."key" AND m."measuredOn" <= ${asOfParam}
           AND NOT EXISTS (SELECT 1 FROM measurement m2 WHERE m2."indicatorKey" = i."key" AND m2."measuredOn" <= ${asOfParam}
                           AND (m2."measuredOn" > m."measuredOn" OR (m2."measuredOn" = m."measuredOn" AND m2."key" > m."key")))
         WHERE o."roundKey" IN ${list}
         ORDER BY o."roundKey", o."position", i."key"`,
      ),
      p.run<{ roundKey: unknown; currency: string; amount: unknown }>(
        this.dataSource,
        `SELECT a."roundKey" AS "roundKey", a."currency" AS "currency", SUM(a."valueMinor") AS "amount" FROM award a WHERE a."roundKey" IN ${list} GROUP BY a."roundKey", a."currency"`,
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
              .map((a) => ({ currency: a.currency, amountMinor: Math.round(int(a.amount) / reached) }))
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
