import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const ProviderPageDocument = graphql(`
  query ProviderPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Provider {
        id
        slug
        name
        kind
        identifierScheme
        identifier
        website
        awards {
          id
          title
          kind
          status
          awardedOn
          startsOn
          endsOn
          value {
            ...MoneyFields
          }
          spent {
            ...MoneyFields
          }
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
            year
            phase
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
              status
            }
          }
        }
      }
    }
  }
`);

export function useProvider(id: Ref<string>) {
  return useQuery({ query: ProviderPageDocument, variables: computed(() => ({ id: id.value })) });
}
