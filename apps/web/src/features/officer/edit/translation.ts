import { ROUND_TEXT_MAX_LENGTH } from "@coproduce/domain";
import { built, type Built, type FieldErrors } from "../../../lib/forms/errors";
import { t } from "../../../i18n";

/** The Welsh words of a round, as the officer types them ("" = no translation: the English shows). */
export interface TranslationValues {
  title: string;
  description: string;
}

export interface TranslationInput {
  round: string;
  lang: "cy";
  title: string;
  description: string;
}

/** The form's starting values: the round's Welsh translation, if it has one. */
export function translationValues(
  translations: readonly { lang: string; title?: string | null; description?: string | null }[],
): TranslationValues {
  const cy = translations.find((tr) => tr.lang === "cy");
  return { title: cy?.title ?? "", description: cy?.description ?? "" };
}

/**
 * The roundTranslationSet input for the Welsh words: both fields are sent, trimmed, so clearing one
 * removes its translation. Text longer than the round's own may be is refused before sending.
 */
export function buildTranslation(roundId: string, v: TranslationValues): Built<TranslationInput> {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  const description = v.description.trim();
  if (title.length > ROUND_TEXT_MAX_LENGTH.title)
    errors.title = t("officer.translation.tooLong", { max: ROUND_TEXT_MAX_LENGTH.title });
  if (description.length > ROUND_TEXT_MAX_LENGTH.description)
    errors.description = t("officer.translation.tooLong", { max: ROUND_TEXT_MAX_LENGTH.description });
  return built(errors, () => ({ round: roundId, lang: "cy" as const, title, description }));
}
