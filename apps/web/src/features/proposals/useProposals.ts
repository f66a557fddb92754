import { computed, type MaybeRefOrGetter, toValue } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

/** What the propose page needs of the round. */
export const ProposeRoundDocument = graphql(`
  query ProposeRound($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      kind
      phase
      proposalsOpen
      pot {
        ...MoneyFields
      }
      council {
        id
        name
      }
      area {
        id
        name
      }
    }
  }
`);

export function useProposeRound(slug: MaybeRefOrGetter<string>) {
  return useQuery({ query: ProposeRoundDocument, variables: computed(() => ({ slug: toValue(slug) })) });
}

export const ProposalSubmitDocument = graphql(`
  mutation ProposalSubmit($input: ProposalSubmitInput!) {
    proposalSubmit(input: $input) {
      reference
      proposal {
        id
        title
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ProposalStatusDocument = graphql(`
  query ProposalStatus($reference: String!) {
    proposalStatus(reference: $reference) {
      id
      title
      status
      reviewReason
      costRevisionReason
      estimatedCost {
        ...MoneyFields
      }
      cost {
        ...MoneyFields
      }
      round {
        id
        slug
        title
      }
    }
  }
`);

export const OfficerProposalsDocument = graphql(`
  query OfficerProposals($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      kind
      phase
      council {
        id
        name
      }
      pot {
        ...MoneyFields
      }
      proposals {
        reference
        contact
        sameContactProposals
        proposal {
          id
          title
          description
          area
          categories
          status
          reviewReason
          costRevisionReason
          createdAt
          estimatedCost {
            ...MoneyFields
          }
          revisedCost {
            ...MoneyFields
          }
          cost {
            ...MoneyFields
          }
        }
      }
    }
  }
`);

export function useOfficerProposals(slug: MaybeRefOrGetter<string>) {
  return useQuery({
    query: OfficerProposalsDocument,
    variables: computed(() => ({ slug: toValue(slug) })),
    requestPolicy: "cache-and-network",
  });
}

export const ProposalReviewDocument = graphql(`
  mutation ProposalReview($input: ProposalReviewInput!) {
    proposalReview(input: $input) {
      proposal {
        id
        title
        status
        reviewReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
