/**
 * The interview scoring sheet's rules, shared by the panel member's own sheet (ScoreSheet.vue) and
 * the officer console's entry of a member's paper sheet: 0–5 per criterion, every criterion scored
 * before anything is sent, and the API's errors shown next to the criterion they name.
 */
import { t } from "../../i18n";

/** The fixed scale (the API's `ScoreScale`): 0 to 5. */
export const SCORE_MAX = 5;

/** Each score's label, the ends named ("0 Poor" … "5 Great" in English). */
export function scoreLabels(): string[] {
  return Array.from({ length: SCORE_MAX + 1 }, (_, n) =>
    n === 0 ? t("panel.scoreLowest", { n }) : n === SCORE_MAX ? t("panel.scoreHighest", { n }) : String(n),
  );
}

/** One bid's sheet: criterion id → score picked (undefined = not yet). */
export type Sheet = Readonly<Record<string, number | undefined>>;

/** The message beside a criterion left without a score. */
export const pickAScore = (): string => t("panel.pickAScore");

/** Criteria still without a score, each with the message to show next to it. */
export function missingScores(
  criteria: readonly { readonly id: string }[],
  sheet: Sheet | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of criteria) {
    const score = sheet?.[c.id];
    if (score === undefined || !Number.isInteger(score) || score < 0 || score > SCORE_MAX) out[c.id] = pickAScore();
  }
  return out;
}

/** The mutation's `scores`, one per criterion in the sheet's order (call once `missingScores` is empty). */
export function scoresInput(
  criteria: readonly { readonly id: string }[],
  sheet: Sheet | undefined,
): { criterion: string; score: number }[] {
  return criteria.map((c) => ({ criterion: c.id, score: sheet?.[c.id] ?? 0 }));
}

/**
 * The API's userErrors for a sheet: an error on `["input", "scores", i, …]` goes next to the i-th
 * criterion (keyed by its id); one on a `known` input field (e.g. `panelMember`) under that name;
 * anything else under `fallback`. Several errors on one key are joined.
 */
export function sheetErrors(
  errors: readonly { readonly message: string; readonly field?: readonly string[] | null }[],
  criteria: readonly { readonly id: string }[],
  known: readonly string[],
  fallback: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = e.field ?? [];
    const index =
      field[1] === "scores" && field[2] !== undefined && /^\d+$/.test(field[2]) ? Number(field[2]) : undefined;
    const criterion = index === undefined ? undefined : criteria[index];
    const last = field[field.length - 1];
    const key = criterion ? criterion.id : last && known.includes(last) ? last : fallback;
    out[key] = out[key] ? `${out[key]} ${e.message}` : e.message;
  }
  return out;
}
