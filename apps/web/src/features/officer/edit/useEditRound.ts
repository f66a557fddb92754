import { graphql } from "../../../graphql/generated";

/** /officer/rounds/:slug/edit: the round's current settings, and the edit. */
export const OfficerRoundSettingsDocument = graphql(`
  query OfficerRoundSettings($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      description
      translations {
        lang
        title
        description
        targetGroup
      }
      outcomes {
        id
        title
        position
        translations {
          lang
          title
          description
        }
        indicators {
          id
          name
          translations {
            lang
            name
          }
        }
      }
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

export const RoundTranslationSetDocument = graphql(`
  mutation RoundTranslationSet($input: RoundTranslationSetInput!) {
    roundTranslationSet(input: $input) {
      round {
        id
        translations {
          lang
          title
          description
          targetGroup
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OutcomeTranslationSetDocument = graphql(`
  mutation OutcomeTranslationSet($input: OutcomeTranslationSetInput!) {
    outcomeTranslationSet(input: $input) {
      outcome {
        id
        translations {
          lang
          title
          description
        }
        indicators {
          id
          translations {
            lang
            name
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
