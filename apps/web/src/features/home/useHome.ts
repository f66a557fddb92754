import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const HomeDocument = graphql(`
  query Home($awardFilter: AwardFilter, $first: Int!) {
    councils(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        region
        population
      }
    }
    awards(first: $first, filterBy: $awardFilter) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        title
        awardedOn
        value {
          amountMinor
          currency
          formatted
        }
        provider {
          id
          slug
          name
        }
        round {
          id
          slug
          title
          theme
          year
          council {
            id
            slug
            name
          }
        }
      }
    }
    latestDecisions: rounds(first: 6, filterBy: { phases: [AWARDED, MONITORING, CLOSED] }) {
      totalCount
      nodes {
        id
        slug
        title
        year
        theme
        phase
        kind
        council {
          id
          slug
          name
        }
        pot {
          amountMinor
          currency
          formatted
        }
        awarded {
          amountMinor
          currency
          formatted
        }
      }
    }
    allRounds: rounds(first: 1) {
      totalCount
    }
    providers(first: 1) {
      totalCount
    }
  }
`);

export interface HomeFilters {
  council?: string | undefined;
  theme?: string | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

/** Page size of awards fetched for the home page's charts (the API's maximum). */
export const AWARDS_PAGE = 100;

export function useHome(filters: Ref<HomeFilters>) {
  // Only the filters that are set: the API reads an explicit null as "must be null".
  const variables = computed(() => {
    const f = filters.value;
    const awardFilter: Record<string, string | number> = {};
    if (f.council) awardFilter.council = f.council;
    if (f.theme) awardFilter.theme = f.theme;
    if (f.fromYear) awardFilter.fromYear = f.fromYear;
    if (f.toYear) awardFilter.toYear = f.toYear;
    return { first: AWARDS_PAGE, awardFilter };
  });
  return useQuery({ query: HomeDocument, variables });
}
