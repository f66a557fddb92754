import { graphql } from "./generated";

/** What every mutation's `userErrors` says: the code, the message, and the input field at fault. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    field
  }
`);
