import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const ComparePageDocument = graphql(`
  query ComparePage {
    councils(first: 100) {
      nodes {
        id
        slug
        name
        region
        population
      }
    }
    rounds(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        year
        kind
        council {
          id
          slug
        }
        pot {
          amountMinor
          currency
        }
        awarded {
          amountMinor
          currency
        }
      }
    }
  }
`);

export function useCompare() {
  return useQuery({ query: ComparePageDocument });
}
