import { PHASES, type Phase } from "./phase.js";

/**
 * Which of a round's settings may still be edited in which phase (`roundUpdate`): the one table the
 * API's command and the console's edit form read. A setting the later phases depend on is locked
 * once that work has started: the pot and its currency once bids can arrive (tenders and bids are
 * priced against them), the area and panel size once the panel's recruitment is over, the pay
 * currency once the panel has met, the decision rules once the decision (or the vote) has opened.
 * Nothing is editable once the round is closed.
 */
export interface RoundFieldRule {
  /** The setting, for messages ("the pot"). */
  readonly label: string;
  /** The phases in which it may be changed, in lifecycle order. */
  readonly phases: readonly Phase[];
}

const until = (last: Phase): readonly Phase[] => PHASES.slice(0, PHASES.indexOf(last) + 1);

/** Every phase but `closed`. */
export const OPEN_PHASES: readonly Phase[] = until("monitoring");

export const ROUND_EDITABLE_FIELDS = {
  title: { label: "the title", phases: OPEN_PHASES },
  description: { label: "the description", phases: OPEN_PHASES },
  theme: { label: "the theme", phases: OPEN_PHASES },
  targetGroup: { label: "the target group", phases: until("recruiting") },
  area: { label: "the area", phases: until("recruiting") },
  panelSize: { label: "the panel size", phases: until("recruiting") },
  compensationCurrency: { label: "the currency the panel is paid in", phases: until("recruiting") },
  potMinor: { label: "the pot", phases: until("tendering") },
  currency: { label: "the pot's currency", phases: until("tendering") },
  decisionMethod: { label: "the decision method", phases: until("interviewing") },
  ballotType: { label: "the ballot type", phases: until("interviewing") },
  allocationRule: { label: "the allocation rule", phases: until("interviewing") },
  opensOn: { label: "the opening date", phases: OPEN_PHASES },
  closesOn: { label: "the closing date", phases: OPEN_PHASES },
} as const satisfies Record<string, RoundFieldRule>;

export type RoundEditableField = keyof typeof ROUND_EDITABLE_FIELDS;
export const ROUND_EDITABLE_FIELD_NAMES = Object.keys(ROUND_EDITABLE_FIELDS) as RoundEditableField[];

export function isFieldEditable(field: RoundEditableField, phase: Phase): boolean {
  return ROUND_EDITABLE_FIELDS[field].phases.includes(phase);
}

/** The settings the round's phase still lets an officer change (what the edit form offers). */
export function editableFieldsIn(phase: Phase): RoundEditableField[] {
  return ROUND_EDITABLE_FIELD_NAMES.filter((field) => isFieldEditable(field, phase));
}

/** Null when the field may change in this phase; otherwise the plain reason (the FIELD_LOCKED message). */
export function fieldEditRefusal(field: RoundEditableField, phase: Phase): string | null {
  if (isFieldEditable(field, phase)) return null;
  const rule = ROUND_EDITABLE_FIELDS[field];
  if (phase === "closed") return `The round is closed: ${rule.label} can no longer change.`;
  const last = rule.phases[rule.phases.length - 1]!;
  return `The round is in phase ${phase.toUpperCase()}: ${rule.label} can only change up to phase ${last.toUpperCase()}.`;
}
