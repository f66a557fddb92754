import { graphql } from "../../../graphql/generated";

/** /officer/rounds/:slug/sessions: the round's sessions with attendance, its panel, and pay owed vs paid. */
export const OfficerRoundPeopleDocument = graphql(`
  query OfficerRoundPeople($slug: String!) {
    round(slug: $slug) {
      id
      slug
      title
      phase
      compensationCurrency
      council {
        id
        slug
        name
      }
      sessions {
        id
        date
        title
        kind
        durationMinutes
        attendance {
          member {
            id
          }
          present
        }
      }
      panel {
        members {
          id
          pseudonym
          active
        }
      }
      compensation {
        currency
        owed {
          ...MoneyFields
        }
        paid {
          ...MoneyFields
        }
        outstanding {
          ...MoneyFields
        }
        participants {
          member {
            id
            pseudonym
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
    }
  }
`);

export const AttendanceRecordDocument = graphql(`
  mutation AttendanceRecord($input: AttendanceRecordInput!) {
    attendanceRecord(input: $input) {
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

export const CompensationRateSetDocument = graphql(`
  mutation CompensationRateSet($input: CompensationRateSetInput!) {
    compensationRateSet(input: $input) {
      entries
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PaymentRecordDocument = graphql(`
  mutation PaymentRecord($input: PaymentRecordInput!) {
    paymentRecord(input: $input) {
      replayed
      payment {
        id
        amount {
          ...MoneyFields
        }
        paidOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TrustResponseRecordDocument = graphql(`
  mutation TrustResponseRecord($input: TrustResponseRecordInput!) {
    trustResponseRecord(input: $input) {
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
