import type { GraphQLContext } from "../graphql/context.js";
import { Money } from "../graphql/money.type.js";
import { payCurrency, type Round } from "../round/round.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { isOfficerOf } from "../auth/guards.js";
import { CompensationEntry } from "./compensation-entry.entity.js";
import { Payment } from "./payment.entity.js";
import { CompensationSummary, ParticipantLedger } from "./compensation.types.js";

/** The pay ledger of a round: owed (entries) vs paid (payments), per member and in total, in one currency. */
export async function compensationSummary(ctx: GraphQLContext, round: Round): Promise<CompensationSummary> {
  const currency = payCurrency(round);
  const [entries, payments, members] = await Promise.all([
    ctx.loaders.many(CompensationEntry, "roundKey").load(round.key),
    ctx.loaders.many(Payment, "roundKey", { paidOn: "ASC", key: "ASC" }).load(round.key),
    ctx.loaders.many(PanelMember, "roundKey").load(round.key),
  ]);
  // Never add different currencies: only the round's compensation currency counts.
  const owed = new Map<number, number>();
  const paid = new Map<number, number>();
  for (const e of entries)
    if (e.currency === currency) owed.set(e.memberKey, (owed.get(e.memberKey) ?? 0) + e.amountMinor);
  for (const p of payments)
    if (p.currency === currency) paid.set(p.memberKey, (paid.get(p.memberKey) ?? 0) + p.amountMinor);
  const total = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const owedTotal = total(owed);
  const paidTotal = total(paid);
  const participants = isOfficerOf(ctx, round.councilKey)
    ? members
        .filter((m) => m.active || owed.has(m.key) || paid.has(m.key))
        .map((m) => {
          const o = owed.get(m.key) ?? 0;
          const p = paid.get(m.key) ?? 0;
          return Object.assign(new ParticipantLedger(), {
            member: m,
            owed: Money.of(o, currency),
            paid: Money.of(p, currency),
            outstanding: Money.of(o - p, currency),
            payments: payments.filter((x) => x.memberKey === m.key),
          });
        })
    : null;
  return Object.assign(new CompensationSummary(), {
    currency,
    owed: Money.of(owedTotal, currency),
    paid: Money.of(paidTotal, currency),
    outstanding: Money.of(owedTotal - paidTotal, currency),
    participants,
  });
}
