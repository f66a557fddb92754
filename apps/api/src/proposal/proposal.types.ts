import { Field, Int, ObjectType } from "type-graphql";
import { Proposal } from "./proposal.entity.js";

@ObjectType({ description: "A proposal as the council's officers see it: with the proposer's private contact." })
export class ProposalRecord {
  @Field(() => Proposal) proposal: Proposal;
  @Field(() => String, { nullable: true, description: "How to contact the proposer (private)." }) contact:
    string | null;
  @Field({ description: "The reference code the proposer was given." }) reference: string;
  @Field(() => Int, {
    description: "Proposals in this round with the same contact details (this one included; 0 without contact).",
  })
  sameContactProposals: number;
}
