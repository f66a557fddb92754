import { useMutation, useQuery } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const AccountViewerDocument = graphql(`
  query AccountViewer {
    viewer {
      role
      email
      displayName
      twoFactorEnabled
      twoFactorRequired
    }
  }
`);

export const TwoFactorEnrolStartDocument = graphql(`
  mutation TwoFactorEnrolStart {
    twoFactorEnrolStart {
      secret
      otpauthUri
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TwoFactorEnrolConfirmDocument = graphql(`
  mutation TwoFactorEnrolConfirm($input: TwoFactorCodeInput!) {
    twoFactorEnrolConfirm(input: $input) {
      recoveryCodes
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The signed-in account: its two-factor state, and setting it up (start, then confirm with a code). */
export function useAccount() {
  return {
    viewer: useQuery({ query: AccountViewerDocument, requestPolicy: "network-only" }),
    start: useMutation(TwoFactorEnrolStartDocument),
    confirm: useMutation(TwoFactorEnrolConfirmDocument),
  };
}
