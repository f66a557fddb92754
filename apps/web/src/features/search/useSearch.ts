import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const SearchDocument = graphql(`
  query Search($query: String!, $after: String) {
    search(query: $query, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      terms {
        typed
        matched
        corrected
      }
      edges {
        cursor
        kind
        node {
          __typename
          ... on Council {
            id
            slug
            name
            region
          }
          ... on Round {
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
              name
            }
          }
          ... on Bid {
            id
            title
            round {
              id
              slug
              title
              textLang
              projectLang
              translations {
                lang
                title
              }
              council {
                id
                name
              }
            }
            provider {
              id
              name
            }
          }
          ... on Provider {
            id
            name
            kind
            identifierScheme
            identifier
          }
        }
      }
    }
  }
`);

/** The search for `query` (paused while it is empty), from the cursor `after`. */
export function useSearch(query: Ref<string>, after: Ref<string | undefined>) {
  const variables = computed(() => ({ query: query.value, ...(after.value ? { after: after.value } : {}) }));
  return useQuery({ query: SearchDocument, variables, pause: computed(() => query.value.trim() === "") });
}
