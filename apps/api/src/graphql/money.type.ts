import { CURRENCIES, formatMoney } from "@coproduce/domain";
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

@ObjectType({
  description:
    "An amount of money: an integer in minor units (pence) with its currency. Never a float; never add different currencies.",
})
export class Money {
  @Field(() => SafeIntScalar, { description: "Amount in minor units (e.g. pence): 3200000 = £32,000." })
  amountMinor: number;
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

  static of(amountMinor: number, currency: string): Money {
    const m = new Money();
    m.amountMinor = amountMinor;
    m.currency = currency;
    return m;
  }
}
