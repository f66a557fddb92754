import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import type { Viewer } from "./actor.js";
import { runMutation } from "../graphql/commands.js";
import { Council } from "../council/council.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { UserAccount } from "./user.entity.js";
import { analystKeyCreate, logout, officerLogin, panelJoin } from "./auth.commands.js";
import {
  AnalystKeyCreateInput,
  AnalystKeyCreatePayload,
  LogoutPayload,
  OfficerLoginInput,
  OfficerLoginPayload,
  PanelJoinInput,
  PanelJoinPayload,
  ViewerInfo,
  ViewerRole,
} from "./auth.types.js";

async function viewerInfo(ctx: GraphQLContext, viewer: Viewer): Promise<ViewerInfo> {
  const info = new ViewerInfo();
  Object.assign(info, {
    role: viewer.kind as ViewerRole,
    displayName: null,
    email: null,
    council: null,
    roundKey: null,
    pseudonym: null,
  });
  if (viewer.userKey !== undefined) {
    const user = await ctx.loaders.one(UserAccount).load(viewer.userKey);
    info.displayName = user?.displayName ?? null;
    info.email = user?.email ?? null;
  }
  if (viewer.councilKey !== undefined && viewer.councilKey !== null)
    info.council = await ctx.loaders.one(Council).load(viewer.councilKey);
  if (viewer.memberKey !== undefined) {
    const member = await ctx.loaders.one(PanelMember).load(viewer.memberKey);
    info.pseudonym = member?.pseudonym ?? null;
    info.roundKey = member?.roundKey ?? null;
  }
  return info;
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerInfo, { description: "Who is asking: role, council (officers), pseudonym (panel members)." })
  viewer(@Ctx() ctx: GraphQLContext) {
    return viewerInfo(ctx, ctx.viewer);
  }

  @Mutation(() => OfficerLoginPayload, {
    description: "Log in as a council officer; returns a bearer token valid for 12 hours.",
  })
  async officerLogin(
    @Arg("input", () => OfficerLoginInput) input: OfficerLoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OfficerLoginPayload> {
    const result = await runMutation(ctx, officerLogin, { email: input.email, password: input.password });
    return Object.assign(new OfficerLoginPayload(), {
      token: result.value?.token ?? null,
      expiresAt: result.value?.expiresAt ?? null,
      viewer: result.value ? await viewerInfo(ctx, result.value.viewer) : null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => LogoutPayload, { description: "Revoke the bearer token used for this request." })
  async logout(@Ctx() ctx: GraphQLContext): Promise<LogoutPayload> {
    const result = await runMutation(ctx, logout, {});
    return Object.assign(new LogoutPayload(), {
      revoked: result.ok && result.value !== null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PanelJoinPayload, {
    description: "A panel member joins their round's panel with their invitation code (again on the same device).",
  })
  async panelJoin(
    @Arg("input", () => PanelJoinInput) input: PanelJoinInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PanelJoinPayload> {
    const result = await runMutation(ctx, panelJoin, {
      invitationCode: input.invitationCode,
      device: input.device ?? null,
    });
    return Object.assign(new PanelJoinPayload(), {
      token: result.value?.token ?? null,
      expiresAt: result.value?.expiresAt ?? null,
      viewer: result.value ? await viewerInfo(ctx, result.value.viewer) : null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => AnalystKeyCreatePayload, {
    description: "Administrators: issue a read-only analyst API key with higher query limits.",
  })
  async analystKeyCreate(
    @Arg("input", () => AnalystKeyCreateInput) input: AnalystKeyCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnalystKeyCreatePayload> {
    const result = await runMutation(ctx, analystKeyCreate, {
      email: input.email,
      displayName: input.displayName,
      expiresInDays: input.expiresInDays,
    });
    return Object.assign(new AnalystKeyCreatePayload(), {
      key: result.value?.key ?? null,
      expiresAt: result.value?.expiresAt ?? null,
      userErrors: result.userErrors,
    });
  }
}
