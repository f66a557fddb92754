import { useI18n } from "vue-i18n";
import * as format from "./format";
import { tn } from "./instance";

/**
 * Everything a page needs to say things in the reader's language: `t` for messages, `tn` for a
 * count with its plural, and the `Intl` formatters of format.ts for the active locale. Templates re-render when
 * the locale changes because `t` reads it.
 */
export function useFormat() {
  // vue-i18n's composer functions do not use `this`: safe to hand out on their own.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { t, te, locale } = useI18n();
  return { t, te, tn, locale, ...format };
}
