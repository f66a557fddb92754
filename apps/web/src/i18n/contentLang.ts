import { computed } from "vue";
import {
  localizedText,
  type LocalizedText,
  type OutcomeTextField,
  type RoundTextField,
  type Translations,
} from "@coproduce/domain";
import { i18n } from "./instance";

/**
 * Content (a round's title, a project's name) is written in its own language, which may not be the
 * page's: `lang` on its element makes screen readers pronounce it in that language (WCAG 3.1.2).
 */

/** Primary subtag, lower case: "cy-GB" → "cy". */
function primary(tag: string): string {
  return tag.toLowerCase().split("-")[0] ?? "";
}

/** The `lang` attribute for text in `textLang` on a page in `pageLang`: none when they are the same language. */
export function langAttr(textLang: string | null | undefined, pageLang: string): string | undefined {
  if (!textLang || primary(textLang) === primary(pageLang)) return undefined;
  return textLang;
}

/** A round's words as the API gives them: the originals, their language, and translations one per language. */
export interface TranslatableRound {
  readonly title: string;
  readonly description?: string | null;
  readonly targetGroup?: string | null;
  readonly textLang: string;
  readonly translations: readonly {
    readonly lang: string;
    readonly title?: string | null;
    readonly description?: string | null;
    readonly targetGroup?: string | null;
  }[];
}

/** Translations as the API lists them, one per language, each field or null. */
type TranslationList = readonly { readonly lang: string; readonly [field: string]: string | null | undefined }[];

function translationMap(translations: TranslationList | null | undefined): Translations<string> {
  const map: Record<string, Record<string, string>> = {};
  for (const { lang, ...fields } of translations ?? []) {
    const given: Record<string, string> = {};
    for (const [field, value] of Object.entries(fields)) if (typeof value === "string" && value) given[field] = value;
    map[lang] = given;
  }
  return map;
}

/**
 * Some content's `field` for a reader of `locale`, with the `lang` attribute it needs there: its
 * translation when there is one, otherwise the `original` (marked with its language, `textLang`).
 */
export function contentText(
  original: string | null | undefined,
  textLang: string,
  translations: TranslationList | null | undefined,
  field: string,
  locale: string,
): LocalizedText & { attr: string | undefined } {
  const text = localizedText(original ?? "", textLang, translationMap(translations), field, primary(locale));
  return { ...text, attr: langAttr(text.lang, locale) };
}

/**
 * A round's `field` for a reader of `locale`, with the `lang` attribute it needs there: the
 * translation when there is one, otherwise the original (marked with its language).
 */
export function roundText(
  round: TranslatableRound,
  field: RoundTextField,
  locale: string,
): LocalizedText & { attr: string | undefined } {
  return contentText(field === "title" ? round.title : round[field], round.textLang, round.translations, field, locale);
}

/** An outcome's words as the API gives them (written in the language of its round's words). */
export interface TranslatableOutcome {
  readonly title: string;
  readonly description?: string | null;
  readonly textLang?: string | null;
  readonly translations?: readonly {
    readonly lang: string;
    readonly title?: string | null;
    readonly description?: string | null;
  }[];
}

/** An indicator's public name as the API gives it. */
export interface TranslatableIndicator {
  readonly name: string;
  readonly translations?: readonly { readonly lang: string; readonly name?: string | null }[];
}

/** An outcome's title or description for a reader of `locale` (see `contentText`); English unless told. */
export function outcomeText(
  outcome: TranslatableOutcome,
  field: OutcomeTextField,
  locale: string,
): LocalizedText & { attr: string | undefined } {
  return contentText(outcome[field], outcome.textLang ?? "en", outcome.translations ?? [], field, locale);
}

/** An indicator's public name for a reader of `locale`, in the language of its outcome (`textLang`). */
export function indicatorName(
  indicator: TranslatableIndicator,
  locale: string,
  textLang = "en",
): LocalizedText & { attr: string | undefined } {
  return contentText(indicator.name, textLang, indicator.translations ?? [], "name", locale);
}

/** `roundText` and `langAttr` in the active locale, for templates. */
export function useContentLang() {
  const locale = computed(() => i18n.global.locale.value);
  return {
    locale,
    roundText: (round: TranslatableRound, field: RoundTextField) => roundText(round, field, locale.value),
    outcomeText: (outcome: TranslatableOutcome, field: OutcomeTextField) => outcomeText(outcome, field, locale.value),
    indicatorName: (indicator: TranslatableIndicator, textLang?: string) =>
      indicatorName(indicator, locale.value, textLang),
    langAttr: (textLang: string | null | undefined) => langAttr(textLang, locale.value),
  };
}
