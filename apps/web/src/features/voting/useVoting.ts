import { computed, type Ref } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

/** The officer's voting desk for one PB round: codes issued and used, paper ballots, turnout, the close. */
export const OfficerVotingDocument = graphql(`
  query OfficerVoting($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      kind
      phase
      nextPhase
      decisionMethod
      ballotType
      council {
        id
        slug
        name
        areas {
          slug
          name
        }
      }
      voterQuestions {
        ageBands
        ageBandRequired
        areas {
          slug
          name
        }
        recordAgeBand
        recordSex
      }
      ballotRules {
        type
        minLength
        maxLength
        minPointsPerProject
        maxPointsPerProject
        maxSumPoints
      }
      bids {
        id
        title
        status
        amountRequested {
          ...MoneyFields
        }
      }
      ballotsCast
      voterTokensIssued {
        total
        used
        batches {
          count
          label
          issuedBy
          issuedByName
          issuedAt
        }
      }
      paperBallots {
        serial
        status
        entries
        enteredBy
      }
      ballotChannels {
        total
        online {
          value
        }
        paper {
          value
        }
      }
      decision {
        id
        decidedAt
      }
      nextPhaseRequirements {
        code
        met
        message
      }
    }
  }
`);

export const VoterCodesIssueDocument = graphql(`
  mutation VoterCodesIssue($input: VoterTokensIssueInput!) {
    voterTokensIssue(input: $input) {
      tokens
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const KioskStartDocument = graphql(`
  mutation KioskStart($input: KioskSessionStartInput!) {
    kioskSessionStart(input: $input) {
      kioskToken
      expiresAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PaperBallotEnterDocument = graphql(`
  mutation PaperBallotEnter($input: PaperBallotEnterInput!) {
    paperBallotEnter(input: $input) {
      status
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VoterQuestionsSetDocument = graphql(`
  mutation VoterQuestionsSet($input: VoterQuestionsSetInput!) {
    voterQuestionsSet(input: $input) {
      round {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function useOfficerVoting(slug: Ref<string>, paused: Ref<boolean>) {
  return useQuery({
    query: OfficerVotingDocument,
    variables: computed(() => ({ slug: slug.value })),
    pause: paused,
    requestPolicy: "network-only",
  });
}

export function useKioskStart() {
  return useMutation(KioskStartDocument);
}
