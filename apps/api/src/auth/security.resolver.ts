import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { runMutation } from "../graphql/commands.js";
import { decodeIdOf } from "../graphql/ids.js";
import {
  accountUnlock,
  twoFactorDisable,
  twoFactorEnrolConfirm,
  twoFactorEnrolStart,
  twoFactorRequire,
} from "./security.commands.js";
import {
  AccountUnlockInput,
  AccountUnlockPayload,
  TwoFactorCodeInput,
  TwoFactorDisablePayload,
  TwoFactorEnrolConfirmPayload,
  TwoFactorEnrolStartPayload,
  TwoFactorRequireInput,
  TwoFactorRequirePayload,
} from "./auth.types.js";
import { accountKey } from "./throttle.js";

/** Account security: unlocking accounts, two-factor sign-in (README, security). */
@Resolver()
export class SecurityResolver {
  @Mutation(() => AccountUnlockPayload, {
    description:
      "Officers (accounts of their council) and administrators (any): unlock an account locked after failed sign-ins. Audited.",
  })
  async accountUnlock(
    @Arg("input", () => AccountUnlockInput) input: AccountUnlockInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccountUnlockPayload> {
    const result = await runMutation(ctx, accountUnlock, { email: input.email });
    if (result.ok) await ctx.throttle.clear("loginAccount", accountKey(input.email));
    return Object.assign(new AccountUnlockPayload(), {
      unlocked: result.value?.wasLocked ?? false,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => TwoFactorEnrolStartPayload, {
    description:
      "Officers and administrators: start setting up two-factor sign-in (TOTP) for your own account: a secret and its otpauth URI.",
  })
  async twoFactorEnrolStart(@Ctx() ctx: GraphQLContext): Promise<TwoFactorEnrolStartPayload> {
    const result = await runMutation(ctx, twoFactorEnrolStart, {});
    return Object.assign(new TwoFactorEnrolStartPayload(), {
      secret: result.value?.secret ?? null,
      otpauthUri: result.value?.uri ?? null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => TwoFactorEnrolConfirmPayload, {
    description:
      "Confirm two-factor set-up with a code from the app: it is on from now; returns ten single-use recovery codes (shown once).",
  })
  async twoFactorEnrolConfirm(
    @Arg("input", () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TwoFactorEnrolConfirmPayload> {
    const result = await runMutation(ctx, twoFactorEnrolConfirm, { code: input.code });
    return Object.assign(new TwoFactorEnrolConfirmPayload(), {
      recoveryCodes: result.value?.recoveryCodes ?? [],
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => TwoFactorDisablePayload, {
    description:
      "Turn two-factor sign-in off for your own account, with a current code or a recovery code (refused while it is required).",
  })
  async twoFactorDisable(
    @Arg("input", () => TwoFactorCodeInput) input: TwoFactorCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TwoFactorDisablePayload> {
    const result = await runMutation(ctx, twoFactorDisable, { code: input.code });
    return Object.assign(new TwoFactorDisablePayload(), { disabled: result.ok, userErrors: result.userErrors });
  }

  @Mutation(() => TwoFactorRequirePayload, {
    description:
      "Administrators: require (or stop requiring) two-factor sign-in of a council's officers, or of every account when no council is given.",
  })
  async twoFactorRequire(
    @Arg("input", () => TwoFactorRequireInput) input: TwoFactorRequireInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TwoFactorRequirePayload> {
    const result = await runMutation(ctx, twoFactorRequire, {
      councilKey: input.council ? decodeIdOf("Council", input.council, "input.council") : null,
      required: input.required,
    });
    return Object.assign(new TwoFactorRequirePayload(), {
      required: result.value?.required ?? null,
      userErrors: result.userErrors,
    });
  }
}
