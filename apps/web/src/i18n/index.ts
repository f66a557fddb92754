/**
 * The web app's languages (see docs in `instance.ts`, `locales.ts`, `format.ts`): import from here.
 * Components: `const { t, tn, formatMoney, … } = useFormat()`. Plain modules: `import { t, tn, formatMoney } from "../i18n"`.
 */
export { i18n, t, tn, activeTag, loadLocale, type MessageSchema } from "./instance";
export {
  LOCALES,
  LOCALE_IDS,
  DEFAULT_LOCALE,
  intlTag,
  isLocaleId,
  pickLocale,
  pluralRule,
  type LocaleId,
} from "./locales";
export {
  compareText,
  currencyUnit,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentFixed,
  moneyList,
  type MoneyFormatOptions,
} from "./format";
export { useFormat } from "./useFormat";
export { useLocale, initLocale, takeChosenLocale, LOCALE_STORAGE_KEY } from "./useLocale";
export {
  contentText,
  indicatorName,
  langAttr,
  outcomeText,
  roundText,
  useContentLang,
  type TranslatableIndicator,
  type TranslatableOutcome,
  type TranslatableRound,
} from "./contentLang";
