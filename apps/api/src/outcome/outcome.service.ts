import type { EntityManager } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { requireOfficerOf, requireOfficerOrPanelMember } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Round } from "../round/round.entity.js";
import { Award } from "../award/award.entity.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { Measurement } from "./measurement.entity.js";
import { Milestone } from "./milestone.entity.js";
import { hasPassed, mustFind, requirePhase } from "../tender/round-guards.js";

export interface OutcomeFields {
  title?: string;
  description?: string;
  position?: number;
}

export interface IndicatorFields {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  startsOn?: string | null;
  dueOn?: string | null;
}

/** Outcomes are drafted in the defining_outcomes phase; afterwards (or once a tender links them) they are frozen. */
function requireOutcomesOpen(round: Round, outcome?: Outcome): void {
  if (hasPassed(round, "defining_outcomes") || outcome?.status === "frozen") {
    throw UserErrorException.of(
      UserErrorCode.FROZEN,
      "Outcomes are frozen once the round has moved on from defining outcomes.",
      ["input"],
    );
  }
  requirePhase(round, ["defining_outcomes"], "Defining outcomes");
}

async function roundFor(
  ctx: GraphQLContext,
  manager: EntityManager,
  roundKey: number,
  field: string[],
): Promise<Round> {
  const round = await mustFind(manager, Round, roundKey, field, "round");
  requireOfficerOrPanelMember(ctx, round.councilKey, round.key);
  return round;
}

export function createOutcome(
  ctx: GraphQLContext,
  roundKey: number,
  fields: Required<Pick<OutcomeFields, "title">> & OutcomeFields,
): Promise<CommandResult<Outcome>> {
  return runCommand(ctx, async (manager) => {
    const round = await roundFor(ctx, manager, roundKey, ["input", "round"]);
    requireOutcomesOpen(round);
    const count = await manager.countBy(Outcome, { roundKey });
    const outcome = await manager.save(
      Object.assign(new Outcome(), {
        roundKey,
        title: fields.title,
        description: fields.description ?? "",
        status: "draft",
        position: fields.position ?? count,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: "outcome.create",
      entityType: "Outcome",
      entityId: outcome.key,
      after: { title: outcome.title },
    });
    return outcome;
  });
}

export function updateOutcome(
  ctx: GraphQLContext,
  outcomeKey: number,
  fields: OutcomeFields,
): Promise<CommandResult<Outcome>> {
  return runCommand(ctx, async (manager) => {
    const outcome = await mustFind(manager, Outcome, outcomeKey, ["input", "outcome"], "outcome");
    const round = await roundFor(ctx, manager, outcome.roundKey, ["input", "outcome"]);
    requireOutcomesOpen(round, outcome);
    const before = { title: outcome.title, description: outcome.description, position: outcome.position };
    if (fields.title !== undefined) outcome.title = fields.title;
    if (fields.description !== undefined) outcome.description = fields.description;
    if (fields.position !== undefined) outcome.position = fields.position;
    await manager.save(outcome);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "outcome.update",
      entityType: "Outcome",
      entityId: outcome.key,
      before,
      after: { title: outcome.title, description: outcome.description, position: outcome.position },
    });
    return outcome;
  });
}

export function createIndicator(
  ctx: GraphQLContext,
  outcomeKey: number,
  fields: IndicatorFields,
): Promise<CommandResult<Indicator>> {
  return runCommand(ctx, async (manager) => {
    const outcome = await mustFind(manager, Outcome, outcomeKey, ["input", "outcome"], "outcome");
    const round = await roundFor(ctx, manager, outcome.roundKey, ["input", "outcome"]);
    requireOutcomesOpen(round, outcome);
    if (fields.startsOn && fields.dueOn && fields.dueOn <= fields.startsOn) {
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "The indicator must be due after its monitoring period starts.",
        ["input", "dueOn"],
      );
    }
    const indicator = await manager.save(
      Object.assign(new Indicator(), {
        outcomeKey,
        name: fields.name,
        unit: fields.unit,
        baseline: fields.baseline,
        target: fields.target,
        direction: fields.direction,
        startsOn: fields.startsOn ?? null,
        dueOn: fields.dueOn ?? null,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "indicator.create",
      entityType: "Indicator",
      entityId: indicator.key,
      after: { ...fields },
    });
    return indicator;
  });
}

/** Measurements are recorded by the round's officers once the service is awarded. */
export function recordMeasurement(
  ctx: GraphQLContext,
  indicatorKey: number,
  fields: { value: number; measuredOn: string; source: string },
): Promise<CommandResult<Measurement>> {
  return runCommand(ctx, async (manager) => {
    const indicator = await mustFind(manager, Indicator, indicatorKey, ["input", "indicator"], "indicator");
    const outcome = await mustFind(manager, Outcome, indicator.outcomeKey, ["input", "indicator"], "outcome");
    const round = await mustFind(manager, Round, outcome.roundKey, ["input", "indicator"], "round");
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["awarded", "monitoring"], "Recording measurements");
    if (!Number.isFinite(fields.value))
      throw UserErrorException.of(UserErrorCode.INVALID, "The value must be a finite number.", ["input", "value"]);
    const measurement = await manager.save(
      Object.assign(new Measurement(), {
        indicatorKey,
        value: fields.value,
        measuredOn: fields.measuredOn,
        source: fields.source,
        recordedByUserKey: ctx.viewer.userKey ?? null,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "measurement.record",
      entityType: "Measurement",
      entityId: measurement.key,
      after: { ...fields, indicatorKey },
    });
    return measurement;
  });
}

export interface MilestoneFields {
  title?: string;
  dueOn?: string;
  status?: string;
  completedOn?: string | null;
}

export function createMilestone(
  ctx: GraphQLContext,
  roundKey: number,
  awardKey: number | null,
  fields: { title: string; dueOn: string },
): Promise<CommandResult<Milestone>> {
  return runCommand(ctx, async (manager) => {
    const round = await mustFind(manager, Round, roundKey, ["input", "round"], "round");
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["deciding", "awarded", "monitoring"], "Planning delivery milestones");
    if (awardKey !== null) {
      const award = await mustFind(manager, Award, awardKey, ["input", "award"], "award");
      if (award.roundKey !== round.key)
        throw UserErrorException.of(UserErrorCode.INVALID, "The award belongs to another round.", ["input", "award"]);
    }
    const milestone = await manager.save(
      Object.assign(new Milestone(), {
        roundKey,
        awardKey,
        title: fields.title,
        dueOn: fields.dueOn,
        status: "scheduled",
        completedOn: null,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey,
      action: "milestone.create",
      entityType: "Milestone",
      entityId: milestone.key,
      after: { ...fields, awardKey },
    });
    return milestone;
  });
}

export function updateMilestone(
  ctx: GraphQLContext,
  milestoneKey: number,
  fields: MilestoneFields,
): Promise<CommandResult<Milestone>> {
  return runCommand(ctx, async (manager) => {
    const milestone = await mustFind(manager, Milestone, milestoneKey, ["input", "milestone"], "milestone");
    const round = await mustFind(manager, Round, milestone.roundKey, ["input", "milestone"], "round");
    requireOfficerOf(ctx, round.councilKey);
    requirePhase(round, ["deciding", "awarded", "monitoring"], "Updating delivery milestones");
    const before = {
      title: milestone.title,
      dueOn: milestone.dueOn,
      status: milestone.status,
      completedOn: milestone.completedOn,
    };
    if (fields.title !== undefined) milestone.title = fields.title;
    if (fields.dueOn !== undefined) milestone.dueOn = fields.dueOn;
    if (fields.status !== undefined) milestone.status = fields.status;
    if (fields.completedOn !== undefined) milestone.completedOn = fields.completedOn;
    if ((milestone.status === "met" || milestone.status === "late") && milestone.completedOn === null) {
      throw UserErrorException.of(UserErrorCode.REQUIRED, "A met or late milestone needs the date it was completed.", [
        "input",
        "completedOn",
      ]);
    }
    await manager.save(milestone);
    await recordAudit(manager, ctx.viewer, {
      councilKey: round.councilKey,
      roundKey: round.key,
      action: "milestone.update",
      entityType: "Milestone",
      entityId: milestone.key,
      before,
      after: {
        title: milestone.title,
        dueOn: milestone.dueOn,
        status: milestone.status,
        completedOn: milestone.completedOn,
      },
    });
    return milestone;
  });
}
