import { computed, type Ref } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const OfficerLoginDocument = graphql(`
  mutation OfficerLogin($input: OfficerLoginInput!) {
    officerLogin(input: $input) {
      token
      expiresAt
      userErrors {
        ...UserErrorFields
      }
      viewer {
        role
        displayName
        twoFactorEnabled
        twoFactorRequired
        council {
          id
          slug
          name
        }
      }
    }
  }
`);

export const OfficerRoundsDocument = graphql(`
  query OfficerRounds($council: String!) {
    rounds(first: 100, filterBy: { council: $council }) {
      totalCount
      nodes {
        ...RoundCardFields
      }
    }
  }
`);

export const RoundAdvancePhaseDocument = graphql(`
  mutation RoundAdvancePhase($input: RoundAdvancePhaseInput!) {
    roundAdvancePhase(input: $input) {
      round {
        id
        slug
        phase
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function useOfficerLogin() {
  return useMutation(OfficerLoginDocument);
}

export function useOfficerRounds(council: Ref<string | null>) {
  const variables = computed(() => ({ council: council.value ?? "" }));
  return useQuery({
    query: OfficerRoundsDocument,
    variables,
    pause: computed(() => !council.value),
    requestPolicy: "network-only",
  });
}

export function useAdvancePhase() {
  return useMutation(RoundAdvancePhaseDocument);
}

export const OfficerRoundDetailDocument = graphql(`
  query OfficerRoundDetail($id: ID!) {
    round(id: $id) {
      id
      kind
      phase
      pot {
        ...MoneyFields
      }
      sessions {
        id
        date
        title
        kind
        durationMinutes
      }
      panel {
        members {
          id
          pseudonym
          active
        }
      }
      outcomes {
        id
        title
        indicators {
          id
          name
          unit
        }
      }
      tender {
        id
        criteria {
          ...TenderCriterionFields
        }
      }
      bids {
        id
        title
        status
        amountRequested {
          ...MoneyFields
        }
        provider {
          id
          name
        }
      }
      scoring {
        scorers
        bids {
          rank
          score
          scorers
          bid {
            id
            title
          }
        }
      }
      decision {
        id
        summary
        decidedAt
        officerRecommendation {
          id
          title
        }
        officerRecommendationNote
        projects {
          funded
          bid {
            id
          }
        }
      }
      awards {
        id
        title
        status
        bid {
          id
        }
        value {
          ...MoneyFields
        }
        spent {
          ...MoneyFields
        }
      }
    }
  }
`);

export const SessionCreateDocument = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      session {
        id
        title
        date
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ContributionRecordDocument = graphql(`
  mutation ContributionRecord($input: ContributionRecordInput!) {
    contributionRecord(input: $input) {
      session {
        id
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DecisionTakeDocument = graphql(`
  mutation DecisionTake($input: DecisionTakeInput!) {
    decisionTake(input: $input) {
      decision {
        id
        summary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OfficerProvidersDocument = graphql(`
  query OfficerProviders {
    providers(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

export const DecisionRecomputeDocument = graphql(`
  mutation DecisionRecompute($input: DecisionRecomputeInput!) {
    decisionRecompute(input: $input) {
      verification {
        matches
        differences
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AwardVaryDocument = graphql(`
  mutation AwardVary($input: AwardVaryInput!) {
    awardVary(input: $input) {
      award {
        id
        title
        value {
          ...MoneyFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ProviderCreateDocument = graphql(`
  mutation ProviderCreate($input: ProviderCreateInput!) {
    providerCreate(input: $input) {
      provider {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BidSubmitDocument = graphql(`
  mutation BidSubmit($input: BidSubmitInput!) {
    bidSubmit(input: $input) {
      bid {
        id
        title
        externalId
        amountRequested {
          ...MoneyFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const BidShortlistDocument = graphql(`
  mutation BidShortlist($input: BidShortlistInput!) {
    bidShortlist(input: $input) {
      bid {
        id
        title
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OfficerScoreSubmitDocument = graphql(`
  mutation OfficerScoreSubmit($input: InterviewScoreSubmitInput!) {
    interviewScoreSubmit(input: $input) {
      bid {
        id
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AwardCreateDocument = graphql(`
  mutation AwardCreate($input: AwardCreateInput!) {
    awardCreate(input: $input) {
      award {
        id
        title
        value {
          ...MoneyFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SpendRecordDocument = graphql(`
  mutation SpendRecord($input: SpendRecordInput!) {
    spendRecord(input: $input) {
      spendTransaction {
        id
        reference
        paidOn
        amount {
          ...MoneyFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MeasurementRecordDocument = graphql(`
  mutation MeasurementRecord($input: MeasurementRecordInput!) {
    measurementRecord(input: $input) {
      measurement {
        id
        value
        measuredOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Organisations to choose from when entering a bid (only fetched while `active`). */
export function useOfficerProviders(active: Ref<boolean>) {
  return useQuery({
    query: OfficerProvidersDocument,
    pause: computed(() => !active.value),
    requestPolicy: "cache-and-network",
  });
}

/** Sessions, panel, bids, scoring, decision and awards of one of the officer's rounds (for the console's forms). */
export function useOfficerRoundDetail(id: Ref<string>) {
  const variables = computed(() => ({ id: id.value }));
  return useQuery({ query: OfficerRoundDetailDocument, variables, requestPolicy: "network-only" });
}
