import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const OutcomesPageDocument = graphql(`
  query OutcomesPage($filter: RoundFilter!) {
    councils(first: 100) {
      nodes {
        id
        slug
        name
      }
    }
    rounds(first: 100, filterBy: $filter) {
      totalCount
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
        outcomes {
          id
          title
          indicators {
            id
            name
            unit
            baseline
            target
            startsOn
            dueOn
            measurements {
              id
              measuredOn
              value
              source
            }
          }
        }
      }
    }
  }
`);

export function useOutcomes(council: Ref<string | undefined>) {
  const variables = computed(() => ({
    filter: {
      phases: ["AWARDED" as const, "MONITORING" as const, "CLOSED" as const],
      ...(council.value ? { council: council.value } : {}),
    },
  }));
  return useQuery({ query: OutcomesPageDocument, variables });
}
