import { computed, type MaybeRefOrGetter, toValue } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../../graphql/generated";

export const OfficerPanelDocument = graphql(`
  query OfficerPanel($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      phase
      targetGroup
      council {
        id
        slug
        name
      }
      panelRoster {
        drawn
        targetSize
        active
        confirmed
        openSeats
        quotasMet
        alternatesStored
        seats {
          member {
            id
            pseudonym
            active
          }
          applicantPseudonym
          status
          confirmedAt
          withdrawnAt
          withdrawalReason
          replacedBy {
            id
            pseudonym
          }
          replaces {
            id
            pseudonym
          }
          quotaAnswers {
            dimension
            category
          }
        }
        alternates {
          position
          state
          applicant {
            id
            pseudonym
          }
          quotaAnswers {
            dimension
            category
          }
        }
      }
      selectionHistory {
        id
        kind
        actor
        at
        summary
        seed
        reason
        quotasKept
        explanation
        quotas {
          dimension
          category
          min
          max
        }
      }
      selectionReportCsv
      representationFunnel {
        invited {
          invited
          applied
          responseRate
        }
        targetGroup
        ageFrom
        ageTo
        baselineSource
        stages {
          stage
          total
        }
        dimensions {
          dimension
          scope
          categories {
            category
            targetShare
            stages {
              stage
              count
              share
            }
          }
          noData {
            stage
            count
          }
        }
      }
    }
  }
`);

export function useOfficerPanel(slug: MaybeRefOrGetter<string>, pause: () => boolean) {
  return useQuery({
    query: OfficerPanelDocument,
    variables: computed(() => ({ slug: toValue(slug) })),
    pause: computed(pause),
    requestPolicy: "cache-and-network",
  });
}

export const PanelMemberConfirmDocument = graphql(`
  mutation PanelMemberConfirm($input: PanelMemberConfirmInput!) {
    panelMemberConfirm(input: $input) {
      member {
        id
        pseudonym
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvitationsSentSetDocument = graphql(`
  mutation InvitationsSentSet($input: InvitationsSentSetInput!) {
    invitationsSentSet(input: $input) {
      invitationsSent
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PanelMemberWithdrawDocument = graphql(`
  mutation PanelMemberWithdraw($input: PanelMemberWithdrawInput!) {
    panelMemberWithdraw(input: $input) {
      member {
        id
        pseudonym
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PanelMemberReplaceDocument = graphql(`
  mutation PanelMemberReplace($input: PanelMemberReplaceInput!) {
    panelMemberReplace(input: $input) {
      withdrawn {
        id
        pseudonym
      }
      member {
        id
        pseudonym
      }
      applicantPseudonym
      alternatePosition
      quotasKept
      violation
      explanation
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function usePanelMemberConfirm() {
  return useMutation(PanelMemberConfirmDocument);
}
export function usePanelMemberReplace() {
  return useMutation(PanelMemberReplaceDocument);
}
