import type { DataSource } from "typeorm";
import type { GraphQLContext } from "../graphql/context.js";
import { Proposal } from "./proposal.entity.js";
import { ProposalRecord } from "./proposal.types.js";

/** A proposal by its (normalised) reference code; null when there is none. */
export function proposalByReference(dataSource: DataSource, reference: string): Promise<Proposal | null> {
  return dataSource.getRepository(Proposal).findOneBy({ reference });
}

/** The round's accepted proposals, oldest first (batched per request). */
export function acceptedProposals(ctx: GraphQLContext, roundKey: number): Promise<Proposal[]> {
  return ctx.loaders
    .batch("round.acceptedProposals", async (keys: readonly number[]) => {
      const rows = await ctx.dataSource.getRepository(Proposal).find({
        where: keys.map((k) => ({ roundKey: k, status: "accepted" })),
        order: { createdAt: "ASC", key: "ASC" },
      });
      return keys.map((k) => rows.filter((r) => r.roundKey === k));
    })
    .load(roundKey);
}

/** Every proposal of the round for its officers, oldest first, with how many share each one's contact. */
export async function roundProposals(dataSource: DataSource, roundKey: number): Promise<ProposalRecord[]> {
  const rows = await dataSource
    .getRepository(Proposal)
    .find({ where: { roundKey }, order: { createdAt: "ASC", key: "ASC" } });
  const byContact = new Map<string, number>();
  for (const r of rows) if (r.contactHash) byContact.set(r.contactHash, (byContact.get(r.contactHash) ?? 0) + 1);
  return rows.map((proposal) =>
    Object.assign(new ProposalRecord(), {
      proposal,
      contact: proposal.contact,
      reference: proposal.reference,
      sameContactProposals: proposal.contactHash ? (byContact.get(proposal.contactHash) ?? 0) : 0,
    }),
  );
}
