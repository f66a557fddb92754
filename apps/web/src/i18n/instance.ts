import { createI18n } from "vue-i18n";
import en from "./locales/en.json";
import { DEFAULT_LOCALE, LOCALE_IDS, intlTag, pluralRule, type LocaleId } from "./locales";

/** The English messages are the schema every other locale follows (and what `t` keys are checked against). */
export type MessageSchema = typeof en;

/**
 * The one vue-i18n instance (Composition API mode). Components call `useI18n()`; plain modules
 * (chart shaping, CSV) import `t` / `tn` from here. Both read the active locale, so a computed that
 * calls them follows a change of language.
 */
export const i18n = createI18n<[MessageSchema], LocaleId, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  // English is in the first download; Welsh is loaded when a reader first needs it (`loadLocale`).
  // Welsh lacks the officer console's messages: those fall back to English.
  messages: { en } as Record<LocaleId, MessageSchema>,
  pluralRules: Object.fromEntries(
    (LOCALE_IDS as string[]).filter((id) => id !== "en").map((id) => [id, pluralRule(intlTag(id))]),
  ),
  // A missing key is a bug (i18n.spec.ts fails on one); in the browser show the key, never a blank.
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

export const t = i18n.global.t;

/**
 * A plural message with its count formatted for the locale: `tn("units.round", 1234)` →
 * "1,234 rounds" from "{n} round | {n} rounds". Other named values may be passed too.
 */
export function tn(key: string, count: number, named: Record<string, unknown> = {}): string {
  const n = new Intl.NumberFormat(activeTag()).format(count);
  return t(key, { n, count: n, ...named }, count);
}

/** The `Intl` tag of the active locale (e.g. "en-GB"). */
export function activeTag(): string {
  return intlTag(i18n.global.locale.value);
}

/** Each other locale's messages, a chunk of their own (only English is in the first download). */
const LOADERS: Record<Exclude<LocaleId, "en">, () => Promise<{ default: unknown }>> = {
  cy: () => import("./locales/cy.json"),
};
const loaded = new Set<LocaleId>(["en"]);

/** Makes `id`'s messages available (fetching them once); resolves when `t` can use them. */
export async function loadLocale(id: LocaleId): Promise<void> {
  if (loaded.has(id)) return;
  const messages = (await LOADERS[id as Exclude<LocaleId, "en">]()).default;
  i18n.global.setLocaleMessage(id, messages as MessageSchema);
  loaded.add(id);
}
