/**
 * Languages of the content people write (a round's title, description, who it is for), as opposed to
 * the dashboard's own strings (vue-i18n). A round's words are written once, in their original language,
 * and may be translated per language; a reader sees the translation into their language when there is
 * one, otherwise the original — marked with its language so a screen reader pronounces it correctly.
 */

/** The languages a round's words may be translated into: the dashboard's languages. */
export const TRANSLATION_LANGS = ["en", "cy"] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export function isTranslationLang(value: unknown): value is TranslationLang {
  return typeof value === "string" && (TRANSLATION_LANGS as readonly string[]).includes(value);
}

/** A round's translatable words, with the longest text each may be (as the round itself allows). */
export const ROUND_TEXT_MAX_LENGTH = { title: 200, description: 5000, targetGroup: 200 } as const;
export type RoundTextField = keyof typeof ROUND_TEXT_MAX_LENGTH;
export const ROUND_TEXT_FIELDS = Object.keys(ROUND_TEXT_MAX_LENGTH) as RoundTextField[];

/** An outcome's translatable words (its title and description), with their longest lengths. */
export const OUTCOME_TEXT_MAX_LENGTH = { title: 200, description: 5000 } as const;
export type OutcomeTextField = keyof typeof OUTCOME_TEXT_MAX_LENGTH;
export const OUTCOME_TEXT_FIELDS = Object.keys(OUTCOME_TEXT_MAX_LENGTH) as OutcomeTextField[];

/** An indicator's translatable words: its public name. */
export const INDICATOR_TEXT_MAX_LENGTH = { name: 200 } as const;
export type IndicatorTextField = keyof typeof INDICATOR_TEXT_MAX_LENGTH;
export const INDICATOR_TEXT_FIELDS = Object.keys(INDICATOR_TEXT_MAX_LENGTH) as IndicatorTextField[];

/** Stored on the translated row: `{ cy: { title: "…" } }`. A field absent (or blank) has no translation. */
export type Translations<F extends string> = Partial<Record<TranslationLang, Partial<Record<F, string>>>>;
export type RoundTranslations = Translations<RoundTextField>;
export type OutcomeTranslations = Translations<OutcomeTextField>;
export type IndicatorTranslations = Translations<IndicatorTextField>;

/** Text and the language it is in (a BCP 47 primary tag, e.g. `en`, `cy`, `pl`). */
export interface LocalizedText {
  text: string;
  lang: string;
}

/**
 * A round's (outcome's, indicator's) `field` for a reader of `lang`: its translation into `lang`
 * when there is a non-blank one, otherwise the original text in its original language.
 */
export function localizedText(
  original: string,
  originalLang: string,
  translations: Translations<string> | null | undefined,
  field: string,
  lang: string,
): LocalizedText {
  if (lang === originalLang || !isTranslationLang(lang)) return { text: original, lang: originalLang };
  const translated = translations?.[lang]?.[field];
  return translated !== undefined && translated.trim() !== ""
    ? { text: translated, lang }
    : { text: original, lang: originalLang };
}

/**
 * Sets (or, with "", removes) translations of a round's (outcome's, indicator's) words into `lang`;
 * fields not given stay as they are. `fields` are the translatable fields (a round's by default).
 * Returns the new translations (null when none are left) and the fields whose text changed, with
 * their old and new values ("" for none).
 */
export function withTranslation<F extends string = RoundTextField>(
  current: Translations<NoInfer<F>> | null | undefined,
  lang: TranslationLang,
  given: Partial<Record<NoInfer<F>, string>>,
  fields: readonly F[] = ROUND_TEXT_FIELDS as readonly string[] as readonly F[],
): {
  translations: Translations<F> | null;
  changed: { field: F; before: string; after: string }[];
} {
  const next: Translations<F> = {};
  for (const l of TRANSLATION_LANGS) if (current?.[l]) next[l] = { ...current[l] };
  const forLang: Partial<Record<F, string>> = { ...next[lang] };
  const changed: { field: F; before: string; after: string }[] = [];
  for (const field of fields) {
    const value = given[field];
    if (value === undefined) continue;
    const after = value.trim();
    const before: string = forLang[field] ?? "";
    if (after === before) continue;
    changed.push({ field, before, after });
    if (after === "") delete forLang[field];
    else forLang[field] = after;
  }
  if (Object.keys(forLang).length > 0) next[lang] = forLang;
  else delete next[lang];
  return { translations: Object.keys(next).length > 0 ? next : null, changed };
}

/** Language names and codes (as Pabulib files write them) → BCP 47 primary tag. */
const LANGUAGE_NAMES: Record<string, string> = {
  polish: "pl",
  polski: "pl",
  english: "en",
  welsh: "cy",
  cymraeg: "cy",
  dutch: "nl",
  french: "fr",
  german: "de",
  spanish: "es",
  italian: "it",
};
/** The main language of the countries Pabulib has elections from, for files that do not say. */
const COUNTRY_LANGUAGES: Record<string, string> = {
  poland: "pl",
  netherlands: "nl",
  france: "fr",
  germany: "de",
  switzerland: "de",
  spain: "es",
  italy: "it",
};

/** A language named as a code (`pl`, `pl-PL`) or in words (`polish`), as a primary tag; null if unknown. */
export function languageTag(value: string | null | undefined): string | null {
  const v = (value ?? "").trim().toLowerCase();
  if (/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(v) && !(v in LANGUAGE_NAMES)) return v.split("-")[0]!;
  return LANGUAGE_NAMES[v] ?? null;
}

/**
 * The language of a Pabulib election's projects (their names, categories): the file's `language`,
 * else its country's language; null when neither says.
 */
export function pabulibContentLang(meta: Readonly<Record<string, string | undefined>>): string | null {
  return languageTag(meta.language) ?? COUNTRY_LANGUAGES[(meta.country ?? "").trim().toLowerCase()] ?? null;
}
