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
        textLang
        translations {
          lang
          title
        }
        year
        council {
          id
          slug
          name
        }
        outcomes {
          id
          title
          textLang
          translations {
            lang
            title
          }
          indicators {
            ...IndicatorFields
          }
        }
      }
    }
  }
`);

/** Statuses worked out by the server with the published rule, per indicator, per round and overall. */
export const OutcomeProgressDocument = graphql(`
  query OutcomeProgress($rounds: [ID!]!) {
    outcomeProgress(rounds: $rounds) {
      asOf
      rule
      overall {
        onTrack
        atRisk
        offTrack
        notReported
        included
        progress
      }
      rounds {
        roundId
        rollup {
          onTrack
          atRisk
          offTrack
          notReported
          included
          progress
        }
      }
      indicators {
        indicatorId
        roundId
        status
        latest
        latestOn
        progress
        expected
        costPerPersonReached {
          ...MoneyFields
        }
      }
    }
  }
`);

/** The rounds' outcome progress; paused (no request) while there are no rounds to ask about. */
export function useOutcomeProgress(roundIds: Ref<readonly string[]>) {
  const variables = computed(() => ({ rounds: [...roundIds.value] }));
  const pause = computed(() => roundIds.value.length === 0);
  return useQuery({ query: OutcomeProgressDocument, variables, pause });
}

export function useOutcomes(council: Ref<string | undefined>) {
  const variables = computed(() => ({
    filter: {
      phases: ["AWARDED" as const, "MONITORING" as const, "CLOSED" as const],
      ...(council.value ? { council: council.value } : {}),
    },
  }));
  return useQuery({ query: OutcomesPageDocument, variables });
}
