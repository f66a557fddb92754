/**
 * Loads rounds from the database into `RoundExportInput` for the open-data builders: one SQL
 * statement per table per chunk of rounds (no N+1), chunks streamed as an async iterable so a
 * national export never holds more than one chunk of awards/spend at a time when writing CSV.
 * Only organisations and public facts are read: no applicants, panel members, voters, ballots,
 * interview scores or compensation (see README.md "What is never exported").
 */
import type { DataSource } from "typeorm";
import { In } from "typeorm";
import { Round } from "../round/round.entity.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import type {
  AwardExportInput,
  BidStatus,
  MilestoneExportInput,
  OrgIdentifierInput,
  ProviderExportInput,
  ProviderKind,
  RoundExportInput,
} from "./types.js";

export interface ExportSelection {
  /** Council slug. */
  council?: string;
  /** Round key (number) or slug. */
  round?: string;
}

export class ExportNotFoundError extends Error {}

export const EXPORT_CHUNK = 100;

/** `GB-LAE-LBH` → { scheme: GB-LAE, id: LBH }; org-id schemes are two dash-separated parts. */
export function parseOrgId(value: string | null): OrgIdentifierInput | null {
  if (!value) return null;
  const m = /^([A-Z]{2}-[A-Z0-9]+)-(.+)$/.exec(value);
  return m ? { scheme: m[1]!, id: m[2]! } : null;
}

const SHORTLISTED = new Set(["shortlisted", "funded", "not_funded"]);
const AWARD_STATUS: Record<string, AwardExportInput["status"]> = {
  active: "active",
  completed: "completed",
  terminated: "cancelled",
  pending: "pending",
};
const GEO_CODE_TYPE: Record<string, string> = { ward: "WD", borough: "LONB" };

export class ExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Round keys selected (ordered by key); throws ExportNotFoundError for an unknown council/round. */
  async select(selection: ExportSelection): Promise<number[]> {
    const qb = this.dataSource
      .getRepository(Round)
      .createQueryBuilder("r")
      .select("r.key", "key")
      // A withdrawn round is in no export.
      .where("r.withdrawnAt IS NULL")
      .orderBy("r.key", "ASC");
    if (selection.council) {
      const council = await this.dataSource.getRepository(Council).findOneBy({ slug: selection.council });
      if (!council) throw new ExportNotFoundError(`no council with slug "${selection.council}"`);
      qb.andWhere("r.councilKey = :c", { c: council.key });
    }
    if (selection.round) {
      const byKey = /^\d+$/.test(selection.round) ? Number(selection.round) : null;
      qb.andWhere(byKey !== null ? "(r.key = :k OR r.slug = :s)" : "r.slug = :s", { k: byKey, s: selection.round });
    }
    const rows = await qb.getRawMany<{ key: number | string }>();
    if (selection.round && rows.length === 0)
      throw new ExportNotFoundError(
        `no round "${selection.round}"${selection.council ? ` in council "${selection.council}"` : ""}`,
      );
    return rows.map((r) => Number(r.key));
  }

  /** Streams the selected rounds in chunks (each chunk: one statement per table). */
  async *stream(selection: ExportSelection, chunk = EXPORT_CHUNK): AsyncGenerator<RoundExportInput> {
    const keys = await this.select(selection);
    for (let i = 0; i < keys.length; i += chunk) yield* await this.load(keys.slice(i, i + chunk));
  }

  async all(selection: ExportSelection): Promise<RoundExportInput[]> {
    const out: RoundExportInput[] = [];
    for await (const r of this.stream(selection)) out.push(r);
    return out;
  }

  async load(roundKeys: number[]): Promise<RoundExportInput[]> {
    if (roundKeys.length === 0) return [];
    const ds = this.dataSource;
    const rounds = await ds.getRepository(Round).find({ where: { key: In(roundKeys) }, order: { key: "ASC" } });
    const [councils, areas, tenders, outcomes, bids, awards, milestones] = await Promise.all([
      ds.getRepository(Council).findBy({ key: In([...new Set(rounds.map((r) => r.councilKey))]) }),
      ds.getRepository(Area).findBy({ key: In(rounds.flatMap((r) => (r.areaKey === null ? [] : [r.areaKey]))) }),
      ds.getRepository(Tender).findBy({ roundKey: In(roundKeys) }),
      ds.getRepository(Outcome).find({ where: { roundKey: In(roundKeys) }, order: { position: "ASC", key: "ASC" } }),
      ds.getRepository(Bid).find({ where: { roundKey: In(roundKeys) }, order: { key: "ASC" } }),
      ds.getRepository(Award).find({ where: { roundKey: In(roundKeys) }, order: { key: "ASC" } }),
      ds.getRepository(Milestone).find({ where: { roundKey: In(roundKeys) }, order: { dueOn: "ASC", key: "ASC" } }),
    ]);
    const [criteria, indicators, spend, providers] = await Promise.all([
      ds
        .getRepository(Criterion)
        .find({ where: { tenderKey: In(tenders.map((t) => t.key)) }, order: { position: "ASC", key: "ASC" } }),
      ds
        .getRepository(Indicator)
        .find({ where: { outcomeKey: In(outcomes.map((o) => o.key)) }, order: { key: "ASC" } }),
      ds
        .getRepository(SpendTransaction)
        .find({ where: { awardKey: In(awards.map((a) => a.key)) }, order: { paidOn: "ASC", key: "ASC" } }),
      ds.getRepository(Provider).findBy({
        key: In([...new Set([...bids, ...awards].flatMap((x) => (x.providerKey === null ? [] : [x.providerKey])))]),
      }),
    ]);
    const councilOf = new Map(councils.map((c) => [c.key, c]));
    const areaOf = new Map(areas.map((a) => [a.key, a]));
    const providerOf = new Map<number, ProviderExportInput>(
      providers.map((p) => [
        p.key,
        {
          id: String(p.key),
          name: p.name,
          kind: p.kind as ProviderKind,
          identifier: p.identifierScheme && p.identifier ? { scheme: p.identifierScheme, id: p.identifier } : null,
          website: p.website,
        },
      ]),
    );
    const provider = (key: number | null) => (key === null ? null : (providerOf.get(key) ?? null));
    const group = <T, K>(rows: T[], key: (r: T) => K) => {
      const m = new Map<K, T[]>();
      for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
      return m;
    };
    const tenderOf = new Map(tenders.map((t) => [t.roundKey, t]));
    const criteriaOf = group(criteria, (c) => c.tenderKey);
    const outcomesOf = group(outcomes, (o) => o.roundKey);
    const indicatorsOf = group(indicators, (i) => i.outcomeKey);
    const bidsOf = group(bids, (b) => b.roundKey);
    const awardsOf = group(awards, (a) => a.roundKey);
    const spendOf = group(spend, (s) => s.awardKey);
    const milestonesOf = group(milestones, (m) => m.roundKey);

    return rounds.map((r): RoundExportInput => {
      const council = councilOf.get(r.councilKey)!;
      const area = r.areaKey === null ? null : (areaOf.get(r.areaKey) ?? null);
      const tender = tenderOf.get(r.key);
      const roundAwards = awardsOf.get(r.key) ?? [];
      const roundSpend = roundAwards.flatMap((a) => spendOf.get(a.key) ?? []);
      const dates = [r.updatedAt, ...roundAwards.map((a) => a.createdAt), ...roundSpend.map((s) => s.createdAt)].filter(
        (d): d is Date => d instanceof Date,
      );
      const updatedAt = new Date(Math.max(...dates.map((d) => d.getTime())));
      return {
        council: {
          slug: council.slug,
          name: council.name,
          onsCode: council.onsCode,
          identifier: parseOrgId(council.orgIdentifier),
        },
        round: {
          id: String(r.key),
          slug: r.slug,
          title: r.title,
          description: r.description || null,
          kind: r.kind as RoundExportInput["round"]["kind"],
          phase: r.phase,
          theme: r.theme,
          targetGroup: r.targetGroup,
          area: area ? { name: area.name, onsCode: area.onsCode, geoCodeType: GEO_CODE_TYPE[area.kind] ?? null } : null,
          pot: { amountMinor: r.potMinor, currency: r.currency },
          decisionMethod: r.decisionMethod,
          allocationRule: r.allocationRule,
          opensOn: r.opensOn,
          closesOn: r.closesOn,
          updatedAt: updatedAt.toISOString(),
        },
        tender: tender
          ? {
              id: String(tender.key),
              title: tender.title,
              specification: tender.specification || null,
              ceiling: { amountMinor: tender.ceilingMinor, currency: tender.currency },
              criteria: (criteriaOf.get(tender.key) ?? []).map((c) => ({
                name: c.name,
                description: c.description || null,
                weightBasisPoints: c.weightBasisPoints,
              })),
              status: tender.status as "draft" | "published" | "closed",
              publishedAt: tender.publishedAt ? tender.publishedAt.toISOString() : null,
              submissionDeadline: tender.submissionDeadline,
            }
          : null,
        outcomes: (outcomesOf.get(r.key) ?? []).map((o) => ({
          title: o.title,
          indicators: (indicatorsOf.get(o.key) ?? []).map((i) => ({ name: i.name, unit: i.unit, target: i.target })),
        })),
        bids: (bidsOf.get(r.key) ?? []).map((b) => ({
          id: String(b.key),
          title: b.title,
          summary: b.summary || null,
          provider: provider(b.providerKey),
          amountRequested: { amountMinor: b.amountRequestedMinor, currency: b.currency },
          status: b.status as BidStatus,
          shortlisted: SHORTLISTED.has(b.status),
          submittedAt: b.createdAt instanceof Date ? b.createdAt.toISOString() : null,
        })),
        awards: roundAwards.map((a) => ({
          id: String(a.key),
          title: a.title,
          kind: a.kind as "contract" | "grant",
          provider: provider(a.providerKey),
          bidId: a.bidKey === null ? null : String(a.bidKey),
          value: { amountMinor: a.valueMinor, currency: a.currency },
          awardedOn: a.awardedOn,
          status: AWARD_STATUS[a.status] ?? "active",
          period: { start: a.startsOn, end: a.endsOn },
        })),
        spend: roundSpend.map((s) => ({
          id: String(s.key),
          awardId: String(s.awardKey),
          amount: { amountMinor: s.amountMinor, currency: s.currency },
          paidOn: s.paidOn,
          description: s.description,
        })),
        milestones: (milestonesOf.get(r.key) ?? []).map((m): MilestoneExportInput => ({
          id: String(m.key),
          awardId: m.awardKey === null ? null : String(m.awardKey),
          title: m.title,
          dueOn: m.dueOn,
          status: m.status as MilestoneExportInput["status"],
          completedOn: m.completedOn,
        })),
      };
    });
  }
}
