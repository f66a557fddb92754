import { In, type EntityManager } from "typeorm";
import { LOTTERY_ALGORITHM, selectPanelByLottery } from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserError, UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { requirePhase } from "../round/round-lifecycle.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { categoriesOf, DIMENSION_NAMES, DIMENSIONS, isDimension, memberPseudonym } from "./dimensions.js";
import { generateInvitationCode, hashInvitationCode } from "../auth/token.js";

export interface ApplicantValues {
  pseudonym?: string;
  contact?: string | null;
  ageBand?: string | null;
  sex?: string | null;
  ethnicGroup?: string | null;
  disability?: string | null;
  consent: boolean;
  eligible: boolean;
}

export interface QuotaValues {
  dimension: string;
  category: string;
  min: number;
  max: number;
}

async function baselineCategories(manager: EntityManager, areaKey: number | null): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (areaKey === null) return out;
  const rows = await manager.getRepository(PopulationBaseline).findBy({ areaKey, dimension: In(DIMENSION_NAMES) });
  for (const r of rows) {
    let set = out.get(r.dimension);
    if (!set) out.set(r.dimension, (set = new Set()));
    set.add(r.category);
  }
  return out;
}

async function lockRound(manager: EntityManager, key: number): Promise<Round> {
  if (manager.connection.options.type === "postgres")
    return manager.getRepository(Round).findOneOrFail({ where: { key }, lock: { mode: "pessimistic_write" } });
  return manager.getRepository(Round).findOneByOrFail({ key });
}

export class PanelService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** An application to the panel (by the applicant, or entered by an officer). Consent and eligibility are required. */
  apply(round: Round, values: ApplicantValues): Promise<CommandResult<Applicant>> {
    return runCommand(this.ctx, async (manager) => {
      requirePhase(round, ["recruiting"]);
      const errors: UserError[] = [];
      if (!values.consent)
        errors.push(
          UserError.of(UserErrorCode.REQUIRED, "Consent to store and use your answers is required to apply.", [
            "input",
            "consent",
          ]),
        );
      if (!values.eligible)
        errors.push(
          UserError.of(
            UserErrorCode.NOT_ELIGIBLE,
            `This panel is for ${round.targetGroup ?? "the round's target group"}.`,
            ["input", "eligible"],
          ),
        );
      const known = await baselineCategories(manager, round.areaKey);
      for (const d of DIMENSION_NAMES) {
        const value = values[DIMENSIONS[d]];
        const allowed = known.get(d);
        if (value && allowed && !allowed.has(value)) {
          errors.push(
            UserError.of(
              UserErrorCode.INVALID,
              `Choose one of: ${[...allowed].sort().join(", ")} (or leave it blank).`,
              ["input", DIMENSIONS[d]],
            ),
          );
        }
      }
      if (errors.length > 0) throw new UserErrorException(errors);
      const repo = manager.getRepository(Applicant);
      const pseudonym =
        values.pseudonym ?? `A-${String((await repo.countBy({ roundKey: round.key })) + 1).padStart(3, "0")}`;
      if (await repo.existsBy({ roundKey: round.key, pseudonym }))
        throw UserErrorException.of(UserErrorCode.DUPLICATE, `The pseudonym ${pseudonym} is taken in this round.`, [
          "input",
          "pseudonym",
        ]);
      const applicant = await repo.save(
        Object.assign(new Applicant(), {
          roundKey: round.key,
          pseudonym,
          contact: values.contact ?? null,
          ageBand: values.ageBand ?? null,
          sex: values.sex ?? null,
          ethnicGroup: values.ethnicGroup ?? null,
          disability: values.disability ?? null,
          eligible: true,
          consentAt: new Date(),
          status: "applied",
          selectionProbability: null,
        }),
      );
      // The audit entry names the pseudonym only: no contact data or demographics in the log.
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "applicantApply",
        entityType: "Applicant",
        entityId: applicant.key,
        after: { pseudonym },
      });
      return applicant;
    });
  }

  /** Replaces the round's quotas and sets the panel size (before the lottery). */
  setQuotas(round: Round, panelSize: number, quotas: QuotaValues[]): Promise<CommandResult<Round>> {
    return runCommand(this.ctx, async (manager) => {
      const current = await lockRound(manager, round.key);
      requirePhase(current, ["draft", "recruiting"]);
      if (await manager.getRepository(PanelMember).existsBy({ roundKey: round.key }))
        throw UserErrorException.of(
          UserErrorCode.FROZEN,
          "The panel has been selected; its quotas can no longer change.",
          ["input", "quotas"],
        );
      const errors: UserError[] = [];
      const seen = new Set<string>();
      quotas.forEach((q, i) => {
        const field = ["input", "quotas", String(i)];
        if (!isDimension(q.dimension))
          errors.push(
            UserError.of(
              UserErrorCode.INVALID,
              `Unknown dimension "${q.dimension}"; use one of ${DIMENSION_NAMES.join(", ")}.`,
              [...field, "dimension"],
            ),
          );
        if (q.min > q.max)
          errors.push(UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the maximum.", [...field, "min"]));
        if (q.min > panelSize)
          errors.push(
            UserError.of(UserErrorCode.OUT_OF_RANGE, "The minimum is above the panel size.", [...field, "min"]),
          );
        const id = `${q.dimension}\u0000${q.category}`;
        if (seen.has(id))
          errors.push(
            UserError.of(UserErrorCode.DUPLICATE, `Two quotas for ${q.dimension} = ${q.category}.`, [
              ...field,
              "category",
            ]),
          );
        seen.add(id);
      });
      if (errors.length > 0) throw new UserErrorException(errors);
      const before = (await manager.getRepository(Quota).findBy({ roundKey: round.key })).map((q) => ({
        dimension: q.dimension,
        category: q.category,
        min: q.min,
        max: q.max,
      }));
      await manager.getRepository(Quota).delete({ roundKey: round.key });
      await manager.getRepository(Quota).save(
        quotas.map((q) =>
          Object.assign(new Quota(), {
            roundKey: round.key,
            dimension: q.dimension,
            category: q.category,
            min: q.min,
            max: q.max,
          }),
        ),
      );
      await manager.getRepository(Round).update({ key: round.key }, { panelSize });
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "panelQuotasSet",
        entityType: "Round",
        entityId: round.key,
        before: { panelSize: current.panelSize, quotas: before },
        after: { panelSize, quotas },
      });
      return manager.getRepository(Round).findOneByOrFail({ key: round.key });
    });
  }

  /**
   * Draws the panel with the domain's stratified lottery and the round's published seed: stores each
   * applicant's selection probability and status, and creates the panel members. Infeasible quotas
   * → QUOTAS_INFEASIBLE with the domain's reason; nothing written.
   */
  select(round: Round, seed: string | undefined): Promise<CommandResult<{ round: Round; quotasMet: boolean }>> {
    return runCommand(this.ctx, async (manager) => {
      const current = await lockRound(manager, round.key);
      requirePhase(current, ["recruiting"]);
      if (await manager.getRepository(PanelMember).existsBy({ roundKey: round.key }))
        throw UserErrorException.of(UserErrorCode.FROZEN, "The panel has already been selected.", ["input", "round"]);
      if (seed !== undefined && current.lotterySeed !== null && seed !== current.lotterySeed) {
        throw UserErrorException.of(
          UserErrorCode.FROZEN,
          `The round's seed was already published as "${current.lotterySeed}".`,
          ["input", "seed"],
        );
      }
      const publishedSeed = seed ?? current.lotterySeed;
      if (!publishedSeed)
        throw UserErrorException.of(
          UserErrorCode.REQUIRED,
          "Publish a seed for the lottery (e.g. drawn at a public meeting).",
          ["input", "seed"],
        );
      if (!current.panelSize)
        throw UserErrorException.of(UserErrorCode.REQUIRED, "Set the panel size first (panelQuotasSet).", [
          "input",
          "round",
        ]);
      const applicants = (
        await manager.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } })
      ).filter((a) => a.eligible && a.consentAt !== null && a.status !== "withdrawn");
      const quotaRows = await manager.getRepository(Quota).findBy({ roundKey: round.key });
      const quotas: Record<string, Record<string, { min: number; max: number }>> = {};
      for (const q of quotaRows) (quotas[q.dimension] ??= {})[q.category] = { min: q.min, max: q.max };
      const byId = new Map(applicants.map((a) => [a.pseudonym, a]));
      const result = selectPanelByLottery({
        applicants: applicants.map((a) => ({ id: a.pseudonym, categories: categoriesOf(a) })),
        quotas: quotas,
        panelSize: current.panelSize,
        seed: publishedSeed,
      });
      if (!result.quotasMet || result.infeasible) {
        throw UserErrorException.of(
          UserErrorCode.QUOTAS_INFEASIBLE,
          result.infeasible?.message ?? "No panel meets all quotas.",
          ["input", "round"],
        );
      }
      const chosen = new Set(result.panel);
      for (const a of applicants) {
        a.selectionProbability = result.selectionProbability[a.pseudonym] ?? 0;
        a.status = chosen.has(a.pseudonym) ? "selected" : "reserve";
      }
      await manager.getRepository(Applicant).save(applicants);
      const members = result.panel.map((id, i) =>
        Object.assign(new PanelMember(), {
          roundKey: round.key,
          applicantKey: byId.get(id)!.key,
          pseudonym: memberPseudonym(i),
          role: "member",
          invitationCodeHash: null,
          invitationUsedAt: null,
          active: true,
        }),
      );
      await manager.getRepository(PanelMember).save(members);
      await manager.getRepository(Round).update({ key: round.key }, { lotterySeed: publishedSeed });
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "panelSelect",
        entityType: "Round",
        entityId: round.key,
        after: { seed: publishedSeed, algorithm: LOTTERY_ALGORITHM, drawIndex: result.drawIndex, panel: result.panel },
      });
      return {
        round: await manager.getRepository(Round).findOneByOrFail({ key: round.key }),
        quotasMet: result.quotasMet,
      };
    });
  }

  /** A fresh single-use invitation code for a panel member (replaces any earlier one). Only its hash is stored. */
  invite(round: Round, member: PanelMember): Promise<CommandResult<{ member: PanelMember; code: string }>> {
    return runCommand(this.ctx, async (manager) => {
      requirePhase(round, [
        "recruiting",
        "defining_outcomes",
        "tendering",
        "bidding",
        "shortlisting",
        "interviewing",
        "deciding",
        "awarded",
        "monitoring",
      ]);
      if (!member.active)
        throw UserErrorException.of(UserErrorCode.INVALID, "This member has left the panel.", ["input", "member"]);
      const code = generateInvitationCode();
      await manager
        .getRepository(PanelMember)
        .update({ key: member.key }, { invitationCodeHash: hashInvitationCode(code), invitationUsedAt: null });
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "panelMemberInvite",
        entityType: "PanelMember",
        entityId: member.key,
      });
      return { member: await manager.getRepository(PanelMember).findOneByOrFail({ key: member.key }), code };
    });
  }
}
