import { graphql } from "./generated";

/** What every mutation's `userErrors` says: the code, the message, and the input field at fault. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    field
  }
`);

/**
 * Every amount of money the dashboard reads: integer minor units and the currency code. The web
 * formats it itself, for the reader's locale (src/i18n/format.ts), so `formatted` is not asked for.
 */
export const MoneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amountMinor
    currency
  }
`);

/** What a round's card shows wherever rounds are listed (home, council, officer console). */
export const RoundCardFieldsFragment = graphql(`
  fragment RoundCardFields on Round {
    id
    slug
    title
    textLang
    translations {
      lang
      title
    }
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
      ...MoneyFields
    }
    awarded {
      ...MoneyFields
    }
  }
`);

/** A tender's award criterion with its weight (basis points of 100%). */
export const TenderCriterionFieldsFragment = graphql(`
  fragment TenderCriterionFields on Criterion {
    id
    name
    description
    weightBasisPoints
  }
`);

/** An outcome indicator with its target and every measurement (what IndicatorFigure draws). */
export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    name
    unit
    baseline
    target
    startsOn
    dueOn
    measurements {
      id
      measuredOn
      value
      source
    }
  }
`);
