import {
  allowedNextPhases,
  canTransition,
  isKnownCurrency,
  PHASE_LABELS,
  PHASES,
  type Phase,
  type RoundKind,
} from "@coproduce/domain";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserError, UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "./round.entity.js";
import { Area } from "../area/area.entity.js";

function phaseList(phases: readonly string[]): string {
  return phases.length === 0 ? "none (the round is closed)" : phases.map((p) => p.toUpperCase()).join(", ");
}

/**
 * Guard for mutations that only make sense in some phases (e.g. recording ballots while DECIDING):
 * throws a WRONG_PHASE user error naming the current phase and the phases that allow it, inside a
 * `runCommand` body (so nothing is written).
 */
export function requirePhase(
  round: Pick<Round, "phase">,
  phases: readonly string[],
  field: string[] | null = ["input", "round"],
): void {
  if (phases.includes(round.phase)) return;
  throw UserErrorException.of(
    UserErrorCode.WRONG_PHASE,
    `The round is in phase ${round.phase.toUpperCase()}; this is only possible in phase ${phaseList(phases)}.`,
    field,
  );
}

/** Every phase from `from` to `to` inclusive, in lifecycle order. */
export function phasesBetween(from: Phase, to: Phase): Phase[] {
  return PHASES.slice(PHASES.indexOf(from), PHASES.indexOf(to) + 1);
}

export interface RoundCreateValues {
  councilKey: number;
  slug?: string;
  title: string;
  description?: string;
  kind: string;
  theme: string;
  targetGroup?: string | null;
  areaKey?: number | null;
  potMinor: number;
  currency: string;
  compensationCurrency?: string | null;
  decisionMethod: string;
  ballotType?: string | null;
  allocationRule?: string | null;
  year: number;
  opensOn?: string | null;
  closesOn?: string | null;
  panelSize?: number | null;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 100);
}

function validateRound(v: RoundCreateValues): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isSafeInteger(v.potMinor) || v.potMinor <= 0)
    errors.push(
      UserError.of(
        UserErrorCode.OUT_OF_RANGE,
        "The pot must be a whole number of minor units (e.g. pence) greater than 0.",
        ["input", "potMinor"],
      ),
    );
  if (!isKnownCurrency(v.currency))
    errors.push(UserError.of(UserErrorCode.INVALID, `Unknown currency "${v.currency}".`, ["input", "currency"]));
  if (v.compensationCurrency && !isKnownCurrency(v.compensationCurrency))
    errors.push(
      UserError.of(UserErrorCode.INVALID, `Unknown compensation currency "${v.compensationCurrency}".`, [
        "input",
        "compensationCurrency",
      ]),
    );
  if (v.decisionMethod === "voting" && !v.ballotType)
    errors.push(UserError.of(UserErrorCode.REQUIRED, "A voting round needs a ballot type.", ["input", "ballotType"]));
  if (v.decisionMethod === "voting" && !v.allocationRule)
    errors.push(
      UserError.of(UserErrorCode.REQUIRED, "A voting round needs an allocation rule.", ["input", "allocationRule"]),
    );
  if (v.opensOn && v.closesOn && v.closesOn < v.opensOn)
    errors.push(UserError.of(UserErrorCode.INVALID, "The round cannot close before it opens.", ["input", "closesOn"]));
  if (v.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug))
    errors.push(
      UserError.of(UserErrorCode.INVALID, "A slug is lower-case letters, digits and single dashes.", ["input", "slug"]),
    );
  return errors;
}

export class RoundLifecycleService {
  constructor(private readonly ctx: GraphQLContext) {}

  create(values: RoundCreateValues): Promise<CommandResult<Round>> {
    return runCommand(this.ctx, async (manager) => {
      const errors = validateRound(values);
      if (errors.length > 0) throw new UserErrorException(errors);
      if (values.areaKey !== undefined && values.areaKey !== null) {
        const area = await manager.getRepository(Area).findOneBy({ key: values.areaKey });
        if (area?.councilKey !== values.councilKey)
          throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No such area in this council.", ["input", "area"]);
      }
      const slug = values.slug ?? `${slugify(values.title)}-${values.year}`;
      if (await manager.getRepository(Round).existsBy({ slug }))
        throw UserErrorException.of(UserErrorCode.DUPLICATE, `A round with the slug "${slug}" already exists.`, [
          "input",
          "slug",
        ]);
      const round = await manager.save(
        Object.assign(new Round(), {
          slug,
          councilKey: values.councilKey,
          areaKey: values.areaKey ?? null,
          title: values.title,
          description: values.description ?? "",
          kind: values.kind,
          phase: "draft",
          theme: values.theme,
          targetGroup: values.targetGroup ?? null,
          potMinor: values.potMinor,
          currency: values.currency,
          compensationCurrency: values.compensationCurrency ?? null,
          ballotType: values.ballotType ?? null,
          decisionMethod: values.decisionMethod,
          allocationRule: values.allocationRule ?? null,
          allocationParams: null,
          year: values.year,
          opensOn: values.opensOn ?? null,
          closesOn: values.closesOn ?? null,
          panelSize: values.panelSize ?? null,
          lotterySeed: null,
          ballotsChangeable: false,
          dataSource: null,
        }),
      );
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: round.councilKey,
        roundKey: round.key,
        action: "roundCreate",
        entityType: "Round",
        entityId: round.key,
        after: { slug, phase: "draft", potMinor: round.potMinor, currency: round.currency },
      });
      return round;
    });
  }

  /** Moves a round to its next phase, as the domain's state machine allows. */
  advancePhase(round: Round, to: string): Promise<CommandResult<Round>> {
    return runCommand(this.ctx, async (manager) => {
      const current = await manager.getRepository(Round).findOneByOrFail({ key: round.key });
      const from = current.phase as Phase;
      const allowed = allowedNextPhases(current.kind as RoundKind, from);
      if (!canTransition(current.kind as RoundKind, from, to as Phase)) {
        throw UserErrorException.of(
          UserErrorCode.TRANSITION_NOT_ALLOWED,
          `A ${current.kind === "participatory_budgeting" ? "participatory budgeting" : "commissioning"} round in phase ${from.toUpperCase()} (${PHASE_LABELS[from]}) can move only to: ${phaseList(allowed)}.`,
          ["input", "to"],
        );
      }
      // Optimistic check: only move if nobody moved it meanwhile.
      const result = await manager.getRepository(Round).update({ key: current.key, phase: from }, { phase: to });
      if (result.affected === 0)
        throw UserErrorException.of(
          UserErrorCode.TRANSITION_NOT_ALLOWED,
          "The round's phase changed meanwhile; reload and try again.",
          ["input", "to"],
        );
      await recordAudit(manager, this.ctx.viewer, {
        councilKey: current.councilKey,
        roundKey: current.key,
        action: "roundAdvancePhase",
        entityType: "Round",
        entityId: current.key,
        before: { phase: from },
        after: { phase: to },
      });
      return manager.getRepository(Round).findOneByOrFail({ key: current.key });
    });
  }
}

/** Loads the round a mutation targets by its global id: NOT_FOUND (top-level) when it does not exist. */
export async function loadRound(ctx: GraphQLContext, globalId: string, field = "input.round"): Promise<Round> {
  const round = await ctx.loaders.one(Round).load(decodeIdOf("Round", globalId, field));
  if (!round) throw new GraphQLError("Not found", { extensions: { code: "NOT_FOUND", field } });
  return round;
}
