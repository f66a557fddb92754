import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { IsOptional, IsString, IsUrl, Length, Matches } from "class-validator";
import { Provider } from "./provider.entity.js";
import { Award } from "../award/award.entity.js";
import { Connection, OrderDirection, PageArgs, paginate } from "../graphql/connection.js";
import type { GraphQLContext } from "../graphql/context.js";

import { Payload } from "../graphql/payload.js";
import { mutationPayload } from "../graphql/commands.js";
import { providerCreate } from "./provider.commands.js";

export const ProviderConnection = Connection(Provider);

export enum ProviderKind {
  CHARITY = "charity",
  COMPANY = "company",
  COMMUNITY_GROUP = "community_group",
  PUBLIC_BODY = "public_body",
  RESIDENT_GROUP = "resident_group",
}
registerEnumType(ProviderKind, { name: "ProviderKind", description: "The kind of organisation." });

@InputType({
  description:
    "An organisation to register. The identifier follows org-id.guide: a scheme (GB-CHC charity, GB-COH company, GB-LAE council…) and the registration number.",
})
class ProviderCreateInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ProviderKind) kind: ProviderKind;
  @Field({ nullable: true, description: "org-id.guide scheme, e.g. GB-CHC or GB-COH." })
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z0-9]{2,8}$/)
  identifierScheme?: string;
  @Field({ nullable: true, description: "Registration number within the scheme." })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9-]+$/)
  identifier?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https", "http"], require_protocol: true })
  @Length(1, 200)
  website?: string;
}

const ProviderCreatePayload = Payload("ProviderCreate", "provider", () => Provider, "the registered organisation.");

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderConnection, { description: "Organisations that bid for or deliver services, by name." })
  async providers(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphQLContext) {
    const qb = ctx.dataSource.getRepository(Provider).createQueryBuilder("provider");
    return ProviderConnection.from(
      await paginate(qb, page, {
        expression: "provider.name",
        keyExpression: "provider.key",
        read: (p: Provider) => p.name,
        direction: OrderDirection.ASC,
      }),
    );
  }

  @Query(() => Provider, { nullable: true })
  provider(@Arg("slug") slug: string, @Ctx() ctx: GraphQLContext) {
    return ctx.dataSource.getRepository(Provider).findOneBy({ slug });
  }

  @Mutation(() => ProviderCreatePayload, {
    description:
      "Registers an organisation that bids for services (officers). One registration per identifier (DUPLICATE).",
  })
  async providerCreate(
    @Arg("input", () => ProviderCreateInput) input: ProviderCreateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return mutationPayload("provider", ctx, providerCreate, {
      name: input.name,
      kind: input.kind,
      identifierScheme: input.identifierScheme,
      identifier: input.identifier,
      website: input.website,
    });
  }

  @FieldResolver(() => [Award], { description: "Awards this provider received, oldest first." })
  awards(@Root() provider: Provider, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.many(Award, "providerKey", { awardedOn: "ASC" }).load(provider.key);
  }
}
