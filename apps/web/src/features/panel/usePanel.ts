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
      language
      round {
        id
        slug
        title
        textLang
        translations {
          lang
          title
        }
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
          summary
          status
          amountRequested {
            ...MoneyFields
          }
          provider {
            id
            name
          }
        }
        outcomes {
          id
          title
          textLang
          translations {
            lang
            title
          }
          indicators {
            id
            name
            translations {
              lang
              name
            }
            unit
            baseline
            target
            dueOn
          }
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
          startTime
          place
        }
      }
      nextSession {
        session {
          id
          date
          kind
          title
          durationMinutes
          startTime
          place
        }
      }
      scores {
        bid {
          id
          title
        }
        scores {
          criterion {
            id
            name
          }
          score
        }
      }
      canChangeScores
      payments {
        id
        paidOn
        method
        amount {
          ...MoneyFields
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

export const PanelBidShortlistDocument = graphql(`
  mutation PanelBidShortlist($input: BidShortlistInput!) {
    bidShortlist(input: $input) {
      bid {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A panel member puts a bid on the shortlist, with the reason (shortlisting phase). */
export function usePanelBidShortlist() {
  return useMutation(PanelBidShortlistDocument);
}

/** The signed-in member records the language they read (what the council sends them is written in it). */
export const PanelMemberLanguageSetDocument = graphql(`
  mutation PanelMemberLanguageSet($input: PanelMemberLanguageSetInput!) {
    panelMemberLanguageSet(input: $input) {
      member {
        id
        language
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function usePanelMemberLanguageSet() {
  return useMutation(PanelMemberLanguageSetDocument);
}
