import { computed, type Ref } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

/** What the voting booth needs: the round, its ballot rules and the projects on the ballot. */
export const VoteBoothDocument = graphql(`
  query VoteBooth($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      council {
        id
        name
      }
      description
      textLang
      projectLang
      translations {
        lang
        title
        description
      }
      kind
      phase
      decisionMethod
      ballotType
      pot {
        ...MoneyFields
      }
      ballotRules {
        type
        minLength
        maxLength
        minSumCost {
          ...MoneyFields
        }
        maxSumCost {
          ...MoneyFields
        }
        minPointsPerProject
        maxPointsPerProject
        minSumPoints
        maxSumPoints
        shuffle
        changeable
      }
      voterQuestions {
        ageBands
        ageBandRequired
        sexes
        areas {
          slug
          name
        }
        recordAgeBand
        recordSex
      }
      bids {
        id
        title
        summary
        status
        category
        area
        amountRequested {
          ...MoneyFields
        }
      }
      decision {
        id
        decidedAt
      }
    }
  }
`);

export const BoothCastDocument = graphql(`
  mutation BoothCast($input: BallotCastInput!) {
    ballotCast(input: $input) {
      receipt
      replaced
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function useVoteBooth(slug: Ref<string>) {
  const variables = computed(() => ({ slug: slug.value }));
  return useQuery({ query: VoteBoothDocument, variables });
}

export function useBoothCast() {
  return useMutation(BoothCastDocument);
}
