import { defineFeature } from "../feature.js";
import { Proposal } from "./proposal.entity.js";
import { ProposalResolver, RoundProposalsResolver } from "./proposal.resolver.js";
import { proposalReview, proposalSubmit } from "./proposal.commands.js";

/** Residents' project proposals for participatory-budgeting rounds, and the officers' review. */
export const proposalFeature = defineFeature({
  name: "proposal",
  entities: [Proposal],
  resolvers: [ProposalResolver, RoundProposalsResolver],
  commands: [proposalSubmit, proposalReview],
});
