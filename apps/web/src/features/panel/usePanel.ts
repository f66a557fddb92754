import { useMutation } from "@urql/vue";
import { graphql } from "../../graphql/generated";

export const PanelJoinDocument = graphql(`
  mutation PanelJoin($input: PanelJoinInput!) {
    panelJoin(input: $input) {
      token
      expiresAt
      userErrors {
        code
        message
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
