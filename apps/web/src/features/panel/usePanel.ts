import { computed } from "vue";
import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const PanelJoinDocument = graphql(`
  mutation PanelJoin($input: PanelJoinInput!) {
    panelJoin(input: $input) {
      token
      expiresAt
      userErrors {
        ...UserErrorFields
      }
      viewer {
        role
        pseudonym
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

export function usePanelJoin() {
  return useMutation(PanelJoinDocument);
}

export const MyPanelDocument = graphql(`
  query MyPanel {
    myPanel {
      pseudonym
      round {
        id
        slug
        title
        phase
        tender {
          id
          criteria {
            id
            name
            description
          }
        }
        bids {
          id
          title
          status
        }
      }
      sessions {
        present
        session {
          id
          date
          kind
          title
          durationMinutes
        }
      }
      owed {
        ...MoneyFields
      }
      paid {
        ...MoneyFields
      }
      outstanding {
        ...MoneyFields
      }
    }
  }
`);

export function useMyPanel(pause: () => boolean) {
  return useQuery({ query: MyPanelDocument, pause: computed(pause), requestPolicy: "network-only" });
}

export const InterviewScoreSubmitDocument = graphql(`
  mutation InterviewScoreSubmit($input: InterviewScoreSubmitInput!) {
    interviewScoreSubmit(input: $input) {
      bid {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function useInterviewScoreSubmit() {
  return useMutation(InterviewScoreSubmitDocument);
}
