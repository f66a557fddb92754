import {
  ROUND_TEXT_FIELDS,
  ROUND_TEXT_MAX_LENGTH,
  TRANSLATION_LANGS,
  isTranslationLang,
  withTranslation,
  type RoundTextField,
} from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { who } from "../command/permissions.js";
import { UserError, UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Round } from "./round.entity.js";
import { roundScope } from "./round-guards.js";

export interface RoundTranslationSetValues {
  roundKey: number;
  lang: string;
  /** Each given replaces the translation of that field into `lang`; "" removes it; absent: unchanged. */
  title?: string;
  description?: string;
  targetGroup?: string;
}

/**
 * An officer sets (or, with "", removes) the translation of a round's words into one of the
 * dashboard's languages. Translations change no setting, so they are allowed in every phase (a
 * closed or imported round can still be read in Welsh). Audited with the language and the old and new
 * text of the fields that changed; a call that changes nothing writes nothing.
 */
export const roundTranslationSet = defineCommand({
  name: "roundTranslationSet",
  who: who.councilOfficer,
  locks: [Round],
  load: (tx, input: RoundTranslationSetValues) => roundScope(tx, input.roundKey, ["input", "round"], "notFound"),
  async run(tx, { lang, ...input }, { round }) {
    const errors: UserError[] = [];
    if (!isTranslationLang(lang))
      errors.push(
        UserError.of(UserErrorCode.INVALID, `Translations are into ${TRANSLATION_LANGS.join(" or ")}, not "${lang}".`, [
          "input",
          "lang",
        ]),
      );
    const given: Partial<Record<RoundTextField, string>> = {};
    for (const field of ROUND_TEXT_FIELDS) {
      const value = input[field];
      if (value === undefined) continue;
      if (value.trim().length > ROUND_TEXT_MAX_LENGTH[field])
        errors.push(
          UserError.of(
            UserErrorCode.TOO_LONG,
            `The translated ${field === "targetGroup" ? "target group" : field} must be ${ROUND_TEXT_MAX_LENGTH[field]} characters or fewer.`,
            ["input", field],
          ),
        );
      given[field] = value;
    }
    if (errors.length > 0 || !isTranslationLang(lang)) throw new UserErrorException(errors);
    const { translations, changed } = withTranslation(round.translations, lang, given);
    if (changed.length > 0) await tx.manager.getRepository(Round).update({ key: round.key }, { translations });
    return {
      round: await tx.manager.getRepository(Round).findOneByOrFail({ key: round.key }),
      lang,
      changed,
    };
  },
  audit: ({ round, lang, changed }) =>
    changed.length === 0
      ? null
      : {
          entityType: "Round",
          entityId: round.key,
          before: { lang, ...Object.fromEntries(changed.map((c) => [c.field, c.before])) },
          after: { lang, ...Object.fromEntries(changed.map((c) => [c.field, c.after])) },
        },
});
