import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";
import type { Normalise } from "./compare";

/** What can be compared: every council and every round (for the pickers and the links). */
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
        slug
        title
        year
        council {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The chosen councils and rounds side by side on the same measures, with the group's median and range. */
export const CompareGroupDocument = graphql(`
  query CompareGroup($councils: [String!]!, $rounds: [ID!]!, $normalise: Normalise!) {
    compare(councils: $councils, rounds: $rounds, normalise: $normalise) {
      normalise
      group {
        measure
        currency
        median
        min
        max
      }
      items {
        id
        label
        meanGini
        proportionality
        normalised {
          measure
          currency
          value
        }
        outcomes {
          onTrack
          atRisk
          offTrack
          notReported
          included
          progress
        }
        participation {
          roundCount
          panelSize {
            display
          }
          voterCount {
            display
          }
        }
        spending {
          roundCount
          awardCount
          population
          pot {
            ...MoneyFields
          }
          awarded {
            ...MoneyFields
          }
          spent {
            ...MoneyFields
          }
        }
      }
    }
  }
`);

export function useCompare() {
  return useQuery({ query: ComparePageDocument });
}

export function useCompareGroup(
  selection: Ref<{ councils: readonly string[]; rounds: readonly string[]; normalise: Normalise } | null>,
) {
  const variables = computed(() => ({
    councils: [...(selection.value?.councils ?? [])],
    rounds: [...(selection.value?.rounds ?? [])],
    normalise: selection.value?.normalise ?? "PER_CAPITA",
  }));
  // The API needs at least one council or round: nothing chosen → no request (the page says so).
  const pause = computed(
    () => selection.value === null || (selection.value.councils.length === 0 && selection.value.rounds.length === 0),
  );
  return useQuery({ query: CompareGroupDocument, variables, pause });
}
