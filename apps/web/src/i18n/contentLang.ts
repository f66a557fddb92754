import { computed } from "vue";
import { localizedText, type LocalizedText, type RoundTextField, type RoundTranslations } from "@coproduce/domain";
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

function translationMap(round: TranslatableRound): RoundTranslations {
  const map: Record<string, Partial<Record<RoundTextField, string>>> = {};
  for (const tr of round.translations) {
    const fields: Partial<Record<RoundTextField, string>> = {};
    if (tr.title) fields.title = tr.title;
    if (tr.description) fields.description = tr.description;
    if (tr.targetGroup) fields.targetGroup = tr.targetGroup;
    map[tr.lang] = fields;
  }
  return map;
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
  const original = (field === "title" ? round.title : round[field]) ?? "";
  const text = localizedText(original, round.textLang, translationMap(round), field, primary(locale));
  return { ...text, attr: langAttr(text.lang, locale) };
}

/** `roundText` and `langAttr` in the active locale, for templates. */
export function useContentLang() {
  const locale = computed(() => i18n.global.locale.value);
  return {
    locale,
    roundText: (round: TranslatableRound, field: RoundTextField) => roundText(round, field, locale.value),
    langAttr: (textLang: string | null | undefined) => langAttr(textLang, locale.value),
  };
}
