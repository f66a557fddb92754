import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const CouncilPageDocument = graphql(`
  query CouncilPage($slug: String!, $filter: RoundFilter!) {
    council(slug: $slug) {
      id
      slug
      name
      region
      population
      onsCode
      orgIdentifier
      areas {
        id
        slug
        name
        kind
        population
        onsCode
        parent {
          id
        }
      }
    }
    rounds(first: 100, filterBy: $filter) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        ...RoundCardFields
        targetGroup
        spent {
          ...MoneyFields
        }
        area {
          id
          slug
          name
          kind
          population
        }
      }
    }
  }
`);

export function useCouncil(slug: Ref<string>, theme: Ref<string | undefined>) {
  const variables = computed(() => ({
    slug: slug.value,
    filter: theme.value ? { council: slug.value, theme: theme.value } : { council: slug.value },
  }));
  return useQuery({ query: CouncilPageDocument, variables });
}
