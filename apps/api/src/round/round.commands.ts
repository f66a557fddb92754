import {
  allowedNextPhases,
  canTransition,
  fieldEditRefusal,
  isKnownCurrency,
  PHASE_LABELS,
  ROUND_EDITABLE_FIELD_NAMES,
  previousPhase,
  slugify,
  unmetRequirements,
  type Phase,
  type RoundEditableField,
  type RoundKind,
} from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Area } from "../area/area.entity.js";
import { Round } from "./round.entity.js";
import { phaseOf, roundScope } from "./round-guards.js";
import { CompensationEntry } from "../compensation/compensation-entry.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { loadRoundFacts } from "./round-facts.js";

export interface RoundCreateValues {
  /** The council (an administrator must name one; an officer's own by default). */
  councilKey: number | null;
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

function phaseList(phases: readonly string[]): string {
  return phases.length === 0 ? "none (the round is closed)" : phases.map((p) => p.toUpperCase()).join(", ");
}

function validateRound(v: RoundCreateValues): UserError[] {
  const errors: UserError[] = [];
  const field = (name: string) => ["input", name];
  if (!Number.isSafeInteger(v.potMinor) || v.potMinor <= 0)
    errors.push(
      UserError.of(
        UserErrorCode.OUT_OF_RANGE,
        "The pot must be a whole number of minor units (e.g. pence) greater than 0.",
        field("potMinor"),
      ),
    );
  if (!isKnownCurrency(v.currency))
    errors.push(UserError.of(UserErrorCode.INVALID, `Unknown currency "${v.currency}".`, field("currency")));
  if (v.compensationCurrency && !isKnownCurrency(v.compensationCurrency))
    errors.push(
      UserError.of(
        UserErrorCode.INVALID,
        `Unknown compensation currency "${v.compensationCurrency}".`,
        field("compensationCurrency"),
      ),
    );
  if (v.decisionMethod === "voting" && !v.ballotType)
    errors.push(UserError.of(UserErrorCode.REQUIRED, "A voting round needs a ballot type.", field("ballotType")));
  if (v.decisionMethod === "voting" && !v.allocationRule)
    errors.push(
      UserError.of(UserErrorCode.REQUIRED, "A voting round needs an allocation rule.", field("allocationRule")),
    );
  if (v.opensOn && v.closesOn && v.closesOn < v.opensOn)
    errors.push(UserError.of(UserErrorCode.INVALID, "The round cannot close before it opens.", field("closesOn")));
  if (v.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug))
    errors.push(
      UserError.of(UserErrorCode.INVALID, "A slug is lower-case letters, digits and single dashes.", field("slug")),
    );
  return errors;
}

/** An officer creates a round for their council, in phase DRAFT. */
export const roundCreate = defineCommand({
  name: "roundCreate",
  who: who.councilOfficer,
  load: async (_tx, input: RoundCreateValues) => ({ councilKey: input.councilKey }),
  async run(tx, values) {
    if (values.councilKey === null)
      throw UserErrorException.of(UserErrorCode.REQUIRED, "Choose the council the round is for.", ["input", "council"]);
    const councilKey = values.councilKey;
    const errors = validateRound(values);
    if (errors.length > 0) throw new UserErrorException(errors);
    if (values.areaKey !== undefined && values.areaKey !== null) {
      const area = await tx.manager.getRepository(Area).findOneBy({ key: values.areaKey });
      if (area?.councilKey !== councilKey)
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No such area in this council.", ["input", "area"]);
    }
    const slug = values.slug ?? `${slugify(values.title)}-${values.year}`;
    if (await tx.manager.getRepository(Round).existsBy({ slug }))
      throw UserErrorException.of(UserErrorCode.DUPLICATE, `A round with the slug "${slug}" already exists.`, [
        "input",
        "slug",
      ]);
    return tx.manager.save(
      Object.assign(new Round(), {
        slug,
        councilKey,
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
        translations: null,
      }),
    );
  },
  audit: (round) => ({
    entityType: "Round",
    entityId: round.key,
    roundKey: round.key,
    after: { slug: round.slug, phase: "draft", potMinor: round.potMinor, currency: round.currency },
  }),
});

/**
 * An officer moves a round to its next phase, as the domain's state machine allows, once the
 * requirements to leave its current phase are met (packages/domain round/requirements.ts): otherwise
 * REQUIREMENTS_UNMET, one userError per unmet requirement, its message the requirement's.
 */
export const roundAdvancePhase = defineCommand({
  name: "roundAdvancePhase",
  who: who.councilOfficer,
  locks: [Round],
  load: (tx, input: { roundKey: number; to: Phase }) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { to }, { round }) {
    const from = round.phase as Phase;
    const kind = round.kind as RoundKind;
    if (!canTransition(kind, from, to)) {
      throw UserErrorException.of(
        UserErrorCode.TRANSITION_NOT_ALLOWED,
        `A ${kind === "participatory_budgeting" ? "participatory budgeting" : "commissioning"} round in phase ${from.toUpperCase()} (${PHASE_LABELS[from]}) can move only to: ${phaseList(allowedNextPhases(kind, from))}.`,
        ["input", "to"],
      );
    }
    const unmet = unmetRequirements(await loadRoundFacts(tx.manager, round));
    if (unmet.length > 0)
      throw new UserErrorException(
        unmet.map((r) => UserError.of(UserErrorCode.REQUIREMENTS_UNMET, r.message, ["input", "to"])),
      );
    // Optimistic check on SQLite (PostgreSQL holds the row lock): only move if nobody moved it meanwhile.
    const result = await tx.manager.getRepository(Round).update({ key: round.key, phase: from }, { phase: to });
    if (result.affected === 0)
      throw UserErrorException.of(
        UserErrorCode.TRANSITION_NOT_ALLOWED,
        "The round's phase changed meanwhile; reload and try again.",
        ["input", "to"],
      );
    return { round: await tx.manager.getRepository(Round).findOneByOrFail({ key: round.key }), from };
  },
  audit: ({ round, from }) => ({
    entityType: "Round",
    entityId: round.key,
    before: { phase: from },
    after: { phase: round.phase },
  }),
});

export const STEP_BACK_REASON_MAX = 1000;

/**
 * An officer takes a round back one phase after a mistaken advance, saying why (audited with the
 * reason). Nothing is deleted or unfrozen: outcomes frozen by the tender, a published tender, a taken
 * decision stay as they are; the phase's own actions become possible again where their rules allow.
 * Refused from the first phase (DRAFT) and once the round is closed.
 */
export const roundStepBack = defineCommand({
  name: "roundStepBack",
  who: who.councilOfficer,
  locks: [Round],
  load: (tx, input: { roundKey: number; reason: string }) =>
    roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { reason }, { round }) {
    const from = round.phase as Phase;
    const text = reason.trim();
    if (text.length === 0)
      throw UserErrorException.of(UserErrorCode.REQUIRED, "Say why the round is stepping back.", ["input", "reason"]);
    if (text.length > STEP_BACK_REASON_MAX)
      throw UserErrorException.of(
        UserErrorCode.TOO_LONG,
        `The reason must be ${STEP_BACK_REASON_MAX} characters or fewer.`,
        ["input", "reason"],
      );
    if (from === "closed")
      throw UserErrorException.of(UserErrorCode.FROZEN, "A closed round cannot step back.", ["input", "round"]);
    const to = previousPhase(round.kind as RoundKind, from);
    if (to === null)
      throw UserErrorException.of(
        UserErrorCode.TRANSITION_NOT_ALLOWED,
        `A round in phase ${from.toUpperCase()} (${PHASE_LABELS[from]}) has no earlier phase.`,
        ["input", "round"],
      );
    const result = await tx.manager.getRepository(Round).update({ key: round.key, phase: from }, { phase: to });
    if (result.affected === 0)
      throw UserErrorException.of(
        UserErrorCode.TRANSITION_NOT_ALLOWED,
        "The round's phase changed meanwhile; reload and try again.",
        ["input", "round"],
      );
    return { round: await tx.manager.getRepository(Round).findOneByOrFail({ key: round.key }), from, reason: text };
  },
  audit: ({ round, from, reason }) => ({
    entityType: "Round",
    entityId: round.key,
    before: { phase: from },
    after: { phase: round.phase, reason },
  }),
});

/** The settings `roundUpdate` may change: each one given replaces the current value (null clears an optional one). */
export interface RoundUpdateValues {
  roundKey: number;
  title?: string;
  description?: string;
  theme?: string;
  targetGroup?: string | null;
  areaKey?: number | null;
  potMinor?: number;
  currency?: string;
  compensationCurrency?: string | null;
  decisionMethod?: string;
  ballotType?: string | null;
  allocationRule?: string | null;
  opensOn?: string | null;
  closesOn?: string | null;
  panelSize?: number | null;
}

/** The value of an editable setting as stored on the round. */
function currentValue(round: Round, field: RoundEditableField): unknown {
  return field === "area" ? round.areaKey : round[field];
}

/**
 * An officer edits a round's settings. Only the settings that differ from the round's are changes;
 * each must still be editable in the round's phase (packages/domain round/edits.ts), otherwise
 * FIELD_LOCKED on that field (e.g. the pot once bids can arrive), and nothing is written. The pay
 * currency is also locked once pay has been recorded in the old one. Audited with before/after of
 * the changed settings only.
 */
export const roundUpdate = defineCommand({
  name: "roundUpdate",
  who: who.councilOfficer,
  locks: [Round],
  load: (tx, input: RoundUpdateValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { roundKey: _r, areaKey, ...given }, { round }) {
    const phase = phaseOf(round);
    const proposed: Partial<Record<RoundEditableField, unknown>> = { ...given };
    if (areaKey !== undefined) proposed.area = areaKey;
    const changed = ROUND_EDITABLE_FIELD_NAMES.filter(
      (f) => proposed[f] !== undefined && proposed[f] !== currentValue(round, f),
    );
    const locked = changed.flatMap((f) => {
      const refusal = fieldEditRefusal(f, phase);
      return refusal === null ? [] : [UserError.of(UserErrorCode.FIELD_LOCKED, refusal, ["input", f])];
    });
    if (locked.length > 0) throw new UserErrorException(locked);
    const next: RoundCreateValues = {
      councilKey: round.councilKey,
      title: round.title,
      kind: round.kind,
      theme: round.theme,
      potMinor: round.potMinor,
      currency: round.currency,
      compensationCurrency: round.compensationCurrency,
      decisionMethod: round.decisionMethod,
      ballotType: round.ballotType,
      allocationRule: round.allocationRule,
      year: round.year,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      panelSize: round.panelSize,
    };
    for (const f of changed) if (f !== "area") Object.assign(next, { [f]: proposed[f] });
    const errors = validateRound(next);
    if (next.title.trim().length < 3)
      errors.push(
        UserError.of(UserErrorCode.REQUIRED, "Give the round a title (3 characters or more).", ["input", "title"]),
      );
    if (next.theme.trim().length === 0)
      errors.push(UserError.of(UserErrorCode.REQUIRED, "Give the round a theme.", ["input", "theme"]));
    if (next.panelSize === null && next.decisionMethod !== "voting" && changed.includes("panelSize"))
      errors.push(UserError.of(UserErrorCode.REQUIRED, "A panel round needs a panel size.", ["input", "panelSize"]));
    if (errors.length > 0) throw new UserErrorException(errors);
    if (changed.includes("area") && areaKey !== null && areaKey !== undefined) {
      const area = await tx.manager.getRepository(Area).findOneBy({ key: areaKey });
      if (area?.councilKey !== round.councilKey)
        throw UserErrorException.of(UserErrorCode.NOT_FOUND, "No such area in this council.", ["input", "area"]);
    }
    if (changed.includes("compensationCurrency")) {
      const paid =
        (await tx.manager.getRepository(CompensationEntry).existsBy({ roundKey: round.key })) ||
        (await tx.manager.getRepository(Payment).existsBy({ roundKey: round.key }));
      if (paid)
        throw UserErrorException.of(
          UserErrorCode.FIELD_LOCKED,
          `Pay has already been recorded in ${round.compensationCurrency}: the currency the panel is paid in can no longer change.`,
          ["input", "compensationCurrency"],
        );
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of changed) {
      before[f] = currentValue(round, f);
      after[f] = proposed[f];
      Object.assign(round, { [f === "area" ? "areaKey" : f]: proposed[f] });
    }
    if (changed.length > 0) await tx.manager.getRepository(Round).save(round);
    return {
      round: await tx.manager.getRepository(Round).findOneByOrFail({ key: round.key }),
      before,
      after,
      changed,
    };
  },
  audit: ({ round, before, after, changed }) =>
    changed.length === 0 ? null : { entityType: "Round", entityId: round.key, before, after },
});
