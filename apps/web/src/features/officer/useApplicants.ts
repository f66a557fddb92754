import { computed, type MaybeRefOrGetter, toValue } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const RoundApplicantsDocument = graphql(`
  query RoundApplicants($slug: String!) {
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
      area {
        id
        name
      }
      applicationForm {
        ...ApplicationFormFields
      }
      applicants {
        applicant {
          id
          pseudonym
          status
        }
        name
        contact
        household
        language
        source
        appliedAt
        reviewedAt
        rejectionReason
        quotaAnswers {
          dimension
          category
        }
      }
      panel {
        members {
          id
          pseudonym
          role
          active
          invitation {
            state
            issuedAt
            joinedAt
          }
        }
      }
    }
  }
`);

export function useRoundApplicants(slug: MaybeRefOrGetter<string>, pause: () => boolean) {
  return useQuery({
    query: RoundApplicantsDocument,
    variables: computed(() => ({ slug: toValue(slug) })),
    pause: computed(pause),
    requestPolicy: "cache-and-network",
  });
}

export const ApplicantReviewDocument = graphql(`
  mutation ApplicantReview($input: ApplicantReviewInput!) {
    applicantReview(input: $input) {
      applicant {
        applicant {
          id
          pseudonym
          status
        }
        rejectionReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PanelMemberInviteDocument = graphql(`
  mutation PanelMemberInvite($input: PanelMemberInviteInput!) {
    panelMemberInvite(input: $input) {
      invitationCode
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

export function usePanelMemberInvite() {
  return useMutation(PanelMemberInviteDocument);
}
