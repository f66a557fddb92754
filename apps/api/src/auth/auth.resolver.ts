import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import type { Viewer } from "./actor.js";
import { runMutation } from "../graphql/commands.js";
import { Council } from "../council/council.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { UserAccount } from "./user.entity.js";
import { analystKeyCreate, logout, officerLogin, panelJoin } from "./auth.commands.js";
import { AccountSecurity } from "./account-security.entity.js";
import { lockedError, twoFactorRequiredFor } from "./lockout.js";
import { accountKey, tooManyAttempts } from "./throttle.js";
import { UserErrorCode, type UserError } from "../command/user-error.js";
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
    twoFactorEnabled: false,
    twoFactorRequired: false,
  });
  if (viewer.userKey !== undefined) {
    const user = await ctx.loaders.one(UserAccount).load(viewer.userKey);
    info.displayName = user?.displayName ?? null;
    info.email = user?.email ?? null;
    if (user && (user.role === "officer" || user.role === "administrator")) {
      const security = await ctx.dataSource.getRepository(AccountSecurity).findOneBy({ userKey: user.key });
      info.twoFactorEnabled = security?.totpEnabledAt != null;
      info.twoFactorRequired = await twoFactorRequiredFor(ctx.dataSource.manager, user);
    }
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

function refusedPayload(error: UserError) {
  return { token: null, expiresAt: null, viewer: null, userErrors: [error] };
}

/**
 * Sign-in behind the guessing throttles (throttle.ts): one point from the caller's address and one
 * from the email, given back when the sign-in succeeds or never checked a password (a locked
 * account). An email with no account is refused ACCOUNT_LOCKED after as many failures as a real
 * account would be, so the lockout does not tell which emails have accounts.
 */
async function throttledLogin(ctx: GraphQLContext, input: OfficerLoginInput) {
  const account = accountKey(input.email);
  const gate = await ctx.throttle.enter([
    ["loginAddress", ctx.address],
    ["loginAccount", account],
  ]);
  if (!gate.ok) return { ok: false as const, value: null, userErrors: [tooManyAttempts(gate, "email")] };
  const known = await ctx.dataSource.getRepository(UserAccount).existsBy({ email: input.email.trim().toLowerCase() });
  if (!known) {
    const wait = await ctx.throttle.waitFor("loginUnknownAccount", account);
    if (wait > 0) {
      await gate.succeeded();
      return { ok: false as const, value: null, userErrors: lockedError(wait).errors };
    }
  }
  const result = await runMutation(ctx, officerLogin, {
    email: input.email,
    password: input.password,
    code: input.code ?? null,
  });
  const codes = new Set(result.userErrors.map((e) => e.code));
  if (result.ok || codes.has(UserErrorCode.ACCOUNT_LOCKED)) await gate.succeeded();
  else if (!known && codes.has(UserErrorCode.INVALID_CREDENTIALS))
    await ctx.throttle.fail("loginUnknownAccount", account);
  return result;
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
    const result = await throttledLogin(ctx, input);
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
    const gate = await ctx.throttle.enter([["panelJoinAddress", ctx.address]]);
    if (!gate.ok) return Object.assign(new PanelJoinPayload(), refusedPayload(tooManyAttempts(gate, "invitationCode")));
    const result = await runMutation(ctx, panelJoin, {
      invitationCode: input.invitationCode,
      device: input.device ?? null,
    });
    // Only wrong codes use up the allowance.
    if (result.ok || !result.userErrors.some((e) => e.code === UserErrorCode.INVALID_CREDENTIALS))
      await gate.succeeded();
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
