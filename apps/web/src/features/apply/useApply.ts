import { computed, type MaybeRefOrGetter, toValue } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const ApplyRoundDocument = graphql(`
  query ApplyRound($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      description
      targetGroup
      textLang
      translations {
        lang
        title
        description
        targetGroup
      }
      phase
      kind
      compensationCurrency
      panelSize
      area {
        id
        name
      }
      council {
        id
        name
      }
      sessions {
        id
        date
        title
        durationMinutes
      }
      applicationForm {
        ...ApplicationFormFields
      }
    }
  }
`);

export const ApplicationFormFieldsFragment = graphql(`
  fragment ApplicationFormFields on ApplicationForm {
    open
    received
    quotaQuestions {
      dimension
      categories
    }
    equalityQuestions {
      dimension
      categories
    }
  }
`);

export function useApplyRound(slug: MaybeRefOrGetter<string>) {
  return useQuery({ query: ApplyRoundDocument, variables: computed(() => ({ slug: toValue(slug) })) });
}

export const ApplicantApplyDocument = graphql(`
  mutation ApplicantApply($input: ApplicantApplyInput!) {
    applicantApply(input: $input) {
      applicant {
        id
        pseudonym
        status
      }
      reference
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApplicationStatusDocument = graphql(`
  query ApplicationStatus($round: ID!, $reference: String!) {
    applicationStatus(round: $round, reference: $reference) {
      status
      rejectionReason
      selectionProbability
      drawCommitted
      drawn
    }
  }
`);
