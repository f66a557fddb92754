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
