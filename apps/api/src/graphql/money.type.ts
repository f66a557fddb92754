import { CURRENCIES, formatMoney } from "@coproduce/domain";
import { GraphQLError } from "graphql";
import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "./scalars.js";

@ObjectType({
  description:
    "A currency: ISO 4217 where one exists, or a documented local currency such as the Brixton Pound (BRX, B£).",
})
export class Currency {
  @Field({ description: "ISO 4217 code, or the product's documented code for a local currency (BRX = Brixton Pound)." })
  code: string;
  @Field({ description: "Display symbol, e.g. £ or B£." })
  symbol: string;
  @Field({ description: "Name of the currency." })
  name: string;
  @Field({ description: "True if `code` is an ISO 4217 code; false for local/community currencies." })
  iso4217: boolean;
  @Field(() => String, {
    nullable: true,
    description: "For a local currency pegged to an ISO currency (Brixton Pound → GBP), that ISO code.",
  })
  peggedTo: string | null;

  static of(code: string): Currency {
    const info = CURRENCIES[code];
    const c = new Currency();
    c.code = code;
    c.symbol = info?.symbol ?? code;
    c.name = info?.name ?? code;
    c.iso4217 = info?.iso4217 ?? false;
    c.peggedTo = info?.peggedTo ?? null;
    return c;
  }
}

/** The largest amount a `SafeInt` can carry (2^53 − 1 minor units). */
export const MAX_SAFE_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

export function isRepresentable(amountMinor: bigint): boolean {
  return amountMinor <= MAX_SAFE_MINOR && amountMinor >= -MAX_SAFE_MINOR;
}

@ObjectType({
  description:
    "An amount of money: an integer in minor units (pence) with its currency. Never a float; never add different currencies.",
})
export class Money {
  /** The exact amount (sums are exact: bigint in JavaScript, numeric in PostgreSQL). */
  exact: bigint;

  @Field(() => SafeIntScalar, {
    description:
      "Amount in minor units (e.g. pence): 3200000 = £32,000. Always within ±(2^53 − 1): a total beyond that is never put in a Money (see `SpendingRow.unrepresentable`).",
  })
  get amountMinor(): number {
    if (!isRepresentable(this.exact))
      throw new GraphQLError(`The amount ${this.exact} minor units exceeds 2^53 − 1: read exactAmountMinor`, {
        extensions: { code: "AMOUNT_NOT_REPRESENTABLE" },
      });
    return Number(this.exact);
  }

  @Field({ description: 'The amount in minor units as an exact decimal integer string, e.g. "3200000".' })
  get exactAmountMinor(): string {
    return this.exact.toString();
  }

  @Field({ description: "Currency code (see `currencyInfo`)." })
  currency: string;
  @Field(() => Currency, { description: "The currency's symbol, name and ISO status." })
  currencyInfo(): Currency {
    return Currency.of(this.currency);
  }
  @Field({ description: 'Formatted for people, e.g. "£32,000" or "B£12.50".' })
  formatted(): string {
    return formatMoney({ amountMinor: this.amountMinor, currency: this.currency });
  }

  static of(amountMinor: number | bigint, currency: string): Money {
    const m = new Money();
    m.exact = typeof amountMinor === "bigint" ? amountMinor : BigInt(amountMinor);
    m.currency = currency;
    return m;
  }
}
