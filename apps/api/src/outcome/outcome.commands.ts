import { defineCommand, type Tx } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import type { Round } from "../round/round.entity.js";
import { hasPassed, roundScope } from "../round/round-guards.js";
import { Award } from "../award/award.entity.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { Measurement } from "./measurement.entity.js";
import { Milestone } from "./milestone.entity.js";

/** Outcomes are drafted in the defining_outcomes phase; afterwards (or once a tender links them) they are frozen. */
function requireOutcomesOpen(round: Round, outcome?: Outcome): void {
  if (hasPassed(round, "defining_outcomes") || outcome?.status === "frozen") {
    throw UserErrorException.of(
      UserErrorCode.FROZEN,
      "Outcomes are frozen once the round has moved on from defining outcomes.",
      ["input"],
    );
  }
}

async function outcomeScope(tx: Tx, outcomeKey: number) {
  const outcome = await tx.find(Outcome, outcomeKey, { field: ["input", "outcome"], label: "outcome" });
  return { ...(await roundScope(tx, outcome.roundKey, ["input", "outcome"])), outcome };
}

export interface OutcomeValues {
  title?: string;
  description?: string;
  position?: number;
}

/** The panel (or an officer) adds an outcome while defining outcomes. */
export const outcomeCreate = defineCommand({
  name: "outcomeCreate",
  who: who.councilOfficerOrRoundPanelMember,
  action: "outcomeDefine",
  load: (tx, input: OutcomeValues & { roundKey: number; title: string }) => roundScope(tx, input.roundKey),
  guard: (_tx, _input, { round }) => requireOutcomesOpen(round),
  async run(tx, fields, { round }) {
    const count = await tx.manager.countBy(Outcome, { roundKey: round.key });
    return tx.manager.save(
      Object.assign(new Outcome(), {
        roundKey: round.key,
        title: fields.title,
        description: fields.description ?? "",
        status: "draft",
        position: fields.position ?? count,
      }),
    );
  },
  audit: (outcome) => ({ entityType: "Outcome", entityId: outcome.key, after: { title: outcome.title } }),
});

/** Changes a draft outcome; omitted fields stay as they are. */
export const outcomeUpdate = defineCommand({
  name: "outcomeUpdate",
  who: who.councilOfficerOrRoundPanelMember,
  action: "outcomeDefine",
  load: (tx, input: OutcomeValues & { outcomeKey: number }) => outcomeScope(tx, input.outcomeKey),
  guard: (_tx, _input, { round, outcome }) => requireOutcomesOpen(round, outcome),
  async run(tx, fields, { outcome }) {
    const before = { title: outcome.title, description: outcome.description, position: outcome.position };
    if (fields.title !== undefined) outcome.title = fields.title;
    if (fields.description !== undefined) outcome.description = fields.description;
    if (fields.position !== undefined) outcome.position = fields.position;
    return { outcome: await tx.manager.save(outcome), before };
  },
  audit: ({ outcome, before }) => ({
    entityType: "Outcome",
    entityId: outcome.key,
    before,
    after: { title: outcome.title, description: outcome.description, position: outcome.position },
  }),
});

export interface IndicatorValues {
  outcomeKey: number;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  startsOn?: string | null;
  dueOn?: string | null;
}

/** Adds an indicator (unit, baseline, target, direction, monitoring period) to a draft outcome. */
export const indicatorCreate = defineCommand({
  name: "indicatorCreate",
  who: who.councilOfficerOrRoundPanelMember,
  action: "outcomeDefine",
  load: (tx, input: IndicatorValues) => outcomeScope(tx, input.outcomeKey),
  guard: (_tx, _input, { round, outcome }) => requireOutcomesOpen(round, outcome),
  async run(tx, fields, { outcome }) {
    if (fields.startsOn && fields.dueOn && fields.dueOn <= fields.startsOn) {
      throw UserErrorException.of(
        UserErrorCode.INVALID,
        "The indicator must be due after its monitoring period starts.",
        ["input", "dueOn"],
      );
    }
    return tx.manager.save(
      Object.assign(new Indicator(), {
        outcomeKey: outcome.key,
        name: fields.name,
        unit: fields.unit,
        baseline: fields.baseline,
        target: fields.target,
        direction: fields.direction,
        startsOn: fields.startsOn ?? null,
        dueOn: fields.dueOn ?? null,
      }),
    );
  },
  audit: (indicator) => ({
    entityType: "Indicator",
    entityId: indicator.key,
    after: {
      outcomeKey: indicator.outcomeKey,
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: indicator.target,
      direction: indicator.direction,
      startsOn: indicator.startsOn,
      dueOn: indicator.dueOn,
    },
  }),
});

/** Officers record a measured value of an indicator, with its source, once the service is awarded. */
export const measurementRecord = defineCommand({
  name: "measurementRecord",
  who: who.councilOfficer,
  action: "measurementRecord",
  async load(tx, input: { indicatorKey: number; value: number; measuredOn: string; source: string }) {
    const indicator = await tx.find(Indicator, input.indicatorKey, {
      field: ["input", "indicator"],
      label: "indicator",
    });
    const outcome = await tx.find(Outcome, indicator.outcomeKey, { field: ["input", "indicator"], label: "outcome" });
    return { ...(await roundScope(tx, outcome.roundKey, ["input", "indicator"])), indicator };
  },
  async run(tx, fields, { indicator }) {
    if (!Number.isFinite(fields.value))
      throw UserErrorException.of(UserErrorCode.INVALID, "The value must be a finite number.", ["input", "value"]);
    return tx.manager.save(
      Object.assign(new Measurement(), {
        indicatorKey: indicator.key,
        value: fields.value,
        measuredOn: fields.measuredOn,
        source: fields.source,
        recordedByUserKey: tx.actor.userKey ?? null,
      }),
    );
  },
  audit: (measurement) => ({
    entityType: "Measurement",
    entityId: measurement.key,
    after: {
      indicatorKey: measurement.indicatorKey,
      value: measurement.value,
      measuredOn: measurement.measuredOn,
      source: measurement.source,
    },
  }),
});

/** Officers plan a delivery milestone of the funded service. */
export const milestoneCreate = defineCommand({
  name: "milestoneCreate",
  who: who.councilOfficer,
  action: "milestonePlan",
  load: (tx, input: { roundKey: number; awardKey: number | null; title: string; dueOn: string }) =>
    roundScope(tx, input.roundKey),
  async run(tx, { awardKey, title, dueOn }, { round }) {
    if (awardKey !== null) {
      const award = await tx.find(Award, awardKey, { field: ["input", "award"], label: "award" });
      if (award.roundKey !== round.key)
        throw UserErrorException.of(UserErrorCode.INVALID, "The award belongs to another round.", ["input", "award"]);
    }
    return tx.manager.save(
      Object.assign(new Milestone(), {
        roundKey: round.key,
        awardKey,
        title,
        dueOn,
        status: "scheduled",
        completedOn: null,
      }),
    );
  },
  audit: (milestone) => ({
    entityType: "Milestone",
    entityId: milestone.key,
    after: { title: milestone.title, dueOn: milestone.dueOn, awardKey: milestone.awardKey },
  }),
});

export interface MilestoneValues {
  milestoneKey: number;
  title?: string;
  dueOn?: string;
  status?: string;
  completedOn?: string | null;
}

/** Officers reschedule a milestone, or mark it met, late or missed. */
export const milestoneUpdate = defineCommand({
  name: "milestoneUpdate",
  who: who.councilOfficer,
  action: "milestonePlan",
  async load(tx, input: MilestoneValues) {
    const milestone = await tx.find(Milestone, input.milestoneKey, {
      field: ["input", "milestone"],
      label: "milestone",
    });
    return { ...(await roundScope(tx, milestone.roundKey, ["input", "milestone"])), milestone };
  },
  async run(tx, fields, { milestone }) {
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
    return { milestone: await tx.manager.save(milestone), before };
  },
  audit: ({ milestone, before }) => ({
    entityType: "Milestone",
    entityId: milestone.key,
    before,
    after: {
      title: milestone.title,
      dueOn: milestone.dueOn,
      status: milestone.status,
      completedOn: milestone.completedOn,
    },
  }),
});
