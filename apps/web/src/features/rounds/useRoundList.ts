import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";
import { roundListVariables, type RoundListState } from "./roundList";

export const RoundListDocument = graphql(`
  query RoundList($filterBy: RoundFilter, $orderBy: RoundOrder, $after: String) {
    rounds(first: 20, after: $after, filterBy: $filterBy, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RoundCardFields
        area {
          id
          name
        }
      }
    }
    councils(first: 100) {
      nodes {
        id
        slug
        name
        areas {
          id
          name
          kind
        }
      }
    }
    themes: spending(groupBy: THEME, first: 100) {
      rows {
        key
      }
    }
  }
`);

/** Every round, filtered, sorted and paged as the URL says (roundList.ts). */
export function useRoundList(state: Ref<RoundListState>) {
  return useQuery({ query: RoundListDocument, variables: computed(() => roundListVariables(state.value)) });
}
