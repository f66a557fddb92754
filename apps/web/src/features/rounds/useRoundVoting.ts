import { graphql } from "../../graphql/generated";

/** A PB round's voting section: whether voting is open, and once closed who voted (published, suppressed figures). */
export const RoundVotingDocument = graphql(`
  query RoundVoting($id: ID!) {
    round(id: $id) {
      id
      slug
      kind
      phase
      decisionMethod
      ballotsCast
      decision {
        id
        decidedAt
      }
      ballotChannels {
        total
        online {
          display
          suppressed
          value
        }
        paper {
          display
          suppressed
          value
        }
      }
    }
    participation(round: $id) {
      populationSource
      voters {
        dimension
        categories {
          category
          count {
            display
            suppressed
            value
          }
          share
          populationShare
        }
        noData {
          display
          suppressed
          value
        }
      }
    }
  }
`);
