import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsEmail, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Int } from "type-graphql";
import { UserError } from "../command/user-error.js";
import { Council } from "../council/council.entity.js";

export enum ViewerRole {
  ANONYMOUS = "anonymous",
  OFFICER = "officer",
  ANALYST = "analyst",
  ADMINISTRATOR = "administrator",
  PANEL_MEMBER = "panel_member",
}
registerEnumType(ViewerRole, {
  name: "ViewerRole",
  description:
    "What the viewer may do: residents read; officers run their council's rounds; analysts read with higher limits; panel members act in their round.",
});

@ObjectType("Viewer", { description: "Who is asking (from the `Authorization: Bearer` token)." })
export class ViewerInfo {
  @Field(() => ViewerRole)
  role: ViewerRole;

  @Field(() => String, {
    nullable: true,
    description: "Display name of the account (officers, analysts, administrators).",
  })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: "The account's own email (only ever shown to that account)." })
  email: string | null;

  @Field(() => Council, { nullable: true, description: "The officer's council." })
  council: Council | null;

  /** For panel members: their round and pseudonym. */
  roundKey: number | null;

  @Field(() => String, { nullable: true, description: "A panel member's pseudonym in their round." })
  pseudonym: string | null;

  @Field({ description: "Officers and administrators: two-factor sign-in is on for this account." })
  twoFactorEnabled: boolean;

  @Field({
    description:
      "Officers and administrators: the account's council or the instance requires two-factor sign-in. While it is required and not on, the session may only set it up.",
  })
  twoFactorRequired: boolean;
}

@InputType({ description: "An officer's email and password." })
export class OfficerLoginInput {
  @Field()
  @IsEmail()
  @MaxLength(200)
  email: string;

  @Field()
  @Length(1, 200)
  password: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The second factor, when the account has two-factor sign-in: the six-digit code from the authenticator app, or a recovery code. Asked for with TWO_FACTOR_REQUIRED.",
  })
  @IsOptional()
  @MaxLength(40)
  code?: string | null;
}

/** The fields of every sign-in result: a new bearer token and who it signs in, or userErrors. */
@ObjectType() // a base only: not reachable from the schema, so never emitted
abstract class IssuedTokenPayload {
  @Field(() => String, { nullable: true, description: "The bearer token. Shown once; only its hash is stored." })
  token: string | null;
  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;
  @Field(() => ViewerInfo, { nullable: true })
  viewer: ViewerInfo | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "A bearer token on success (send it as `Authorization: Bearer <token>`), or userErrors." })
export class OfficerLoginPayload extends IssuedTokenPayload {}

@InputType({ description: "The single-use invitation code an officer gave the panel member." })
export class PanelJoinInput {
  @Field()
  @Length(4, 40)
  invitationCode: string;
  @Field(() => String, {
    nullable: true,
    description:
      "A random id the device keeps (e.g. in local storage): the same code entered again on the same device signs in again.",
  })
  @IsOptional()
  @Length(16, 100)
  device?: string | null;
}

@ObjectType({ description: "A panel-member bearer token scoped to the member's round, or userErrors." })
export class PanelJoinPayload extends IssuedTokenPayload {}

@ObjectType({ description: "Result of logging out: the token used for this request is revoked." })
export class LogoutPayload {
  @Field({ description: "True when a token was revoked." })
  revoked: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "An analyst API key (read-only, higher query limits). Administrators only." })
export class AnalystKeyCreateInput {
  @Field({ description: "The analyst's email; an analyst account is created if none exists." })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @Field({ description: "Who the key is for, e.g. a newsroom or research group." })
  @Length(1, 200)
  displayName: string;

  @Field(() => Int, { nullable: true, description: "Days until the key expires (default 365)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  expiresInDays?: number;
}

@ObjectType({ description: "The new analyst API key (shown once)." })
export class AnalystKeyCreatePayload {
  @Field(() => String, {
    nullable: true,
    description: "Send as `Authorization: Bearer <key>`. Shown once; only its hash is stored.",
  })
  key: string | null;
  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "The account to unlock (officers: of their council; administrators: any)." })
export class AccountUnlockInput {
  @Field()
  @IsEmail()
  @MaxLength(200)
  email: string;
}

@ObjectType({ description: "Result of `accountUnlock`." })
export class AccountUnlockPayload {
  @Field({ description: "True when the account was locked and is now unlocked." })
  unlocked: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({
  description: "A new TOTP secret for the viewer's account; confirm it with a code to turn two-factor sign-in on.",
})
export class TwoFactorEnrolStartPayload {
  @Field(() => String, { nullable: true, description: "The secret (base32), to type into an authenticator app." })
  secret: string | null;
  @Field(() => String, { nullable: true, description: "The `otpauth://totp/…` URI (what a QR code holds)." })
  otpauthUri: string | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "A six-digit code from the authenticator app." })
export class TwoFactorCodeInput {
  @Field()
  @Length(6, 40)
  code: string;
}

@ObjectType({ description: "Two-factor sign-in is on: the recovery codes, shown once (only their hashes are stored)." })
export class TwoFactorEnrolConfirmPayload {
  @Field(() => [String], { description: "Ten single-use recovery codes; empty on failure." })
  recoveryCodes: string[];
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Result of `twoFactorDisable`." })
export class TwoFactorDisablePayload {
  @Field({ description: "True when two-factor sign-in was turned off." })
  disabled: boolean;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "Require two-factor sign-in of one council's officers, or (no council) of every account." })
export class TwoFactorRequireInput {
  @Field(() => ID, { nullable: true, description: "The council; omit for the whole instance." })
  @IsOptional()
  council?: string | null;
  @Field()
  required: boolean;
}

@ObjectType({ description: "Result of `twoFactorRequire`." })
export class TwoFactorRequirePayload {
  @Field(() => Boolean, { nullable: true, description: "Whether it is now required (null on failure)." })
  required: boolean | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
