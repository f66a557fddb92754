import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const SpendingFieldsFragment = graphql(`
  fragment SpendingFields on SpendingSummary {
    truncated
    rows {
      ...SpendingRowFields
    }
    other {
      ...SpendingRowFields
    }
    totals {
      ...SpendingRowFields
    }
  }
  fragment SpendingRowFields on SpendingRow {
    key
    label
    awardCount
    roundCount
    population
    awarded {
      ...MoneyFields
    }
  }
`);

export const HomeDocument = graphql(`
  query Home($filter: SpendingFilter, $roundFilter: RoundFilter, $decisionFilter: RoundFilter) {
    councils(first: 100) {
      totalCount
      nodes {
        id
        slug
        name
        region
        population
        onsCode
      }
    }
    byCouncil: spending(groupBy: COUNCIL, filterBy: $filter, first: 100) {
      ...SpendingFields
    }
    byTheme: spending(groupBy: THEME, filterBy: $filter, first: 100) {
      ...SpendingFields
    }
    byProvider: spending(groupBy: PROVIDER, filterBy: $filter, first: 100) {
      ...SpendingFields
    }
    latestDecisions: rounds(first: 6, filterBy: $decisionFilter) {
      totalCount
      nodes {
        ...RoundCardFields
      }
    }
    allRounds: rounds(first: 1, filterBy: $roundFilter) {
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

export function useHome(filters: Ref<HomeFilters>) {
  // Only the filters that are set: the API reads an explicit null as "must be null".
  const variables = computed(() => {
    const f = filters.value;
    const filter: { councils?: string[]; themes?: string[]; fromYear?: number; toYear?: number } = {};
    const roundFilter: { council?: string; theme?: string; fromYear?: number; toYear?: number } = {};
    if (f.council) {
      filter.councils = [f.council];
      roundFilter.council = f.council;
    }
    if (f.theme) {
      filter.themes = [f.theme];
      roundFilter.theme = f.theme;
    }
    if (f.fromYear) filter.fromYear = roundFilter.fromYear = f.fromYear;
    if (f.toYear) filter.toYear = roundFilter.toYear = f.toYear;
    // the latest decisions follow the same filters as everything else on the page
    const decisionFilter = { ...roundFilter, phases: ["AWARDED" as const, "MONITORING" as const, "CLOSED" as const] };
    return { filter, roundFilter, decisionFilter };
  });
  return useQuery({ query: HomeDocument, variables });
}
