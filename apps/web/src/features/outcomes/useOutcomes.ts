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

/**
 * The translations of the listed rounds' outcomes and indicators, asked for apart (and only when the
 * reader's language is not the outcomes' own): inside the page's query they would take it past the
 * public query cost limit (graphql/limits.ts counts each list of translations once per indicator).
 */
export const OutcomeTranslationsDocument = graphql(`
  query OutcomeTranslations($filter: RoundFilter!) {
    rounds(first: 100, filterBy: $filter) {
      nodes {
        id
        outcomes {
          id
          translations {
            lang
            title
          }
          indicators {
            id
            translations {
              lang
              name
            }
          }
        }
      }
    }
  }
`);

function outcomeFilter(council: Ref<string | undefined>) {
  return computed(() => ({
    filter: {
      phases: ["AWARDED" as const, "MONITORING" as const, "CLOSED" as const],
      ...(council.value ? { council: council.value } : {}),
    },
  }));
}

export function useOutcomes(council: Ref<string | undefined>) {
  return useQuery({ query: OutcomesPageDocument, variables: outcomeFilter(council) });
}

type Translation = { lang: string; [field: string]: string | null | undefined };

/**
 * The outcomes' and indicators' translations by id, for readers whose language (`lang`) is not
 * `original` (none is asked for otherwise).
 */
export function useOutcomeTranslations(council: Ref<string | undefined>, lang: Ref<string>, original = "en") {
  const query = useQuery({
    query: OutcomeTranslationsDocument,
    variables: outcomeFilter(council),
    pause: computed(() => lang.value.split("-")[0] === original),
  });
  return computed(() => {
    const outcomes = new Map<string, readonly Translation[]>();
    const indicators = new Map<string, readonly Translation[]>();
    for (const r of query.data.value?.rounds.nodes ?? [])
      for (const o of r.outcomes) {
        outcomes.set(o.id, o.translations);
        for (const i of o.indicators) indicators.set(i.id, i.translations);
      }
    return { outcomes, indicators };
  });
}
