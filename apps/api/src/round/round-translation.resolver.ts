import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { IsOptional } from "class-validator";
import {
  ROUND_TEXT_FIELDS,
  TRANSLATION_LANGS,
  localizedText,
  pabulibContentLang,
  type RoundTextField,
} from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { runMutation } from "../graphql/commands.js";
import { Round } from "./round.entity.js";
import { RoundPayload } from "./round.mutations.js";
import { roundTranslationSet } from "./round-translation.commands.js";

/**
 * The language a round's own words are written in. Councils write theirs in English; a Pabulib
 * import's title is given at import or is the file's `description`, which Pabulib writes in English
 * too — only its projects' names are in the election's language (see `projectLang`).
 */
export const ROUND_ORIGINAL_LANG = "en";

/** The language of a round's projects' (bids') names: a Pabulib election's own, else the round's. */
export function projectLangOf(round: Pick<Round, "allocationParams">): string {
  const meta = (round.allocationParams as { pabulib?: { meta?: Record<string, string> } } | null)?.pabulib?.meta;
  return (meta && pabulibContentLang(meta)) || ROUND_ORIGINAL_LANG;
}

@ObjectType({ description: "Text and the language it is in, for `lang` attributes (screen readers pronounce it)." })
export class LocalizedText {
  @Field()
  text: string;

  @Field({ description: "BCP 47 primary language tag: `en`, `cy`, `pl`…" })
  lang: string;
}

@ObjectType({ description: "The translation of a round's words into one language; null: not translated." })
export class RoundTranslation {
  @Field({ description: `One of: ${TRANSLATION_LANGS.join(", ")}.` })
  lang: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  targetGroup: string | null;
}

@InputType({
  description:
    "Translate a round's words into one language: each field given replaces its translation; an empty string removes it; fields left out stay as they are.",
})
export class RoundTranslationSetInput {
  @Field(() => ID)
  round: string;

  @Field({ description: `The language: ${TRANSLATION_LANGS.join(" or ")}.` })
  lang: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  targetGroup?: string | null;
}

function textIn(round: Round, field: RoundTextField, lang: string): LocalizedText {
  const original = field === "targetGroup" ? (round.targetGroup ?? "") : round[field];
  return Object.assign(
    new LocalizedText(),
    localizedText(original, ROUND_ORIGINAL_LANG, round.translations, field, lang),
  );
}

@Resolver(() => Round)
export class RoundTranslationResolver {
  @FieldResolver(() => String, {
    description: "The language the round's own words (title, description, target group) are written in.",
  })
  textLang(): string {
    return ROUND_ORIGINAL_LANG;
  }

  @FieldResolver(() => String, {
    description: "The language of the round's projects' names: Polish (`pl`) for the Pabulib elections from Poland.",
  })
  projectLang(@Root() round: Round): string {
    return projectLangOf(round);
  }

  @FieldResolver(() => [RoundTranslation], { description: "The round's translations, one per language that has one." })
  translations(@Root() round: Round): RoundTranslation[] {
    return TRANSLATION_LANGS.filter((lang) => round.translations?.[lang]).map((lang) =>
      Object.assign(
        new RoundTranslation(),
        { lang },
        Object.fromEntries(ROUND_TEXT_FIELDS.map((f) => [f, round.translations?.[lang]?.[f] ?? null])),
      ),
    );
  }

  @FieldResolver(() => LocalizedText, {
    description: "The title in `lang` when translated, else the original in its own language.",
  })
  titleIn(@Root() round: Round, @Arg("lang") lang: string): LocalizedText {
    return textIn(round, "title", lang);
  }

  @FieldResolver(() => LocalizedText, {
    description: "The description in `lang` when translated, else the original in its own language.",
  })
  descriptionIn(@Root() round: Round, @Arg("lang") lang: string): LocalizedText {
    return textIn(round, "description", lang);
  }

  @Mutation(() => RoundPayload, {
    description:
      "Officers: translate a round of their council's title, description or target group into Welsh (cy) or English (en); an empty string removes a translation. Allowed in every phase; audited. Unknown language: INVALID; over-long text: TOO_LONG.",
  })
  async roundTranslationSet(
    @Arg("input", () => RoundTranslationSetInput) input: RoundTranslationSetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RoundPayload> {
    const result = await runMutation(ctx, roundTranslationSet, {
      roundKey: decodeIdOf("Round", input.round, "input.round"),
      lang: input.lang,
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      targetGroup: input.targetGroup ?? undefined,
    });
    return RoundPayload.of(result.value?.round ?? null, result.userErrors);
  }
}
