import { computed } from "vue";
import { i18n, loadLocale } from "./instance";
import { LOCALES, LOCALE_IDS, intlTag, isLocaleId, pickLocale, type LocaleId } from "./locales";

export const LOCALE_STORAGE_KEY = "coproduce.locale";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
}

/** Puts the active locale on the page: `<html lang>` for screen readers and hyphenation. */
function applyToDocument(id: LocaleId): void {
  if (typeof document !== "undefined") document.documentElement.lang = intlTag(id);
}

/** At start-up: the saved choice, else the browser's languages, else English (its messages loaded first). */
export async function initLocale(): Promise<LocaleId> {
  const nav = typeof navigator === "undefined" ? [] : navigator.languages;
  const id = pickLocale(storage()?.getItem(LOCALE_STORAGE_KEY), nav);
  await loadLocale(id).catch(() => undefined); // offline: English until the chunk can be fetched
  i18n.global.locale.value = loadedOrDefault(id);
  applyToDocument(i18n.global.locale.value);
  return i18n.global.locale.value;
}

function loadedOrDefault(id: LocaleId): LocaleId {
  return i18n.global.availableLocales.includes(id) ? id : "en";
}

/** The reader's language: which it is, which there are, and a switch that is remembered on this device. */
/** The language last chosen with the switch on this page load, until a page takes it (see `takeChosenLocale`). */
let chosen: LocaleId | null = null;

/**
 * The reader's explicit choice of language since the last call, once (null when none): pages are
 * re-created in the new language, so a page that records the choice (a panel member's) takes it here.
 */
export function takeChosenLocale(): LocaleId | null {
  const id = chosen;
  chosen = null;
  return id;
}

export function useLocale() {
  const locale = computed(() => i18n.global.locale.value);
  const available = LOCALE_IDS.map((id) => ({ id, name: LOCALES[id].name, tag: LOCALES[id].tag }));
  async function setLocale(id: string): Promise<void> {
    if (!isLocaleId(id)) return;
    await loadLocale(id);
    chosen = id;
    i18n.global.locale.value = id;
    storage()?.setItem(LOCALE_STORAGE_KEY, id);
    applyToDocument(id);
  }
  return { locale, available, setLocale };
}
