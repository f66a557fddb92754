import { graphql } from "../../graphql/generated";

/** The receipt check: the round, and where the ballot with a receipt is (never its content). */
export const ReceiptRoundDocument = graphql(`
  query ReceiptRound($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      decisionMethod
    }
  }
`);

export const ReceiptCheckDocument = graphql(`
  query ReceiptCheck($round: ID!, $receipt: String!) {
    ballotReceipt(round: $round, receipt: $receipt)
  }
`);
