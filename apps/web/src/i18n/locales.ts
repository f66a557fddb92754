/**
 * The dashboard's languages. Each has its messages in `locales/<id>.json` (English is the source;
 * every other file has the same keys) and the BCP 47 tag that `Intl` formats its dates, numbers and
 * money with. Welsh (cy) covers every resident and panel member page; the officer console falls back
 * to English. Another language: add the JSON file, an entry here and in `messages` (`instance.ts`); the
 * plural rule comes from `Intl.PluralRules` (see `pluralRule`).
 */
export const LOCALES = {
  en: { tag: "en-GB", name: "English" },
  cy: { tag: "cy-GB", name: "Cymraeg" },
} as const satisfies Record<string, { tag: string; name: string }>;

export type LocaleId = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleId = "en";
export const LOCALE_IDS = Object.keys(LOCALES) as LocaleId[];

export function isLocaleId(value: unknown): value is LocaleId {
  return typeof value === "string" && Object.hasOwn(LOCALES, value);
}

/** The `Intl` tag of a locale id (e.g. en → en-GB); unknown ids format as the default. */
export function intlTag(id: string): string {
  return isLocaleId(id) ? LOCALES[id].tag : LOCALES[DEFAULT_LOCALE].tag;
}

/**
 * The first supported locale among: the reader's saved choice, then their browser's languages
 * (by primary subtag: "cy-GB" → cy), then the default.
 */
export function pickLocale(saved: string | null | undefined, browser: readonly string[] = []): LocaleId {
  if (isLocaleId(saved)) return saved;
  for (const lang of browser) {
    const primary = lang.toLowerCase().split("-")[0];
    if (isLocaleId(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** CLDR's order of plural categories: a message's `|` branches list the locale's categories in this order. */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

/**
 * A vue-i18n plural rule from `Intl.PluralRules`, for languages with more than two forms (Welsh has
 * six, Polish four). A message for such a language lists one branch per category the language uses,
 * in CLDR order — Polish "{n} runda | {n} rundy | {n} rund | {n} rundy" is one | few | many | other.
 * English keeps vue-i18n's own rule ("one | other", or "zero | one | other").
 */
export function pluralRule(tag: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(tag);
  const categories = CATEGORY_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  return (choice, choicesLength) => {
    const index = categories.indexOf(rules.select(Math.abs(choice)));
    return Math.min(index < 0 ? categories.length - 1 : index, choicesLength - 1);
  };
}
