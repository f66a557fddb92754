import { IsInt, IsString, Length, Matches, Min } from "class-validator";
import { Field, InputType } from "type-graphql";
import { SafeIntScalar } from "./scalars.js";

@InputType({ description: "An amount of money: integer minor units (pence) and a currency code." })
export class MoneyInput {
  @Field(() => SafeIntScalar, { description: "Amount in minor units, e.g. 3200000 = £32,000." })
  @IsInt()
  @Min(0)
  amountMinor: number;

  @Field({ description: "Currency code, e.g. GBP (ISO 4217) or BRX (Brixton Pound)." })
  @IsString()
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency: string;
}
