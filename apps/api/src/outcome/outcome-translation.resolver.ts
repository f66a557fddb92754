import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { IsOptional } from "class-validator";
import {
  INDICATOR_TEXT_FIELDS,
  OUTCOME_TEXT_FIELDS,
  TRANSLATION_LANGS,
  localizedText,
  type Translations,
} from "@coproduce/domain";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeIdOf } from "../graphql/ids.js";
import { mutationPayload } from "../graphql/commands.js";
import { Payload } from "../graphql/payload.js";
import { LocalizedText, ROUND_ORIGINAL_LANG } from "../round/round-translation.resolver.js";
import { Outcome } from "./outcome.entity.js";
import { Indicator } from "./indicator.entity.js";
import { outcomeTranslationSet } from "./outcome-translation.commands.js";

@ObjectType({ description: "The translation of an outcome's words into one language; null: not translated." })
export class OutcomeTranslation {
  @Field({ description: `One of: ${TRANSLATION_LANGS.join(", ")}.` })
  lang: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType({ description: "The translation of an indicator's public name into one language." })
export class IndicatorTranslation {
  @Field({ description: `One of: ${TRANSLATION_LANGS.join(", ")}.` })
  lang: string;

  @Field(() => String, { nullable: true })
  name: string | null;
}

@InputType({
  description: "The translated public name of one of the outcome's indicators; an empty string removes it.",
})
export class IndicatorTranslationInput {
  @Field(() => ID)
  indicator: string;

  @Field()
  name: string;
}

@InputType({
  description:
    "Translate an outcome's words into one language: each field given replaces its translation; an empty string removes it; fields left out stay as they are.",
})
export class OutcomeTranslationSetInput {
  @Field(() => ID)
  outcome: string;

  @Field({ description: `The language: ${TRANSLATION_LANGS.join(" or ")}.` })
  lang: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  description?: string | null;

  @Field(() => [IndicatorTranslationInput], {
    nullable: true,
    description: "Public names of the outcome's indicators in the language; indicators left out stay as they are.",
  })
  @IsOptional()
  indicators?: IndicatorTranslationInput[] | null;
}

const OutcomeTranslationSetPayload = Payload(
  "OutcomeTranslationSet",
  "outcome",
  () => Outcome,
  "the outcome with its translations.",
);

/** One row per language that has a translation, each field or null. */
function translationRows<F extends string, R>(
  translations: Translations<F> | null,
  fields: readonly F[],
  make: () => R,
): R[] {
  return TRANSLATION_LANGS.filter((lang) => translations?.[lang]).map((lang) =>
    Object.assign(
      make() as object,
      { lang },
      Object.fromEntries(fields.map((f) => [f, translations?.[lang]?.[f] ?? null])),
    ),
  ) as R[];
}

/** Outcomes are written in the language of their round's own words. */
const textIn = (original: string, translations: Translations<string> | null, field: string, lang: string) =>
  Object.assign(new LocalizedText(), localizedText(original, ROUND_ORIGINAL_LANG, translations, field, lang));

@Resolver(() => Outcome)
export class OutcomeTranslationResolver {
  @FieldResolver(() => String, {
    description: "The language the outcome's own words (title, description, indicator names) are written in.",
  })
  textLang(): string {
    return ROUND_ORIGINAL_LANG;
  }

  @FieldResolver(() => [OutcomeTranslation], {
    description: "The outcome's translations, one per language that has one.",
  })
  translations(@Root() outcome: Outcome): OutcomeTranslation[] {
    return translationRows(outcome.translations, OUTCOME_TEXT_FIELDS, () => new OutcomeTranslation());
  }

  @FieldResolver(() => LocalizedText, {
    description: "The title in `lang` when translated, else the original in its own language.",
  })
  titleIn(@Root() outcome: Outcome, @Arg("lang") lang: string): LocalizedText {
    return textIn(outcome.title, outcome.translations, "title", lang);
  }

  @FieldResolver(() => LocalizedText, {
    description: "The description in `lang` when translated, else the original in its own language.",
  })
  descriptionIn(@Root() outcome: Outcome, @Arg("lang") lang: string): LocalizedText {
    return textIn(outcome.description, outcome.translations, "description", lang);
  }

  @Mutation(() => OutcomeTranslationSetPayload, {
    description:
      "Officers: translate an outcome of their council's round — its title, description and its indicators' public names — into Welsh (cy) or English (en); an empty string removes a translation. Allowed in every phase (frozen outcomes too); audited. Unknown language or another outcome's indicator: INVALID; over-long text: TOO_LONG.",
  })
  async outcomeTranslationSet(
    @Arg("input", () => OutcomeTranslationSetInput) input: OutcomeTranslationSetInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload(
      "outcome",
      ctx,
      outcomeTranslationSet,
      {
        outcomeKey: decodeIdOf("Outcome", input.outcome, "input.outcome"),
        lang: input.lang,
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        indicators: (input.indicators ?? []).map((i, n) => ({
          indicatorKey: decodeIdOf("Indicator", i.indicator, `input.indicators.${n}.indicator`),
          name: i.name,
        })),
      },
      (output) => output.outcome,
    );
  }
}

@Resolver(() => Indicator)
export class IndicatorTranslationResolver {
  @FieldResolver(() => [IndicatorTranslation], {
    description: "The indicator's translations, one per language that has one.",
  })
  translations(@Root() indicator: Indicator): IndicatorTranslation[] {
    return translationRows(indicator.translations, INDICATOR_TEXT_FIELDS, () => new IndicatorTranslation());
  }

  @FieldResolver(() => LocalizedText, {
    description: "The public name in `lang` when translated, else the original in its own language.",
  })
  nameIn(@Root() indicator: Indicator, @Arg("lang") lang: string): LocalizedText {
    return textIn(indicator.name, indicator.translations, "name", lang);
  }
}
