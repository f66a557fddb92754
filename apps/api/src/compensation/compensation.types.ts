import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { UserError } from "../command/user-error.js";
import { Money } from "../graphql/money.type.js";
import { LocalDateScalar, SafeIntScalar } from "../graphql/scalars.js";
import { Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Payment } from "./payment.entity.js";

export enum CompensationBasis {
  HOURLY = "hourly",
  FLAT = "flat",
}
registerEnumType(CompensationBasis, {
  name: "CompensationBasis",
  description: "Pay per hour of the session's length, or a flat fee per session attended.",
});

@InputType({
  description:
    "Set the pay rate for sessions: owed amounts are (re)computed for every member present (hourly: rate × minutes / 60, rounded half-up to a minor unit).",
})
export class CompensationRateSetInput {
  @Field(() => ID) round: string;
  @Field(() => CompensationBasis) basis: CompensationBasis;
  @Field(() => SafeIntScalar, {
    description: "Rate per hour or flat fee, in minor units of the round's compensation currency.",
  })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  rateMinor: number;
  @Field(() => [ID], { nullable: true, description: "Sessions to apply it to (default: all of the round's sessions)." })
  @IsOptional()
  @ArrayMaxSize(200)
  sessions?: string[];
}

@ObjectType({ description: "The round and how many owed entries were written, or userErrors." })
export class CompensationRateSetPayload {
  @Field(() => Round, { nullable: true }) round: Round | null;
  @Field(() => Int, { description: "Owed entries written." }) entries: number;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType({
  description:
    "Record a payment to a panel member. Idempotent: retrying with the same idempotencyKey records it once and returns the first.",
})
export class PaymentRecordInput {
  @Field(() => ID) member: string;
  @Field(() => SafeIntScalar, { description: "Minor units, > 0." }) @IsInt() @Min(1) amountMinor: number;
  @Field({ nullable: true, description: "Must be the round's compensation currency (default)." })
  @IsOptional()
  @Length(3, 3)
  currency?: string;
  @Field(() => LocalDateScalar) paidOn: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) method?: string;
  @Field({ description: "A unique key from the client (e.g. a UUID) so a retried request is not paid twice." })
  @Length(8, 120)
  idempotencyKey: string;
}

@ObjectType({
  description: "The payment (new, or the one already recorded under this idempotency key), or userErrors.",
})
export class PaymentRecordPayload {
  @Field(() => Payment, { nullable: true }) payment: Payment | null;
  @Field({ description: "True when this key had been recorded before (the existing payment is returned)." })
  replayed: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType({ description: "What one panel member is owed and has been paid." })
export class ParticipantLedger {
  @Field(() => PanelMember) member: PanelMember;
  @Field(() => Money) owed: Money;
  @Field(() => Money) paid: Money;
  @Field(() => Money, { description: "owed − paid (negative = overpaid)." }) outstanding: Money;
  @Field(() => [Payment]) payments: Payment[];
}

@ObjectType({
  description: "Pay owed and paid to the panel, in the round's compensation currency (may be local, e.g. B£).",
})
export class CompensationSummary {
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => Money, { nullable: true }) owed: Money | null;
  @Field(() => Money, { nullable: true }) paid: Money | null;
  @Field(() => Money, { nullable: true }) outstanding: Money | null;
  @Field(() => [ParticipantLedger], {
    nullable: true,
    description: "Per member (officers of the council only; null otherwise).",
  })
  participants: ParticipantLedger[] | null;
}
