import {
  INDICATOR_TEXT_FIELDS,
  INDICATOR_TEXT_MAX_LENGTH,
  OUTCOME_TEXT_FIELDS,
  OUTCOME_TEXT_MAX_LENGTH,
  TRANSLATION_LANGS,
  isTranslationLang,
  withTranslation,
  type OutcomeTextField,
} from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { roundScope } from "../round/round-guards.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";

export interface OutcomeTranslationSetValues {
  outcomeKey: number;
  lang: string;
  /** Each given replaces the translation of that field into `lang`; "" removes it; absent: unchanged. */
  title?: string;
  description?: string;
  /** The public names of the outcome's indicators, likewise. */
  indicators?: { indicatorKey: number; name: string }[];
}

/**
 * An officer sets (or, with "", removes) the translation of an outcome's words — its title,
 * description and its indicators' names — into one of the dashboard's languages. Like a round's
 * translation (roundTranslationSet) it changes no rule, so it is allowed in every phase, frozen
 * outcomes included. Audited with the language and the old and new text of what changed (an
 * indicator's name under `indicators`, by indicator key); a call that changes nothing writes nothing.
 */
export const outcomeTranslationSet = defineCommand({
  name: "outcomeTranslationSet",
  who: who.councilOfficer,
  locks: [Outcome, Indicator],
  async load(tx, input: OutcomeTranslationSetValues) {
    const outcome = await tx.find(Outcome, input.outcomeKey, {
      field: ["input", "outcome"],
      label: "outcome",
      missing: "notFound",
    });
    return { ...(await roundScope(tx, outcome.roundKey, ["input", "outcome"], "notFound")), outcome };
  },
  async run(tx, { lang, indicators = [], ...input }, { outcome }) {
    const errors: UserError[] = [];
    if (!isTranslationLang(lang))
      errors.push(
        UserError.of(UserErrorCode.INVALID, `Translations are into ${TRANSLATION_LANGS.join(" or ")}, not "${lang}".`, [
          "input",
          "lang",
        ]),
      );
    const given: Partial<Record<OutcomeTextField, string>> = {};
    for (const field of OUTCOME_TEXT_FIELDS) {
      const value = input[field];
      if (value === undefined) continue;
      if (value.trim().length > OUTCOME_TEXT_MAX_LENGTH[field])
        errors.push(
          UserError.of(
            UserErrorCode.TOO_LONG,
            `The translated ${field} must be ${OUTCOME_TEXT_MAX_LENGTH[field]} characters or fewer.`,
            ["input", field],
          ),
        );
      given[field] = value;
    }
    const own = await tx.manager.getRepository(Indicator).find({ where: { outcomeKey: outcome.key } });
    const named: { indicator: Indicator; name: string }[] = [];
    indicators.forEach(({ indicatorKey, name }, i) => {
      const indicator = own.find((x) => x.key === indicatorKey);
      if (!indicator)
        errors.push(
          UserError.of(UserErrorCode.INVALID, "The indicator belongs to another outcome.", [
            "input",
            "indicators",
            String(i),
            "indicator",
          ]),
        );
      else if (named.some((n) => n.indicator.key === indicatorKey))
        errors.push(
          UserError.of(UserErrorCode.INVALID, "The indicator is given twice.", [
            "input",
            "indicators",
            String(i),
            "indicator",
          ]),
        );
      else if (name.trim().length > INDICATOR_TEXT_MAX_LENGTH.name)
        errors.push(
          UserError.of(
            UserErrorCode.TOO_LONG,
            `The translated indicator name must be ${INDICATOR_TEXT_MAX_LENGTH.name} characters or fewer.`,
            ["input", "indicators", String(i), "name"],
          ),
        );
      else named.push({ indicator, name });
    });
    if (errors.length > 0 || !isTranslationLang(lang)) throw new UserErrorException(errors);

    const { translations, changed } = withTranslation(outcome.translations, lang, given, OUTCOME_TEXT_FIELDS);
    if (changed.length > 0) await tx.manager.getRepository(Outcome).update({ key: outcome.key }, { translations });
    const renamed: { indicatorKey: number; before: string; after: string }[] = [];
    for (const { indicator, name } of named) {
      const next = withTranslation(indicator.translations, lang, { name }, INDICATOR_TEXT_FIELDS);
      if (next.changed.length === 0) continue;
      await tx.manager.getRepository(Indicator).update({ key: indicator.key }, { translations: next.translations });
      renamed.push({ indicatorKey: indicator.key, before: next.changed[0]!.before, after: next.changed[0]!.after });
    }
    return {
      outcome: await tx.manager.getRepository(Outcome).findOneByOrFail({ key: outcome.key }),
      lang,
      changed,
      renamed,
    };
  },
  audit: ({ outcome, lang, changed, renamed }) => {
    if (changed.length === 0 && renamed.length === 0) return null;
    const side = (pick: "before" | "after") => ({
      lang,
      ...Object.fromEntries(changed.map((c) => [c.field, c[pick]])),
      ...(renamed.length > 0
        ? { indicators: Object.fromEntries(renamed.map((r) => [String(r.indicatorKey), r[pick]])) }
        : {}),
    });
    return { entityType: "Outcome", entityId: outcome.key, before: side("before"), after: side("after") };
  },
});
