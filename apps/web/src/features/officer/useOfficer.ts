import { computed, type Ref } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const OfficerLoginDocument = graphql(`
  mutation OfficerLogin($input: OfficerLoginInput!) {
    officerLogin(input: $input) {
      token
      expiresAt
      userErrors {
        code
        message
        field
      }
      viewer {
        role
        displayName
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
        id
        slug
        title
        year
        kind
        phase
        pot {
          amountMinor
          currency
          formatted
        }
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
        code
        message
        field
      }
    }
  }
`);

export function useOfficerLogin() {
  return useMutation(OfficerLoginDocument);
}

export function useOfficerRounds(council: Ref<string | null>) {
  const variables = computed(() => ({ council: council.value ?? "" }));
  return useQuery({ query: OfficerRoundsDocument, variables, pause: computed(() => !council.value), requestPolicy: "network-only" });
}

export function useAdvancePhase() {
  return useMutation(RoundAdvancePhaseDocument);
}

export const OfficerRoundDetailDocument = graphql(`
  query OfficerRoundDetail($id: ID!) {
    round(id: $id) {
      id
      phase
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
      decision {
        id
        summary
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
        code
        message
        field
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
        code
        message
        field
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
        code
        message
        field
      }
    }
  }
`);

/** Sessions, panel members and decision of one of the officer's rounds (for the console's forms). */
export function useOfficerRoundDetail(id: Ref<string>) {
  const variables = computed(() => ({ id: id.value }));
  return useQuery({ query: OfficerRoundDetailDocument, variables, requestPolicy: "network-only" });
}
