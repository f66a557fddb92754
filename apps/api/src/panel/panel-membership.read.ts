import { In, IsNull, type DataSource } from "typeorm";
import {
  ageBandRange,
  NO_DATA_CATEGORY,
  partialQuotaViolation,
  selectionReport,
  targetGroupBaseline,
  type PanelQuotas,
  type TargetBaseline,
} from "@coproduce/domain";
import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { csvString, type CsvColumn } from "../exports/csv.js";
import { toGlobalId } from "../graphql/node-id.js";
import type { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { PanelAlternate, PanelMemberStatus, SelectionRun } from "./panel-selection.entity.js";
import { categoriesOf, DIMENSION_NAMES, inLotteryPool } from "./dimensions.js";
import { quotasOf } from "./panel-membership.commands.js";
import { DimensionAnswer } from "./panel.types.js";
import {
  PanelAlternateEntry,
  PanelRoster,
  PanelSeat,
  QuotaSnapshot,
  SelectionRunRecord,
} from "./panel-membership.types.js";

function answers(a: Applicant | undefined, dimensions: readonly string[]): DimensionAnswer[] {
  const cats = a ? categoriesOf(a) : {};
  return dimensions.map((dimension) =>
    Object.assign(new DimensionAnswer(), { dimension, category: cats[dimension] ?? null }),
  );
}

/** The panel after the draw, for the council's officers: seats with their status, and the alternates in order. */
export async function panelRoster(ds: DataSource, round: Round): Promise<PanelRoster> {
  const [members, applicants, statuses, alternates, quotas] = await Promise.all([
    ds.getRepository(PanelMember).find({ where: { roundKey: round.key, role: "member" }, order: { key: "ASC" } }),
    ds.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
    ds.getRepository(PanelMemberStatus).findBy({ roundKey: round.key }),
    ds.getRepository(PanelAlternate).find({ where: { roundKey: round.key }, order: { position: "ASC" } }),
    quotasOf(ds.manager, round.key),
  ]);
  const dims = DIMENSION_NAMES.filter((d) => Object.hasOwn(quotas, d));
  const byKey = new Map(applicants.map((a) => [a.key, a]));
  const memberByKey = new Map(members.map((m) => [m.key, m]));
  const statusOf = new Map(statuses.map((s) => [s.memberKey, s]));
  const replacesOf = new Map(
    statuses.flatMap((s) => (s.replacedByMemberKey === null ? [] : [[s.replacedByMemberKey, s.memberKey] as const])),
  );
  const seats = members.map((m) => {
    const s = statusOf.get(m.key);
    const applicant = m.applicantKey === null ? undefined : byKey.get(m.applicantKey);
    const confirmed = (s?.confirmedAt ?? null) !== null;
    const replaces = replacesOf.get(m.key);
    return Object.assign(new PanelSeat(), {
      member: m,
      applicantPseudonym: applicant?.pseudonym ?? null,
      status: !m.active ? "withdrawn" : confirmed ? "confirmed" : "selected",
      confirmedAt: s?.confirmedAt ?? null,
      withdrawnAt: s?.withdrawnAt ?? null,
      withdrawalReason: s?.withdrawalReason ?? null,
      replacedBy: s?.replacedByMemberKey ? (memberByKey.get(s.replacedByMemberKey) ?? null) : null,
      replaces: replaces === undefined ? null : (memberByKey.get(replaces) ?? null),
      quotaAnswers: answers(applicant, dims),
    });
  });
  const everSeated = new Set(members.flatMap((m) => (m.applicantKey === null ? [] : [m.applicantKey])));
  const activeSeated = new Set(
    members.filter((m) => m.active).flatMap((m) => (m.applicantKey === null ? [] : [m.applicantKey])),
  );
  const active = members.filter((m) => m.active);
  const panelCats = active.flatMap((m) => {
    const a = m.applicantKey === null ? undefined : byKey.get(m.applicantKey);
    return a ? [categoriesOf(a)] : [];
  });
  const openSeats = statuses.filter((s) => s.withdrawnAt !== null && s.replacedByMemberKey === null).length;
  return Object.assign(new PanelRoster(), {
    drawn: members.length > 0,
    targetSize: round.panelSize,
    seats,
    active: active.length,
    confirmed: seats.filter((s) => s.status === "confirmed").length,
    openSeats,
    quotasMet:
      members.length > 0 &&
      active.length === (round.panelSize ?? active.length) &&
      partialQuotaViolation(panelCats, quotas) === 0,
    alternatesStored: alternates.length > 0,
    alternates: alternates.flatMap((row) => {
      const a = byKey.get(row.applicantKey);
      if (!a) return [];
      return [
        Object.assign(new PanelAlternateEntry(), {
          position: row.position + 1,
          applicant: a,
          state: activeSeated.has(a.key)
            ? "on_panel"
            : everSeated.has(a.key) || !inLotteryPool(a)
              ? "unavailable"
              : "waiting",
          quotaAnswers: answers(a, dims),
        }),
      ];
    }),
  });
}

function snapshot(quotas: unknown): QuotaSnapshot[] {
  const out: QuotaSnapshot[] = [];
  if (!quotas || typeof quotas !== "object") return out;
  for (const [dimension, cats] of Object.entries(quotas as PanelQuotas))
    for (const [category, q] of Object.entries(cats))
      out.push(Object.assign(new QuotaSnapshot(), { dimension, category, min: q.min, max: q.max }));
  return out;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/** The round's selection history, oldest first: the draw and each replacement, with inputs, who and when. */
export async function selectionHistory(ds: DataSource, round: Round): Promise<SelectionRunRecord[]> {
  const runs = await ds.getRepository(SelectionRun).find({ where: { roundKey: round.key }, order: { key: "ASC" } });
  return runs.map((run) => {
    const i = run.inputs;
    const r = run.result;
    const draw = run.kind === "draw";
    const panel = Array.isArray(r.panel) ? r.panel.length : 0;
    const kept = typeof r.quotasKept === "boolean" ? r.quotasKept : draw ? true : null;
    const summary = draw
      ? `Drew ${panel} members from ${num(i.pool) ?? "?"} applicants with seed "${str(i.seed) ?? ""}".`
      : `${str(r.member) ?? "?"} (${str(r.replacement) ?? "?"}, alternate ${num(r.alternatePosition) ?? "?"}) took the seat of ${str(i.withdrawnMember) ?? "?"}. ${str(r.explanation) ?? ""}`.trim();
    return Object.assign(new SelectionRunRecord(), {
      id: toGlobalId("SelectionRun", run.key),
      kind: run.kind,
      actor: run.actor,
      at: run.createdAt,
      summary,
      quotas: snapshot(i.quotas),
      panelSize: num(i.panelSize),
      seed: str(i.seed),
      algorithm: str(i.algorithm),
      pool: num(i.pool),
      withdrawnMember: str(i.withdrawnMember),
      reason: str(i.reason),
      replacement: str(r.replacement),
      newMember: str(r.member),
      alternatePosition: num(r.alternatePosition),
      quotasKept: kept,
      explanation: str(r.explanation),
      inputsJson: JSON.stringify(i),
      resultJson: JSON.stringify(r),
    });
  });
}

/** The census counts of the round's area (a round without an area: its council's top-level areas). */
export async function roundBaseline(
  ds: DataSource,
  round: Round,
): Promise<{ baseline: TargetBaseline | null; source: string | null }> {
  const areaKeys =
    round.areaKey !== null
      ? [round.areaKey]
      : (await ds.getRepository(Area).findBy({ councilKey: round.councilKey, parentKey: IsNull() })).map((a) => a.key);
  if (areaKeys.length === 0) return { baseline: null, source: null };
  const rows = await ds
    .getRepository(PopulationBaseline)
    .findBy({ areaKey: In(areaKeys), dimension: In(DIMENSION_NAMES) });
  if (rows.length === 0) return { baseline: null, source: null };
  // Age bands in age order ("5-9" before "10-14"), other categories alphabetically.
  const order = (c: string) => ageBandRange(c)?.from ?? Number.POSITIVE_INFINITY;
  rows.sort(
    (a, b) => order(a.category) - order(b.category) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
  );
  const counts: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const d = (counts[r.dimension] ??= {});
    d[r.category] = (d[r.category] ?? 0) + Number(r.count);
  }
  return { baseline: targetGroupBaseline(counts, round.targetGroup), source: rows[0]!.source };
}

interface ReportRow {
  dimension: string;
  category: string;
  quotaMin: number | null;
  quotaMax: number | null;
  targetPercent: number | null;
  targetScope: string;
  poolCount: number;
  poolPercent: number | null;
  selectedCount: number;
  selectedPercent: number | null;
}

const REPORT_COLUMNS: readonly CsvColumn<ReportRow>[] = [
  { header: "dimension", value: (r) => r.dimension },
  { header: "category", value: (r) => (r.category === NO_DATA_CATEGORY ? "no_data" : r.category) },
  { header: "quota_min", value: (r) => r.quotaMin },
  { header: "quota_max", value: (r) => r.quotaMax },
  { header: "target_percent", value: (r) => r.targetPercent },
  { header: "target_scope", value: (r) => r.targetScope },
  { header: "pool_count", value: (r) => r.poolCount },
  { header: "pool_percent", value: (r) => r.poolPercent },
  { header: "selected_count", value: (r) => r.selectedCount },
  { header: "selected_percent", value: (r) => r.selectedPercent },
];

/**
 * The selection report (officers): per quota dimension and category, the target group's share in
 * the census, the lottery pool's and the panel's as it stands now (replacements included).
 */
export async function selectionReportCsv(ds: DataSource, round: Round): Promise<string> {
  const [applicants, allMembers, quotas, { baseline }] = await Promise.all([
    ds.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
    ds.getRepository(PanelMember).findBy({ roundKey: round.key, role: "member" }),
    quotasOf(ds.manager, round.key),
    roundBaseline(ds, round),
  ]);
  const byKey = new Map(applicants.map((a) => [a.key, a]));
  const keysOf = (ms: PanelMember[]) => new Set(ms.flatMap((m) => (m.applicantKey === null ? [] : [m.applicantKey])));
  const seatedKeys = keysOf(allMembers.filter((m) => m.active));
  const everSeated = keysOf(allMembers);
  // The pool the draw chose from: eligible, consenting, not rejected — members who withdrew since included.
  const pool = applicants.filter((a) => inLotteryPool(a) || everSeated.has(a.key));
  const rows = selectionReport({
    quotas,
    pool: pool.map(categoriesOf),
    selected: [...seatedKeys].flatMap((k) => {
      const a = byKey.get(k);
      return a ? [categoriesOf(a)] : [];
    }),
    baseline,
  });
  return csvString(
    rows.map((r) => ({ ...r, targetScope: baseline?.scope[r.dimension] ?? "none" })),
    REPORT_COLUMNS,
  );
}
