import { UserErrorCode, UserErrorException } from "./user-error.js";

/** An amount as commands receive it: integer minor units and a currency code (never a float). */
export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/** CURRENCY_MISMATCH on `field` unless the amount is in `expected`. */
export function sameCurrency(expected: string, money: MoneyValue, field: string[]): void {
  if (money.currency !== expected) {
    throw UserErrorException.of(
      UserErrorCode.CURRENCY_MISMATCH,
      `The amount must be in ${expected}, the round's currency (got ${money.currency}).`,
      field,
    );
  }
}
