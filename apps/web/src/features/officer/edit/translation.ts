import { INDICATOR_TEXT_MAX_LENGTH, OUTCOME_TEXT_MAX_LENGTH, ROUND_TEXT_MAX_LENGTH } from "@coproduce/domain";
import { built, type Built, type FieldErrors } from "../../../lib/forms/errors";
import { t } from "../../../i18n";

/** The Welsh words of a round, as the officer types them ("" = no translation: the English shows). */
export interface TranslationValues {
  title: string;
  description: string;
  targetGroup: string;
}

export interface TranslationInput {
  round: string;
  lang: "cy";
  title: string;
  description: string;
  targetGroup: string;
}

type Translated = { lang: string; [field: string]: string | null | undefined };

/** The Welsh translation's `field`, or "". */
function welsh(translations: readonly Translated[] | null | undefined, field: string): string {
  return translations?.find((tr) => tr.lang === "cy")?.[field] ?? "";
}

/** The form's starting values: the round's Welsh translation, if it has one. */
export function translationValues(
  translations: readonly {
    lang: string;
    title?: string | null;
    description?: string | null;
    targetGroup?: string | null;
  }[],
): TranslationValues {
  return {
    title: welsh(translations, "title"),
    description: welsh(translations, "description"),
    targetGroup: welsh(translations, "targetGroup"),
  };
}

/** A "too long" message under each field longer than it may be. */
function lengthErrors(values: Record<string, string>, max: Record<string, number>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    const most = max[field];
    if (most !== undefined && value.length > most) errors[field] = t("officer.translation.tooLong", { max: most });
  }
  return errors;
}

/**
 * The roundTranslationSet input for the Welsh words: every field is sent, trimmed, so clearing one
 * removes its translation. Text longer than the round's own may be is refused before sending.
 */
export function buildTranslation(roundId: string, v: TranslationValues): Built<TranslationInput> {
  const trimmed = { title: v.title.trim(), description: v.description.trim(), targetGroup: v.targetGroup.trim() };
  return built(lengthErrors(trimmed, ROUND_TEXT_MAX_LENGTH), () => ({
    round: roundId,
    lang: "cy" as const,
    ...trimmed,
  }));
}

/** An outcome as the console lists it, with its indicators and their Welsh translations. */
export interface TranslatableOutcomeRow {
  id: string;
  title: string;
  translations: readonly { lang: string; title?: string | null; description?: string | null }[];
  indicators: readonly { id: string; name: string; translations: readonly { lang: string; name?: string | null }[] }[];
}

/** The Welsh words of an outcome as the officer types them; `indicators` by indicator id. */
export interface OutcomeTranslationValues {
  title: string;
  description: string;
  indicators: Record<string, string>;
}

export interface OutcomeTranslationInput {
  outcome: string;
  lang: "cy";
  title: string;
  description: string;
  indicators: { indicator: string; name: string }[];
}

/** The form field of the outcome's n-th indicator's Welsh name. */
export const indicatorField = (n: number): string => `indicator-${n}`;

/** The outcome form's starting values: its Welsh translation and its indicators', if any. */
export function outcomeTranslationValues(outcome: TranslatableOutcomeRow): OutcomeTranslationValues {
  return {
    title: welsh(outcome.translations, "title"),
    description: welsh(outcome.translations, "description"),
    indicators: Object.fromEntries(outcome.indicators.map((i) => [i.id, welsh(i.translations, "name")])),
  };
}

/**
 * The outcomeTranslationSet input: title, description and every indicator's name, trimmed (a cleared
 * one removes its translation). Over-long text is refused before sending, under its own field
 * (`indicatorField(n)` for the n-th indicator's name).
 */
export function buildOutcomeTranslation(
  outcome: TranslatableOutcomeRow,
  v: OutcomeTranslationValues,
): Built<OutcomeTranslationInput> {
  const title = v.title.trim();
  const description = v.description.trim();
  const errors = lengthErrors({ title, description }, OUTCOME_TEXT_MAX_LENGTH);
  const indicators = outcome.indicators.map((i) => ({ indicator: i.id, name: (v.indicators[i.id] ?? "").trim() }));
  indicators.forEach((i, n) => {
    if (i.name.length > INDICATOR_TEXT_MAX_LENGTH.name)
      errors[indicatorField(n)] = t("officer.translation.tooLong", { max: INDICATOR_TEXT_MAX_LENGTH.name });
  });
  return built(errors, () => ({ outcome: outcome.id, lang: "cy" as const, title, description, indicators }));
}
