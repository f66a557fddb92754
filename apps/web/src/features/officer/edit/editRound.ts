import { CURRENCIES, editableFieldsIn, type Phase, type RoundEditableField } from "@coproduce/domain";
import { t } from "../../../i18n";
import { FORM, built, type Built } from "../../../lib/forms/errors";
import type { RoundUpdateInput } from "../../../graphql/generated/graphql";
import { buildRoundCreate, type RoundCreateValues } from "../roundForms";

/**
 * The "edit a round" form: the round's settings as the create form's values, the settings the
 * phase has locked (the domain's table), the changes for "check your answers", and `roundUpdate`'s
 * input with only what changed (the create form's checks apply to the result).
 */
export interface EditableRound {
  readonly id: string;
  readonly phase: string;
  readonly kind: string;
  readonly title: string;
  readonly theme: string;
  readonly targetGroup?: string | null;
  readonly area?: { readonly id: string; readonly name: string } | null;
  readonly pot: { readonly amountMinor: number; readonly currency: string };
  readonly compensationCurrency?: string | null;
  readonly panelSize?: number | null;
  readonly decisionMethod: string;
  readonly ballotType?: string | null;
  readonly allocationRule?: string | null;
  readonly year: number;
  readonly opensOn?: string | null;
  readonly closesOn?: string | null;
}

/** Fields of RoundCreateValues the edit form shows (kind and year never change). */
export const EDIT_FIELDS = [
  "title",
  "theme",
  "targetGroup",
  "area",
  "currency",
  "potMinor",
  "compensationCurrency",
  "decisionMethod",
  "ballotType",
  "allocationRule",
  "panelSize",
  "opensOn",
  "closesOn",
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

/** An amount in minor units as typed in major units ("3200000" pence → "32000.00"), exponent 2 by default. */
function majorUnits(amountMinor: number, exponent = 2): string {
  if (exponent === 0) return String(amountMinor);
  const s = String(amountMinor).padStart(exponent + 1, "0");
  return `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

export function valuesFromRound(r: EditableRound): RoundCreateValues {
  const exponent = CURRENCIES[r.pot.currency]?.exponent ?? 2;
  return {
    title: r.title,
    theme: r.theme,
    targetGroup: r.targetGroup ?? "",
    area: r.area?.id ?? "",
    potMinor: majorUnits(r.pot.amountMinor, exponent),
    currency: r.pot.currency,
    compensationCurrency: r.compensationCurrency ?? "",
    panelSize: r.panelSize == null ? "" : String(r.panelSize),
    kind: r.kind === "PARTICIPATORY_BUDGETING" ? "PARTICIPATORY_BUDGETING" : "COMMISSIONING",
    decisionMethod: r.decisionMethod === "VOTING" ? "VOTING" : "PANEL_SCORING",
    ballotType: r.ballotType ?? "",
    allocationRule: r.allocationRule ?? "",
    year: String(r.year),
    opensOn: r.opensOn ?? "",
    closesOn: r.closesOn ?? "",
  };
}

/** The edit form's fields the round's phase has locked (all of them once closed). */
export function lockedFields(apiPhase: string): EditField[] {
  const editable = new Set<RoundEditableField>(editableFieldsIn(apiPhase.toLowerCase() as Phase));
  return EDIT_FIELDS.filter((f) => !editable.has(f));
}

export interface Change {
  readonly field: EditField;
  readonly before: string;
  readonly after: string;
}

/** What the officer changed, field by field in form order, as typed (trimmed). */
export function changesOf(original: RoundCreateValues, now: RoundCreateValues): Change[] {
  return EDIT_FIELDS.filter((f) => original[f].trim() !== now[f].trim()).map((f) => ({
    field: f,
    before: original[f].trim(),
    after: now[f].trim(),
  }));
}

/**
 * `roundUpdate`'s input: the create form's checks on the edited values, then only the changed
 * settings (a cleared optional one as null). No change at all is an error on the form.
 */
export function buildRoundUpdate(
  roundId: string,
  original: RoundCreateValues,
  now: RoundCreateValues,
): Built<RoundUpdateInput> {
  const checked = buildRoundCreate(now);
  const changes = changesOf(original, now);
  const errors: Record<string, string> = { ...checked.errors };
  if (Object.keys(errors).length === 0 && changes.length === 0) errors[FORM] = t("officer.edit.noChanges");
  return built(errors, (): RoundUpdateInput => {
    const input = checked.input!;
    const out: RoundUpdateInput = { round: roundId };
    const changed = new Set(changes.map((c) => c.field));
    const set = <K extends keyof RoundUpdateInput>(field: EditField, key: K, value: RoundUpdateInput[K]) => {
      if (changed.has(field)) out[key] = value;
    };
    set("title", "title", input.title);
    set("theme", "theme", input.theme);
    set("targetGroup", "targetGroup", input.targetGroup ?? null);
    set("area", "area", input.area ?? null);
    set("potMinor", "potMinor", input.potMinor);
    set("currency", "currency", input.currency);
    // a changed pot currency re-reads the amount in it
    if (changed.has("currency")) out.potMinor = input.potMinor;
    set("compensationCurrency", "compensationCurrency", input.compensationCurrency ?? null);
    set("decisionMethod", "decisionMethod", input.decisionMethod);
    set("ballotType", "ballotType", input.ballotType ?? null);
    set("allocationRule", "allocationRule", input.allocationRule ?? null);
    set("panelSize", "panelSize", input.panelSize ?? null);
    set("opensOn", "opensOn", input.opensOn ?? null);
    set("closesOn", "closesOn", input.closesOn ?? null);
    return out;
  });
}
