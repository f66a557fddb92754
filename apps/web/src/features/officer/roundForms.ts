import { t } from "../../i18n";
import { built, type Built } from "../../lib/forms/errors";
import type { AllocationRule, BallotType, RoundCreateInput } from "../../graphql/generated/graphql";
import { isLocalDate, parseMoney } from "./forms";

/** The "create a round" form (officer console): its values as typed, checked, then `roundCreate`'s input. */
export interface RoundCreateValues {
  title: string;
  theme: string;
  targetGroup: string;
  area: string;
  potMinor: string;
  currency: string;
  compensationCurrency: string;
  panelSize: string;
  kind: "COMMISSIONING" | "PARTICIPATORY_BUDGETING";
  decisionMethod: "PANEL_SCORING" | "VOTING";
  ballotType: string;
  allocationRule: string;
  year: string;
  opensOn: string;
  closesOn: string;
}

/** Fields the API's userErrors may name (the last segment of their path). */
export const ROUND_CREATE_FIELDS = [
  "title",
  "theme",
  "targetGroup",
  "area",
  "potMinor",
  "currency",
  "compensationCurrency",
  "panelSize",
  "kind",
  "decisionMethod",
  "ballotType",
  "allocationRule",
  "year",
  "opensOn",
  "closesOn",
  "slug",
] as const;

export function initialRoundCreate(year: number): RoundCreateValues {
  return {
    title: "",
    theme: "",
    targetGroup: "",
    area: "",
    potMinor: "",
    currency: "GBP",
    compensationCurrency: "",
    panelSize: "",
    kind: "COMMISSIONING",
    decisionMethod: "PANEL_SCORING",
    ballotType: "",
    allocationRule: "",
    year: String(year),
    opensOn: "",
    closesOn: "",
  };
}

export function buildRoundCreate(v: RoundCreateValues): Built<RoundCreateInput> {
  const errors: Record<string, string> = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = t("runRound.create.errors.title");
  if (!v.theme.trim()) errors.theme = t("runRound.create.errors.theme");
  const pot = parseMoney(v.potMinor, v.currency);
  if (pot.error !== undefined) errors.potMinor = pot.error;
  const voting = v.decisionMethod === "VOTING";
  const size = v.panelSize.trim();
  if (size === "" && !voting) errors.panelSize = t("runRound.create.errors.panelSizeRequired");
  else if (size !== "" && (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > 500))
    errors.panelSize = t("runRound.create.errors.panelSize");
  if (voting && !v.ballotType) errors.ballotType = t("runRound.create.errors.ballotType");
  if (voting && !v.allocationRule) errors.allocationRule = t("runRound.create.errors.allocationRule");
  if (!/^\d{4}$/.test(v.year.trim()) || Number(v.year) < 2000 || Number(v.year) > 2100)
    errors.year = t("runRound.create.errors.year");
  if (v.opensOn && !isLocalDate(v.opensOn)) errors.opensOn = t("runRound.create.errors.date");
  if (v.closesOn && !isLocalDate(v.closesOn)) errors.closesOn = t("runRound.create.errors.date");
  else if (v.opensOn && v.closesOn && isLocalDate(v.opensOn) && v.closesOn < v.opensOn)
    errors.closesOn = t("runRound.create.errors.closesBeforeOpens");
  return built(errors, (): RoundCreateInput => ({
    title,
    theme: v.theme.trim(),
    ...(v.targetGroup.trim() ? { targetGroup: v.targetGroup.trim() } : {}),
    ...(v.area ? { area: v.area } : {}),
    potMinor: pot.amountMinor!,
    currency: v.currency,
    ...(v.compensationCurrency ? { compensationCurrency: v.compensationCurrency } : {}),
    ...(size ? { panelSize: Number(size) } : {}),
    kind: v.kind,
    decisionMethod: v.decisionMethod,
    ...(voting ? { ballotType: v.ballotType as BallotType, allocationRule: v.allocationRule as AllocationRule } : {}),
    year: Number(v.year),
    ...(v.opensOn ? { opensOn: v.opensOn } : {}),
    ...(v.closesOn ? { closesOn: v.closesOn } : {}),
  }));
}
