import { computed, type Ref } from "vue";
import { useQuery } from "@urql/vue";
import { graphql } from "../../../graphql/generated";

/** What the commissioning forms of one round show: outcomes, tender, bids' shortlisting, recommendation, awards, milestones. */
export const CommissionRoundDocument = graphql(`
  query CommissionRound($id: ID!) {
    round(id: $id) {
      id
      phase
      pot {
        ...MoneyFields
      }
      outcomes {
        id
        title
        description
        status
        indicators {
          id
          name
          unit
          baseline
          target
          direction
          startsOn
          dueOn
        }
      }
      tender {
        id
        title
        specification
        status
        publishedAt
        submissionDeadline
        budgetCeiling {
          ...MoneyFields
        }
        outcomes {
          id
          title
        }
        criteria {
          id
          name
          description
          weightBasisPoints
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
        shortlisting {
          proposedByRole
          reason
          reasonStatus
        }
      }
      scoring {
        bids {
          rank
          score
          bid {
            id
            title
          }
        }
      }
      decision {
        id
        decidedAt
        summary
        officerRecommendation {
          id
          title
        }
        officerRecommendationNote
        recommendationRecordedAt
        followedRecommendation
        projects {
          funded
          bid {
            id
            title
          }
        }
      }
      awards {
        id
        title
        status
        bid {
          id
          title
        }
      }
      milestones {
        id
        title
        dueOn
        status
        completedOn
        award {
          id
        }
      }
    }
  }
`);

export function useCommissionRound(id: Ref<string>) {
  const variables = computed(() => ({ id: id.value }));
  return useQuery({ query: CommissionRoundDocument, variables, requestPolicy: "network-only" });
}

export const OutcomeCreateDocument = graphql(`
  mutation OutcomeCreate($input: OutcomeCreateInput!) {
    outcomeCreate(input: $input) {
      outcome {
        id
        title
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const OutcomeUpdateDocument = graphql(`
  mutation OutcomeUpdate($input: OutcomeUpdateInput!) {
    outcomeUpdate(input: $input) {
      outcome {
        id
        title
        description
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const IndicatorCreateDocument = graphql(`
  mutation IndicatorCreate($input: IndicatorCreateInput!) {
    indicatorCreate(input: $input) {
      indicator {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TenderDraftDocument = graphql(`
  mutation TenderDraft($input: TenderDraftInput!) {
    tenderDraft(input: $input) {
      tender {
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

export const TenderPublishDocument = graphql(`
  mutation TenderPublish($input: TenderPublishInput!) {
    tenderPublish(input: $input) {
      tender {
        id
        status
        publishedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ShortlistReasonReviewDocument = graphql(`
  mutation ShortlistReasonReview($input: ShortlistReasonReviewInput!) {
    shortlistReasonReview(input: $input) {
      bid {
        id
        title
        shortlisting {
          reasonStatus
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DecisionRecordRecommendationDocument = graphql(`
  mutation DecisionRecordRecommendation($input: DecisionRecordRecommendationInput!) {
    decisionRecordRecommendation(input: $input) {
      decision {
        id
        recommendationRecordedAt
        officerRecommendation {
          id
          title
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MilestoneCreateDocument = graphql(`
  mutation MilestoneCreate($input: MilestoneCreateInput!) {
    milestoneCreate(input: $input) {
      milestone {
        id
        title
        dueOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MilestoneUpdateDocument = graphql(`
  mutation MilestoneUpdate($input: MilestoneUpdateInput!) {
    milestoneUpdate(input: $input) {
      milestone {
        id
        title
        status
        completedOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
