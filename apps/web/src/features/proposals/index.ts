/** Residents' project proposals for PB rounds: the public pages, the officer's review, the shapers. */
export { categoryText, PROPOSAL_CATEGORIES } from "./proposalForm";
