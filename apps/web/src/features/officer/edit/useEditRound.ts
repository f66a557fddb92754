import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../../graphql/generated";

/** /officer/rounds/:slug/edit: the round's current settings, and the edit. */
export const OfficerRoundSettingsDocument = graphql(`
  query OfficerRoundSettings($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      phase
      kind
      theme
      targetGroup
      area {
        id
        name
      }
      pot {
        ...MoneyFields
      }
      compensationCurrency
      panelSize
      decisionMethod
      ballotType
      allocationRule
      year
      opensOn
      closesOn
      council {
        id
        slug
        name
      }
    }
  }
`);

export const RoundUpdateDocument = graphql(`
  mutation RoundUpdate($input: RoundUpdateInput!) {
    roundUpdate(input: $input) {
      round {
        id
        slug
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function useOfficerRoundSettings(slug: Ref<string>, paused: Ref<boolean>) {
  return useQuery({
    query: OfficerRoundSettingsDocument,
    variables: computed(() => ({ slug: slug.value })),
    pause: paused,
    requestPolicy: "network-only",
  });
}
